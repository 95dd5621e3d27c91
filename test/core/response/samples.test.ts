/**
 * Every sample response printed in the five documents (SAMPLE_RESPONSES)
 * decodes to the fields the document gives for it, with the endpoint given
 * and without it.
 */
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../../../src/core/response';
import { SAMPLE_RESPONSES } from '../../../src/core/spec/responses';
import type { ResponseFormat } from '../../../src/core/response';

interface Expected {
  readonly format: ResponseFormat;
  readonly status: number | null;
  /** [name, value] of every field, in order. */
  readonly fields: readonly (readonly [string, string])[];
  readonly error?: { readonly code: number; readonly message: string; readonly item?: string };
  readonly statusMessage?: string;
  readonly certificates?: number;
  readonly validity?: { readonly notBefore: string; readonly notAfter: string };
  /** A note that must be present (a fragment of its text). */
  readonly note?: string;
}

const EXPECTED: Readonly<Record<string, Expected>> = {
  // placeorder-smime.txt: "Sample success response: orderNumber=8151164" (no errorCode).
  'PlaceOrder: Sample success response': {
    format: 'urlencoded',
    status: 0,
    fields: [['orderNumber', '8151164']],
    statusMessage: 'Success',
    note: 'errorCode was absent',
  },
  'PlaceOrder: Sample error response': {
    format: 'urlencoded',
    status: -3,
    fields: [
      ['errorCode', '-3'],
      ['errorItem', 'loginName'],
    ],
    error: { code: -3, message: "The 'loginName' argument is missing!", item: 'loginName' },
  },
  // autoapplyorder-ssl.txt: status, order number, amount debited, uniqueValue (no line 4).
  'AutoApplyOrder: Sample success response (responseFormat=0)': {
    format: 'lines',
    status: 0,
    fields: [
      ['status', '0'],
      ['orderNumber', '123456789'],
      ['totalCost', '35.00'],
      ['uniqueValue', 'ImWhh1J1'],
    ],
    statusMessage: 'Successful',
    note: 'Line 4 is not a number of hours',
  },
  // guide 5.1: "0 Successful! / 123456789 Sectigo OrderNumber / 35.00 Amount debited /
  // 1 (Ignore, deprecated 'Estimated Delivery Time') / ImWhh1J1 (Optional) A 'uniqueValue'".
  'AutoApplyOrder: 5.1 DV certificate': {
    format: 'lines',
    status: 0,
    fields: [
      ['status', '0'],
      ['orderNumber', '123456789'],
      ['totalCost', '35.00'],
      ['expectedDeliveryTime', '1'],
      ['uniqueValue', 'ImWhh1J1'],
    ],
    statusMessage: 'Successful',
  },
  'AutoApplyOrder: 5.2 OV Multi-Domain Certificate': {
    format: 'lines',
    status: 0,
    fields: [
      ['status', '0'],
      ['orderNumber', '987654321'],
      ['totalCost', '210.00'],
      ['expectedDeliveryTime', '1'],
    ],
    statusMessage: 'Successful',
  },
  'AutoApplyOrder: 5.2 EV Certificate': {
    format: 'lines',
    status: 0,
    fields: [
      ['status', '0'],
      ['orderNumber', '987654321'],
      ['totalCost', '210.00'],
      ['expectedDeliveryTime', '1'],
    ],
    statusMessage: 'Successful',
  },
  'AutoApplyOrder: 5.3 Product Bundle - DV certificate and Personal CodeGuard Account': {
    format: 'lines',
    status: 0,
    fields: [
      ['status', '0'],
      ['orderNumber', '123458975'],
      ['totalCost', '85.00'],
      ['expectedDeliveryTime', '1'],
    ],
    statusMessage: 'Successful',
  },
  'AutoApplyOrder: 5.4 Product Bundle - EV Certificate and … (product=562,346)': {
    format: 'lines',
    status: 0,
    fields: [
      ['status', '0'],
      ['orderNumber', '987654321'],
      ['totalCost', '210.00'],
      ['expectedDeliveryTime', '1'],
    ],
    statusMessage: 'Successful',
  },
  'AutoReplaceSMIME: Sample success response': {
    format: 'urlencoded',
    status: 0,
    fields: [['errorCode', '0']],
    statusMessage: 'Success',
  },
  'AutoReplaceSMIME: Sample error response (-16)': {
    format: 'urlencoded',
    status: -16,
    fields: [
      ['errorCode', '-16'],
      [
        'errorMessage',
        'Incorrect login details, account is locked, password has expired or your source IP is blocked.',
      ],
    ],
    error: {
      code: -16,
      message:
        'Incorrect login details, account is locked, password has expired or your source IP is blocked.',
    },
  },
  'RequestAndCollectSMIME: Sample success response (0)': {
    format: 'lines',
    status: 0,
    fields: [['status', '0']],
    statusMessage: 'Request accepted and being processed by Sectigo.',
  },
  'RequestAndCollectSMIME: Sample error response (-20)': {
    format: 'lines',
    status: -20,
    fields: [
      ['status', '-20'],
      ['errorMessage', 'The CSR has been rejected!'],
    ],
    error: { code: -20, message: 'The CSR has been rejected!' },
  },
  // A fragment: the second line of a status > 0 response, alone.
  'RequestAndCollectSMIME: Validity period line (showValidityPeriod=Y), example': {
    format: 'lines',
    status: null,
    fields: [['validityPeriod', '14/05/2013 13/05/2014']],
    // "'not before' time of 00:00:00 GMT and a 'not after' time of 23:59:59 GMT"
    validity: { notBefore: '2013-05-14T00:00:00Z', notAfter: '2014-05-13T23:59:59Z' },
    note: 'no status line',
  },
  // A fragment: the certificates of a status 2 response, with the document's odd armour.
  'RequestAndCollectSMIME: Encoded certificates (status 2), layout': {
    format: 'lines',
    status: null,
    fields: [['certificates', SAMPLE_RESPONSES[13].text]],
    certificates: 3,
    note: 'not in standard PEM form; normalised',
  },
};

const key = (sample: (typeof SAMPLE_RESPONSES)[number]) => `${sample.endpoint}: ${sample.name}`;

describe('sample responses of the documents', () => {
  it('the expectations cover every sample, and only samples', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(SAMPLE_RESPONSES.map(key).sort());
  });

  const cases = SAMPLE_RESPONSES.map((sample) => ({ id: key(sample), sample }));

  it.each(cases)('$id, endpoint given', ({ id, sample }) => {
    const expected = EXPECTED[id];
    if (expected === undefined) throw new Error(`no expectation for ${id}`);
    const result = decodeResponse(sample.text, { endpoint: sample.endpoint });
    expect(result.endpoint).toBe(sample.endpoint);
    expect(result.endpointGuessed).toBe(false);
    expect(result.format).toBe(expected.format);
    expect(result.status).toBe(expected.status);
    expect(result.ok).toBe(expected.status !== null && expected.status >= 0);
    expect(result.fields.map((field) => [field.name, field.value])).toEqual(expected.fields);
    // Every field of a documented sample is documented, with its meaning.
    for (const field of result.fields) {
      expect(field.documented, field.name).toBe(true);
      expect(field.meaning, field.name).toBeTruthy();
    }
    if (expected.error === undefined) expect(result.error).toBeUndefined();
    else {
      expect(result.error).toMatchObject({ ...expected.error, documented: true });
      expect(result.error?.description).toBeTruthy();
      expect(result.error?.nextStep).toBeTruthy();
    }
    expect(result.statusInfo?.message).toBe(expected.statusMessage);
    expect(result.certificates?.length).toBe(expected.certificates);
    expect(result.validity).toEqual(
      expected.validity === undefined ? undefined : { ...expected.validity, text: sample.text },
    );
    if (expected.note !== undefined)
      expect(result.notes.join(' ').toLowerCase()).toContain(expected.note.toLowerCase());
  });

  it.each(cases)('$id, endpoint guessed', ({ id, sample }) => {
    const expected = EXPECTED[id];
    if (expected === undefined) throw new Error(`no expectation for ${id}`);
    const result = decodeResponse(sample.text);
    expect(result.endpointGuessed).toBe(true);
    expect(result.notes.join(' ')).toContain('No endpoint was given: guessed');
    expect(result.status).toBe(expected.status);
    expect(result.fields.map((field) => [field.name, field.value])).toEqual(expected.fields);
    // The guess is the sample's endpoint, or the sample's endpoint is named as fitting as well.
    expect(result.endpointCandidates).toContain(sample.endpoint);
    if (result.endpoint !== sample.endpoint)
      expect(result.notes.join(' ')).toContain(sample.endpoint);
  });

  /**
   * Samples more than one endpoint could have sent, word for word: a bare orderNumber
   * (!PlaceOrder, !AutoApplyOrder responseFormat=1, a push), errorCode=0 and the -16
   * message (same on !PlaceOrder and !AutoReplaceSMIME), a lone status 0 line.
   */
  const AMBIGUOUS = new Set([
    'PlaceOrder: Sample success response',
    'AutoReplaceSMIME: Sample success response',
    'AutoReplaceSMIME: Sample error response (-16)',
    'RequestAndCollectSMIME: Sample success response (0)',
  ]);

  it.each(cases)('$id: the guess is certain exactly when the text allows', ({ id, sample }) => {
    const result = decodeResponse(sample.text);
    if (AMBIGUOUS.has(id)) {
      expect(result.endpointCandidates?.length).toBeGreaterThan(1);
      expect(result.notes.join(' ')).toContain('choose the endpoint to be sure');
    } else {
      expect(result.endpointCandidates).toEqual([sample.endpoint]);
      expect(result.endpoint).toBe(sample.endpoint);
    }
  });

  it('reads the document’s certificate layout as three normalised PEM blocks', () => {
    const result = decodeResponse(SAMPLE_RESPONSES[13].text);
    expect(result.certificates).toEqual([
      '-----BEGIN CERTIFICATE-----\nEncodedRootCertificate\n-----END CERTIFICATE-----\n',
      '-----BEGIN CERTIFICATE-----\nEncodedIntermediateCertificate\n-----END CERTIFICATE-----\n',
      '-----BEGIN CERTIFICATE-----\nEncodedEndEntityCertificate\n-----END CERTIFICATE-----\n',
    ]);
    // The bodies are placeholders, not Base64: said so.
    expect(result.notes.join(' ')).toContain('not well-formed Base64');
  });
});
