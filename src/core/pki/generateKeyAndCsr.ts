/**
 * Key pair and PKCS#10 CSR, made with WebCrypto in the page. The private key is
 * returned as unencrypted PKCS#8 PEM for the caller to save (or to encrypt with
 * encryptPrivateKey); nothing is kept or sent.
 */
import { KEY_ALGORITHMS } from './algorithms';
import { checkCsrRequest, InvalidCsrRequestError, type CsrRequest } from './checkCsrRequest';
import { toPem } from '../encoding/pem';
import { SUBJECT_FIELDS, subjectValues, type CsrSubject } from './subject';
import { subtle } from './webcrypto';
import type { x509 as X509 } from './x509';

function buildName(x509: typeof X509, subject: CsrSubject): InstanceType<typeof X509.Name> {
  const rdns: Record<
    string,
    { utf8String?: string; printableString?: string; ia5String?: string }[]
  >[] = [];
  for (const field of SUBJECT_FIELDS) {
    for (const value of subjectValues(subject, field.key)) {
      // One attribute per RDN, as typed values: never parsed from a DN string.
      rdns.push({ [field.oid]: [{ [field.encoding]: value }] });
    }
  }
  return new x509.Name(rdns);
}

/** A CSR for an existing key pair (the public key must be exportable as SPKI). */
export async function createCsr(
  keys: CryptoKeyPair,
  request: CsrRequest,
): Promise<{ csrPem: string; csrDer: Uint8Array }> {
  const checked = checkCsrRequest(request);
  if (checked.issues.length > 0) throw new InvalidCsrRequestError(checked.issues);
  const spec = KEY_ALGORITHMS[request.algorithm];
  const { dnsNames, ipAddresses, emailAddresses } = checked.names;
  const general = [
    ...dnsNames.map((value) => ({ type: 'dns' as const, value })),
    ...ipAddresses.map((value) => ({ type: 'ip' as const, value })),
    ...emailAddresses.map((value) => ({ type: 'email' as const, value })),
  ];
  // Loaded on first use: the rest of pki/ works without @peculiar/x509.
  const { x509 } = await import('./x509');
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: buildName(x509, checked.subject),
    keys,
    // RSA: the hash is the key's own (SHA-256, set when it was made or imported).
    signingAlgorithm: spec.sign,
    extensions: general.length > 0 ? [new x509.SubjectAlternativeNameExtension(general)] : [],
  });
  const csrDer = new Uint8Array(csr.rawData);
  return { csrPem: toPem('CERTIFICATE REQUEST', csrDer), csrDer };
}

export interface GenerateOptions {
  /** Abandon the work: the promise rejects and the key is dropped. */
  readonly signal?: AbortSignal;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Key generation was cancelled.', 'AbortError');
}

/** Generates a key pair of the chosen algorithm and a CSR signed by it. */
export async function generateKeyAndCsr(
  request: CsrRequest,
  options: GenerateOptions = {},
): Promise<{ csrPem: string; privateKeyPem: string }> {
  const checked = checkCsrRequest(request);
  if (checked.issues.length > 0) throw new InvalidCsrRequestError(checked.issues);
  throwIfAborted(options.signal);
  const spec = KEY_ALGORITHMS[request.algorithm];
  const keys = await subtle().generateKey(spec.generate, true, ['sign', 'verify']);
  throwIfAborted(options.signal);
  const { csrPem } = await createCsr(keys, request);
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', keys.privateKey));
  throwIfAborted(options.signal);
  return { csrPem, privateKeyPem: toPem('PRIVATE KEY', pkcs8) };
}
