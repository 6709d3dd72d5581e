import { vi } from 'vitest';

export interface CapturedDownload {
  filename: string;
  blob: Blob;
  /** The text as decoded (a UTF-8 decoder drops the byte-order mark). */
  text: () => Promise<string>;
  /** The bytes of the file, to check the byte-order mark. */
  bytes: () => Promise<Uint8Array>;
}

/**
 * jsdom cannot save files: capture what the app hands the browser instead (the Blob
 * and the file name on the link it clicks), so a test can read the CSV a user gets.
 */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${(next += 1)}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ filename: this.download, blob, text: () => blob.text(), bytes: async () => new Uint8Array(await blob.arrayBuffer()) });
  });
  return downloads;
}
