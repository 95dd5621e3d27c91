/**
 * The PEM label for bare Base64 DER (g_ccc, or RequestAndCollectSMIME lines
 * without armour), read from the first bytes only: an X.509 certificate is
 * SEQUENCE { SEQUENCE (tbsCertificate) ... } (RFC 5280); a PKCS#7 / CMS
 * ContentInfo is SEQUENCE { OID, [0] ... } with signedData
 * 1.2.840.113549.1.7.2 (RFC 5652). Anything else gets no label.
 */
const SIGNED_DATA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

export function labelForBase64Der(base64: string): 'CERTIFICATE' | 'PKCS7' | undefined {
  const bytes = decodePrefix(base64, 32);
  if (bytes === undefined || bytes[0] !== 0x30) return undefined;
  const lengthByte = bytes[1];
  if (lengthByte === undefined) return undefined;
  // Short form, indefinite (0x80, BER as some PKCS#7 encoders emit), or 1-4 length bytes.
  let offset: number;
  if (lengthByte <= 0x80) offset = 2;
  else if (lengthByte <= 0x84) offset = 2 + (lengthByte - 0x80);
  else return undefined;
  if (bytes[offset] === 0x30) return 'CERTIFICATE';
  if (SIGNED_DATA_OID.every((byte, index) => bytes[offset + index] === byte)) return 'PKCS7';
  return undefined;
}

/** The first bytes of the DER: `chars` Base64 characters, cut to whole 4-character groups. */
function decodePrefix(base64: string, chars: number): Uint8Array | undefined {
  const prefix = base64.slice(0, chars);
  try {
    const binary = atob(prefix.slice(0, prefix.length - (prefix.length % 4)));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
