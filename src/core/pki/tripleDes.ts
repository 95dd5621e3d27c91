/**
 * Triple DES (DES-EDE3, FIPS 46-3 / NIST SP 800-67) in CBC mode with PKCS#7
 * padding: encryption for what pbeWithSHAAnd3-KeyTripleDES-CBC (RFC 7292
 * appendix C) needs in PKCS#12 files old Windows and macOS can open, and
 * decryption (3DES and single DES) for private keys that older tools
 * encrypted with the PKCS#12 and PKCS#5 v1.5 PBE schemes.
 * WebCrypto has no DES, so it is written out here from the standard's tables,
 * bit by bit for clarity (a certificate chain is a few hundred blocks). Tested
 * against Node's OpenSSL and the standard's example vector.
 */

// FIPS 46-3 tables, 1-based bit positions as the standard prints them.
const IP = [
  58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4, 62, 54, 46, 38, 30, 22, 14, 6, 64,
  56, 48, 40, 32, 24, 16, 8, 57, 49, 41, 33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19, 11, 3, 61, 53,
  45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31, 23, 15, 7,
];
const E = [
  32, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9, 8, 9, 10, 11, 12, 13, 12, 13, 14, 15, 16, 17, 16, 17, 18, 19,
  20, 21, 20, 21, 22, 23, 24, 25, 24, 25, 26, 27, 28, 29, 28, 29, 30, 31, 32, 1,
];
const P = [
  16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10, 2, 8, 24, 14, 32, 27, 3, 9, 19, 13,
  30, 6, 22, 11, 4, 25,
];
const PC1 = [
  57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18, 10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60,
  52, 44, 36, 63, 55, 47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22, 14, 6, 61, 53, 45, 37, 29, 21,
  13, 5, 28, 20, 12, 4,
];
const PC2 = [
  14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10, 23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2, 41, 52,
  31, 37, 47, 55, 30, 40, 51, 45, 33, 48, 44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32,
];
const SHIFTS = [1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1];
/**
 * The eight S-boxes, each as its four rows of sixteen values, one hex digit a
 * value (the standard prints them in decimal: S1's first row is 14 4 13 1 …).
 */
const S = [
  ['e4d12fb83a6c5907', '0f74e2d1a6cb9538', '41e8d62bfc973a50', 'fc8249175b3ea06d'],
  ['f18e6b34972dc05a', '3d47f28ec01a69b5', '0e7ba4d158c6932f', 'd8a13f42b67c05e9'],
  ['a09e63f51dc7b428', 'd709346a285ecbf1', 'd6498f30b12c5ae7', '1ad069874fe3b52c'],
  ['7de3069a1285bc4f', 'd8b56f03472c1ae9', 'a690cb7df13e5284', '3f06a1d8945bc72e'],
  ['2c417ab6853fd0e9', 'eb2c47d150fa3986', '421bad78f9c5630e', 'b8c71e2d6f09a453'],
  ['c1af92680d34e75b', 'af427c9561de0b38', '9ef528c3704a1db6', '432c95fabe17608d'],
  ['4b2ef08d3c975a61', 'd0b7491ae35c2f86', '14bdc37eaf680592', '6bd814a7950fe23c'],
  ['d2846fb1a93e50c7', '1fd8a374c56b0e92', '7b419ce206adf358', '21e74a8dfc90356b'],
].map((rows) => Array.from(rows.join(''), (digit) => parseInt(digit, 16)));
/** The final permutation is the inverse of IP. */
const FP = IP.map((_, position) => IP.indexOf(position + 1) + 1);

type Bits = Uint8Array;

const permute = (input: Bits, table: readonly number[]): Bits =>
  Uint8Array.from(table, (position) => input[position - 1] ?? 0);

const xor = (a: Bits, b: Bits): Bits => a.map((bit, i) => bit ^ (b[i] ?? 0));

function toBits(bytes: Uint8Array): Bits {
  const bits = new Uint8Array(bytes.length * 8);
  for (let i = 0; i < bits.length; i += 1) bits[i] = ((bytes[i >> 3] ?? 0) >> (7 - (i & 7))) & 1;
  return bits;
}

function fromBits(bits: Bits): Uint8Array {
  const bytes = new Uint8Array(bits.length / 8);
  for (let i = 0; i < bits.length; i += 1)
    bytes[i >> 3] = (bytes[i >> 3] ?? 0) | ((bits[i] ?? 0) << (7 - (i & 7)));
  return bytes;
}

/** The sixteen 48-bit round keys of one 8-byte DES key. */
function roundKeys(key: Uint8Array): Bits[] {
  const permuted = permute(toBits(key), PC1);
  let c = permuted.slice(0, 28);
  let d = permuted.slice(28);
  const rotate = (half: Bits, by: number) =>
    Uint8Array.from([...half.slice(by), ...half.slice(0, by)]);
  return SHIFTS.map((shift) => {
    c = rotate(c, shift);
    d = rotate(d, shift);
    return permute(Uint8Array.from([...c, ...d]), PC2);
  });
}

function feistel(right: Bits, key: Bits): Bits {
  const expanded = permute(right, E);
  const out = new Uint8Array(32);
  for (let box = 0; box < 8; box += 1) {
    const bit = (i: number) => (expanded[box * 6 + i] ?? 0) ^ (key[box * 6 + i] ?? 0);
    const row = (bit(0) << 1) | bit(5);
    const column = (bit(1) << 3) | (bit(2) << 2) | (bit(3) << 1) | bit(4);
    const value = S[box]?.[row * 16 + column] ?? 0;
    for (let i = 0; i < 4; i += 1) out[box * 4 + i] = (value >> (3 - i)) & 1;
  }
  return permute(out, P);
}

function desBlock(block: Bits, keys: readonly Bits[], decrypt: boolean): Bits {
  const start = permute(block, IP);
  let left: Bits = start.slice(0, 32);
  let right: Bits = start.slice(32);
  for (let round = 0; round < 16; round += 1) {
    const key = keys[decrypt ? 15 - round : round] ?? new Uint8Array(48);
    [left, right] = [right, xor(left, feistel(right, key))];
  }
  return permute(Uint8Array.from([...right, ...left]), FP);
}

type Schedules = readonly [Bits[], Bits[], Bits[]];

/** The round keys of K1, K2 and K3; two-key 3DES (16 bytes) uses K1 again as K3. */
function keySchedules(key: Uint8Array): Schedules {
  const k1 = roundKeys(key.subarray(0, 8));
  const k2 = roundKeys(key.subarray(8, 16));
  return [k1, k2, key.length === 24 ? roundKeys(key.subarray(16, 24)) : k1];
}

/** DES-EDE3: encrypt with K1, decrypt with K2, encrypt with K3. */
const edeEncrypt =
  ([k1, k2, k3]: Schedules) =>
  (block: Bits): Bits =>
    desBlock(desBlock(desBlock(block, k1, false), k2, true), k3, false);

/** Its inverse: decrypt with K3, encrypt with K2, decrypt with K1. */
const edeDecrypt =
  ([k1, k2, k3]: Schedules) =>
  (block: Bits): Bits =>
    desBlock(desBlock(desBlock(block, k3, true), k2, false), k1, true);

/** DES-EDE3-CBC with PKCS#7 padding; `key` is 24 bytes, `iv` 8. */
export function tripleDesCbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  if (key.length !== 24 || iv.length !== 8)
    throw new Error('3DES needs a 24-byte key and an 8-byte IV.');
  const encryptBlock = edeEncrypt(keySchedules(key));
  const pad = 8 - (data.length % 8);
  const padded = new Uint8Array(data.length + pad).fill(pad);
  padded.set(data);
  const out = new Uint8Array(padded.length);
  let previous = toBits(iv);
  for (let offset = 0; offset < padded.length; offset += 8) {
    previous = encryptBlock(xor(toBits(padded.subarray(offset, offset + 8)), previous));
    out.set(fromBits(previous), offset);
  }
  return out;
}

/** 8-byte blocks in CBC mode, then the PKCS#7 padding removed; null when the padding is wrong. */
function cbcDecrypt(
  decryptBlock: (block: Bits) => Bits,
  iv: Uint8Array,
  data: Uint8Array,
): Uint8Array | null {
  if (iv.length !== 8) throw new Error('DES needs an 8-byte IV.');
  if (data.length === 0 || data.length % 8 !== 0) return null;
  const out = new Uint8Array(data.length);
  let previous = toBits(iv);
  for (let offset = 0; offset < data.length; offset += 8) {
    const cipher = toBits(data.subarray(offset, offset + 8));
    out.set(fromBits(xor(decryptBlock(cipher), previous)), offset);
    previous = cipher;
  }
  const pad = out[out.length - 1] ?? 0;
  if (pad < 1 || pad > 8 || out.subarray(out.length - pad).some((byte) => byte !== pad))
    return null;
  return out.subarray(0, out.length - pad);
}

/**
 * DES-EDE3-CBC decryption; `key` is 24 bytes (16 for two-key 3DES, where the
 * third key is the first). Null when the padding is wrong: almost always a
 * wrong password.
 */
export function tripleDesCbcDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
): Uint8Array | null {
  if (key.length !== 24 && key.length !== 16) throw new Error('3DES needs a 24- or 16-byte key.');
  return cbcDecrypt(edeDecrypt(keySchedules(key)), iv, data);
}

/** Single DES-CBC decryption (PBES1, RFC 8018 section 6.1); null when the padding is wrong. */
export function desCbcDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
): Uint8Array | null {
  if (key.length !== 8) throw new Error('DES needs an 8-byte key.');
  const keys = roundKeys(key);
  return cbcDecrypt((block) => desBlock(block, keys, true), iv, data);
}
