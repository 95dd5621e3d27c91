/**
 * Reads a private key someone already has, for a renewal that keeps the key:
 * PKCS#8 ("PRIVATE KEY"), PKCS#1 ("RSA PRIVATE KEY"), SEC1 ("EC PRIVATE KEY") or
 * encrypted PKCS#8 ("ENCRYPTED PRIVATE KEY": PBES2 with PBKDF2 and AES-CBC, or
 * the legacy PBES1 and PKCS#12 DES/3DES schemes of older tools).
 * Problems are results, never exceptions; the key is never echoed in a message.
 */
import { KEY_ALGORITHMS } from './algorithms';
import {
  DerError,
  child,
  content,
  decodeOid,
  expectTag,
  int,
  nullValue,
  octets,
  oid,
  readDer,
  readSmallInt,
  seq,
  TAG,
  whole,
  type DerNode,
} from '../encoding/der';
import { decryptLegacyPbe, isLegacyPbe } from './decryptLegacyPbe';
import { deriveAesKey } from './encryptPrivateKey';
import { keyStructure } from './keyStructure';
import type { KeyAlgorithm } from './keyAlgorithm';
import { CURVE_BY_OID, CURVE_OID, OID, UNSUPPORTED_KEY_TYPES } from './oids';
import { readPemBlocks, base64ToBytes } from '../encoding/pem';
import { subtle } from './webcrypto';

export interface PrivateKeyInfo {
  readonly type: 'RSA' | 'EC';
  readonly bits: number;
  readonly curve?: 'P-256' | 'P-384' | 'P-521';
  /** The algorithm entry whose signature settings a CSR made with this key uses. */
  readonly signWith: KeyAlgorithm;
  /** "RSA 2048", "ECDSA P-256". */
  readonly label: string;
  readonly format: 'PKCS#8' | 'PKCS#1' | 'SEC1' | 'encrypted PKCS#8';
}

export type ReadPrivateKeyResult =
  | {
      readonly ok: true;
      readonly info: PrivateKeyInfo;
      readonly keys: CryptoKeyPair;
      /** Unencrypted PKCS#8 DER of the key. */
      readonly pkcs8: Uint8Array;
    }
  | {
      readonly ok: false;
      readonly reason:
        'empty' | 'needs-passphrase' | 'wrong-passphrase' | 'unsupported' | 'invalid' | 'not-a-key';
      readonly message: string;
    };

const KEY_LABELS = ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'];

const fail = (reason: Extract<ReadPrivateKeyResult, { ok: false }>['reason'], message: string) =>
  ({ ok: false, reason, message }) as const;

const HASH_BY_PRF: Readonly<Record<string, 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'>> = {
  [OID.hmacWithSHA1]: 'SHA-1',
  [OID.hmacWithSHA256]: 'SHA-256',
  [OID.hmacWithSHA384]: 'SHA-384',
  [OID.hmacWithSHA512]: 'SHA-512',
};
const AES_BITS: Readonly<Record<string, 128 | 192 | 256>> = {
  [OID.aes128Cbc]: 128,
  [OID.aes192Cbc]: 192,
  [OID.aes256Cbc]: 256,
};

/** Bit length of an unsigned big-endian INTEGER's content. */
function integerBits(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i += 1;
  const top = bytes[i] ?? 0;
  return (bytes.length - i - 1) * 8 + (top === 0 ? 0 : Math.floor(Math.log2(top)) + 1);
}

/** The decrypted PKCS#8, `{ wrong: true }` for a wrong passphrase, or why it cannot be decrypted. */
async function decryptPkcs8(
  der: Uint8Array,
  passphrase: string,
): Promise<Uint8Array | { wrong: true } | string> {
  const root = readDer(der);
  const algorithm = child(root, 0, 'encryption algorithm');
  const scheme = decodeOid(
    content(der, expectTag(child(algorithm, 0, 'algorithm'), TAG.OID, 'algorithm OID')),
  );
  if (isLegacyPbe(scheme)) {
    const data = content(
      der,
      expectTag(child(root, 1, 'encrypted data'), TAG.OCTET_STRING, 'encrypted data'),
    );
    const decrypted = decryptLegacyPbe(
      der,
      scheme,
      child(algorithm, 1, 'PBE parameters'),
      data,
      passphrase,
    );
    return decrypted ?? { wrong: true };
  }
  if (scheme !== OID.pbes2) {
    return 'This key is encrypted with a scheme this page cannot decrypt (RC2 or RC4, or one it does not know). Convert it with: openssl pkcs8 -topk8 -v2 aes-256-cbc -in old.key -out new.key';
  }
  const params = child(algorithm, 1, 'PBES2 parameters');
  const kdf = child(params, 0, 'key derivation function');
  if (decodeOid(content(der, child(kdf, 0, 'KDF OID'))) !== OID.pbkdf2)
    return 'Only PBKDF2 key derivation is supported (not scrypt).';
  const kdfParams = child(kdf, 1, 'PBKDF2 parameters');
  const salt = content(der, expectTag(child(kdfParams, 0, 'salt'), TAG.OCTET_STRING, 'salt'));
  const iterations = readSmallInt(der, child(kdfParams, 1, 'iteration count'), 'iteration count');
  if (iterations > 10_000_000)
    return 'The key asks for more than ten million PBKDF2 iterations; refusing to spend that long.';
  let prf: string = OID.hmacWithSHA1; // the PBKDF2 default (RFC 8018 A.2)
  for (const extra of kdfParams.children.slice(2)) {
    if (extra.tag === TAG.SEQUENCE) prf = decodeOid(content(der, child(extra, 0, 'PRF OID')));
  }
  const hash = HASH_BY_PRF[prf];
  if (!hash) return 'The key uses a PBKDF2 hash browsers do not support.';
  const cipher = child(params, 1, 'encryption scheme');
  const aes = AES_BITS[decodeOid(content(der, child(cipher, 0, 'cipher OID')))];
  if (!aes)
    return 'The key is encrypted with a cipher browsers do not support (only AES-CBC is). Convert it with: openssl pkcs8 -topk8 -v2 aes-256-cbc';
  const iv = content(der, expectTag(child(cipher, 1, 'IV'), TAG.OCTET_STRING, 'IV'));
  const data = content(
    der,
    expectTag(child(root, 1, 'encrypted data'), TAG.OCTET_STRING, 'encrypted data'),
  );
  const key = await deriveAesKey(passphrase, salt, iterations, hash, aes, 'decrypt');
  try {
    return new Uint8Array(
      await subtle().decrypt(
        { name: 'AES-CBC', iv: iv as BufferSource },
        key,
        data as BufferSource,
      ),
    );
  } catch {
    return { wrong: true }; // bad padding: almost always a wrong passphrase
  }
}

interface Parsed {
  readonly pkcs8: Uint8Array;
  readonly type: 'RSA' | 'EC';
  readonly bits: number;
  readonly curve?: 'P-256' | 'P-384' | 'P-521';
}

/** Reads a PKCS#8 PrivateKeyInfo: which key, how big. */
function parsePkcs8(der: Uint8Array): Parsed | string {
  const root = readDer(der);
  const algorithm = expectTag(child(root, 1, 'algorithm'), TAG.SEQUENCE, 'AlgorithmIdentifier');
  const keyOid = decodeOid(
    content(der, expectTag(child(algorithm, 0, 'algorithm'), TAG.OID, 'key algorithm')),
  );
  const inner = content(
    der,
    expectTag(child(root, 2, 'private key'), TAG.OCTET_STRING, 'private key'),
  );
  if (keyOid === OID.rsaEncryption) {
    const rsa = readDer(inner);
    const modulus = content(inner, expectTag(child(rsa, 1, 'modulus'), TAG.INTEGER, 'modulus'));
    return { pkcs8: der, type: 'RSA', bits: integerBits(modulus) };
  }
  if (keyOid === OID.ecPublicKey) {
    const params = algorithm.children[1];
    const curve =
      params && params.tag === TAG.OID ? CURVE_BY_OID[decodeOid(content(der, params))] : undefined;
    if (!curve)
      return 'This elliptic-curve key is on a curve Sectigo does not accept: only P-256, P-384 and P-521 are.';
    return {
      pkcs8: der,
      type: 'EC',
      bits: { 'P-256': 256, 'P-384': 384, 'P-521': 521 }[curve],
      curve,
    };
  }
  const name = UNSUPPORTED_KEY_TYPES[keyOid];
  return name
    ? `${name} keys are not accepted by Sectigo: use an RSA (2048 bits or more) or ECDSA (P-256, P-384, P-521) key.`
    : `Unknown key type (${keyOid}): use an RSA or ECDSA key.`;
}

/** PKCS#1 RSAPrivateKey → PKCS#8. */
function wrapPkcs1(der: Uint8Array): Uint8Array {
  readDer(der);
  return seq(int(0), seq(oid(OID.rsaEncryption), nullValue()), octets(der));
}

/** SEC1 ECPrivateKey → PKCS#8 (the curve moves from the key to the AlgorithmIdentifier). */
function wrapSec1(der: Uint8Array): Uint8Array | string {
  const root = readDer(der);
  const params = root.children.find((node: DerNode) => node.tag === 0xa0);
  const curveNode = params?.children[0];
  const curveOid =
    curveNode && curveNode.tag === TAG.OID ? decodeOid(content(der, curveNode)) : null;
  const curve = curveOid ? CURVE_BY_OID[curveOid] : undefined;
  if (!curve)
    return 'This elliptic-curve key does not name P-256, P-384 or P-521; Sectigo accepts only those curves.';
  return seq(int(0), seq(oid(OID.ecPublicKey), oid(CURVE_OID[curve])), octets(whole(der, root)));
}

async function importPair(parsed: Parsed): Promise<CryptoKeyPair> {
  const algorithm =
    parsed.type === 'RSA'
      ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
      : { name: 'ECDSA', namedCurve: parsed.curve ?? 'P-256' };
  const privateKey = await subtle().importKey(
    'pkcs8',
    parsed.pkcs8 as BufferSource,
    algorithm,
    true,
    ['sign'],
  );
  const jwk = await subtle().exportKey('jwk', privateKey);
  const publicJwk: JsonWebKey =
    parsed.type === 'RSA'
      ? { kty: 'RSA', n: jwk.n ?? '', e: jwk.e ?? '', ext: true }
      : { kty: 'EC', crv: jwk.crv ?? '', x: jwk.x ?? '', y: jwk.y ?? '', ext: true };
  const publicKey = await subtle().importKey('jwk', publicJwk, algorithm, true, ['verify']);
  return { privateKey, publicKey };
}

function describe(parsed: Parsed, format: PrivateKeyInfo['format']): PrivateKeyInfo | string {
  if (parsed.type === 'RSA') {
    if (parsed.bits < 2048)
      return `This RSA key has ${parsed.bits} bits; Sectigo needs at least 2048 (it would answer -13).`;
    if (parsed.bits > 8192)
      return `This RSA key has ${parsed.bits} bits; Sectigo accepts at most 8192 (it would answer -13).`;
    return {
      type: 'RSA',
      bits: parsed.bits,
      signWith: 'RSA-2048',
      label: `RSA ${parsed.bits}`,
      format,
    };
  }
  const curve = parsed.curve ?? 'P-256';
  return {
    type: 'EC',
    bits: parsed.bits,
    curve,
    signWith: curve,
    label: KEY_ALGORITHMS[curve].label,
    format,
  };
}

/** Reads a pasted private key; `passphrase` for encrypted keys. */
export async function readPrivateKey(text: string, passphrase = ''): Promise<ReadPrivateKeyResult> {
  if (text.trim() === '') return fail('empty', 'Paste a private key, or drop its file here.');
  if (/Proc-Type:\s*4,ENCRYPTED/i.test(text)) {
    return fail(
      'unsupported',
      'This key uses the old OpenSSL encryption ("Proc-Type: 4,ENCRYPTED"), which browsers cannot decrypt. Convert it with: openssl pkcs8 -topk8 -v2 aes-256-cbc -in old.key -out new.key',
    );
  }
  const blocks = readPemBlocks(text);
  const block = blocks.find((b) => KEY_LABELS.includes(b.label));
  let label: string;
  let der: Uint8Array;
  if (block) {
    ({ label, der } = block);
  } else if (blocks.length > 0) {
    const found = blocks.map((b) => b.label).join(', ');
    return fail(
      'not-a-key',
      `This is not a private key (found: ${found}). Paste the key file, usually ending in .key or .pem.`,
    );
  } else {
    const bare = base64ToBytes(text);
    if (!bare)
      return fail(
        'invalid',
        'This is neither PEM nor Base64: paste the whole key, including its -----BEGIN ... PRIVATE KEY----- line.',
      );
    // No label: tell the structure by its shape, as openssl tries each decoder.
    label = keyStructure(bare) ?? 'PRIVATE KEY';
    der = bare;
  }
  try {
    let format: PrivateKeyInfo['format'];
    let pkcs8: Uint8Array;
    if (label === 'ENCRYPTED PRIVATE KEY') {
      if (passphrase === '')
        return fail('needs-passphrase', 'This key is encrypted: enter its passphrase.');
      const decrypted = await decryptPkcs8(der, passphrase);
      if (typeof decrypted === 'string') return fail('unsupported', decrypted);
      if ('wrong' in decrypted)
        return fail('wrong-passphrase', 'The passphrase does not open this key.');
      format = 'encrypted PKCS#8';
      pkcs8 = decrypted;
      try {
        readDer(pkcs8);
      } catch {
        return fail('wrong-passphrase', 'The passphrase does not open this key.');
      }
    } else if (label === 'RSA PRIVATE KEY') {
      format = 'PKCS#1';
      pkcs8 = wrapPkcs1(der);
    } else if (label === 'EC PRIVATE KEY') {
      format = 'SEC1';
      const wrapped = wrapSec1(der);
      if (typeof wrapped === 'string') return fail('unsupported', wrapped);
      pkcs8 = wrapped;
    } else {
      format = 'PKCS#8';
      pkcs8 = der;
    }
    const parsed = parsePkcs8(pkcs8);
    if (typeof parsed === 'string') return fail('unsupported', parsed);
    const info = describe(parsed, format);
    if (typeof info === 'string') return fail('unsupported', info);
    const keys = await importPair(parsed);
    return { ok: true, info, keys, pkcs8 };
  } catch (error) {
    const detail = error instanceof DerError ? ` (${error.message})` : '';
    return fail(
      'invalid',
      `This key could not be read: it is damaged or not a private key${detail}.`,
    );
  }
}
