/**
 * The platform's WebCrypto: browsers (in a secure context: https, localhost or
 * a local file) and Node >= 20 have it as `globalThis.crypto`. Keys are made
 * by it and never by JavaScript code of ours or of a library. A page served
 * over plain http from any other host has `crypto` without `crypto.subtle`.
 */

/** Why nothing that needs WebCrypto can run, in the reader's words. */
export const WEBCRYPTO_UNAVAILABLE =
  'WebCrypto is not available: open this page over https:// (or from localhost or a saved file).';

/** Thrown by getCrypto where there is no WebCrypto; its message is WEBCRYPTO_UNAVAILABLE. */
export class WebCryptoUnavailableError extends Error {
  constructor() {
    super(WEBCRYPTO_UNAVAILABLE);
    this.name = 'WebCryptoUnavailableError';
  }
}

/** Whether this page has WebCrypto (false on a plain-http page of a non-local host). */
export function hasWebCrypto(): boolean {
  return (globalThis as { crypto?: Partial<Crypto> }).crypto?.subtle !== undefined;
}

export function getCrypto(): Crypto {
  const candidate = (globalThis as { crypto?: Crypto }).crypto;
  if (!candidate?.subtle) throw new WebCryptoUnavailableError();
  return candidate;
}

export const subtle = (): SubtleCrypto => getCrypto().subtle;
