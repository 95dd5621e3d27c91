/**
 * A real three-level chain made by openssl, the shape Sectigo's
 * RequestAndCollectSMIME returns: an RSA root, an ECDSA P-384 intermediate,
 * and an S/MIME end-entity certificate (RSA 2048, emailAddress in the subject
 * and an rfc822Name SAN) whose validity runs from 00:00:00 to 23:59:59 GMT as
 * Sectigo's do (requestandcollectsmime.txt, "Response"). `openssl ca` sets
 * exact start and end dates, which `openssl x509 -req` cannot in OpenSSL 3.0.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestChain {
  readonly rootPem: string;
  readonly intermediatePem: string;
  readonly leafPem: string;
  /** The end entity's private key, unencrypted PKCS#8 PEM. */
  readonly leafKeyPem: string;
  /** The intermediate's ECDSA P-384 key. */
  readonly intermediateKeyPem: string;
  /** Another key, which belongs to none of the certificates. */
  readonly strangerKeyPem: string;
  /** The dates given to `openssl ca` for the end entity. */
  readonly leafDates: { readonly notBefore: string; readonly notAfter: string };
}

export const LEAF_EMAIL = 'alice@example.com';

const CA_CONFIG = `
[ca]
default_ca = issuer
[issuer]
dir = .
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha384
policy = anything
copy_extensions = none
unique_subject = no
email_in_dn = yes
[anything]
countryName = optional
organizationName = optional
commonName = supplied
emailAddress = optional
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = emailProtection, clientAuth
subjectAltName = email:${LEAF_EMAIL}
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`;

const INTERMEDIATE_EXT = `
[ext]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`;

let cached: TestChain | undefined;

/** Made once per test file (key generation is the slow part). */
export function makeTestChain(): TestChain {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'order-desk-chain-'));
  const run = (...args: string[]) =>
    execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  try {
    run('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'root.key');
    run(
      'req',
      '-x509',
      '-new',
      '-key',
      'root.key',
      '-sha256',
      '-days',
      '3650',
      '-subj',
      '/C=GB/O=Test Trust Ltd/CN=Test Root CA R1',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-out',
      'root.pem',
    );

    run('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384', '-out', 'int.key');
    run(
      'req',
      '-new',
      '-key',
      'int.key',
      '-subj',
      '/C=GB/O=Test Trust Ltd/CN=Test SMIME Intermediate CA',
      '-out',
      'int.csr',
    );
    writeFileSync(join(dir, 'int.ext'), INTERMEDIATE_EXT);
    run(
      'x509',
      '-req',
      '-in',
      'int.csr',
      '-CA',
      'root.pem',
      '-CAkey',
      'root.key',
      '-CAcreateserial',
      '-sha256',
      '-days',
      '1825',
      '-extfile',
      'int.ext',
      '-extensions',
      'ext',
      '-out',
      'int.pem',
    );

    run('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'leaf.key');
    run(
      'req',
      '-new',
      '-key',
      'leaf.key',
      '-subj',
      `/CN=Alice Example/emailAddress=${LEAF_EMAIL}`,
      '-out',
      'leaf.csr',
    );
    writeFileSync(join(dir, 'ca.cnf'), CA_CONFIG);
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'serial'), '0A1B2C3D4E5F60718293\n');
    run(
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-cert',
      'int.pem',
      '-keyfile',
      'int.key',
      '-in',
      'leaf.csr',
      '-startdate',
      '20240514000000Z',
      '-enddate',
      '20250513235959Z',
      '-extensions',
      'leaf',
      '-notext',
      '-out',
      'leaf.pem',
    );
    run('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'other.key');

    cached = {
      rootPem: read('root.pem'),
      intermediatePem: read('int.pem'),
      leafPem: read('leaf.pem'),
      leafKeyPem: read('leaf.key'),
      intermediateKeyPem: read('int.key'),
      strangerKeyPem: read('other.key'),
      leafDates: { notBefore: '2024-05-14T00:00:00.000Z', notAfter: '2025-05-13T23:59:59.000Z' },
    };
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
