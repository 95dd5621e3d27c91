/**
 * The subject fields of a CSR exactly as Sectigo's CSR rules list them
 * (autoapplyorder-guide-v2.txt, "csr": the MUST/MAY tables with OIDs, ASN.1
 * types and maximum lengths), plus emailAddress for S/MIME. Values are always
 * passed to the encoder as typed strings, never as a DN string, so user input
 * like "a,CN=b", "Dept+O=x" or a leading "#" stays literal.
 */
import { isIso3166Alpha2 } from '../spec/iso3166';
import type { Source } from '../spec/types';

export interface CsrSubject {
  commonName?: string;
  organizationName?: string;
  organizationalUnitName?: string;
  localityName?: string;
  stateOrProvinceName?: string;
  countryName?: string;
  /** Street address lines 1-3, in order. */
  streetAddress?: readonly string[];
  postalCode?: string;
  postOfficeBox?: string;
  emailAddress?: string;
}

export type SubjectKey = keyof CsrSubject;

export interface SubjectFieldSpec {
  readonly key: SubjectKey;
  readonly oid: string;
  /** Short name as openssl prints it. */
  readonly short: string;
  readonly label: string;
  readonly maxLength: number;
  /** How the value is encoded. */
  readonly encoding: 'utf8String' | 'printableString' | 'ia5String';
  /** Repeats (street address 1-3). */
  readonly maxCount: number;
  readonly source: Source;
}

const GUIDE = (section: string): Source => ({ doc: 'autoapplyorder-guide-v2.txt', section });

/** In the order they are written into the CSR: broadest first, as X.500 names are read. */
export const SUBJECT_FIELDS: readonly SubjectFieldSpec[] = [
  {
    key: 'countryName',
    oid: '2.5.4.6',
    short: 'C',
    label: 'Country',
    maxLength: 2,
    encoding: 'printableString',
    maxCount: 1,
    source: GUIDE('csr: 2.5.4.6 Country Name (ISO3166 2-character code), PrintableString'),
  },
  {
    key: 'stateOrProvinceName',
    oid: '2.5.4.8',
    short: 'ST',
    label: 'State or province',
    maxLength: 128,
    encoding: 'utf8String',
    maxCount: 1,
    source: GUIDE('csr: 2.5.4.8 State or Province Name, 128 chars'),
  },
  {
    key: 'localityName',
    oid: '2.5.4.7',
    short: 'L',
    label: 'Locality (city)',
    maxLength: 128,
    encoding: 'utf8String',
    maxCount: 1,
    source: GUIDE('csr: 2.5.4.7 Locality Name, 128 chars'),
  },
  {
    key: 'streetAddress',
    oid: '2.5.4.9',
    short: 'street',
    label: 'Street address',
    maxLength: 128,
    encoding: 'utf8String',
    maxCount: 3,
    source: GUIDE('csr: 2.5.4.9 Street Address 1-3, 128 chars'),
  },
  {
    key: 'postalCode',
    oid: '2.5.4.17',
    short: 'postalCode',
    label: 'Postal code',
    maxLength: 40,
    encoding: 'utf8String',
    maxCount: 1,
    source: GUIDE('csr: 2.5.4.17 Postal Code, 40 chars'),
  },
  {
    key: 'postOfficeBox',
    oid: '2.5.4.18',
    short: 'postOfficeBox',
    label: 'PO box',
    maxLength: 40,
    encoding: 'utf8String',
    maxCount: 1,
    source: GUIDE('csr: 2.5.4.18 Post Office Box, 40 chars'),
  },
  {
    key: 'organizationName',
    oid: '2.5.4.10',
    short: 'O',
    label: 'Organization',
    maxLength: 64,
    encoding: 'utf8String',
    maxCount: 1,
    source: GUIDE('csr: 2.5.4.10 Organization Name, 64 chars'),
  },
  {
    key: 'organizationalUnitName',
    oid: '2.5.4.11',
    short: 'OU',
    label: 'Organizational unit',
    maxLength: 64,
    encoding: 'utf8String',
    maxCount: 1,
    source: GUIDE('csr: 2.5.4.11 Organizational Unit Name, 64 chars'),
  },
  {
    key: 'commonName',
    oid: '2.5.4.3',
    short: 'CN',
    label: 'Common name',
    maxLength: 64,
    encoding: 'utf8String',
    maxCount: 1,
    source: GUIDE('csr: 2.5.4.3 Common Name, 64 chars'),
  },
  // Not in the guide's SSL table: PKCS#9 emailAddress, IA5String, ub-emailaddress-length 255 (RFC 5280 Appendix A).
  {
    key: 'emailAddress',
    oid: '1.2.840.113549.1.9.1',
    short: 'emailAddress',
    label: 'Email address',
    maxLength: 255,
    encoding: 'ia5String',
    maxCount: 1,
    source: {
      doc: 'placeorder-smime.txt',
      section: 'emailAddress (255 chars); PKCS#9 emailAddress in the CSR subject',
    },
  },
];

export const SUBJECT_FIELD_BY_OID: ReadonlyMap<string, SubjectFieldSpec> = new Map(
  SUBJECT_FIELDS.map((field) => [field.oid, field]),
);

/**
 * The rules of the subject table a value can break, as codes a page words in
 * its reader's language (the `message` stays English, for logs and API users).
 * Values: `tooMany` {max}; `tooLong` {max, length}; the others none.
 */
export type SubjectProblem =
  'tooMany' | 'tooLong' | 'controlCharacter' | 'countryCode' | 'printableOnly' | 'asciiOnly';

export interface FieldIssue {
  /** `subject.commonName`, `subject.streetAddress.2`, `dnsNames.0` ... */
  readonly field: string;
  /** The rule in English, naming the field. */
  readonly message: string;
  /**
   * The rule as a machine-readable code, when it has one: a SubjectProblem for
   * subject fields, a name problem or note (names.ts) for names.
   */
  readonly code?: string;
  /** What the rule's words need besides the field: limits, the value, the offending part. */
  readonly values?: Readonly<Record<string, string | number>>;
}

/** Characters a PrintableString may hold (X.680 41.4). */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The values of a subject field as a list (street address may hold up to three). */
export function subjectValues(subject: CsrSubject, key: SubjectKey): string[] {
  const value = subject[key];
  if (value === undefined) return [];
  const list: readonly string[] = typeof value === 'string' ? [value] : value;
  return list.map((item) => item.trim()).filter((item) => item !== '');
}

/** Every rule a subject breaks, each naming the field and the rule. */
export function validateSubject(subject: CsrSubject): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const spec of SUBJECT_FIELDS) {
    const values = subjectValues(subject, spec.key);
    if (values.length > spec.maxCount) {
      issues.push({
        field: `subject.${spec.key}`,
        message: `${spec.label}: at most ${spec.maxCount} lines are allowed.`,
        code: 'tooMany',
        values: { max: spec.maxCount },
      });
    }
    values.forEach((value, index) => {
      const field = spec.maxCount > 1 ? `subject.${spec.key}.${index}` : `subject.${spec.key}`;
      const name = spec.maxCount > 1 ? `${spec.label} ${index + 1}` : spec.label;
      if (value.length > spec.maxLength) {
        issues.push({
          field,
          message: `${name} is too long: Sectigo allows at most ${spec.maxLength} characters, this has ${value.length}.`,
          code: 'tooLong',
          values: { max: spec.maxLength, length: value.length },
        });
      }
      if (CONTROL.test(value)) {
        issues.push({
          field,
          message: `${name} contains a control character (such as a line break or tab).`,
          code: 'controlCharacter',
        });
      }
      if (spec.key === 'countryName' && !isIso3166Alpha2(value)) {
        issues.push({
          field,
          message: `${name} must be an ISO 3166 two-letter code in capitals, such as US, GB or DE (Sectigo answers -7 otherwise).`,
          code: 'countryCode',
        });
      } else if (spec.encoding === 'printableString' && !PRINTABLE.test(value)) {
        issues.push({
          field,
          message: `${name} may only contain letters, digits, spaces and ' ( ) + , - . / : = ?`,
          code: 'printableOnly',
        });
      }
      // eslint-disable-next-line no-control-regex -- IA5 is 7-bit ASCII
      if (spec.encoding === 'ia5String' && /[^\u0000-\u007f]/.test(value)) {
        issues.push({
          field,
          message: `${name} must be plain ASCII (an IA5String in the CSR).`,
          code: 'asciiOnly',
        });
      }
    });
  }
  return issues;
}
