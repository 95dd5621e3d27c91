/**
 * The subject against Sectigo's CSR rules (autoapplyorder-guide-v2.txt, "csr":
 * field lengths, ISO 3166 country as a PrintableString, DirectoryString values)
 * and the common name against the product's wildcard rule (-5, -6) and the IP
 * address codes (-19, -35); an OU in a TLS CSR is flagged, since public CAs no
 * longer include it (CA/Browser Forum ballot SC47).
 */
import { isIso3166Alpha2 } from '../../spec/iso3166';
import type { ProductSpec } from '../../spec/types';
import { DIRECTORY_STRING_TAGS, TAG } from '../../encoding/der';
import type { DecodedCsr } from '../../encoding/decodeCsr';
import { isIPv4, isIPv6 } from '../names';
import { reservedRange } from '../reservedNames';
import { dnsNameProblem } from './lintNames';
import { nameProducts, productsOfKind } from './productSuggestions';
import { OTHER_SUBJECT_SHORT_NAMES } from '../oids';
import { SUBJECT_FIELD_BY_OID } from '../subject';
import type { Finding } from './types';

export function lintSubject(
  csr: DecodedCsr,
  product: ProductSpec | undefined,
  findings: Finding[],
): Record<string, string[]> {
  const subject: Record<string, string[]> = {};
  for (const attribute of csr.subject) {
    const spec = SUBJECT_FIELD_BY_OID.get(attribute.oid);
    const name = spec?.short ?? OTHER_SUBJECT_SHORT_NAMES[attribute.oid] ?? attribute.oid;
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
  const ous = subject.OU ?? [];
  const looksTls =
    product?.family === 'ssl' ||
    (product === undefined &&
      (csr.dnsNames.length > 0 || (cn !== undefined && dnsNameProblem(cn) === undefined)));
  if (ous.length > 0 && looksTls)
    findings.push({
      severity: 'warning',
      message: `The CSR has an organizational unit (OU "${ous.join('", "')}"). Public CAs stopped putting OU in TLS certificates in September 2022 (CA/Browser Forum ballot SC47), so it will not be in the certificate.`,
      fix: 'Nothing to do for this order; leave OU out of your next CSR.',
    });
  return subject;
}

function lintCommonName(cn: string, product: ProductSpec | undefined, findings: Finding[]): void {
  if (isIPv4(cn) || isIPv6(cn)) {
    const publicIp = reservedRange(cn) === undefined;
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
      const single = productsOfKind('single', product.validation);
      findings.push({
        severity: 'error',
        code: -6,
        message: `${product.name} is a wildcard product: the common name must contain exactly one wildcard, as in *.example.com.`,
        fix:
          single.length > 0
            ? `Make a new CSR with CN=*.yourdomain, or choose a non-wildcard product: ${nameProducts(single)}.`
            : 'Make a new CSR with CN=*.yourdomain, or choose a non-wildcard product.',
      });
    }
    if (!product.wildcard && wildcards > 0) {
      const wildcardProducts = productsOfKind('wildcard', product.validation);
      findings.push({
        severity: 'error',
        code: -5,
        message: `${product.name} is not a wildcard product, so the common name may not contain a wildcard.`,
        fix:
          wildcardProducts.length > 0
            ? `Choose a wildcard product: ${nameProducts(wildcardProducts)}; or make a new CSR for a specific name.`
            : `No ${product.validation ?? ''} product covers wildcards: make a new CSR for specific names.`,
      });
    }
  } else if (wildcards > 0 && !product) {
    findings.push({
      severity: 'info',
      message: `The common name is a wildcard: order it with a wildcard product (Sectigo answers -5 otherwise): ${nameProducts(productsOfKind('wildcard'))}.`,
    });
  }
  const problem = dnsNameProblem(cn);
  if (problem !== undefined)
    findings.push({
      severity: 'error',
      message: `Common name: ${problem}`,
      fix: 'Put the full domain name, such as www.example.com, in CN.',
    });
}
