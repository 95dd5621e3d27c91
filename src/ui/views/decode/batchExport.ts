/**
 * Batch results as files: CSV (RFC 4180, with spreadsheet formula injection
 * defused) and JSON. Built in the page; the download never leaves it.
 */
import type { BatchEntry, DecodedResponse } from '../../../core/response';

export const CSV_COLUMNS = [
  'index',
  'format',
  'endpoint',
  'endpointGuessed',
  'status',
  'ok',
  'outcome',
  'errorItem',
  'nextStep',
  'orderNumber',
  'fields',
  'notes',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Field names that carry the order a response is about. */
const ORDER_NUMBER_FIELDS = ['orderNumber', 'newOrderNumber'];

export function outcomeOf(response: DecodedResponse): string {
  if (response.error) return response.error.message;
  if (response.push?.status !== undefined) return response.push.status;
  if (response.statusInfo) return response.statusInfo.message;
  if (response.status === null) return response.notes[response.notes.length - 1] ?? 'Not read';
  return response.ok ? 'Success' : `Status ${response.status}`;
}

export function orderNumberOf(response: DecodedResponse): string {
  return response.fields.find((field) => ORDER_NUMBER_FIELDS.includes(field.name))?.value ?? '';
}

function rowOf(entry: BatchEntry, index: number): Row {
  const { response } = entry;
  return {
    index: String(index + 1),
    format: response.format,
    endpoint: response.endpoint ?? '',
    endpointGuessed: String(response.endpointGuessed),
    status: response.status === null ? '' : String(response.status),
    ok: String(response.ok),
    outcome: outcomeOf(response),
    errorItem: response.error?.item ?? '',
    nextStep: response.error?.nextStep ?? response.statusInfo?.nextStep ?? '',
    orderNumber: orderNumberOf(response),
    fields: response.fields.map((field) => `${field.name}=${field.value}`).join('; '),
    notes: response.notes.join(' '),
  };
}

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
 * gets a leading apostrophe (OWASP "CSV injection"); plain numbers like -3 stay.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(entries: readonly BatchEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  entries.forEach((entry, index) => {
    const row = rowOf(entry, index);
    lines.push(CSV_COLUMNS.map((column) => cell(row[column])).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(entries: readonly BatchEntry[]): string {
  return `${JSON.stringify(
    entries.map((entry, index) => ({ index: index + 1, text: entry.text, ...entry.response })),
    null,
    2,
  )}\n`;
}
