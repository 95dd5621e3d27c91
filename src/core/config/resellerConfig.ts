/**
 * The reseller configuration: `config.json` next to index.html turns the
 * general tool into a branded S/MIME ordering page. Validated with valibot;
 * every key that becomes a !PlaceOrder parameter takes its rule from that
 * parameter's table entry, so the two cannot drift apart.
 */
import * as v from 'valibot';
import { paramSchema } from '../schema/paramSchema';
// The table entries this schema reuses, not the !PlaceOrder table or ENDPOINTS: the
// ordering page's first load reads this schema and needs no other parameter
// (README, Benchmarks).
import {
  AP_PARAM,
  ERROR_URL_PARAM,
  LANGUAGE_NAME_PARAM,
  RESELLER_PARAM,
  SUCCESS_URL_PARAM,
} from '../spec/params/placeOrderConfig';
import { LANGUAGES } from '../spec/languages';
import { SMIME_PRODUCTS } from '../spec/smimeProducts';
import type { ProductSpec } from '../spec/types';

/** Products a customer can order on this page: the S/MIME codes (each entry's type says !PlaceOrder takes it). */
export const ORDERABLE_PRODUCTS: readonly ProductSpec[] = SMIME_PRODUCTS;

const productCode = v.pipe(
  v.number('must be a number, such as 2411'),
  v.check(
    (code) => ORDERABLE_PRODUCTS.some((product) => product.code === code),
    (issue) =>
      `${String(issue.input)} is not a product this page can order (${ORDERABLE_PRODUCTS.map((p) => p.code).join(', ')})`,
  ),
);

const templateId = v.pipe(v.number('must be a whole number'), v.integer('must be a whole number'));

/**
 * An image file beside index.html (or in a folder below it): a relative path
 * only, so the page's Content-Security-Policy (`img-src 'self'`) allows it and
 * nothing is loaded from elsewhere.
 */
export const LOGO_PATTERN =
  /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9_][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_][A-Za-z0-9._-]*)*\.(?:svg|png|jpe?g|webp|gif)$/i;

/** #rgb or #rrggbb: applied through the CSSOM, so the CSP needs no 'unsafe-inline'. */
export const ACCENT_PATTERN = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The codes of `languageName` (placeorder-smime.txt): the languages Sectigo emails in. */
const LANGUAGE_CODES: readonly string[] = LANGUAGES.values.map((entry) => entry.value);
const languageCode = v.picklist(
  LANGUAGE_CODES,
  `must be one of Sectigo's language codes (${LANGUAGE_CODES.join(', ')})`,
);

/** Text as the reseller writes it: trimmed, not empty, at most `max` characters. */
const resellerText = (max: number, notText = 'must be text') =>
  v.pipe(
    v.string(notText),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${String(max)} characters`),
  );

/**
 * The reseller's own text for a customer: one text for every language, or one
 * per language code (the page shows the visitor's, else its default
 * language's, else the first given; ui/config/localText.ts).
 */
function perLanguage<T extends v.GenericSchema<string, string>>(text: T, message: string) {
  return v.union(
    [
      text,
      v.pipe(
        v.record(languageCode, text),
        v.check(
          (texts) => Object.keys(texts).length > 0,
          'must give the text in at least one language',
        ),
      ),
    ],
    message,
  );
}

const ResellerConfigObject = v.strictObject(
  {
    /** Reseller brand name (!PlaceOrder `ap`): required for ordering. */
    ap: paramSchema(AP_PARAM),
    /** Who charges the customer (!PlaceOrder `reseller`), Y or N. */
    reseller: v.optional(paramSchema(RESELLER_PARAM), 'Y'),
    /** The product codes offered, in the order shown. */
    products: v.optional(
      v.pipe(v.array(productCode), v.minLength(1, 'must list at least one product')),
      ORDERABLE_PRODUCTS.map((p) => p.code),
    ),
    /** Shown in the page heading and title. */
    brandName: v.optional(resellerText(80), undefined),
    successURL: v.optional(paramSchema(SUCCESS_URL_PARAM)),
    errorURL: v.optional(paramSchema(ERROR_URL_PARAM)),
    languageName: v.optional(paramSchema(LANGUAGE_NAME_PARAM)),
    SMIMEVerificationTemplateID: v.optional(templateId),
    SMIMERequestTemplateID: v.optional(templateId),
    SMIMECollectionTemplateID: v.optional(templateId),
    shippingTemplateID: v.optional(templateId),
    support: v.optional(
      v.strictObject({
        email: v.optional(v.pipe(v.string(), v.email('must be an email address'))),
        phone: v.optional(v.pipe(v.string(), v.maxLength(40))),
        url: v.optional(
          v.pipe(
            v.string(),
            v.url('must be a full https:// address'),
            v.startsWith('https://', 'must start with https://'),
          ),
        ),
      }),
    ),
    /** The reseller's logo, an image file beside index.html (e.g. "logo.svg"). */
    logo: v.optional(
      v.pipe(
        v.string(),
        v.maxLength(200, 'must be at most 200 characters'),
        v.regex(
          LOGO_PATTERN,
          'must be the name of an image file beside index.html (.svg, .png, .jpg, .webp or .gif), such as "logo.svg"',
        ),
      ),
    ),
    /** The brand colour of buttons, the selected product and the header mark. */
    accentColor: v.optional(
      v.pipe(v.string(), v.regex(ACCENT_PATTERN, 'must be a colour such as "#0a7d4f" or "#c00"')),
    ),
    /** false hides the expert views (Generate, Inspect, Build order …) from the navigation. */
    showTools: v.optional(v.boolean('must be true or false'), true),
    /**
     * A price to show per product code, as the reseller writes it ("€19 per
     * year"), or per language ({ "en": "€19 per year", "de": "19 € pro Jahr" }).
     */
    prices: v.optional(
      v.pipe(
        v.record(
          v.pipe(
            v.string(),
            v.check(
              (code) => ORDERABLE_PRODUCTS.some((product) => String(product.code) === code),
              (issue) => `${issue.input} is not a product this page can order`,
            ),
          ),
          perLanguage(
            resellerText(40, 'must be text, such as "€19 per year"'),
            'must be text, such as "€19 per year", or text per language, such as { "en": "€19 per year", "de": "19 € pro Jahr" }',
          ),
        ),
      ),
    ),
    /** Optional "test mode" note shown on the page (e.g. while trying the flow), or one per language. */
    notice: v.optional(
      perLanguage(
        v.pipe(v.string(), v.maxLength(300, 'must be at most 300 characters')),
        'must be text, or text per language, such as { "en": "Test page", "de": "Testseite" }',
      ),
    ),
    /**
     * The languages the customer pages offer, in the switcher's order; the
     * visitor's browser language is used when it is one of them, else
     * `languageName`. Default: all fourteen.
     */
    languages: v.optional(
      v.pipe(
        v.array(languageCode),
        v.minLength(1, 'must list at least one language'),
        v.check((codes) => new Set(codes).size === codes.length, 'must not list a language twice'),
      ),
    ),
    /**
     * The reseller's own wording per language: `{ "de": { "shop.start.collectLink": "…" } }`.
     * Which keys exist is the page's catalogue (checked where it is known, in the UI).
     */
    messages: v.optional(
      v.record(languageCode, v.record(v.pipe(v.string(), v.maxLength(100)), resellerText(500))),
    ),
  },
  'is not a configuration key this page knows',
);

export const ResellerConfigSchema = v.pipe(
  ResellerConfigObject,
  v.forward(
    v.check(
      (config) =>
        config.languageName === undefined ||
        config.languages === undefined ||
        config.languages.includes(config.languageName),
      'must be one of "languages", since it is the page\'s default language',
    ),
    ['languageName'],
  ),
);

export type ResellerConfig = v.InferOutput<typeof ResellerConfigSchema>;

export type ConfigResult =
  | { readonly ok: true; readonly config: ResellerConfig }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Validates the text of config.json; problems name the file and the key. */
export function parseResellerConfig(text: string, fileName = 'config.json'): ConfigResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        `${fileName} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      ],
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      ok: false,
      problems: [`${fileName} must hold one JSON object, such as { "ap": "mybrand" }.`],
    };
  }
  const result = v.safeParse(ResellerConfigSchema, json);
  if (result.success) return { ok: true, config: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => {
      const path = v.getDotPath(issue) ?? '(top level)';
      if (issue.input === undefined && issue.kind === 'schema')
        return `${fileName}: "${path}" is required.`;
      const message = issue.message.replace(/\.$/, '');
      return message.startsWith(`${path} `)
        ? `${fileName}: ${message}.`
        : `${fileName}: "${path}" ${message}.`;
    }),
  };
}
