/**
 * Request parameters of RequestAndCollectSMIME, in the order of the parameter
 * table in `requestandcollectsmime.txt`. The document has a single table
 * ("Request parameters") with no sub-headings, so every entry has that group.
 *
 * `returnCertificate` is a 1-char flag whose allowed values the table does not
 * list (the sample request sends `returnCertificate=Y`), so no value list is set.
 */
import type { ParamSpec } from '../types';
import { QUERY_TYPES, RESPONSE_ENCODINGS, RESPONSE_TYPES, SHOW_VALIDITY_PERIOD } from '../values';

const DOC = 'requestandcollectsmime.txt';
const GROUP = 'Request parameters';

export const REQUEST_AND_COLLECT_SMIME_PARAMS = [
  {
    name: 'loginName',
    label: 'Login name',
    group: GROUP,
    requirement: 'required',
    condition: 'May be omitted when collectionCode is given.',
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
    condition: 'May be omitted when collectionCode is given.',
    type: 'string',
    maxLength: 128,
    description: 'Your account password. Case sensitive.',
    secret: true,
    source: { doc: DOC, section: 'loginPassword' },
  },
  {
    name: 'orderNumber',
    label: 'Order number',
    group: GROUP,
    requirement: 'conditional',
    condition: 'Required unless collectionCode is provided.',
    type: 'string',
    maxLength: 128,
    description:
      'The order number of a previously ordered S/MIME certificate, for which you want to provide the CSR and/or collect the certificate.',
    source: { doc: DOC, section: 'orderNumber' },
  },
  {
    name: 'collectionCode',
    label: 'Collection code',
    group: GROUP,
    requirement: 'conditional',
    condition:
      'Give orderNumber or collectionCode; if collectionCode is given, loginName, loginPassword and orderNumber can be omitted.',
    type: 'string',
    maxLength: 16,
    description:
      'The S/MIME product collection code, obtained by passing showCollectionCode=Y in the certificate request.',
    source: { doc: DOC, section: 'collectionCode' },
  },
  {
    name: 'csr',
    label: 'CSR',
    group: GROUP,
    requirement: 'optional',
    condition: 'Only if the CSR was not provided earlier; otherwise an error occurs.',
    type: 'string',
    maxLength: 32767,
    format: 'csr',
    description:
      'The PKCS#10, Base64-encoded certificate signing request, with or without the -----BEGIN xxxxx----- and -----END xxxxx----- header and footer. A Microsoft certificate template extension in the CSR is extracted for inclusion in the certificate.',
    source: { doc: DOC, section: 'csr' },
  },
  {
    name: 'returnCertificate',
    label: 'Start issuance',
    group: GROUP,
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    description:
      'Whether to initiate the certificate issuance process in case all conditions for issuance have been met.',
    source: { doc: DOC, section: 'returnCertificate' },
  },
  {
    name: 'queryType',
    label: 'Query type',
    group: GROUP,
    requirement: 'required',
    type: 'integer',
    values: QUERY_TYPES.values,
    description:
      'The type of query: 0 — status only; 1 — status, certificate and intermediates/roots if ready; 2 — status and certificate only (crt); 3 — status and intermediates/roots only (cabundle).',
    source: { doc: DOC, section: 'queryType' },
  },
  {
    name: 'responseType',
    label: 'Response type',
    group: GROUP,
    requirement: 'optional',
    condition: 'Values 1 (Netscape), 2 (PKCS7) and 4 (CMMF) need queryType=1.',
    type: 'integer',
    values: RESPONSE_TYPES.values,
    default: '3',
    description:
      'The format of the returned certificate data: 1 — Netscape Certificate Sequence; 2 — PKCS7; 3 — individually encoded; 4 — CMMF. If omitted, defaults to 3.',
    source: { doc: DOC, section: 'responseType' },
  },
  {
    name: 'responseEncoding',
    label: 'Response encoding',
    group: GROUP,
    requirement: 'optional',
    condition: 'Value 1 (binary) needs queryType=1 and responseType=2.',
    type: 'integer',
    values: RESPONSE_ENCODINGS.values,
    default: '0',
    description:
      'The encoding of the returned certificate data: 0 — Base64; 1 — binary; 2 — JavaScript variable declarations (g_ccc holds the Base64 structure requested by responseType, g_errorCode the status code). If omitted, defaults to 0.',
    source: { doc: DOC, section: 'responseEncoding' },
  },
  {
    name: 'responseMimeType',
    label: 'Response MIME type',
    group: GROUP,
    requirement: 'optional',
    condition: 'If omitted: text/javascript for responseEncoding=2, otherwise text/plain.',
    type: 'string',
    maxLength: 255,
    description:
      'A MIME type for the response, for example application/x-x509-user-cert. If omitted, text/javascript for responseEncoding=2, otherwise text/plain.',
    source: { doc: DOC, section: 'responseMimeType' },
  },
  {
    name: 'showValidityPeriod',
    label: 'Show validity period',
    group: GROUP,
    requirement: 'optional',
    condition: 'Applicable only for responseEncoding=0.',
    type: 'char',
    maxLength: 1,
    values: SHOW_VALIDITY_PERIOD.values,
    format: 'yn',
    default: 'N',
    description:
      'Whether to show the validity period of the certificate: Y — show; N — do not show. If omitted, defaults to N.',
    source: { doc: DOC, section: 'showValidityPeriod' },
  },
] as const satisfies readonly ParamSpec[];
