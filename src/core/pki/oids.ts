/** Object identifiers used by the key and CSR code, with where they are defined. */
export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1', // RFC 8017
  rsaPss: '1.2.840.113549.1.1.10', // RFC 4055
  ecPublicKey: '1.2.840.10045.2.1', // RFC 5480
  dsa: '1.2.840.10040.4.1', // RFC 3279
  ed25519: '1.3.101.112', // RFC 8410
  ed448: '1.3.101.113',
  x25519: '1.3.101.110',
  x448: '1.3.101.111',
  p256: '1.2.840.10045.3.1.7', // RFC 5480
  p384: '1.3.132.0.34',
  p521: '1.3.132.0.35',
  pbes2: '1.2.840.113549.1.5.13', // RFC 8018
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSHA1: '1.2.840.113549.2.7',
  hmacWithSHA256: '1.2.840.113549.2.9',
  hmacWithSHA384: '1.2.840.113549.2.10',
  hmacWithSHA512: '1.2.840.113549.2.11',
  aes128Cbc: '2.16.840.1.101.3.4.1.2', // NIST CSOR
  aes192Cbc: '2.16.840.1.101.3.4.1.22',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
} as const;

export const CURVE_BY_OID: Readonly<Record<string, 'P-256' | 'P-384' | 'P-521'>> = {
  [OID.p256]: 'P-256',
  [OID.p384]: 'P-384',
  [OID.p521]: 'P-521',
};

export const CURVE_OID = { 'P-256': OID.p256, 'P-384': OID.p384, 'P-521': OID.p521 } as const;

/** Key types people paste that Sectigo does not accept, in plain words. */
export const UNSUPPORTED_KEY_TYPES: Readonly<Record<string, string>> = {
  [OID.dsa]: 'DSA',
  [OID.ed25519]: 'Ed25519',
  [OID.ed448]: 'Ed448',
  [OID.x25519]: 'X25519',
  [OID.x448]: 'X448',
  [OID.rsaPss]: 'RSA-PSS',
};
