/**
 * The WebCrypto provider the core uses, as a value. By default it is the
 * platform's: browsers (in a secure context: https, localhost or a local file)
 * and Node >= 20 have it as `globalThis.crypto`; a page served over plain http
 * from any other host has `crypto` without `crypto.subtle`. A back end may pass
 * another standards-conforming implementation (the core's tests also run
 * against @peculiar/webcrypto). Keys are made by the provider and never by
 * JavaScript code of ours or of a library.
 */
let provider: Crypto | undefined;

/**
 * Sets the WebCrypto implementation every core function uses from now on;
 * `undefined` goes back to the platform's `globalThis.crypto`.
 */
export function setCryptoProvider(crypto: Crypto | undefined): void {
  provider = crypto;
}

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

const current = (): Partial<Crypto> | undefined =>
  provider ?? (globalThis as { crypto?: Partial<Crypto> }).crypto;

/** Whether the core has WebCrypto (false on a plain-http page of a non-local host). */
export function hasWebCrypto(): boolean {
  return current()?.subtle !== undefined;
}

export function getCrypto(): Crypto {
  const candidate = current();
  if (!candidate?.subtle) throw new WebCryptoUnavailableError();
  return candidate as Crypto;
}

export const subtle = (): SubtleCrypto => getCrypto().subtle;

/**
 * `length` random bytes from the provider (salts, IVs). Not @noble/hashes'
 * randomBytes: that one always reads `globalThis.crypto`, so it would ignore
 * the provider set with setCryptoProvider.
 */
export const randomBytes = (length: number): Uint8Array<ArrayBuffer> =>
  getCrypto().getRandomValues(new Uint8Array(length));
