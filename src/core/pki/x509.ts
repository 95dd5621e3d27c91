/**
 * @peculiar/x509, ready to use: it needs a Reflect metadata polyfill loaded
 * before it (its dependency injection uses decorators) and a WebCrypto provider.
 * Every PKI module imports x509 from here, never from the package directly.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { getCrypto } from './webcrypto';

x509.cryptoProvider.set(getCrypto());

export { x509 };
