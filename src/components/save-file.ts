/** Offers a file to the user as a download, as if they had clicked a link to it. */
export function saveFile(file: Blob, filename: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once cancels it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
