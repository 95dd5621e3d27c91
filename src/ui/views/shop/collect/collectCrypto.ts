/**
 * The key and file work of the collect step, loaded on demand (it brings the
 * PKI code): read the key the customer saved (plain or encrypted), check it
 * belongs to the collected certificate, and build the .p12. Problems are
 * reasons, worded by the catalogue; the key is never echoed.
 */
import { buildPkcs12, certificateForKey, checkChain } from '../../../../core/cert';
import { readPrivateKey } from '../../../../core/pki';

export type KeyCheck =
  | { readonly ok: true; readonly email?: string; readonly notAfter?: string }
  | {
      readonly ok: false;
      readonly reason:
        'empty' | 'needs-passphrase' | 'wrong-passphrase' | 'unreadable' | 'mismatch';
    };

export async function checkKey(
  keyText: string,
  passphrase: string,
  certificates: readonly string[],
): Promise<KeyCheck> {
  if (keyText.trim() === '') return { ok: false, reason: 'empty' };
  const key = await readPrivateKey(keyText, passphrase);
  if (!key.ok)
    return {
      ok: false,
      reason:
        key.reason === 'needs-passphrase' || key.reason === 'wrong-passphrase'
          ? key.reason
          : key.reason === 'empty'
            ? 'empty'
            : 'unreadable',
    };
  const chain = await checkChain(certificates);
  const owner = chain.certificates[await certificateForKey(key.keys.publicKey, chain.certificates)];
  if (!owner) return { ok: false, reason: 'mismatch' };
  const email = owner.subjectAltNames.email[0];
  return { ok: true, ...(email ? { email } : {}), notAfter: owner.notAfter };
}

export async function makeP12(request: {
  keyText: string;
  passphrase: string;
  certificates: readonly string[];
  password: string;
  legacy: boolean;
}): Promise<{ ok: true; der: Uint8Array; name: string } | { ok: false }> {
  const built = await buildPkcs12({
    privateKeyPem: request.keyText,
    ...(request.passphrase ? { privateKeyPassphrase: request.passphrase } : {}),
    certificatesPem: [request.certificates.join('\n')],
    password: request.password,
    legacy: request.legacy,
  });
  if (!built.ok) return { ok: false };
  return { ok: true, der: built.der, name: built.friendlyName };
}
