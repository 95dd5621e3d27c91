/**
 * The second run of the core's WebCrypto tests (vitest project
 * `core-peculiar`): every core function gets @peculiar/webcrypto, a
 * standards-conforming WebCrypto written on Node's crypto module, instead of
 * Node's built-in one, as a reseller's back end may pass any provider.
 */
import { Crypto } from '@peculiar/webcrypto';
import { setCryptoProvider } from '../../../src/core/pki';

setCryptoProvider(new Crypto());
