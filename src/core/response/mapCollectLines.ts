/**
 * RequestAndCollectSMIME with responseEncoding=0 (requestandcollectsmime.txt,
 * Response): status; then the error message, or (status > 0) an optional
 * validity-period line and the encoded certificates. A validity line or PEM
 * alone (as the document prints them) is read as a fragment without status.
 */
import { findParam } from '../spec/endpoints';
import { COLLECT_LINES } from '../spec/responses';
import { COLLECT_STATUSES } from '../spec/values';
import { collectCertificates } from './collectCertificates';
import type { Draft, ResolvedContext } from './draft';
import { addExtraLines, lineField, lineSpec, statusMeaning } from './lineFields';
import type { Line } from './parseLines';
import { parseValidityLine } from './parseValidityLine';
import { VALIDITY_LINE } from '../spec/validityLine';

const SHOW_VALIDITY_PERIOD =
  findParam('RequestAndCollectSMIME', 'showValidityPeriod')?.name ?? 'showValidityPeriod';

function askedForValidity(context: ResolvedContext): boolean {
  const value = context.request?.get(SHOW_VALIDITY_PERIOD.toLowerCase());
  return value?.trim().toUpperCase() === 'Y';
}

export function mapCollectLines(
  draft: Draft,
  text: string,
  lines: readonly Line[],
  context: ResolvedContext,
): void {
  const status = draft.status;
  let index = 0;
  const first = lines[0];
  if (first === undefined) return;
  if (status !== null) {
    const label =
      COLLECT_STATUSES.values.find((entry) => entry.value === String(status))?.label ??
      statusMeaning(draft);
    draft.fields.push(lineField(lineSpec(COLLECT_LINES, 'status'), first, 0, label));
    index = 1;
  } else {
    draft.note('There is no status line: read as part of a RequestAndCollectSMIME response.');
  }

  if (status !== null && status < 0) {
    const second = lines[1];
    if (second !== undefined)
      draft.fields.push(lineField(lineSpec(COLLECT_LINES, 'errorMessage'), second, 1));
    addExtraLines(draft, 'RequestAndCollectSMIME', lines, 2);
    return;
  }

  while (lines[index]?.text === '') index++;
  const candidate = lines[index];
  const validity = candidate === undefined ? undefined : parseValidityLine(candidate.text);
  if (candidate !== undefined && validity !== undefined) {
    draft.fields.push(lineField(lineSpec(COLLECT_LINES, 'validityPeriod'), candidate, index));
    if (validity === 'invalid')
      draft.note(
        `The validity period "${candidate.text}" does not hold real dates in the order ${VALIDITY_LINE.layout}.`,
      );
    else draft.validity = validity;
    index++;
  } else if (status !== null && status > 0 && askedForValidity(context)) {
    draft.note(
      `The request asked for the validity period (${SHOW_VALIDITY_PERIOD}=Y), but line 2 is not one.`,
    );
  }
  if (status === 0 && lines.slice(index).some((line) => line.text !== ''))
    draft.note(
      'Status 0 (request accepted, being processed) carries no certificates; the lines after it are unexpected.',
    );

  while (lines[index]?.text === '') index++;
  const rest = lines[index];
  if (rest === undefined) return;
  const section = text.slice(rest.start).trim();
  const found = collectCertificates(draft, section, {
    where: `from line ${index + 1}`,
    bareBase64: true,
  });
  if (found) {
    draft.fields.push(
      lineField(
        lineSpec(COLLECT_LINES, 'certificates'),
        { text: section, start: rest.start },
        index,
      ),
    );
    if (status !== null && status !== 2)
      draft.note(
        `Certificates are documented with status 2 only; this response has status ${status}.`,
      );
  } else {
    addExtraLines(draft, 'RequestAndCollectSMIME', lines, index);
  }
}
