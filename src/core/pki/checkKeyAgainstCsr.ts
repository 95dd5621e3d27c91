/**
 * "Does this private key belong to this CSR?": reads the key with the core's
 * readPrivateKey, then compares the public key it implies with the CSR's. The
 * key stays in memory, and no message ever repeats it. Pure: usable on a back end too.
 */
import { decodeCsr } from '../encoding/decodeCsr';
import { readPemBlocks } from '../encoding/pem';
import { readPrivateKey } from './readPrivateKey';
import { subtle } from './webcrypto';

export type KeyMatch =
  | { readonly kind: 'match'; readonly keyLabel: string }
  | { readonly kind: 'mismatch'; readonly keyLabel: string }
  | { readonly kind: 'needs-passphrase'; readonly message: string }
  | { readonly kind: 'problem'; readonly message: string };

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** The public numbers of a key as JWK members: n/e for RSA, crv/x/y for EC. */
function publicNumbers(jwk: JsonWebKey): string {
  return jwk.kty === 'RSA'
    ? `RSA ${jwk.n ?? ''} ${jwk.e ?? ''}`
    : `EC ${jwk.crv ?? ''} ${jwk.x ?? ''} ${jwk.y ?? ''}`;
}

/**
 * Compares the CSR's SubjectPublicKeyInfo with the key's: byte for byte first,
 * then by the public numbers (the same key can be encoded with different
 * parameters, e.g. a compressed EC point).
 */
async function publicKeysMatch(csrSpki: Uint8Array, publicKey: CryptoKey): Promise<boolean> {
  const keySpki = new Uint8Array(await subtle().exportKey('spki', publicKey));
  if (sameBytes(keySpki, csrSpki)) return true;
  try {
    const imported = await subtle().importKey(
      'spki',
      csrSpki as BufferSource,
      publicKey.algorithm,
      true,
      ['verify'],
    );
    const [csrJwk, keyJwk] = await Promise.all([
      subtle().exportKey('jwk', imported),
      subtle().exportKey('jwk', publicKey),
    ]);
    return publicNumbers(csrJwk) === publicNumbers(keyJwk);
  } catch {
    return false; // the CSR's key is of another type or curve
  }
}

export async function checkKeyAgainstCsr(
  csrPem: string,
  keyText: string,
  passphrase: string,
): Promise<KeyMatch> {
  const read = await readPrivateKey(keyText, passphrase);
  if (!read.ok) {
    return read.reason === 'needs-passphrase' || read.reason === 'wrong-passphrase'
      ? { kind: 'needs-passphrase', message: read.message }
      : { kind: 'problem', message: read.message };
  }
  const block = readPemBlocks(csrPem)[0];
  if (!block) return { kind: 'problem', message: 'There is no CSR to compare the key with.' };
  let spki: Uint8Array;
  try {
    ({ spki } = decodeCsr(block.der));
  } catch {
    return {
      kind: 'problem',
      message: 'The CSR cannot be decoded, so the key cannot be compared with it.',
    };
  }
  const matches = await publicKeysMatch(spki, read.keys.publicKey);
  return { kind: matches ? 'match' : 'mismatch', keyLabel: read.info.label };
}
