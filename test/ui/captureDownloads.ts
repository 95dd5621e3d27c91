/**
 * The files the app offers for download, caught in jsdom (which saves nothing):
 * DownloadButton makes an object URL for a Blob and clicks an anchor named for
 * the file, so the Blob passed last is the clicked file's content. Call in a
 * test or a beforeEach; vi.restoreAllMocks() undoes it.
 */
import { vi } from 'vitest';

/** The Blobs downloaded from now on, by file name, in the order they were saved. */
export function captureDownloads(): Map<string, Blob> {
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
