/**
 * Where a CSR goes when the user says "Use it in an order": an SSL
 * CSR (domain names or IP addresses) to !AutoApplyOrder, an S/MIME CSR
 * (mailboxes, no domain names) to !PlaceOrder, into the endpoint's CSR
 * parameter (`csr`; for !PlaceOrder item 1's `1_csr`), both read from the
 * tables. The products themselves say so: SSL products are ordered with
 * !AutoApplyOrder, S/MIME ones with !PlaceOrder (spec/products.ts `endpoint`).
 */
import { decodeCsr } from '../encoding/decodeCsr';
import { readDerFromText } from '../encoding/pem';
import { paramsOf } from '../spec/endpoints';
import { PRODUCT_SPECS } from '../spec/products';
import { csrMailboxes } from '../spec/rules';
import type { ProductSpec } from '../spec/types';
import type { OrderEndpointId } from './types';

export interface CsrOrderTarget {
  readonly endpoint: OrderEndpointId;
  /** The parameter the CSR is given in, as sent (`csr`, `1_csr`). */
  readonly field: string;
  readonly kind: 'ssl' | 'smime';
}

/** A subject CN that names a host (`www.example.com`, `*.example.com`), not a person. */
const HOST_NAME = /^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$/i;
const COMMON_NAME = '2.5.4.3';

/** The endpoint the products of a family are ordered with. */
const endpointFor = (family: ProductSpec['family']): OrderEndpointId | undefined =>
  PRODUCT_SPECS.find((product) => product.family === family)?.endpoint;

function csrField(endpoint: OrderEndpointId): string | undefined {
  const spec = paramsOf(endpoint).find((param) => param.format === 'csr');
  if (spec === undefined) return undefined;
  return spec.item === true ? `1_${spec.name}` : spec.name;
}

export function orderTargetForCsr(text: string): CsrOrderTarget | undefined {
  const read = readDerFromText(text, ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
  if (!read.ok) return undefined;
  let kind: 'ssl' | 'smime' | undefined;
  try {
    const csr = decodeCsr(read.der);
    const commonNames = csr.subject
      .filter((attribute) => attribute.oid === COMMON_NAME)
      .map((attribute) => attribute.value);
    if (
      csr.dnsNames.length > 0 ||
      csr.ipAddresses.length > 0 ||
      commonNames.some((name) => HOST_NAME.test(name))
    ) {
      kind = 'ssl';
    } else if ((csrMailboxes(text) ?? []).length > 0) {
      kind = 'smime';
    }
  } catch {
    return undefined;
  }
  if (kind === undefined) return undefined;
  const endpoint = endpointFor(kind);
  const field = endpoint === undefined ? undefined : csrField(endpoint);
  return endpoint === undefined || field === undefined ? undefined : { endpoint, field, kind };
}
