/** A product in the customer's words: the catalogue's name for its kind, and its validity. */
import type { ProductSpec } from '../../../core/spec';
import type { Messages } from '../../i18n/messages';

export function productName(messages: Pick<Messages, 'shop'>, product: ProductSpec): string {
  return product.validation === 'organization'
    ? messages.shop.product.names.organization
    : messages.shop.product.names.mailbox;
}

export function productBlurb(messages: Pick<Messages, 'shop'>, product: ProductSpec): string {
  return product.validation === 'organization'
    ? messages.shop.product.blurbs.organization
    : messages.shop.product.blurbs.mailbox;
}

export function productYears(
  messages: Pick<Messages, 'shop'>,
  product: ProductSpec,
): string | undefined {
  return product.years === undefined ? undefined : messages.shop.product.years(product.years);
}
