/**
 * Decoder throughput: 10,000 mixed responses (every documented sample, and
 * one constructed error response per code of every endpoint, URL-encoded and
 * as lines) in one decodeBatch call. Target: under 200 ms in Node, so a
 * support batch decodes while the user waits.
 */
import { bench, describe } from 'vitest';
import { decodeBatch } from '../../../src/core/response';
import { ERRORS } from '../../../src/core/spec/errors';
import { SAMPLE_RESPONSES } from '../../../src/core/spec/responses';
import type { ErrorSpec, RequestEndpointId } from '../../../src/core/spec/types';
import { END_ENTITY_PEM, ROOT_PEM } from './fixtures';

const RESPONSES = 10_000;

const constructed = (Object.keys(ERRORS) as RequestEndpointId[]).flatMap((endpoint) =>
  (ERRORS[endpoint] as readonly ErrorSpec[]).flatMap((spec) => {
    const message = spec.message.replace('xxxx', 'csr');
    return [
      `errorCode=${spec.code}&errorMessage=${encodeURIComponent(message)}`,
      `${spec.code}\n${message}`,
    ];
  }),
);

const pool = [
  ...SAMPLE_RESPONSES.map((sample) => sample.text),
  ...constructed,
  `2\n14/05/2013 13/05/2014\n${ROOT_PEM}${END_ENTITY_PEM}`,
  `orderNumber=1&status=issued&statusCode=6&statusDesc=Valid&certificate=${encodeURIComponent(END_ENTITY_PEM)}`,
  '{"errorCode":0,"newOrderNumber":"1234568"}',
  'var g_ccc = "";\nvar g_errorCode = 0;',
];

// Blank lines between entries, so that multi-line responses stay whole.
const text = Array.from({ length: RESPONSES }, (_, index) => pool[index % pool.length]).join(
  '\n\n',
);

describe('response decoder', () => {
  bench(`decodeBatch: ${RESPONSES} mixed responses`, () => {
    const { entries } = decodeBatch(text);
    if (entries.length !== RESPONSES) throw new Error(`decoded ${entries.length} responses`);
  });
});
