/**
 * Turns what was pasted, dropped or chosen into the DER of one CSR, or says
 * what it is instead (a certificate, a key, another PEM block, not Base64).
 * PEM and bare Base64 are read by pem.ts, the one reader of both.
 */
import { TAG, readElement } from '../../encoding/der';
import { readDerFromText } from '../../encoding/pem';
import { keyStructure } from '../keyStructure';
import { result, type Finding, type InspectResult } from './types';

const CSR_LABELS = ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST'];
const CERTIFICATE_LABELS = ['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE'];
const PUBLIC_KEY_LABELS = ['PUBLIC KEY', 'RSA PUBLIC KEY'];
/** Any private key armour, even a damaged one: its text is never decoded or shown. */
const PRIVATE_KEY_ARMOUR = /-{3,10}[ \t]*BEGIN[A-Z ]{0,20}PRIVATE KEY/i;

type NotACsr = 'certificate' | 'private-key' | 'public-key';

/** Tells a bare DER blob that is not a CSR: a certificate or a PKCS#8 key. */
function classifyDer(der: Uint8Array): 'csr' | NotACsr {
  try {
    const root = readElement(der, 0, der.length);
    const first = root.children[0];
    if (first?.tag === TAG.INTEGER && root.children[2]?.tag === TAG.OCTET_STRING)
      return 'private-key';
    // PKCS#1 and SEC1 keys pasted without their label are keys too.
    if (keyStructure(der) !== null) return 'private-key';
    if (first?.tag === TAG.SEQUENCE && first.children[0]?.tag === 0xa0) return 'certificate';
    if (
      first?.tag === TAG.SEQUENCE &&
      root.children[1]?.tag === TAG.BIT_STRING &&
      root.children.length === 2
    )
      return 'public-key';
  } catch {
    /* not DER at all: the caller reports that */
  }
  return 'csr';
}

const NOT_A_CSR: Readonly<Record<NotACsr, Finding>> = {
  certificate: {
    severity: 'error',
    code: -10,
    message: 'This is a certificate, not a certificate signing request.',
    fix: 'Paste the CSR (it starts with -----BEGIN CERTIFICATE REQUEST-----). To read a certificate, use the Decode view.',
  },
  'private-key': {
    severity: 'error',
    code: -10,
    message:
      'This is a PRIVATE KEY, not a CSR. It has not been stored or sent anywhere, and is not shown here.',
    fix: 'Keep the private key secret and never send it to anyone, Sectigo included. Paste the CSR instead (-----BEGIN CERTIFICATE REQUEST-----).',
  },
  'public-key': {
    severity: 'error',
    code: -10,
    message: 'This is a public key, not a CSR.',
    fix: 'A CSR also carries your name details and a signature: make one in the Generate view, or with openssl req.',
  },
};

const notACsr = (kind: NotACsr): { result: InspectResult } => ({
  result: result({ recognised: kind, findings: [NOT_A_CSR[kind]] }),
});

function fromDer(der: Uint8Array): { der: Uint8Array } | { result: InspectResult } {
  const kind = classifyDer(der);
  return kind === 'csr' ? { der } : notACsr(kind);
}

/** Reads the input into DER, or says what it is instead. */
export function readInput(
  input: string | Uint8Array,
): { der: Uint8Array } | { result: InspectResult } {
  if (input instanceof Uint8Array && input[0] === 0x30) return fromDer(input);
  const text =
    input instanceof Uint8Array ? new TextDecoder('utf-8', { fatal: false }).decode(input) : input;
  if (PRIVATE_KEY_ARMOUR.test(text)) return notACsr('private-key');
  const read = readDerFromText(text, CSR_LABELS);
  if (!read.ok && read.reason === 'empty') {
    return {
      result: result({
        recognised: 'empty',
        findings: [
          {
            severity: 'error',
            message: 'Nothing to inspect yet.',
            fix: 'Paste a CSR, drop a .csr file here, or choose one.',
          },
        ],
      }),
    };
  }
  if (!read.ok) {
    return {
      result: result({
        recognised: 'not-base64',
        findings: [
          {
            severity: 'error',
            code: -9,
            message: 'This is not valid Base64 (nor PEM), so it cannot be a CSR.',
            fix: 'Copy the CSR again from its file, from -----BEGIN CERTIFICATE REQUEST----- to the END line, without changing it.',
          },
        ],
      }),
    };
  }
  if (read.label === null) return fromDer(read.der);
  if (CSR_LABELS.includes(read.label)) return { der: read.der };
  if (read.label.includes('PRIVATE KEY')) return notACsr('private-key');
  if (CERTIFICATE_LABELS.includes(read.label)) return notACsr('certificate');
  if (PUBLIC_KEY_LABELS.includes(read.label)) return notACsr('public-key');
  return {
    result: result({
      recognised: 'other-pem',
      findings: [
        {
          severity: 'error',
          code: -10,
          message: `This is a "${read.label}" PEM block, not a CSR.`,
          fix: 'Paste the block that starts with -----BEGIN CERTIFICATE REQUEST-----.',
        },
      ],
    }),
  };
}
