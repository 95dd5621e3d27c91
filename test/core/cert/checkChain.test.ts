/**
 * checkChain on a real openssl chain in every order a response may list it:
 * end entity first, root first (RequestAndCollectSMIME's documented order),
 * shuffled, with the intermediate missing, with strangers and repeats.
 */
import { describe, expect, it } from 'vitest';
import { checkChain } from '../../../src/core/cert';
import { decodeResponse } from '../../../src/core/response';
import { opensslOk } from '../openssl';
import { makeTestChain } from './testChain';

const { rootPem: root, intermediatePem: intermediate, leafPem: leaf } = makeTestChain();
const texts = (check: Awaited<ReturnType<typeof checkChain>>) =>
  check.messages.map((message) => `${message.severity}: ${message.text}`).join('\n');

describe('checkChain', () => {
  it('end entity first: in order and complete', async () => {
    const check = await checkChain([leaf, intermediate, root]);
    expect(check).toMatchObject({
      order: 'leaf-first',
      inOrder: true,
      complete: true,
      path: [0, 1, 2],
      unrelated: [],
    });
    expect(check.missing).toBeUndefined();
    expect(texts(check)).toMatch(/ok: In order/);
    expect(texts(check)).toMatch(/ok: Complete: it ends at the self-signed root “Test Root CA R1”/);
    expect(check.bundlePem).toBe([leaf, intermediate, root].join(''));
  });

  it('root first, as RequestAndCollectSMIME documents it: reversed, complete, and explained', async () => {
    const check = await checkChain([root + intermediate + leaf]);
    expect(check).toMatchObject({
      order: 'root-first',
      inOrder: false,
      complete: true,
      path: [2, 1, 0],
    });
    expect(texts(check)).toMatch(
      /info: Root first: .*RequestAndCollectSMIME documents \(root, intermediate, end entity; requestandcollectsmime.txt/,
    );
    // The bundle is always end entity first.
    expect(check.bundlePem).toBe([leaf, intermediate, root].join(''));
  });

  it('shuffled: mixed, still complete', async () => {
    const check = await checkChain([intermediate, leaf, root]);
    expect(check).toMatchObject({
      order: 'mixed',
      inOrder: false,
      complete: true,
      path: [1, 0, 2],
    });
  });

  it('the intermediate missing: incomplete, naming the issuer needed', async () => {
    const check = await checkChain([leaf, root]);
    expect(check.complete).toBe(false);
    expect(check.missing).toBe('CN=Test SMIME Intermediate CA,O=Test Trust Ltd,C=GB');
    expect(check.path).toEqual([0]);
    expect(check.unrelated).toEqual([1]);
    expect(texts(check)).toMatch(
      /warning: Incomplete: “Alice Example” was issued by CN=Test SMIME Intermediate CA.*queryType=3/,
    );
    expect(texts(check)).toMatch(
      /warning: Certificate 2 \(“Test Root CA R1”\) is not part of this chain/,
    );
  });

  it('no root: in order but incomplete', async () => {
    const check = await checkChain([leaf, intermediate]);
    expect(check).toMatchObject({ order: 'leaf-first', inOrder: true, complete: false });
    expect(check.missing).toBe('CN=Test Root CA R1,O=Test Trust Ltd,C=GB');
  });

  it('a CA bundle alone (queryType=3): no end entity, said so', async () => {
    const check = await checkChain([intermediate, root]);
    expect(check).toMatchObject({ order: 'leaf-first', complete: true });
    expect(texts(check)).toMatch(/info: There is no end-entity certificate/);
  });

  it('one certificate, a repeat, an unreadable block and nothing at all', async () => {
    expect(await checkChain([root])).toMatchObject({
      order: 'single',
      inOrder: true,
      complete: true,
    });
    const repeated = await checkChain([leaf, leaf, intermediate, root]);
    expect(repeated).toMatchObject({ order: 'mixed', complete: true, path: [0, 2, 3] });
    expect(texts(repeated)).toMatch(/Certificate 2 repeats certificate 1/);
    const damaged = await checkChain([
      leaf,
      '-----BEGIN CERTIFICATE-----\nMIIBAA==\n-----END CERTIFICATE-----',
    ]);
    expect(damaged.certificates).toHaveLength(1);
    expect(damaged.unreadable).toHaveLength(1);
    expect(await checkChain([])).toMatchObject({
      order: 'empty',
      complete: false,
      certificates: [],
    });
  });

  it('opens a PKCS#7 bundle (responseType=2) into its certificates', async () => {
    const pkcs7 = opensslOk(['crl2pkcs7', '-nocrl', '-certfile', 'all.pem'], {
      'all.pem': leaf + intermediate + root,
    });
    const check = await checkChain([pkcs7]);
    expect(check.certificates).toHaveLength(3);
    expect(check.complete).toBe(true);
  });

  it('checks the certificates of a RequestAndCollectSMIME response written as the document prints it', async () => {
    const spaced = (pem: string) =>
      pem
        .replace('-----BEGIN CERTIFICATE-----', '----- BEGIN CERTIFICATE -----')
        .replace('-----END CERTIFICATE-----', '----- END CERTIFICATE -----');
    const response = decodeResponse(
      `2\n14/05/2024 13/05/2025\n${spaced(root)}${spaced(intermediate)}${spaced(leaf).replace('----- END', '---- END')}`,
    );
    expect(response.certificates).toHaveLength(3);
    const check = await checkChain(response.certificates ?? []);
    expect(check).toMatchObject({ order: 'root-first', complete: true });
  });
});
