/**
 * Request parameters of !AutoReplaceSMIME, in the order of the parameter table
 * in `autoreplacesmime.txt`. The document has a single table ("Request
 * parameters") with no sub-headings, so every entry has that group.
 */
import type { ParamSpec } from '../types';
import {
  AUTOREPLACE_RESPONSE_FORMATS,
  LANGUAGES,
  REVOKE_OLD_ORDER,
  SIGNATURE_HASHES,
} from '../values';

const DOC = 'autoreplacesmime.txt';
const GROUP = 'Request parameters';

export const AUTO_REPLACE_SMIME_PARAMS = [
  {
    name: 'loginName',
    label: 'Login name',
    group: GROUP,
    requirement: 'required',
    type: 'string',
    maxLength: 64,
    description: 'Your account username. Case sensitive.',
    source: { doc: DOC, section: 'loginName' },
  },
  {
    name: 'loginPassword',
    label: 'Login password',
    group: GROUP,
    requirement: 'required',
    type: 'string',
    maxLength: 128,
    description: 'Your account password. Case sensitive.',
    secret: true,
    source: { doc: DOC, section: 'loginPassword' },
  },
  {
    name: 'orderNumber',
    label: 'Order number to replace',
    group: GROUP,
    requirement: 'required',
    type: 'string',
    maxLength: 128,
    description: 'The order number of the certificate to replace.',
    source: { doc: DOC, section: 'orderNumber' },
  },
  {
    name: 'csr',
    label: 'CSR',
    group: GROUP,
    requirement: 'required',
    type: 'string',
    maxLength: 32767,
    format: 'csr',
    description:
      'The PKCS#10, Base64-encoded certificate signing request, with or without the -----BEGIN xxxxx----- and -----END xxxxx----- header and footer. A Microsoft certificate template extension in the CSR is extracted and included in the certificate.',
    source: { doc: DOC, section: 'csr' },
  },
  {
    name: 'signatureHash',
    label: 'Signature hash preference',
    group: GROUP,
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    values: SIGNATURE_HASHES.values,
    default: 'NO_PREFERENCE',
    description:
      'The preference for the signature hash algorithm used when issuing the certificate. If omitted, NO_PREFERENCE.',
    source: { doc: DOC, section: 'signatureHash' },
  },
  {
    name: 'caCertificateID',
    label: 'CA certificate ID',
    group: GROUP,
    requirement: 'optional',
    condition: 'Only available by special agreement with Sectigo.',
    type: 'integer',
    description:
      'Use a particular CA certificate and key, overriding Sectigo’s default choice for issuing this certificate.',
    source: { doc: DOC, section: 'caCertificateID' },
  },
  {
    name: 'revokeOldOrder',
    label: 'Revoke replaced certificate',
    group: GROUP,
    requirement: 'optional',
    condition: 'For when the replaced order was issued and its certificate should be revoked.',
    type: 'char',
    maxLength: 1,
    values: REVOKE_OLD_ORDER.values,
    format: 'yn',
    default: 'N',
    description:
      'Y — revoke the issued certificate associated with the replaced order; N — do not. If omitted, defaults to N.',
    source: { doc: DOC, section: 'revokeOldOrder' },
  },
  {
    name: 'responseFormat',
    label: 'Response format',
    group: GROUP,
    requirement: 'optional',
    type: 'integer',
    values: AUTOREPLACE_RESPONSE_FORMATS.values,
    default: '0',
    description:
      'The response format: 0 — newline-delimited parameters; 1 — URL-encoded parameters; 2 — JSON. If omitted, defaults to 0.',
    source: { doc: DOC, section: 'responseFormat' },
  },
  {
    name: 'languageName',
    label: 'Email language',
    group: GROUP,
    requirement: 'conditional',
    condition:
      'Ignored when SMIMEVerificationTemplateID, SMIMERequestTemplateID or SMIMECollectionTemplateID is provided. If omitted, the language is English.',
    type: 'string',
    maxLength: 2,
    values: LANGUAGES.values,
    format: 'language',
    default: 'en',
    description:
      'The language, as an ISO 639-1 two-character code, for the email templates (callback and enterprise authentication for instant issuance). If omitted, English.',
    source: { doc: DOC, section: 'languageName' },
  },
  {
    name: 'SMIMEVerificationTemplateID',
    label: 'S/MIME verification template ID',
    group: GROUP,
    requirement: 'optional',
    type: 'integer',
    description:
      'The ID of the S/MIME Verification Email template to apply, overriding Sectigo’s default choice. Prevails over languageName if both are provided.',
    source: { doc: DOC, section: 'SMIMEVerificationTemplateID' },
  },
  {
    name: 'SMIMERequestTemplateID',
    label: 'S/MIME request template ID',
    group: GROUP,
    requirement: 'optional',
    type: 'integer',
    description:
      'The ID of the S/MIME Request Email template used to process the order, overriding Sectigo’s default choice. Prevails over languageName if both are provided.',
    source: { doc: DOC, section: 'SMIMERequestTemplateID' },
  },
  {
    name: 'SMIMECollectionTemplateID',
    label: 'S/MIME collection template ID',
    group: GROUP,
    requirement: 'optional',
    type: 'integer',
    description:
      'The ID of the S/MIME Collection Email template to apply, overriding Sectigo’s default choice. Prevails over languageName if both are provided.',
    source: { doc: DOC, section: 'SMIMECollectionTemplateID' },
  },
] as const satisfies readonly ParamSpec[];
