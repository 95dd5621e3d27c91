import { vi } from 'vitest';

/**
 * Catches the files the page offers for download, as file name → content.
 * DownloadButton makes a Blob URL and clicks an `<a download>`, which jsdom
 * cannot follow: the Blob is kept and the click recorded instead. Undone by
 * `vi.restoreAllMocks()`.
 */
export function catchDownloads(): Map<string, Blob> {
  const saved = new Map<string, Blob>();
  let lastBlob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (lastBlob) saved.set(this.download, lastBlob);
  });
  return saved;
}
