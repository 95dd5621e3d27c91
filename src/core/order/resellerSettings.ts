/**
 * The reseller's own settings that the Build order view may remember on the
 * device when asked: brand (`ap`), `reseller`, redirect URLs,
 * language and template IDs. Never a credential, never a CSR, never the
 * customer's details: the list is by name, and a parameter the table marks
 * as a secret is refused even if its name were listed.
 */
import { ENDPOINTS } from '../spec/endpoints';
import type { ParamSpec } from '../spec/types';
import type { OrderEndpointId } from './types';

/** The reseller's settings, by documented name (placeorder-smime.txt "Reseller details", "Email templates"; the guide's dcvTemplateID). */
const SETTINGS = new Set([
  'ap',
  'reseller',
  'successurl',
  'errorurl',
  'languagename',
  'smimeverificationtemplateid',
  'smimerequesttemplateid',
  'smimecollectiontemplateid',
  'shippingtemplateid',
  'dcvtemplateid',
]);

/** Longest value kept: the longest of these parameters is 255 characters (successURL, errorURL). */
const MAX_LENGTH = 255;

/** The table rows of the endpoint whose values may be remembered. */
export function settingParams(endpoint: OrderEndpointId): ParamSpec[] {
  const table: readonly ParamSpec[] = ENDPOINTS[endpoint].params;
  return table.filter(
    (spec) =>
      SETTINGS.has(spec.name.toLowerCase()) &&
      spec.secret !== true &&
      spec.item !== true &&
      spec.format !== 'csr',
  );
}

export type ResellerSettings = Partial<Record<OrderEndpointId, Record<string, string>>>;

/** Of the values typed for an endpoint, those that are reseller settings (non-empty). */
export function pickSettings(
  endpoint: OrderEndpointId,
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const spec of settingParams(endpoint)) {
    const value = values[spec.name];
    if (value !== undefined && value.trim() !== '' && value.length <= MAX_LENGTH) {
      picked[spec.name] = value;
    }
  }
  return picked;
}

/** Settings read back from the device: anything else in the data (by mistake or tampering) is dropped. */
export function readSettings(data: unknown): ResellerSettings {
  const settings: ResellerSettings = {};
  if (typeof data !== 'object' || data === null) return settings;
  for (const endpoint of Object.keys(ENDPOINTS) as OrderEndpointId[]) {
    const values: unknown = (data as Record<string, unknown>)[endpoint];
    if (typeof values !== 'object' || values === null) continue;
    const strings = Object.fromEntries(
      Object.entries(values).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    const picked = pickSettings(endpoint, strings);
    if (Object.keys(picked).length > 0) settings[endpoint] = picked;
  }
  return settings;
}
