/**
 * The ordering page's `config.json` from the settings typed in the Build
 * order view: the keys that view knows (ap, reseller, the items'
 * products, redirect URLs, language, template IDs), validated by the schema
 * the page itself reads config.json with (config/resellerConfig.ts).
 */
import { parseResellerConfig, type ResellerConfig } from './resellerConfig';

/** config.json keys that are !PlaceOrder parameters of the same name. */
const TEXT_KEYS = ['ap', 'reseller', 'successURL', 'errorURL', 'languageName'] as const;
/** Template IDs: !PlaceOrder integers, numbers in config.json. */
const NUMBER_KEYS = [
  'SMIMEVerificationTemplateID',
  'SMIMERequestTemplateID',
  'SMIMECollectionTemplateID',
  'shippingTemplateID',
] as const;

export interface ResellerConfigOptions {
  /** The page heading (config.json `brandName`). */
  readonly brandName?: string;
  /**
   * The address the builder runs at. A redirect URL equal to it is left out:
   * the ordering page defaults to its own address, wherever it is published,
   * while this one may be a test or local copy.
   */
  readonly ownAddress?: string;
}

export interface ResellerConfigResult {
  /** The file's text, two-space indented, ending in a newline. */
  readonly text: string;
  readonly ok: boolean;
  readonly config?: ResellerConfig;
  /** The schema's problems, naming the key. */
  readonly problems: readonly string[];
}

const given = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

export function toResellerConfig(
  values: Readonly<Record<string, string>>,
  options: ResellerConfigOptions = {},
): ResellerConfigResult {
  const json: Record<string, unknown> = {};
  for (const key of TEXT_KEYS) {
    const value = values[key];
    if (!given(value)) continue;
    if ((key === 'successURL' || key === 'errorURL') && value.trim() === options.ownAddress)
      continue;
    json[key] = value.trim();
  }
  if (given(options.brandName)) json.brandName = options.brandName.trim();

  // The items' x_PPP codes, in item order, once each (`1_PPP`, `_2_PPP` ...).
  const items = Object.entries(values)
    .map(([name, value]) => ({ match: /^_?(\d+)_PPP$/i.exec(name), value }))
    .filter(({ match, value }) => match !== null && given(value))
    .sort((a, b) => Number(a.match?.[1]) - Number(b.match?.[1]));
  const products: unknown[] = [];
  for (const { value } of items) {
    const code = /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : value.trim();
    if (!products.includes(code)) products.push(code);
  }
  if (products.length > 0) json.products = products;

  for (const key of NUMBER_KEYS) {
    const value = values[key];
    if (!given(value)) continue;
    // A number when it is one; otherwise the text, for the schema to name.
    json[key] = /^-?\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : value.trim();
  }

  const text = `${JSON.stringify(json, null, 2)}\n`;
  const parsed = parseResellerConfig(text);
  return parsed.ok
    ? { text, ok: true, config: parsed.config, problems: [] }
    : { text, ok: false, problems: parsed.problems };
}
