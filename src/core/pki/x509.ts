/**
 * @peculiar/x509, ready to use: it needs a Reflect metadata polyfill loaded
 * before it (its dependency injection uses decorators) and a WebCrypto provider.
 * Every PKI module imports x509 from here, never from the package directly;
 * pki/ loads it with a dynamic import() when a CSR is made, so that pki's entry
 * point stays light (cert/ imports it directly).
 *
 * Importing this module does no work that can fail: the provider is set on the
 * first use of `x509`, so a page without WebCrypto (served over plain http,
 * where browsers leave `crypto.subtle` undefined) still loads every view, and
 * only the actions that need crypto report why they cannot run.
 */
import 'reflect-metadata';
import * as library from '@peculiar/x509';
import { getCrypto } from './webcrypto';

let providerSet: Crypto | undefined;

function ready(): typeof library {
  // getCrypto throws the reader-facing reason when there is no crypto.subtle;
  // a provider changed with setCryptoProvider is passed on at the next use.
  const crypto = getCrypto();
  if (providerSet !== crypto) {
    library.cryptoProvider.set(crypto);
    providerSet = crypto;
  }
  return library;
}

/** The library's namespace; reading any member first sets the crypto provider. */
export const x509: typeof library = new Proxy(library, {
  get: (_target, member) => Reflect.get(ready(), member) as unknown,
});
