/**
 * The subject rules of Sectigo's CSR table (autoapplyorder-guide-v2.txt, "csr":
 * maximum lengths, C as an ISO 3166 two-letter PrintableString, street address
 * 1-3) and PKCS#9 emailAddress as IA5String (RFC 2985), each reported with a
 * code and the values a page needs to word it in its reader's language.
 */
import { describe, expect, it } from 'vitest';
import { validateSubject, type CsrSubject } from '../../../src/core/pki/subject';

describe('validateSubject', () => {
  it.each<{
    name: string;
    subject: CsrSubject;
    issues: { field: string; code: string; values?: Record<string, number> }[];
  }>([
    {
      name: 'a full, good subject breaks nothing',
      subject: {
        commonName: 'www.example.com',
        organizationName: 'Example Ltd',
        countryName: 'GB',
        streetAddress: ['1 High St', 'Floor 2'],
        postalCode: 'SW1A 1AA',
      },
      issues: [],
    },
    {
      name: 'organization over 64 characters: the limit and the length',
      subject: { organizationName: 'x'.repeat(65) },
      issues: [
        { field: 'subject.organizationName', code: 'tooLong', values: { max: 64, length: 65 } },
      ],
    },
    {
      name: 'a fourth street line: at most three',
      subject: { streetAddress: ['a', 'b', 'c', 'd'] },
      issues: [{ field: 'subject.streetAddress', code: 'tooMany', values: { max: 3 } }],
    },
    {
      name: 'a tab in street line 2 names that line',
      subject: { streetAddress: ['1 High St', 'Floor\t2'] },
      issues: [{ field: 'subject.streetAddress.1', code: 'controlCharacter' }],
    },
    {
      name: 'country in small letters is not an ISO 3166 code',
      subject: { countryName: 'gb' },
      issues: [{ field: 'subject.countryName', code: 'countryCode' }],
    },
    {
      name: 'a non-ASCII email address cannot be an IA5String',
      subject: { emailAddress: 'jörg@example.com' },
      issues: [{ field: 'subject.emailAddress', code: 'asciiOnly' }],
    },
  ])('$name', ({ subject, issues }) => {
    const found = validateSubject(subject);
    expect(
      found.map(({ field, code, values }) => (values ? { field, code, values } : { field, code })),
    ).toEqual(issues);
    // The English message stays, naming the field, for logs and API users.
    for (const issue of found) expect(issue.message).not.toBe('');
  });
});
