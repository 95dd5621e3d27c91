/**
 * The Subject Alternative Names: each DNS name well-formed, and the list
 * against the product's single-domain, multi-domain, wildcard and validation
 * level (the product table of the !AutoApplyOrder guide).
 */
import type { ProductSpec } from '../../spec/types';
import type { DecodedCsr } from '../../encoding/decodeCsr';
import { checkDnsName } from '../names';
import type { Finding } from './types';

export function lintNames(
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
