/**
 * Rules that come from the product table (spec/products.ts) rather than from a
 * parameter row: one certificate per product list, TrustLogo only with an OV or
 * EV certificate, HackerGuardian pairs, the product's validity choices in days
 * and its quantity parameter (`Domains`, `IP Addresses`).
 */
import { ENDPOINTS } from '../spec/endpoints';
import { findProduct } from '../spec/products';
import type { ProductSpec } from '../spec/types';
import { appliesToOrder } from './appliesToOrder';
import { codeOf } from './documentedCode';
import { describeValue } from './describeValue';
import type { OrderProducts } from './resolveProducts';
import type { OrderEndpointId, OrderIssue, OrderParam } from './types';

/**
 * The parameter that carries `ProductSpec.days` ("Validity choices in days"):
 * `days` on !AutoApplyOrder, `x_days` for a !PlaceOrder item.
 */
const DAYS_PARAM = 'days';

/** Product families that are certificates ("There MUST be exactly ONE of the following certificate values"). */
const CERTIFICATE_FAMILIES = new Set<ProductSpec['family']>(['ssl', 'smime']);

const named = (product: ProductSpec) => `${product.name} (${product.code})`;

function listWords(values: readonly (number | string)[]): string {
  const words = values.map(String);
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

/** True when the param's own allowed values (if any) accept the value: then a product-specific rejection is new information. */
function passesOwnValues(param: OrderParam): boolean {
  const values = param.spec?.values;
  return values === undefined || values.some((allowed) => allowed.value === param.value);
}

function findIn(params: readonly OrderParam[], name: string): OrderParam | undefined {
  const lower = name.toLowerCase();
  return params.find((param) => param.spec?.name.toLowerCase() === lower);
}

/** Days and quantity of the given products, read from `context` (the top-level or one item's parameters). */
function checkProductValues(
  endpoint: OrderEndpointId,
  products: readonly ProductSpec[],
  context: readonly OrderParam[],
  fieldFor: (name: string) => string,
): OrderIssue[] {
  const issues: OrderIssue[] = [];
  const days = findIn(context, DAYS_PARAM);
  for (const product of products) {
    if (product.days !== undefined && days !== undefined && /^\d+$/.test(days.value)) {
      if (!product.days.some((d) => String(d) === days.value) && passesOwnValues(days)) {
        issues.push({
          field: days.name,
          severity: 'error',
          message: `${days.name}=${describeValue(days.value)} is not a validity offered for ${named(product)}: choose ${listWords(product.days)} days.`,
          ...codeOf(endpoint, -4),
        });
      }
    }
    if (product.quantity !== undefined) {
      const { param: quantityName, values } = product.quantity;
      const quantity = findIn(context, quantityName);
      if (quantity === undefined) {
        issues.push({
          field: fieldFor(quantityName),
          severity: 'error',
          message: `${fieldFor(quantityName)} is required when ordering ${named(product)}: give ${listWords(values)}.`,
          ...codeOf(endpoint, -3),
        });
      } else if (!values.some((n) => String(n) === quantity.value) && passesOwnValues(quantity)) {
        issues.push({
          field: quantity.name,
          severity: 'error',
          message: `${quantity.name} for ${named(product)} must be ${listWords(values)}.`,
          ...codeOf(endpoint, -4),
        });
      }
    }
  }
  return issues;
}

export function checkProductRules(
  endpoint: OrderEndpointId,
  params: readonly OrderParam[],
  order: OrderProducts,
): OrderIssue[] {
  const issues: OrderIssue[] = [];
  const listField = order.listField ?? '';
  const title = ENDPOINTS[endpoint].title;

  // autoapplyorder-guide-v2.txt, product: "There MUST be exactly ONE of the following certificate values".
  const certificates = order.listed.filter((product) => CERTIFICATE_FAMILIES.has(product.family));
  if (certificates.length > 1) {
    issues.push({
      field: listField,
      severity: 'error',
      message: `${listField} lists ${certificates.length} certificates (${certificates.map((p) => p.code).join(', ')}); ${title} takes exactly one certificate code, plus bundle products (TrustLogo, CodeGuard, HackerGuardian).`,
      ...codeOf(endpoint, -4),
    });
  }

  // TrustLogo 36: "Add this value to any OV or EV product code, separated by a
  // comma, such as: 316,36". No document gives the code Sectigo answers otherwise.
  for (const product of order.all) {
    if (product.family !== 'trustlogo') continue;
    if (!appliesToOrder(['ov-ev'], order.all)) {
      issues.push({
        field: order.fields.get(product) ?? listField,
        severity: 'error',
        message: `${named(product)} is added to an OV or EV certificate (such as 316,36); this order has no OV or EV certificate.`,
      });
    }
    break;
  }

  // "HackerGuardian Products (Pairs)": each is ordered with its partner.
  for (const product of order.all) {
    if (product.pairedWith === undefined) continue;
    if (order.all.some((other) => other.code === product.pairedWith)) continue;
    const code = product.pairedWith;
    const partner = findProduct(code);
    issues.push({
      field: order.fields.get(product) ?? listField,
      severity: 'warning',
      message: `${named(product)} is documented as one of a pair with ${partner === undefined ? String(code) : named(partner)}, which is not in the order; add ${code} unless you mean to order it alone.`,
    });
  }

  const topLevel = params.filter((param) => param.item === undefined);
  issues.push(...checkProductValues(endpoint, order.listed, topLevel, (name) => name));
  for (const [number, product] of order.items) {
    if (product === undefined) continue;
    const inItem = params.filter((param) => param.item?.number === number);
    const prefix = inItem[0]?.item?.prefix ?? '';
    issues.push(
      ...checkProductValues(endpoint, [product], inItem, (name) => `${prefix}${number}_${name}`),
    );
  }
  return issues;
}
