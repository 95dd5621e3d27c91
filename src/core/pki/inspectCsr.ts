/**
 * Decodes a CSR and lints it against Sectigo's rules, predicting the error code
 * Sectigo would answer where the documents give one (the !AutoApplyOrder codes
 * of autoapplyorder-guide-v2.txt section 2.1), and computes the DCV records.
 * Problems with the input are findings, never exceptions.
 */
import { PRODUCTS } from '../spec/products';
import type { ProductSpec } from '../spec/types';
import { isIso3166Alpha2 } from '../spec/iso3166';
import { DerError, TAG, canonicalProblems, readDer, readElement } from './der';
import { computeDcv, type DcvRecords } from './dcv';
import { decodeCsr, type DecodedCsr } from './decodeCsr';
import { checkEcPoint, checkRsaKey, readRsaPublicKey } from './keyChecks';
import { checkDnsName, isIPv4, isIPv6 } from './names';
import { CURVE_BY_OID, OID, UNSUPPORTED_KEY_TYPES } from './oids';
import { base64ToBytes, readPemBlocks, toPem } from '../encoding/pem';
import { OTHER_SIGNATURE_NAMES, SIGNATURE_ALGORITHM_BY_OID } from './signatureAlgorithms';
import { SUBJECT_FIELD_BY_OID } from './subject';
import { verifyCsrSignature } from './verifyCsrSignature';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly severity: Severity;
  /** The error code Sectigo would return, where the documents give one. */
  readonly code?: number;
  readonly message: string;
  /** What to do about it, in plain words. */
  readonly fix?: string;
}

export interface InspectedCsr {
  readonly subject: Record<string, string[]>;
  readonly dnsNames: string[];
  readonly ipAddresses: string[];
  readonly emailAddresses: string[];
  // `string & {}` keeps the two literal names visible to editors (contract: 'RSA' | 'EC' | string).
  readonly key: {
    type: 'RSA' | 'EC' | (string & {});
    bits?: number;
    curve?: string;
    exponent?: string;
  };
  readonly signatureAlgorithm: string;
  readonly signatureValid: boolean;
  /** False when this platform cannot check the signature algorithm. */
  readonly signatureChecked: boolean;
  readonly extensions: { oid: string; name: string; critical: boolean }[];
  readonly attributes: string[];
  /** The CSR as canonical PEM (what to submit). */
  readonly pem: string;
  readonly derLength: number;
}

export interface InspectResult {
  readonly ok: boolean;
  readonly csr?: InspectedCsr;
  readonly findings: Finding[];
  readonly dcv?: DcvRecords;
  /** What the input turned out to be. */
  readonly recognised:
    | 'csr'
    | 'certificate'
    | 'private-key'
    | 'public-key'
    | 'other-pem'
    | 'empty'
    | 'not-base64'
    | 'not-der';
}

export interface InspectOptions {
  /** A product code: its wildcard, multi-domain and validation-level rules apply. */
  readonly product?: number;
  /** For the DCV records (uniqueValue of !AutoApplyOrder). */
  readonly uniqueValue?: string;
}

const SHORT_NAMES: Readonly<Record<string, string>> = {
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

const EXTENSION_NAMES: Readonly<Record<string, string>> = {
  '2.5.29.17': 'Subject Alternative Name',
  '2.5.29.15': 'Key Usage',
  '2.5.29.37': 'Extended Key Usage',
  '2.5.29.19': 'Basic Constraints',
  '2.5.29.14': 'Subject Key Identifier',
  '1.3.6.1.4.1.311.20.2': 'Microsoft certificate template name',
  '1.3.6.1.4.1.311.21.7': 'Microsoft certificate template',
};

const CHALLENGE_PASSWORD = '1.2.840.113549.1.9.7';
const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';
/** DirectoryString choices the guide lists: PrintableString, TeletexString, BMPString, UniversalString, UTF8String. */
const DIRECTORY_STRING_TAGS = new Set<number>([
  TAG.PRINTABLE_STRING,
  TAG.T61_STRING,
  TAG.BMP_STRING,
  TAG.UNIVERSAL_STRING,
  TAG.UTF8_STRING,
]);

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

const CSR_LABELS = ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST'];

function isPublicIPv4(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return !(
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    a === 0 ||
    a >= 224
  );
}

function result(
  partial: Omit<InspectResult, 'ok' | 'findings'> & { findings: Finding[] },
): InspectResult {
  const findings = [...partial.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return { ...partial, findings, ok: !findings.some((finding) => finding.severity === 'error') };
}

/** Tells a bare DER blob that is not a CSR: a certificate or a PKCS#8 key. */
function classifyDer(der: Uint8Array): 'csr' | 'certificate' | 'private-key' | 'public-key' {
  try {
    const root = readElement(der, 0, der.length);
    const first = root.children[0];
    if (first?.tag === TAG.INTEGER && root.children[2]?.tag === TAG.OCTET_STRING)
      return 'private-key';
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

const NOT_A_CSR: Readonly<Record<'certificate' | 'private-key' | 'public-key', Finding>> = {
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

/** Reads the input into DER, or says what it is instead. */
function readInput(input: string | Uint8Array): { der: Uint8Array } | { result: InspectResult } {
  let text: string;
  if (input instanceof Uint8Array) {
    if (input[0] === 0x30) {
      const kind = classifyDer(input);
      if (kind !== 'csr')
        return {
          result: result({
            recognised: kind,
            findings: [NOT_A_CSR[kind]],
          }),
        };
      return { der: input };
    }
    text = new TextDecoder('utf-8', { fatal: false }).decode(input);
  } else {
    text = input;
  }
  if (text.trim() === '') {
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
  const blocks = readPemBlocks(text);
  const csrBlock = blocks.find((block) => CSR_LABELS.includes(block.label));
  if (csrBlock) return { der: csrBlock.der };
  const keyBlock = blocks.find((block) => block.label.includes('PRIVATE KEY'));
  if (keyBlock || /-{3,10}[ \t]*BEGIN[A-Z ]{0,20}PRIVATE KEY/i.test(text)) {
    return { result: result({ recognised: 'private-key', findings: [NOT_A_CSR['private-key']] }) };
  }
  const first = blocks[0];
  if (first) {
    if (
      first.label === 'CERTIFICATE' ||
      first.label === 'X509 CERTIFICATE' ||
      first.label === 'TRUSTED CERTIFICATE'
    ) {
      return { result: result({ recognised: 'certificate', findings: [NOT_A_CSR.certificate] }) };
    }
    if (first.label === 'PUBLIC KEY' || first.label === 'RSA PUBLIC KEY') {
      return { result: result({ recognised: 'public-key', findings: [NOT_A_CSR['public-key']] }) };
    }
    return {
      result: result({
        recognised: 'other-pem',
        findings: [
          {
            severity: 'error',
            code: -10,
            message: `This is a "${first.label}" PEM block, not a CSR.`,
            fix: 'Paste the block that starts with -----BEGIN CERTIFICATE REQUEST-----.',
          },
        ],
      }),
    };
  }
  const bare = /-{3,10}[ \t]*BEGIN/i.test(text) ? null : base64ToBytes(text);
  if (!bare) {
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
  const kind = classifyDer(bare);
  if (kind !== 'csr')
    return {
      result: result({ recognised: kind, findings: [NOT_A_CSR[kind]] }),
    };
  return { der: bare };
}

/** Decodes strictly; a CSR followed by stray bytes is still decoded (and reported). */
function decodeStrictly(der: Uint8Array, findings: Finding[]): DecodedCsr | null {
  let bytes = der;
  try {
    readDer(der);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof DerError && /trailing byte/.test(message)) {
      findings.push({
        severity: 'error',
        code: -10,
        message: `The CSR is followed by extra data: ${message}.`,
        fix: 'Submit only the CSR itself; re-export it from the tool that made it.',
      });
      bytes = der.subarray(0, readElement(der, 0, der.length).end);
    } else {
      findings.push({
        severity: 'error',
        code: -10,
        message: `The CSR cannot be decoded as DER: ${message}.`,
        fix: 'Make a new CSR (the Generate view, or openssl req); this one is damaged or in a lenient BER encoding Sectigo may not accept.',
      });
      return null;
    }
  }
  try {
    const csr = decodeCsr(bytes);
    const problems = canonicalProblems(bytes, readDer(bytes));
    if (problems.length > 0) {
      findings.push({
        severity: 'error',
        code: -10,
        message: `The CSR is not in canonical DER (re-encoding it would change it): ${problems.join('; ')}.`,
        fix: 'Make a new CSR with a standard tool.',
      });
    }
    return csr;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    findings.push({
      severity: 'error',
      code: -10,
      message: `This does not have the structure of a CSR: ${message}.`,
      fix: 'Check you copied a certificate signing request, whole.',
    });
    return null;
  }
}

function lintSubject(
  csr: DecodedCsr,
  product: ProductSpec | undefined,
  findings: Finding[],
): Record<string, string[]> {
  const subject: Record<string, string[]> = {};
  for (const attribute of csr.subject) {
    const spec = SUBJECT_FIELD_BY_OID.get(attribute.oid);
    const name = spec?.short ?? SHORT_NAMES[attribute.oid] ?? attribute.oid;
    (subject[name] ??= []).push(attribute.value);
    if (spec && attribute.value.length > spec.maxLength) {
      findings.push({
        severity: 'error',
        message: `${spec.label} (${name}) is ${attribute.value.length} characters long; Sectigo allows at most ${spec.maxLength}.`,
        fix: `Shorten ${spec.label} and make a new CSR.`,
      });
    }
    if (attribute.value.trim() === '')
      findings.push({
        severity: 'warning',
        message: `${name} is present but empty.`,
        fix: `Leave ${name} out rather than empty.`,
      });
    if (attribute.oid === '2.5.4.6') {
      if (!isIso3166Alpha2(attribute.value)) {
        findings.push({
          severity: 'error',
          code: -7,
          message: `"${attribute.value}" is not a valid ISO 3166 country code.`,
          fix: 'Use the two-letter code in capitals: US, GB (not UK), DE ...',
        });
      } else if (attribute.stringTag !== TAG.PRINTABLE_STRING) {
        findings.push({
          severity: 'warning',
          message: 'The country is not encoded as a PrintableString, as the guide requires.',
          fix: 'Make the CSR with a standard tool; it will encode C correctly.',
        });
      }
    } else if (
      spec &&
      spec.encoding !== 'ia5String' &&
      !DIRECTORY_STRING_TAGS.has(attribute.stringTag)
    ) {
      findings.push({
        severity: 'warning',
        message: `${name} is not encoded as a DirectoryString (PrintableString, TeletexString, BMPString, UniversalString or UTF8String).`,
      });
    }
    if (!spec)
      findings.push({
        severity: 'info',
        message: `${name} is not one of the fields Sectigo reads; it will be ignored.`,
      });
    if (attribute.multiValued)
      findings.push({
        severity: 'warning',
        message: `${name} shares a multi-valued RDN with another attribute; some software mishandles that.`,
        fix: 'Put each attribute in its own RDN (any standard tool does).',
      });
  }
  const cns = subject.CN ?? [];
  if ((subject.street?.length ?? 0) > 3)
    findings.push({
      severity: 'error',
      message: `The CSR has ${subject.street?.length ?? 0} street address lines; Sectigo reads at most three.`,
    });
  const isSmime = product?.family === 'smime';
  if (cns.length === 0) {
    if (isSmime) {
      findings.push({
        severity: 'info',
        message:
          'No common name: fine for S/MIME, where the order parameters set the certificate subject.',
      });
    } else {
      findings.push({
        severity: 'error',
        code: -8,
        message: 'The CSR has no common name (CN), which Sectigo requires.',
        fix: 'Make a new CSR with the domain name as CN.',
      });
    }
  } else if (cns.length > 1) {
    findings.push({
      severity: 'warning',
      message: `The CSR has ${cns.length} common names; Sectigo reads one.`,
      fix: 'Put one name in CN and all of them in the Subject Alternative Names.',
    });
  }
  const cn = cns[0];
  if (cn !== undefined && !isSmime) lintCommonName(cn, product, findings);
  return subject;
}

function lintCommonName(cn: string, product: ProductSpec | undefined, findings: Finding[]): void {
  if (isIPv4(cn) || isIPv6(cn)) {
    const publicIp = isIPv4(cn) && isPublicIPv4(cn);
    findings.push(
      publicIp
        ? {
            severity: 'error',
            code: -19,
            message: `The common name ${cn} is an Internet-accessible IP address, which Sectigo refuses here (-19; -35 for any IP address).`,
            fix: 'Put a domain name in CN; IP certificates are ordered with the IP in the SANs.',
          }
        : {
            severity: 'error',
            code: -35,
            message: `The common name ${cn} is an IP address, which Sectigo refuses (-35).`,
            fix: 'Put a domain name in CN.',
          },
    );
    return;
  }
  const wildcards = (cn.match(/\*/g) ?? []).length;
  if (product?.family === 'ssl') {
    if (product.wildcard && !(wildcards === 1 && cn.startsWith('*.'))) {
      findings.push({
        severity: 'error',
        code: -6,
        message: `${product.name} is a wildcard product: the common name must contain exactly one wildcard, as in *.example.com.`,
        fix: 'Make a new CSR with CN=*.yourdomain, or choose a non-wildcard product.',
      });
    }
    if (!product.wildcard && wildcards > 0) {
      findings.push({
        severity: 'error',
        code: -5,
        message: `${product.name} is not a wildcard product, so the common name may not contain a wildcard.`,
        fix: 'Choose a wildcard product, or make a new CSR for a specific name.',
      });
    }
  } else if (wildcards > 0 && !product) {
    findings.push({
      severity: 'info',
      message:
        'The common name is a wildcard: order it with a wildcard product (Sectigo answers -5 otherwise).',
    });
  }
  const dns = checkDnsName(cn);
  if (!dns.ok)
    findings.push({
      severity: 'error',
      message: `The common name ${dns.message}; it must be a fully-qualified domain name.`,
      fix: 'Put the full domain name, such as www.example.com, in CN.',
    });
}

function lintNames(
  csr: DecodedCsr,
  cn: string | undefined,
  product: ProductSpec | undefined,
  findings: Finding[],
): void {
  for (const name of csr.dnsNames) {
    const check = checkDnsName(name);
    if (!check.ok)
      findings.push({
        severity: 'error',
        message: `The SAN DNS name "${name}" ${check.message}.`,
        fix: 'Correct or remove it and make a new CSR.',
      });
  }
  if (csr.otherNames.length > 0)
    findings.push({
      severity: 'info',
      message: `The SANs also hold ${csr.otherNames.join(', ')}; Sectigo does not use them.`,
    });
  if (!product || product.family !== 'ssl') return;
  const extra = csr.dnsNames.filter(
    (name) => name !== cn && name !== `www.${cn ?? ''}` && `www.${name}` !== cn,
  );
  if (!product.multiDomain && extra.length > 0) {
    findings.push({
      severity: 'warning',
      message: `${product.name} covers one domain (and its www. form); the other SAN names (${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ' …' : ''}) will not be in the certificate.`,
      fix: 'Choose a multi-domain product to cover them all.',
    });
  }
  if (product.multiDomain && csr.dnsNames.length === 0) {
    findings.push({
      severity: 'info',
      message: 'The CSR lists no SAN names: give the domains in the order (domainNames).',
    });
  }
  if (
    !product.wildcard &&
    !product.multiDomain &&
    csr.dnsNames.some((name) => name.startsWith('*.'))
  ) {
    findings.push({
      severity: 'warning',
      message: `A SAN name is a wildcard, but ${product.name} is not a wildcard product.`,
    });
  }
  if (
    (product.validation === 'OV' || product.validation === 'EV') &&
    !csr.subject.some((a) => a.oid === '2.5.4.10')
  ) {
    findings.push({
      severity: 'info',
      message: `${product.name} is ${product.validation}: give the organization name and address in the CSR or in the order parameters.`,
    });
  }
}

async function lintKeyAndSignature(
  csr: DecodedCsr,
  findings: Finding[],
): Promise<{
  key: InspectedCsr['key'];
  signatureAlgorithm: string;
  signatureValid: boolean;
  signatureChecked: boolean;
}> {
  let key: InspectedCsr['key'] = {
    type: UNSUPPORTED_KEY_TYPES[csr.keyAlgorithmOid] ?? csr.keyAlgorithmOid,
  };
  let keyUsable = false;
  if (csr.keyAlgorithmOid === OID.rsaEncryption) {
    try {
      const rsa = readRsaPublicKey(csr.publicKey);
      key = { type: 'RSA', bits: rsa.bits, exponent: rsa.exponent.toString() };
      if (rsa.bits < 2048 || rsa.bits > 8192) {
        findings.push({
          severity: 'error',
          code: -13,
          message: `The RSA key has ${rsa.bits} bits; Sectigo accepts 2048 to 8192.`,
          fix: 'Make a new key of 2048 bits or more.',
        });
      }
      for (const problem of checkRsaKey(rsa))
        findings.push({ ...problem, fix: 'Make a new key pair and CSR.' });
      keyUsable = true;
    } catch {
      findings.push({
        severity: 'error',
        code: -10,
        message: 'The RSA public key in the CSR is damaged.',
      });
    }
  } else if (csr.keyAlgorithmOid === OID.ecPublicKey) {
    const curve = csr.keyParamsOid ? CURVE_BY_OID[csr.keyParamsOid] : undefined;
    if (!curve) {
      key = { type: 'EC', curve: csr.keyParamsOid ?? 'explicit parameters' };
      findings.push({
        severity: 'error',
        code: -11,
        message:
          'The EC key is on a curve Sectigo does not accept: only P-256, P-384 and P-521 are.',
        fix: 'Make a new key on P-256, P-384 or P-521.',
      });
    } else {
      key = { type: 'EC', curve, bits: { 'P-256': 256, 'P-384': 384, 'P-521': 521 }[curve] };
      for (const problem of checkEcPoint(curve, csr.publicKey)) findings.push(problem);
      keyUsable = !findings.some(
        (f) => f.message.startsWith('The EC public key') && f.severity === 'error',
      );
    }
  } else {
    findings.push({
      severity: 'error',
      code: -11,
      message: `The key is ${UNSUPPORTED_KEY_TYPES[csr.keyAlgorithmOid] ?? `of an unknown type (${csr.keyAlgorithmOid})`}; Sectigo accepts RSA and ECDSA (P-256, P-384, P-521) keys.`,
      fix: 'Make a new RSA or ECDSA key.',
    });
  }

  const algorithm = SIGNATURE_ALGORITHM_BY_OID.get(csr.signatureOid);
  const signatureAlgorithm =
    algorithm?.name ?? OTHER_SIGNATURE_NAMES[csr.signatureOid] ?? csr.signatureOid;
  if (!algorithm) {
    findings.push({
      severity: 'error',
      code: -11,
      message: `The CSR is signed with ${signatureAlgorithm}, which is not among the algorithms Sectigo accepts.`,
      fix: 'Sign the CSR with SHA-256 (any standard tool does by default).',
    });
    return { key, signatureAlgorithm, signatureValid: false, signatureChecked: false };
  }
  if (algorithm.hash === 'MD5' || algorithm.hash === 'SHA-1') {
    findings.push({
      severity: 'warning',
      message: `The CSR is signed with ${algorithm.hash}. Sectigo's guide still accepts it, but it is obsolete.`,
      fix: 'Prefer a CSR signed with SHA-256.',
    });
  }
  if (!keyUsable)
    return { key, signatureAlgorithm, signatureValid: false, signatureChecked: false };
  try {
    const check = await verifyCsrSignature(csr, algorithm);
    if (!check.checked) {
      findings.push({
        severity: 'warning',
        message: `This browser cannot check a ${signatureAlgorithm} signature, so it was not verified.`,
      });
    } else if (!check.valid) {
      findings.push({
        severity: 'error',
        code: -12,
        message:
          'The CSR signature does not verify: the CSR was changed after signing, or is damaged.',
        fix: 'Make a new CSR; do not edit a CSR by hand.',
      });
    }
    return {
      key,
      signatureAlgorithm,
      signatureValid: check.checked && check.valid,
      signatureChecked: check.checked,
    };
  } catch {
    findings.push({
      severity: 'error',
      code: -12,
      message: 'The CSR signature could not be checked: the key or signature is malformed.',
    });
    return { key, signatureAlgorithm, signatureValid: false, signatureChecked: true };
  }
}

/** Inspects a CSR given as PEM / Base64 text or DER bytes. */
export async function inspectCsr(
  input: string | Uint8Array,
  options: InspectOptions = {},
): Promise<InspectResult> {
  const read = readInput(input);
  if ('result' in read) return read.result;
  const findings: Finding[] = [];
  const product =
    options.product === undefined
      ? undefined
      : (PRODUCTS as readonly ProductSpec[]).find((p) => p.code === options.product);
  if (options.product !== undefined && !product) {
    findings.push({
      severity: 'warning',
      message: `Product ${options.product} is not in the documented product list; product rules were not applied.`,
    });
  } else if (product && product.family !== 'ssl' && product.family !== 'smime') {
    findings.push({
      severity: 'info',
      message: `${product.name} is not a certificate; it takes no CSR of its own.`,
    });
  }
  const csr = decodeStrictly(read.der, findings);
  if (!csr) return result({ recognised: 'not-der', findings });
  if (csr.version !== 0)
    findings.push({
      severity: 'error',
      code: -10,
      message: `The CSR version is ${csr.version}; PKCS#10 defines only version 0 (v1).`,
    });

  const subject = lintSubject(
    csr,
    product?.family === 'ssl' || product?.family === 'smime' ? product : undefined,
    findings,
  );
  const cn = subject.CN?.[0];
  lintNames(csr, cn, product, findings);
  const { key, signatureAlgorithm, signatureValid, signatureChecked } = await lintKeyAndSignature(
    csr,
    findings,
  );

  const attributes = csr.attributes.map((attribute) => attribute.oid);
  if (attributes.includes(CHALLENGE_PASSWORD)) {
    findings.push({
      severity: 'warning',
      message:
        'The CSR carries a challenge password, stored in it as plain text. Sectigo ignores it.',
      fix: 'Do not reuse that password anywhere; next time leave it empty.',
    });
  }
  const extensions = csr.extensions.map((extension) => ({
    oid: extension.oid,
    name: EXTENSION_NAMES[extension.oid] ?? extension.oid,
    critical: extension.critical,
  }));
  const domains = [
    ...new Set([
      ...(cn && checkDnsName(cn).ok ? [cn.toLowerCase()] : []),
      ...csr.dnsNames.map((name) => name.toLowerCase()),
    ]),
  ];
  const dcv = computeDcv(csr.der, domains, options.uniqueValue);
  if (dcv?.domains.some((domain) => domain.httpUrl === null)) {
    findings.push({
      severity: 'info',
      message:
        'Wildcard names cannot be validated with the HTTP(S) file method; use the CNAME or email method for them (-126).',
    });
  }
  return result({
    recognised: 'csr',
    findings,
    ...(dcv ? { dcv } : {}),
    csr: {
      subject,
      dnsNames: [...csr.dnsNames],
      ipAddresses: [...csr.ipAddresses],
      emailAddresses: [...csr.emailAddresses],
      key,
      signatureAlgorithm,
      signatureValid,
      signatureChecked,
      extensions,
      attributes: attributes.map((oid) =>
        oid === CHALLENGE_PASSWORD
          ? 'challengePassword'
          : oid === EXTENSION_REQUEST
            ? 'extensionRequest'
            : oid,
      ),
      pem: toPem('CERTIFICATE REQUEST', csr.der),
      derLength: csr.der.length,
    },
  });
}
