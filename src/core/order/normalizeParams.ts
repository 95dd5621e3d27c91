/**
 * Matches the user's parameter names against the endpoint's table and puts
 * them in documented order.
 *
 * - Names are case-insensitive on Sectigo's side (autoapplyorder-guide-v2.txt:
 *   "Variable Name (case insensitive)"; the AutoReplaceSMIME sample sends
 *   `REVOKEOLDORDER=Y`), and documented aliases count (`country` for
 *   `countryName`). Every parameter is emitted in its documented spelling.
 * - Empty (or blank) values are dropped: a blank form field is "not given".
 * - `!PlaceOrder` item parameters are `1_name`, `2_name` ... or `_1_name`
 *   ("You may prepend an underscore to any of the x_parameters"); the prefix
 *   the user chose is kept, the name after it takes its documented spelling.
 * - An unknown name is an error (Sectigo answers -2) and is not emitted.
 * - A name given twice (in two spellings, or as `1_PPP` and `_1_PPP`) is sent
 *   once, with the first value, and a warning says so.
 */
import { ENDPOINTS } from '../spec/endpoints';
import type { ParamSpec } from '../spec/types';
import { closestName } from './closestName';
import { codeOf } from './documentedCode';
import { describeValue } from './describeValue';
import type { OrderEndpointId, OrderIssue, OrderParam } from './types';

/**
 * `1_PPP`, `_12_csr`: an optional underscore, an item number from 1 ("The first
 * 'item number' is 1"), an underscore and the name. Leading zeros are not an
 * item number the documents show, so `01_PPP` is an unknown name.
 */
const ITEM_NAME = /^(_?)([1-9][0-9]{0,8})_([\s\S]+)$/;

/** `x_csr` typed literally: the documents' placeholder for the item number. */
const PLACEHOLDER_ITEM_NAME = /^_?x_([\s\S]+)$/i;

/** Suggestions are computed for this many unknown names at most (a hostile paste may have thousands). */
const MAX_SUGGESTIONS = 20;

export interface NormalizedParams {
  /** In documented order: table parameters, then items by number, each in table order. */
  readonly params: OrderParam[];
  readonly issues: OrderIssue[];
}

interface Placed {
  readonly param: OrderParam;
  /** Identity for duplicate detection. */
  readonly key: string;
  /** Sort key: [item number (0 for top-level), table index (undocumented items last), input position]. */
  readonly sort: readonly [number, number, number];
}

/** The entries of `values`, read defensively: a JavaScript caller may pass anything. */
function entriesOf(values: unknown): [string, string][] {
  if (values === null || typeof values !== 'object') return [];
  const entries: [string, string][] = [];
  for (const [name, raw] of Object.entries(values as Record<string, unknown>)) {
    if (typeof raw === 'string') entries.push([name, raw]);
    else if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint')
      entries.push([name, String(raw)]);
    // null, undefined, objects: not a value the user typed; treated as empty.
  }
  return entries;
}

function matchesName(spec: ParamSpec, lowerName: string): boolean {
  return (
    spec.name.toLowerCase() === lowerName ||
    (spec.aliases ?? []).some((alias) => alias.toLowerCase() === lowerName)
  );
}

export function normalizeParams(endpoint: OrderEndpointId, values: unknown): NormalizedParams {
  const table: readonly ParamSpec[] = ENDPOINTS[endpoint].params;
  const itemSpecs = table.filter((spec) => spec.item === true);
  const topLevelNames = table
    .filter((spec) => spec.item !== true)
    .flatMap((spec) => [spec.name, ...(spec.aliases ?? [])]);
  const title = ENDPOINTS[endpoint].title;

  const issues: OrderIssue[] = [];
  const placed = new Map<string, Placed>();
  let suggestions = 0;

  const place = (candidate: Placed) => {
    const earlier = placed.get(candidate.key);
    if (earlier === undefined) {
      placed.set(candidate.key, candidate);
      return;
    }
    issues.push({
      field: earlier.param.name,
      severity: 'warning',
      message: `${earlier.param.name} is given more than once (as ${describeValue(earlier.param.input)} and ${describeValue(candidate.param.input)}); parameter names are case-insensitive, so only the first one is sent.`,
    });
  };

  entriesOf(values).forEach(([input, value], position) => {
    if (value.trim() === '') return;
    const lowerName = input.toLowerCase();

    const top = table.find((spec) => spec.item !== true && matchesName(spec, lowerName));
    if (top !== undefined) {
      place({
        param: { name: top.name, value, input, spec: top },
        key: top.name.toLowerCase(),
        sort: [0, table.indexOf(top), position],
      });
      return;
    }

    const item = itemSpecs.length > 0 ? ITEM_NAME.exec(input) : null;
    if (item !== null) {
      const prefix = item[1] === '_' ? '_' : '';
      const number = Number(item[2]);
      const suffix = item[3] ?? '';
      const spec = itemSpecs.find((candidate) => matchesName(candidate, suffix.toLowerCase()));
      if (spec !== undefined) {
        place({
          param: {
            name: `${prefix}${number}_${spec.name}`,
            value,
            input,
            spec,
            item: { number, prefix },
          },
          key: `${number}_${spec.name.toLowerCase()}`,
          sort: [number, table.indexOf(spec), position],
        });
        return;
      }
      // Not in the x_ table, but sent anyway: the documents' own examples send
      // item parameters the table does not list (`1_showCollectionCode=Y` in the
      // sample request, `1_MACAddress` in the HTML form example), so the table is
      // "a sample of the types of x_parameters", not the full list. Dropping them
      // would break the documents' examples; a warning lets the user check the name.
      issues.push({
        field: input,
        severity: 'warning',
        message: `${input} is not in the documented x_ parameter table of ${title}. It is sent as given, because the documents' own examples send such item parameters (1_showCollectionCode, 1_MACAddress); check its spelling, or Sectigo may answer that it is unrecognised.`,
      });
      place({
        param: { name: input, value, input, item: { number, prefix } },
        key: `${number}_${suffix.toLowerCase()}`,
        sort: [number, table.length, position],
      });
      return;
    }

    // Unknown: Sectigo answers -2 ("'xxxx' is an unrecognised argument!"), so it is not sent.
    const shown = describeValue(input);
    let hint = '';
    const bareItem = itemSpecs.find((spec) => matchesName(spec, lowerName));
    const placeholder = PLACEHOLDER_ITEM_NAME.exec(input);
    const placeholderItem =
      placeholder === null
        ? undefined
        : itemSpecs.find((spec) => matchesName(spec, (placeholder[1] ?? '').toLowerCase()));
    if (bareItem !== undefined) {
      hint = ` It is an item parameter: send it with its item number, as 1_${bareItem.name} for the first item.`;
    } else if (placeholderItem !== undefined) {
      hint = ` The x in x_${placeholderItem.name} stands for the item number: send 1_${placeholderItem.name} for the first item.`;
    } else if (suggestions < MAX_SUGGESTIONS) {
      suggestions += 1;
      const suggestion = closestName(input, topLevelNames);
      if (suggestion !== undefined) hint = ` Did you mean ${suggestion}?`;
    }
    issues.push({
      field: input,
      severity: 'error',
      message: `${shown} is not a parameter of ${title}; Sectigo would reject it as an unrecognised argument, so it is left out.${hint}`,
      ...codeOf(endpoint, -2),
    });
  });

  const params = [...placed.values()]
    .sort((a, b) => a.sort[0] - b.sort[0] || a.sort[1] - b.sort[1] || a.sort[2] - b.sort[2])
    .map((entry) => entry.param);
  return { params, issues };
}
