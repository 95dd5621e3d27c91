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
  // The legacy password-based schemes older tools still write (decryption only).
  pbeWithMD5AndDesCbc: '1.2.840.113549.1.5.3', // RFC 8018 appendix A.3 (PBES1)
  pbeWithSHA1AndDesCbc: '1.2.840.113549.1.5.10',
  pbeWithSHAAnd3KeyTripleDesCbc: '1.2.840.113549.1.12.1.3', // RFC 7292 appendix C
  pbeWithSHAAnd2KeyTripleDesCbc: '1.2.840.113549.1.12.1.4',
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

/**
 * Short names of subject attributes Sectigo does not read, as openssl prints
 * them (X.520, RFC 4519; the jurisdiction OIDs are Microsoft's, used by the
 * CA/Browser Forum EV guidelines).
 */
export const OTHER_SUBJECT_SHORT_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.5': 'serialNumber',
  '2.5.4.4': 'SN',
  '2.5.4.42': 'GN',
  '2.5.4.12': 'title',
  '2.5.4.15': 'businessCategory',
  '1.3.6.1.4.1.311.60.2.1.3': 'jurisdictionC',
  '1.3.6.1.4.1.311.60.2.1.2': 'jurisdictionST',
  '1.3.6.1.4.1.311.60.2.1.1': 'jurisdictionL',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.25': 'DC',
};

/** Extensions people find in CSRs (RFC 5280 section 4.2; the last two are Microsoft's). */
export const EXTENSION_NAMES: Readonly<Record<string, string>> = {
  '2.5.29.17': 'Subject Alternative Name',
  '2.5.29.15': 'Key Usage',
  '2.5.29.37': 'Extended Key Usage',
  '2.5.29.19': 'Basic Constraints',
  '2.5.29.14': 'Subject Key Identifier',
  '1.3.6.1.4.1.311.20.2': 'Microsoft certificate template name',
  '1.3.6.1.4.1.311.21.7': 'Microsoft certificate template',
};

/** PKCS#10 attributes (RFC 2985 section 5.4). */
export const CSR_ATTRIBUTE_OID = {
  challengePassword: '1.2.840.113549.1.9.7',
  extensionRequest: '1.2.840.113549.1.9.14',
} as const;

export const CSR_ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  [CSR_ATTRIBUTE_OID.challengePassword]: 'challengePassword',
  [CSR_ATTRIBUTE_OID.extensionRequest]: 'extensionRequest',
};
