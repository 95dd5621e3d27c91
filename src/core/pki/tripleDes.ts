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
const S = [
  [
    14, 4, 13, 1, 2, 15, 11, 8, 3, 10, 6, 12, 5, 9, 0, 7, 0, 15, 7, 4, 14, 2, 13, 1, 10, 6, 12, 11,
    9, 5, 3, 8, 4, 1, 14, 8, 13, 6, 2, 11, 15, 12, 9, 7, 3, 10, 5, 0, 15, 12, 8, 2, 4, 9, 1, 7, 5,
    11, 3, 14, 10, 0, 6, 13,
  ],
  [
    15, 1, 8, 14, 6, 11, 3, 4, 9, 7, 2, 13, 12, 0, 5, 10, 3, 13, 4, 7, 15, 2, 8, 14, 12, 0, 1, 10,
    6, 9, 11, 5, 0, 14, 7, 11, 10, 4, 13, 1, 5, 8, 12, 6, 9, 3, 2, 15, 13, 8, 10, 1, 3, 15, 4, 2,
    11, 6, 7, 12, 0, 5, 14, 9,
  ],
  [
    10, 0, 9, 14, 6, 3, 15, 5, 1, 13, 12, 7, 11, 4, 2, 8, 13, 7, 0, 9, 3, 4, 6, 10, 2, 8, 5, 14, 12,
    11, 15, 1, 13, 6, 4, 9, 8, 15, 3, 0, 11, 1, 2, 12, 5, 10, 14, 7, 1, 10, 13, 0, 6, 9, 8, 7, 4,
    15, 14, 3, 11, 5, 2, 12,
  ],
  [
    7, 13, 14, 3, 0, 6, 9, 10, 1, 2, 8, 5, 11, 12, 4, 15, 13, 8, 11, 5, 6, 15, 0, 3, 4, 7, 2, 12, 1,
    10, 14, 9, 10, 6, 9, 0, 12, 11, 7, 13, 15, 1, 3, 14, 5, 2, 8, 4, 3, 15, 0, 6, 10, 1, 13, 8, 9,
    4, 5, 11, 12, 7, 2, 14,
  ],
  [
    2, 12, 4, 1, 7, 10, 11, 6, 8, 5, 3, 15, 13, 0, 14, 9, 14, 11, 2, 12, 4, 7, 13, 1, 5, 0, 15, 10,
    3, 9, 8, 6, 4, 2, 1, 11, 10, 13, 7, 8, 15, 9, 12, 5, 6, 3, 0, 14, 11, 8, 12, 7, 1, 14, 2, 13, 6,
    15, 0, 9, 10, 4, 5, 3,
  ],
  [
    12, 1, 10, 15, 9, 2, 6, 8, 0, 13, 3, 4, 14, 7, 5, 11, 10, 15, 4, 2, 7, 12, 9, 5, 6, 1, 13, 14,
    0, 11, 3, 8, 9, 14, 15, 5, 2, 8, 12, 3, 7, 0, 4, 10, 1, 13, 11, 6, 4, 3, 2, 12, 9, 5, 15, 10,
    11, 14, 1, 7, 6, 0, 8, 13,
  ],
  [
    4, 11, 2, 14, 15, 0, 8, 13, 3, 12, 9, 7, 5, 10, 6, 1, 13, 0, 11, 7, 4, 9, 1, 10, 14, 3, 5, 12,
    2, 15, 8, 6, 1, 4, 11, 13, 12, 3, 7, 14, 10, 15, 6, 8, 0, 5, 9, 2, 6, 11, 13, 8, 1, 4, 10, 7, 9,
    5, 0, 15, 14, 2, 3, 12,
  ],
  [
    13, 2, 8, 4, 6, 15, 11, 1, 10, 9, 3, 14, 5, 0, 12, 7, 1, 15, 13, 8, 10, 3, 7, 4, 12, 5, 6, 11,
    0, 14, 9, 2, 7, 11, 4, 1, 9, 12, 14, 2, 0, 6, 10, 13, 15, 3, 5, 8, 2, 1, 14, 7, 4, 10, 8, 13,
    15, 12, 9, 0, 3, 5, 6, 11,
  ],
];
/** The final permutation is the inverse of IP. */
const FP = IP.map((_, position) => IP.indexOf(position + 1) + 1);

type Bits = Uint8Array;

const permute = (input: Bits, table: readonly number[]): Bits =>
  Uint8Array.from(table, (position) => input[position - 1] ?? 0);

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
  let left = start.slice(0, 32);
  let right = start.slice(32);
  for (let round = 0; round < 16; round += 1) {
    const key = keys[decrypt ? 15 - round : round] ?? new Uint8Array(48);
    const f = feistel(right, key);
    const next = left.map((bit, i) => bit ^ (f[i] ?? 0));
    left = right;
    right = next;
  }
  return permute(Uint8Array.from([...right, ...left]), FP);
}

/** DES-EDE3-CBC with PKCS#7 padding; `key` is 24 bytes, `iv` 8. */
export function tripleDesCbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  if (key.length !== 24 || iv.length !== 8)
    throw new Error('3DES needs a 24-byte key and an 8-byte IV.');
  const [k1, k2, k3] = [0, 8, 16].map((at) => roundKeys(key.subarray(at, at + 8))) as [
    Bits[],
    Bits[],
    Bits[],
  ];
  const pad = 8 - (data.length % 8);
  const padded = new Uint8Array(data.length + pad).fill(pad);
  padded.set(data);
  const out = new Uint8Array(padded.length);
  let previous = toBits(iv);
  for (let offset = 0; offset < padded.length; offset += 8) {
    const plain = toBits(padded.subarray(offset, offset + 8)).map(
      (bit, i) => bit ^ (previous[i] ?? 0),
    );
    const cipher = desBlock(desBlock(desBlock(plain, k1, false), k2, true), k3, false);
    out.set(fromBits(cipher), offset);
    previous = cipher;
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
    const plain = decryptBlock(cipher).map((bit, i) => bit ^ (previous[i] ?? 0));
    out.set(fromBits(plain), offset);
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
  const k1 = roundKeys(key.subarray(0, 8));
  const k2 = roundKeys(key.subarray(8, 16));
  const k3 = key.length === 24 ? roundKeys(key.subarray(16, 24)) : k1;
  return cbcDecrypt(
    (block) => desBlock(desBlock(desBlock(block, k3, true), k2, false), k1, true),
    iv,
    data,
  );
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
