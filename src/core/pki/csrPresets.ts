/**
 * What a CSR holds for each kind of certificate, so the Generate view shows
 * the right fields. From the guide's CSR rules (CN "MUST contain the Fully-
 * Qualified Domain Name"; O, OU, address and C "MAY"; OV/EV organisation details
 * in the CSR or the request) and placeorder-smime.txt (mailbox certificates carry
 * the email address; organisation-validated ones the full company name and
 * address).
 */
import type { Source } from '../spec/types';
import type { KeyAlgorithm } from './keyAlgorithm';
import type { SubjectKey } from './subject';

export type CsrPresetId = 'dv' | 'ov-ev' | 'smime-mailbox' | 'smime-organization';

export interface CsrPreset {
  readonly id: CsrPresetId;
  readonly label: string;
  readonly description: string;
  /** Names go in as DNS names (the first also as CN), or as one email address. */
  readonly names: 'domains' | 'email';
  /** Subject fields shown, in form order; the CN comes from the first domain. */
  readonly fields: readonly SubjectKey[];
  /** Fields that must be filled for this kind. */
  readonly required: readonly SubjectKey[];
  /** Groups of fields of which at least one must be filled. */
  readonly requiredOneOf?: readonly (readonly SubjectKey[])[];
  readonly defaultAlgorithm: KeyAlgorithm;
  readonly source: Source;
}

const ADDRESS: readonly SubjectKey[] = [
  'streetAddress',
  'localityName',
  'stateOrProvinceName',
  'postalCode',
  'countryName',
];

export const CSR_PRESETS: readonly CsrPreset[] = [
  {
    id: 'dv',
    label: 'Website, domain validated (DV)',
    description: 'Proves control of the domain names only. The CSR needs just the names.',
    names: 'domains',
    fields: [],
    required: [],
    defaultAlgorithm: 'P-256',
    source: { doc: 'autoapplyorder-guide-v2.txt', section: 'csr: MUST include Common Name (FQDN)' },
  },
  {
    id: 'ov-ev',
    label: 'Website, organization or extended validation (OV/EV)',
    description:
      'Names your organization in the certificate. Give its legal name and address as registered.',
    names: 'domains',
    // No OU: public CAs stopped putting it in TLS certificates on 1 September 2022
    // (CA/Browser Forum ballot SC47, Baseline Requirements 7.1.4.2.2 i), so asking for it misleads.
    fields: ['organizationName', ...ADDRESS],
    required: ['organizationName', 'localityName', 'countryName'],
    defaultAlgorithm: 'P-256',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: 'csr: MAY include O, OU, street, L, ST, postal code, C; organizationName (OV/EV)',
    },
  },
  {
    id: 'smime-mailbox',
    label: 'Email (S/MIME), mailbox validated',
    description: 'Signs and encrypts email for one address. The CSR needs just the address.',
    names: 'email',
    fields: [],
    required: [],
    defaultAlgorithm: 'RSA-2048',
    source: {
      doc: 'placeorder-smime.txt',
      section: 'S/MIME Mailbox-Validated Strict Certificate (x_PPP=2411, 2412)',
    },
  },
  {
    id: 'smime-organization',
    label: 'Email (S/MIME), organization validated',
    description:
      'Email certificate that also names your organization: the full company name and address are required.',
    names: 'email',
    fields: ['organizationName', 'organizationalUnitName', ...ADDRESS],
    // "a state or province name may be omitted if LocalityName is specified, and vice versa"
    required: ['organizationName', 'streetAddress', 'postalCode', 'countryName'],
    requiredOneOf: [['localityName', 'stateOrProvinceName']],
    defaultAlgorithm: 'RSA-2048',
    source: {
      doc: 'placeorder-smime.txt',
      section: 'S/MIME Organization-Validated Multipurpose certificate (x_PPP=243, 2432)',
    },
  },
];
