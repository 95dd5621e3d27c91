/**
 * The WebCrypto provider the core uses, as a value. By default it is the
 * platform's: browsers (in a secure context: https, localhost or a local file)
 * and Node >= 20 have it as `globalThis.crypto`. A back end may pass another
 * standards-conforming implementation (the core's tests also run against
 * @peculiar/webcrypto). Keys are made by the provider and never by JavaScript
 * code of ours or of a library.
 */
let provider: Crypto | undefined;

/**
 * Sets the WebCrypto implementation every core function uses from now on;
 * `undefined` goes back to the platform's `globalThis.crypto`.
 */
export function setCryptoProvider(crypto: Crypto | undefined): void {
  provider = crypto;
}

export function getCrypto(): Crypto {
  const candidate = provider ?? (globalThis as { crypto?: Crypto }).crypto;
  if (!candidate?.subtle) {
    throw new Error(
      'WebCrypto is not available: open this page over https:// (or from localhost or a saved file).',
    );
  }
  return candidate;
}

export const subtle = (): SubtleCrypto => getCrypto().subtle;
