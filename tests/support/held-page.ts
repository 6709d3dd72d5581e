/**
 * Whether a render-once block (renderAppOnce in render-app.tsx) holds the page now: the
 * test setup then leaves the page and the address as they are after each test.
 */
let held = false;

export const pageHeld = (): boolean => held;

export function holdPage(hold: boolean): void {
  held = hold;
}
