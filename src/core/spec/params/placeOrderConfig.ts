/**
 * The !PlaceOrder entries whose rules the config.json schema reuses
 * (placeorder-smime.txt; placeOrder.ts puts them in their places in the full
 * table; the template IDs config.json also sets have a rule of their own). In a module of
 * their own so that the ordering page's first load, which validates
 * config.json, takes these five entries without the rest of the table.
 */
import { LANGUAGES } from '../languages';
import { RESELLER_CHARGES } from '../resellerCharges';
import type { ParamSpec } from '../types';

const DOC = 'placeorder-smime.txt';

export const AP_PARAM = {
  name: 'ap',
  label: 'Reseller brand name',
  group: 'Reseller details',
  requirement: 'required',
  type: 'string',
  maxLength: 64,
  description: 'The Reseller brand name.',
  source: { doc: DOC, section: 'ap' },
} as const satisfies ParamSpec;

export const RESELLER_PARAM = {
  name: 'reseller',
  label: 'Who charges the customer',
  group: 'Reseller details',
  requirement: 'required',
  type: 'char',
  values: RESELLER_CHARGES.values,
  format: 'yn',
  description:
    'Specifies who charges the end-customer for the order: Y — you charge the end-customer and Sectigo debits your account funds; N — Sectigo charges the end-customer.',
  source: { doc: DOC, section: 'reseller' },
} as const satisfies ParamSpec;

export const ERROR_URL_PARAM = {
  name: 'errorURL',
  label: 'Error redirect URL',
  group: 'Reseller details',
  requirement: 'optional',
  type: 'string',
  maxLength: 255,
  format: 'url',
  description: 'A URL the browser will be redirected to if an error occurs.',
  source: { doc: DOC, section: 'errorURL' },
} as const satisfies ParamSpec;

export const SUCCESS_URL_PARAM = {
  name: 'successURL',
  label: 'Success redirect URL',
  group: 'Reseller details',
  requirement: 'optional',
  type: 'string',
  maxLength: 255,
  format: 'url',
  description: 'A URL the browser will be redirected to if the order is placed successfully.',
  source: { doc: DOC, section: 'successURL' },
} as const satisfies ParamSpec;

export const LANGUAGE_NAME_PARAM = {
  name: 'languageName',
  label: 'Email language',
  group: 'Email templates',
  requirement: 'optional',
  condition:
    'Overridden by SMIMEVerificationTemplateID, SMIMERequestTemplateID, SMIMECollectionTemplateID or shippingTemplateID if provided.',
  type: 'string',
  maxLength: 2,
  values: LANGUAGES.values,
  format: 'language',
  description:
    'The two-character code of the language for S/MIME emails (an account can hold email templates in several languages).',
  source: { doc: DOC, section: 'languageName' },
} as const satisfies ParamSpec;
