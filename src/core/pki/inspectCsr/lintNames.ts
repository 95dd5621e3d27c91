/**
 * The Subject Alternative Names: every DNS name, IP address and email address
 * checked on its own (each bad one is its own finding, naming it), internal
 * names and reserved IP addresses refused as for any publicly-trusted
 * certificate (CA/Browser Forum Baseline Requirements 4.2.2), and the list
 * against the product's single-domain, multi-domain, wildcard and validation
 * level (the product table of the !AutoApplyOrder guide).
 */
import type { ProductSpec } from '../../spec/types';
import type { DecodedCsr } from '../../encoding/decodeCsr';
import { checkDnsName, checkEmailAddress, checkIpAddress } from '../names';
import { nameProducts, productsOfKind } from './productSuggestions';
import type { Finding } from './types';

/** What is wrong with a SAN DNS name as written, or undefined. */
export function dnsNameProblem(name: string): string | undefined {
  const check = checkDnsName(name);
  if (!check.ok) return check.message;
  // A CSR holds names as written: a URL or a Unicode name is not a dNSName.
  if (check.note?.kind === 'urlHost')
    return `"${name}" is a web address; the name must be its host alone, ${check.value}.`;
  if (check.note?.kind === 'punycode')
    return `"${name}" is not in its ASCII form; it must be written ${check.value}.`;
  return undefined;
}

export function lintNames(
  csr: DecodedCsr,
  cn: string | undefined,
  product: ProductSpec | undefined,
  findings: Finding[],
): void {
  for (const name of csr.dnsNames) {
    const message = dnsNameProblem(name);
    if (message !== undefined)
      findings.push({
        severity: 'error',
        message: `SAN DNS name: ${message}`,
        fix: 'Correct or remove it and make a new CSR.',
      });
  }
  for (const ip of csr.ipAddresses) {
    const check = checkIpAddress(ip);
    if (!check.ok)
      findings.push({
        severity: 'error',
        message: `SAN IP address: ${check.message}`,
        fix: 'Remove it and make a new CSR; only public IP addresses can be in a public certificate.',
      });
  }
  for (const email of csr.emailAddresses) {
    const check = checkEmailAddress(email);
    if (!check.ok)
      findings.push({
        severity: 'error',
        message: `SAN email address: ${check.message}`,
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
    const multi = productsOfKind('multiDomain', product.validation);
    findings.push({
      severity: 'warning',
      message: `${product.name} covers one domain (and its www. form); the other SAN names (${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ' …' : ''}) will not be in the certificate.`,
      fix:
        multi.length > 0
          ? `Choose a multi-domain product to cover them all: ${nameProducts(multi)}.`
          : 'Choose a multi-domain product to cover them all.',
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
    const wildcards = productsOfKind('wildcard', product.validation);
    findings.push({
      severity: 'warning',
      message: `A SAN name is a wildcard, but ${product.name} is not a wildcard product.`,
      fix:
        wildcards.length > 0
          ? `Choose a wildcard product: ${nameProducts(wildcards)}.`
          : `No ${product.validation ?? ''} product covers wildcards; list each name instead.`,
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
