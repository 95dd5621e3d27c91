/** Fields of newline-delimited responses, named and explained from the line tables. */
import type { EndpointId, ResponseFieldSpec } from '../spec/types';
import type { Draft } from './draft';
import type { Line } from './parseLines';
import type { DecodedField } from './types';

/** The entry of a line table called `name` (typed, so a renamed line fails to compile). */
export function lineSpec<T extends readonly ResponseFieldSpec[]>(
  table: T,
  name: T[number]['name'],
): ResponseFieldSpec {
  const spec = table.find((entry) => entry.name === name);
  if (spec === undefined) throw new Error(`No line called ${name}`); // a bug: the name is typed
  return spec;
}

export function lineField(
  spec: ResponseFieldSpec,
  line: Line,
  index: number,
  valueMeaning?: string,
): DecodedField {
  return {
    name: spec.name,
    value: line.text,
    meaning: spec.meaning,
    ...(valueMeaning === undefined ? {} : { valueMeaning }),
    line: index + 1,
    documented: true,
  };
}

/** The explained status or error of the draft, as the status line's meaning. */
export function statusMeaning(draft: Draft): string | undefined {
  return draft.error?.message ?? draft.statusInfo?.message;
}

/** Lines the endpoint does not document at that place, kept as `line N`. */
export function addExtraLines(
  draft: Draft,
  endpoint: EndpointId,
  lines: readonly Line[],
  from: number,
): void {
  const extra: number[] = [];
  for (let index = from; index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined || line.text === '') continue;
    extra.push(index + 1);
    draft.fields.push({
      name: `line ${index + 1}`,
      value: line.text,
      line: index + 1,
      documented: false,
    });
  }
  const first = extra[0];
  const last = extra[extra.length - 1];
  if (first !== undefined && last !== undefined)
    draft.note(
      first === last
        ? `Line ${first} is not documented for ${endpoint} here; it is shown as is.`
        : `Lines ${first}–${last} are not documented for ${endpoint} here; they are shown as is.`,
    );
}
