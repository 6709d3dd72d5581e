/** The one accent colour a council may set in config.json (links, header rule). */
export function applyAccent(colour: string | undefined): void {
  if (colour) document.documentElement.style.setProperty('--app-accent', colour);
}
