/**
 * The decoder's own tables (facts the spec tables did not hold) checked
 * against the documents they cite.
 */
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../../../src/core/response';
import {
  AUTO_APPLY_OPTIONAL_LINES,
  CERTIFICATE_ID_MAX_DIGITS,
  MISSING_LINE_4_SAMPLE,
} from '../../../src/core/response/autoApplyOptionalLines';
import { FIELD_ROLES } from '../../../src/core/response/fieldRoles';
import { findResponseField } from '../../../src/core/response/findResponseField';
import { PUSH_STATUS_ADVICE } from '../../../src/core/response/pushStatusAdvice';
import { RESPONSE_FORMATS } from '../../../src/core/response/responseFormats';
import { VALIDITY_LINE } from '../../../src/core/spec/validityLine';
import { findParam } from '../../../src/core/spec/endpoints';
import { PUSH_STATUSES } from '../../../src/core/spec/push';
import { AUTO_APPLY_LINES, SAMPLE_RESPONSES } from '../../../src/core/spec/responses';
import type { EndpointId, Source } from '../../../src/core/spec/types';
import { ALL_DOCS, docText } from '../docs';

/** The documents wrap lines and use typographic quotes; compare on a folded form. */
const fold = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
const saysSo = (source: Source, phrase: string) => {
  expect(fold(docText(source.doc))).toContain(fold(phrase));
};

const ENDPOINTS = Object.keys(RESPONSE_FORMATS) as EndpointId[];

describe('RESPONSE_FORMATS', () => {
  it.each(ENDPOINTS)('%s cites a document', (endpoint) => {
    const { source } = RESPONSE_FORMATS[endpoint];
    expect(ALL_DOCS).toContain(source.doc);
  });

  it.each([
    ['PlaceOrder', 'the same URL-encoded format as the request'],
    ['AutoApplyOrder', '1 = URL-encoded parameters'],
    ['AutoReplaceSMIME', '2 — JSON format'],
    ['RequestAndCollectSMIME', '2 — Javascript variable declarations'],
    ['Push', 'passed as a HTTP(S) GET to your URL'],
  ] as const)('%s: "%s"', (endpoint, phrase) => {
    saysSo(RESPONSE_FORMATS[endpoint].source, phrase);
  });

  it.each(
    SAMPLE_RESPONSES.map((sample) => [`${sample.endpoint}: ${sample.name}`, sample] as const),
  )('the format of sample %s is one its endpoint documents', (_id, sample) => {
    const { format } = decodeResponse(sample.text, { endpoint: sample.endpoint });
    expect(RESPONSE_FORMATS[sample.endpoint].formats).toContain(format);
  });
});

describe('FIELD_ROLES', () => {
  it.each(ENDPOINTS)('%s: every named field is in its table', (endpoint) => {
    const roles: Record<string, unknown> = { ...FIELD_ROLES[endpoint] };
    const names = Object.entries(roles)
      .filter(([role]) => role !== 'source')
      .flatMap(([, value]) => (Array.isArray(value) ? (value as string[]) : [value as string]));
    for (const name of names) expect(findResponseField(endpoint, name), name).toBeDefined();
    expect(ALL_DOCS).toContain(FIELD_ROLES[endpoint].source.doc);
  });

  it.each(
    ENDPOINTS.flatMap((endpoint) =>
      FIELD_ROLES[endpoint].successOnly.map((name) => [endpoint, name] as const),
    ),
  )('%s: %s is documented as present only on success', (endpoint, name) => {
    expect(findResponseField(endpoint, name)?.meaning).toMatch(
      /only present when (?:\w+=Y and )?errorCode=0|placed successfully|new order has been created/i,
    );
  });
});

describe('AUTO_APPLY_OPTIONAL_LINES', () => {
  it.each(AUTO_APPLY_OPTIONAL_LINES)('$field follows $requestParam', (entry) => {
    // The request parameter exists, and the line's documented meaning names it.
    expect(findParam('AutoApplyOrder', entry.requestParam)).toBeDefined();
    const meaning = AUTO_APPLY_LINES.find((line) => line.name === entry.field)?.meaning ?? '';
    expect(meaning).toContain(entry.requestParam);
    saysSo(entry.source, 'Line 5');
  });

  it('are in the documented line order', () => {
    const lines = AUTO_APPLY_OPTIONAL_LINES.map(
      (entry) => AUTO_APPLY_LINES.find((line) => line.name === entry.field)?.line,
    );
    expect(lines).toEqual(['5', '5 or 6', '5, 6 or 7']);
  });

  it('the certificate ID has up to 16 digits; the web sample has no line 4', () => {
    saysSo(CERTIFICATE_ID_MAX_DIGITS.source, `up to ${CERTIFICATE_ID_MAX_DIGITS.value} digits`);
    saysSo(MISSING_LINE_4_SAMPLE.source, '0\n123456789\n35.00\nImWhh1J1');
  });
});

describe('VALIDITY_LINE', () => {
  it('layout and times are the document’s', () => {
    saysSo(VALIDITY_LINE.source, 'not before DD/MM/YYYY and not after DD/MM/YYYY');
    saysSo(VALIDITY_LINE.source, `'not before' time of ${VALIDITY_LINE.notBeforeTime} GMT`);
    saysSo(VALIDITY_LINE.source, `'not after' time of ${VALIDITY_LINE.notAfterTime} GMT`);
  });
});

describe('PUSH_STATUS_ADVICE', () => {
  it('has advice for exactly the documented statuses', () => {
    expect(Object.keys(PUSH_STATUS_ADVICE).sort()).toEqual(
      [...new Set(PUSH_STATUSES.map((entry) => entry.status))].sort(),
    );
  });

  it('the failed advice follows the guide', () => {
    saysSo(PUSH_STATUS_ADVICE.failed.source, 'It should never occur');
    saysSo(PUSH_STATUS_ADVICE.failed.source, 'notifying your Account Manager');
    saysSo(PUSH_STATUS_ADVICE.failed.source, 'CAA: Not authorized to issue');
  });

  it.each(Object.entries(PUSH_STATUS_ADVICE))('%s cites a document', (_status, entry) => {
    expect(ALL_DOCS).toContain(entry.source.doc);
  });
});

describe('next steps that add a fact cite it', () => {
  it('-126: HTTP(S) validation cannot cover a wildcard', () => {
    expect(docText('README.md')).toContain(
      'Wildcard names cannot be validated by the HTTP(S) method (error -126',
    );
  });

  it('-55: re-using a CSR with the same uniqueValue', () => {
    expect(fold(docText('autoapplyorder-guide-v2.txt'))).toContain('error code (-55)');
  });
});
