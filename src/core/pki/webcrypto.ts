/**
 * The platform's WebCrypto: browsers (in a secure context: https, localhost or
 * a local file) and Node >= 20 have it as `globalThis.crypto`. Keys are made
 * by it and never by JavaScript code of ours or of a library.
 */
export function getCrypto(): Crypto {
  const candidate = (globalThis as { crypto?: Crypto }).crypto;
  if (!candidate?.subtle) {
    throw new Error(
      'WebCrypto is not available: open this page over https:// (or from localhost or a saved file).',
    );
  }
  return candidate;
}

export const subtle = (): SubtleCrypto => getCrypto().subtle;
