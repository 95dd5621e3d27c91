/** "Use it in an order": the endpoint and field a CSR goes to, from real CSRs. */
import { describe, expect, it } from 'vitest';
import { orderTargetForCsr } from '../../../src/core/order/orderTargetForCsr';
import { opensslOk } from '../openssl';
import { SECTIGO_CSR, SMIME_CSR, SSL_CSR } from './support';

/** A fresh P-256 CSR from the real openssl, with the given subject and extensions. */
const csr = (subject: string, ...extensions: string[]) =>
  opensslOk([
    'req',
    '-new',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    '/dev/null',
    '-subj',
    subject,
    ...extensions.flatMap((extension) => ['-addext', extension]),
  ]);

describe('orderTargetForCsr', () => {
  it.each([
    [
      'an SSL CSR with SAN domain names',
      SSL_CSR,
      { endpoint: 'AutoApplyOrder', field: 'csr', kind: 'ssl' },
    ],
    [
      'an SSL CSR with the domain in the CN only (the guide’s sectigo.com)',
      SECTIGO_CSR,
      { endpoint: 'AutoApplyOrder', field: 'csr', kind: 'ssl' },
    ],
    [
      'an S/MIME CSR (SAN email and subject emailAddress)',
      SMIME_CSR,
      { endpoint: 'PlaceOrder', field: '1_csr', kind: 'smime' },
    ],
  ])('%s', (_, text, expected) => {
    expect(orderTargetForCsr(text)).toEqual(expected);
  });

  it('an S/MIME CSR whose mailbox is only in the SAN', () => {
    const text = csr('/CN=Jo Example', 'subjectAltName=email:jo@example.com');
    expect(orderTargetForCsr(text)).toEqual({
      endpoint: 'PlaceOrder',
      field: '1_csr',
      kind: 'smime',
    });
  });

  it('a server CSR that also names a mailbox is still SSL', () => {
    const text = csr(
      '/CN=mail.example.com/emailAddress=admin@example.com',
      'subjectAltName=DNS:mail.example.com',
    );
    expect(orderTargetForCsr(text)?.endpoint).toBe('AutoApplyOrder');
  });

  it.each([
    ['a CSR naming neither a host nor a mailbox', csr('/CN=Just a name/O=Example')],
    ['not a CSR', 'hello'],
    ['empty', ''],
  ])('%s: no guess', (_, text) => {
    expect(orderTargetForCsr(text)).toBeUndefined();
  });
});
