/**
 * Hostile input of a megabyte, timed: the figures behind "hostile input never
 * hangs". The test suite checks that each of these inputs is answered
 * correctly (test/core/order/roundTrip.test.ts, test/core/pki/inspectCsr.test.ts,
 * test/core/response/properties.test.ts, test/ui/views/DecodeShare.test.tsx);
 * how long that takes is measured here, never asserted there. A linear pass
 * takes milliseconds; a backtracking pattern would take seconds or more.
 */
import { bench, describe } from 'vitest';
import { buildRequest } from '../../src/core/order';
import { inspectCsr } from '../../src/core/pki';
import { decodeResponse } from '../../src/core/response';
import { redactForShare } from '../../src/ui/views/decode/redactForShare';

const MIB = 2 ** 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);

describe('decodeResponse, 1 MiB', () => {
  bench('errorMessage of one character', () => {
    decodeResponse(`errorCode=-3&errorMessage=${fill('x')}`);
  });
  bench('ampersands', () => {
    decodeResponse(fill('&'));
  });
  bench('percent signs', () => {
    decodeResponse(fill('%'));
  });
  bench('armour openers', () => {
    decodeResponse(fill('-----BEGIN CERTIFICATE-----\n'));
  });
});

describe('buildRequest, 1 MiB paste in every field', () => {
  const paste = `a@${'.'.repeat(MIB)}`;
  bench('PlaceOrder', () => {
    buildRequest('PlaceOrder', { ap: paste, emailAddress: paste, '1_csr': paste });
  });
});

describe('inspectCsr, 1 MiB', () => {
  bench('letters', async () => {
    await inspectCsr('A'.repeat(MIB));
  });
  bench('Base64 inside armour', async () => {
    await inspectCsr(
      `-----BEGIN CERTIFICATE REQUEST-----\n${'QUFB'.repeat(MIB / 4)}\n-----END CERTIFICATE REQUEST-----`,
    );
  });
  bench('armour openers', async () => {
    await inspectCsr('-----BEGIN X-----'.repeat(MIB / 16));
  });
});

describe('redactForShare, 1 MiB', () => {
  bench('the word password', () => {
    redactForShare(fill('password'));
  });
  bench('JSON password names', () => {
    redactForShare(fill('"loginPassword":'));
  });
  bench('private key openers', () => {
    redactForShare(fill('-----BEGIN PRIVATE KEY-----'));
  });
});
