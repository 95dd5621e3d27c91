/**
 * Decodes a CSR and lints it against Sectigo's rules, predicting the error code
 * Sectigo would answer where the documents give one (the !AutoApplyOrder codes
 * of autoapplyorder-guide-v2.txt section 2.1), and computes the DCV records.
 * Problems with the input are findings, never exceptions. Each step lives in
 * its own module beside this one; this file runs them in order.
 */
import { findProduct } from '../../spec/products';
import { computeDcv } from '../dcv';
import { checkDnsName } from '../names';
import { CSR_ATTRIBUTE_NAMES, EXTENSION_NAMES } from '../oids';
import { toPem } from '../../encoding/pem';
import { decodeStrictly } from './decodeStrictly';
import { lintAttributes } from './lintAttributes';
import { lintKeyAndSignature } from './lintKeyAndSignature';
import { lintNames } from './lintNames';
import { lintSubject } from './lintSubject';
import { readInput } from './readInput';
import { result, type Finding, type InspectOptions, type InspectResult } from './types';

export type { Finding, InspectOptions, InspectResult, InspectedCsr, Severity } from './types';

/** Inspects a CSR given as PEM / Base64 text or DER bytes. */
export async function inspectCsr(
  input: string | Uint8Array,
  options: InspectOptions = {},
): Promise<InspectResult> {
  const read = readInput(input);
  if ('result' in read) return read.result;
  const findings: Finding[] = [];
  const product = findProduct(options.product);
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

  lintAttributes(csr, findings);
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
      attributes: csr.attributes.map(({ oid }) => CSR_ATTRIBUTE_NAMES[oid] ?? oid),
      pem: toPem('CERTIFICATE REQUEST', csr.der),
      derLength: csr.der.length,
    },
  });
}
