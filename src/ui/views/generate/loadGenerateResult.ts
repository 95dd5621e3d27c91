/**
 * The Generate view's result (the key, its encryption, the CSR and the next
 * steps) with what it alone needs (PKCS#8 encryption, DER writing): loaded with
 * the PKI code when a key is made, out of the start page's first load.
 */
import { lazyOnce } from '../../lazyOnce';

export const loadGenerateResult = lazyOnce(() =>
  import('./GenerateResult').then((module) => module.GenerateResult),
);
