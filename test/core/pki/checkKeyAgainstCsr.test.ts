import { describe, expect, it } from 'vitest';
import { checkKeyAgainstCsr } from '../../../src/core/pki/checkKeyAgainstCsr';
import { encryptPrivateKey } from '../../../src/core/pki/encryptPrivateKey';
import { generateKeyAndCsr } from '../../../src/core/pki/generateKeyAndCsr';
import { opensslOk } from '../openssl';

describe('checkKeyAgainstCsr', () => {
  it('says yes for the key a CSR was made with, and no for another key', async () => {
    const made = await generateKeyAndCsr({
      algorithm: 'P-256',
      subject: { commonName: 'example.com' },
    });
    const other = await generateKeyAndCsr({
      algorithm: 'P-256',
      subject: { commonName: 'example.com' },
    });
    expect(await checkKeyAgainstCsr(made.csrPem, made.privateKeyPem, '')).toEqual({
      kind: 'match',
      keyLabel: 'ECDSA P-256',
    });
    expect(await checkKeyAgainstCsr(made.csrPem, other.privateKeyPem, '')).toEqual({
      kind: 'mismatch',
      keyLabel: 'ECDSA P-256',
    });
  });

  it('matches an openssl key in PKCS#1 form against the CSR openssl made with it', async () => {
    const key = opensslOk(['genrsa', '-traditional', '2048']);
    const csr = opensslOk(['req', '-new', '-key', 'k.pem', '-subj', '/CN=a.example.com'], {
      'k.pem': key,
    });
    expect(await checkKeyAgainstCsr(csr, key, '')).toEqual({ kind: 'match', keyLabel: 'RSA 2048' });
  });

  it('asks for the passphrase of an encrypted key, and says when the CSR is no CSR', async () => {
    const made = await generateKeyAndCsr({
      algorithm: 'P-384',
      subject: { commonName: 'example.com' },
    });
    const encrypted = await encryptPrivateKey(made.privateKeyPem, 'correct horse battery', {
      iterations: 2048,
    });
    expect((await checkKeyAgainstCsr(made.csrPem, encrypted, '')).kind).toBe('needs-passphrase');
    expect((await checkKeyAgainstCsr(made.csrPem, encrypted, 'correct horse battery')).kind).toBe(
      'match',
    );
    expect(
      (
        await checkKeyAgainstCsr(
          '-----BEGIN CERTIFICATE REQUEST-----\nMAA=\n-----END CERTIFICATE REQUEST-----',
          made.privateKeyPem,
          '',
        )
      ).kind,
    ).toBe('problem');
  });
});
