/**
 * The PKCS#10 attributes. Sectigo ignores them ("Any attributes MAY be present
 * but will be ignored", autoapplyorder-guide-v2.txt, "csr": Attributes), so
 * none stops an order; a challenge password is still worth a warning, because
 * it travels in the CSR as plain text.
 */
import { DIRECTORY_STRING_TAGS, describeTag, isUniversal } from '../../encoding/der';
import type { DecodedCsr } from '../../encoding/decodeCsr';
import { CSR_ATTRIBUTE_NAMES, CSR_ATTRIBUTE_OID } from '../oids';
import type { Finding } from './types';

export function lintAttributes(csr: DecodedCsr, findings: Finding[]): void {
  for (const attribute of csr.attributes) {
    const name = CSR_ATTRIBUTE_NAMES[attribute.oid] ?? attribute.oid;
    const unusual = attribute.values.filter((value) => !isUniversal(value));
    if (unusual.length > 0) {
      findings.push({
        severity: 'info',
        message: `The ${name} attribute holds a value of type ${unusual.map(describeTag).join(', ')}, which no standard defines for it. Sectigo ignores CSR attributes, so it does not stop the order.`,
      });
    }
    if (
      attribute.oid === CSR_ATTRIBUTE_OID.challengePassword &&
      attribute.values.some((value) => DIRECTORY_STRING_TAGS.has(value.tag))
    ) {
      findings.push({
        severity: 'warning',
        message:
          'The CSR carries a challenge password, stored in it as plain text. Sectigo ignores it.',
        fix: 'Do not reuse that password anywhere; next time leave it empty.',
      });
    }
  }
}
