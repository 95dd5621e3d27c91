/**
 * Every error code and status of every endpoint (generated from ERRORS and
 * STATUSES), sent back as the endpoint would: URL-encoded and newline-delimited.
 */
import { describe, expect, it } from 'vitest';
import { decodeResponse, explainError, NEXT_STEPS } from '../../../src/core/response';
import { ERRORS, STATUSES } from '../../../src/core/spec/errors';
import type { ErrorSpec, RequestEndpointId } from '../../../src/core/spec/types';
import { matchErrorMessage } from '../../../src/core/response/matchErrorMessage';
import { RESPONSE_FORMATS } from '../../../src/core/response/responseFormats';

const ENDPOINTS = Object.keys(ERRORS) as RequestEndpointId[];
const ITEM = 'csr';

const errorCases = ENDPOINTS.flatMap((endpoint) =>
  (ERRORS[endpoint] as readonly ErrorSpec[]).map((spec) => ({
    id: `${endpoint} ${spec.code}`,
    endpoint,
    spec,
    // The message as the endpoint would send it, with the item named inside.
    sent: spec.message.replace('xxxx', ITEM),
  })),
);
const statusCases = ENDPOINTS.flatMap((endpoint) =>
  (STATUSES[endpoint] as readonly ErrorSpec[]).map((spec) => ({
    id: `${endpoint} ${spec.code}`,
    endpoint,
    spec,
  })),
);

const urlEncoded = (code: number, message: string) =>
  `errorCode=${code}&errorMessage=${encodeURIComponent(message)}`;

describe('each error code, endpoint given', () => {
  it.each(errorCases)('$id URL-encoded', ({ endpoint, spec, sent }) => {
    const result = decodeResponse(urlEncoded(spec.code, sent), { endpoint });
    expect(result.status).toBe(spec.code);
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({
      code: spec.code,
      documented: true,
      description: spec.description,
      rawMessage: sent,
      messageMatches: true,
      source: spec.source,
    });
    // The 'xxxx' of the table is filled with the item named inside the message.
    expect(result.error?.message).toBe(sent);
    if (spec.message.includes('xxxx')) expect(result.error?.item).toBe(ITEM);
    expect(result.error?.nextStep).toMatch(/\w/);
    expect(result.error?.nextStep).not.toContain('{');
  });

  it.each(errorCases)('$id newline-delimited', ({ endpoint, spec, sent }) => {
    const result = decodeResponse(`${spec.code}\r\n${sent}\r\n`, { endpoint });
    expect(result.format).toBe('lines');
    expect(result.status).toBe(spec.code);
    expect(result.error).toMatchObject({
      code: spec.code,
      documented: true,
      description: spec.description,
      message: sent,
    });
    expect(result.fields[1]?.value).toBe(sent);
  });

  it.each(errorCases.filter(({ spec }) => spec.message.includes('xxxx')))(
    '$id with errorItem fills the placeholder from errorItem',
    ({ endpoint, spec }) => {
      const result = decodeResponse(`errorCode=${spec.code}&errorItem=loginName`, { endpoint });
      expect(result.error?.item).toBe('loginName');
      expect(result.error?.message).toBe(spec.message.replace('xxxx', 'loginName'));
      expect(result.error?.nextStep).not.toContain('named in the error message');
    },
  );
});

describe('each error code, endpoint guessed', () => {
  it.each(errorCases)('$id URL-encoded and as lines', ({ endpoint, spec, sent }) => {
    for (const [format, text] of [
      ['urlencoded', urlEncoded(spec.code, sent)],
      ['lines', `${spec.code}\n${sent}`],
    ] as const) {
      const result = decodeResponse(text);
      expect(result.endpointGuessed).toBe(true);
      const guessed = result.endpoint;
      if (guessed === undefined || guessed === 'Push') throw new Error(`guessed ${guessed}`);
      // Whenever an endpoint answering in this format documents the code with this
      // message, the guess is such an endpoint; else one documenting the code (its
      // message differs); else the code is shown undocumented.
      const inFormat = ENDPOINTS.filter((candidate) =>
        (RESPONSE_FORMATS[candidate].formats as readonly string[]).includes(format),
      );
      const documenting = inFormat.filter((candidate) =>
        (ERRORS[candidate] as readonly ErrorSpec[]).some((other) => other.code === spec.code),
      );
      const matching = documenting.filter((candidate) =>
        (ERRORS[candidate] as readonly ErrorSpec[]).some(
          (other) => other.code === spec.code && matchErrorMessage(other.message, sent).matches,
        ),
      );
      if (matching.length > 0) {
        expect(matching).toContain(guessed);
        expect(result.error).toMatchObject({ documented: true, messageMatches: true });
        expect(result.endpointCandidates).toEqual(expect.arrayContaining(matching));
      } else if (documenting.length > 0) {
        expect(documenting).toContain(guessed);
        expect(result.error).toMatchObject({ documented: true, messageMatches: false });
        expect(result.error?.otherEndpoints).toContain(endpoint);
      } else {
        expect(result.error?.documented).toBe(false);
        expect(result.error?.rawMessage).toBe(sent);
        expect(result.error?.otherEndpoints).toContain(endpoint);
      }
    }
  });
});

describe('each documented status', () => {
  it.each(statusCases)('$id', ({ endpoint, spec }) => {
    const text =
      endpoint === 'RequestAndCollectSMIME' ? String(spec.code) : `errorCode=${spec.code}`;
    const result = decodeResponse(text, { endpoint });
    expect(result.status).toBe(spec.code);
    expect(result.ok).toBe(true);
    expect(result.error).toBeUndefined();
    expect(result.statusInfo).toMatchObject({ code: spec.code, message: spec.message });
    expect(result.statusInfo?.nextStep).toMatch(/\w/);
  });
});

describe('the same code means different things on different endpoints', () => {
  it.each([
    { code: -16, endpoint: 'AutoApplyOrder', fragment: 'AutoApplyOrder API' },
    { code: -16, endpoint: 'PlaceOrder', fragment: 'Incorrect login details' },
    { code: -18, endpoint: 'AutoApplyOrder', fragment: 'Fully-Qualified Domain Name' },
    { code: -18, endpoint: 'RequestAndCollectSMIME', fragment: 'already been provided' },
    { code: -20, endpoint: 'AutoReplaceSMIME', fragment: 'Revoked' },
    { code: -20, endpoint: 'RequestAndCollectSMIME', fragment: 'rejected' },
  ] as const)('$code on $endpoint', ({ code, endpoint, fragment }) => {
    const result = decodeResponse(`errorCode=${code}`, { endpoint });
    expect(result.error?.message).toContain(fragment);
  });
});

describe('undocumented codes', () => {
  it('keep the raw message and say they are undocumented', () => {
    const result = decodeResponse('errorCode=-999&errorMessage=Something+new%21', {
      endpoint: 'PlaceOrder',
    });
    expect(result.error).toMatchObject({
      code: -999,
      documented: false,
      message: 'Something new!',
      rawMessage: 'Something new!',
    });
    expect(result.error?.description).toBeUndefined();
    expect(result.error?.nextStep).toContain('not in the endpoint’s documentation');
  });

  it('name the endpoints that do document the code', () => {
    // -15 "Not enough credit!" is an !AutoApplyOrder code only.
    const result = decodeResponse('-15\nNot enough credit!', { endpoint: 'AutoReplaceSMIME' });
    expect(result.error?.documented).toBe(false);
    expect(result.error?.otherEndpoints).toEqual(['AutoApplyOrder']);
  });

  it('without a message still give the code', () => {
    const result = decodeResponse('-999', { endpoint: 'RequestAndCollectSMIME' });
    expect(result.error?.message).toContain('-999');
    expect(result.error?.documented).toBe(false);
  });
});

describe('explainError', () => {
  it('flags a message that differs from the documented one', () => {
    const error = explainError('AutoApplyOrder', -16, { message: 'Incorrect login details' });
    expect(error.messageMatches).toBe(false);
    expect(error.message).toContain('!AutoApplyOrder API');
    expect(error.otherEndpoints).toEqual([
      'PlaceOrder',
      'AutoReplaceSMIME',
      'RequestAndCollectSMIME',
    ]);
  });

  it('reads the item out of a differently worded message', () => {
    const error = explainError('PlaceOrder', -4, {
      message: "Bad value for 'emailAddress' given",
    });
    expect(error.item).toBe('emailAddress');
    expect(error.message).toBe("The value of the 'emailAddress' argument is invalid!");
  });

  it('keeps replacement patterns in an item literal', () => {
    const error = explainError('PlaceOrder', -3, { item: "$&$'$`" });
    expect(error.message).toBe("The '$&$'$`' argument is missing!");
  });

  it('accepts typographic quotes and a missing "!" as the documented message', () => {
    const error = explainError('AutoApplyOrder', -7, {
      message: '‘XX’ is not a valid ISO-3166 country',
    });
    expect(error.messageMatches).toBe(true);
    expect(error.item).toBe('XX');
  });
});

describe('NEXT_STEPS', () => {
  it.each([...errorCases, ...statusCases])('$id has a next step', ({ endpoint, spec }) => {
    expect(NEXT_STEPS[endpoint].some(([code]) => code === spec.code)).toBe(true);
  });

  it.each(ENDPOINTS)('%s lists only documented codes, each once', (endpoint) => {
    const codes = NEXT_STEPS[endpoint].map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    const documented = [
      ...(ERRORS[endpoint] as readonly ErrorSpec[]),
      ...(STATUSES[endpoint] as readonly ErrorSpec[]),
    ].map((spec) => spec.code);
    expect(documented).toEqual(expect.arrayContaining(codes));
  });
});
