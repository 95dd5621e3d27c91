/**
 * The OV callback and EV click-through links of a push notification, built
 * from the documented templates (CALLBACK_LINKS) with URL-encoded values, so
 * a value can never change the address or add a parameter.
 */
import { CALLBACK_LINKS } from '../spec/push';
import type { CallbackLink } from './types';

export function buildCallbackLinks(orderNumber: string, verificationCode: string): CallbackLink[] {
  return (['ov', 'ev'] as const).map((kind) => {
    const link = CALLBACK_LINKS[kind];
    const url = link.urlTemplate
      .split('{orderNumber}')
      .join(encodeValue(orderNumber))
      .split('{verificationCode}')
      .join(encodeValue(verificationCode));
    return { kind, label: link.label, url };
  });
}

/** encodeURIComponent throws on a lone surrogate: those become U+FFFD first. */
function encodeValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(
      value.replace(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        '\uFFFD',
      ),
    );
  }
}
