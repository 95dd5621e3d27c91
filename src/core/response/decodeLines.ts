/**
 * Decodes newline-delimited responses: !AutoApplyOrder and !AutoReplaceSMIME
 * responseFormat=0 and RequestAndCollectSMIME responseEncoding=0.
 */
import { AUTO_REPLACE_LINES } from '../spec/responses';
import type { EndpointId } from '../spec/types';
import type { Draft, ResolvedContext } from './draft';
import { explainError, explainStatus } from './explainError';
import { findResponseField } from './findResponseField';
import { rolesOf } from './fieldRoles';
import { describeGuess, guessEndpoint } from './guessEndpoint';
import { MAX_LINE_FIELDS } from './limits';
import { addExtraLines, lineField, lineSpec, statusMeaning } from './lineFields';
import { mapAutoApplyLines } from './mapAutoApplyLines';
import { mapCollectLines } from './mapCollectLines';
import { parseLines } from './parseLines';
import type { Line } from './parseLines';
import { parseStatusCode } from './parseStatusCode';
import { RESPONSE_FORMATS } from './responseFormats';

export function decodeLines(draft: Draft, text: string, context: ResolvedContext): void {
  const { lines, truncated } = parseLines(text, MAX_LINE_FIELDS);
  const status = parseStatusCode(lines[0]?.text) ?? null;
  draft.status = status;
  draft.format = 'lines';

  let endpoint = context.endpoint;
  if (endpoint === undefined) {
    const second = lines[1]?.text;
    const result = guessEndpoint({
      format: 'lines',
      status,
      ...(status !== null && status < 0 && second !== undefined ? { message: second } : {}),
      lines: lines.map((line) => line.text),
    });
    endpoint = result.endpoint;
    draft.endpointGuessed = true;
    draft.endpointCandidates = result.candidates;
    draft.note(describeGuess(result));
  }
  draft.endpoint = endpoint;
  const formats: readonly string[] = RESPONSE_FORMATS[endpoint].formats;
  if (!formats.includes('lines'))
    draft.note(
      `${endpoint} does not document newline-delimited responses; decoded with its tables anyway.`,
    );

  // Explained first, so that the status line's field can carry the filled-in message.
  if (status !== null && status < 0) {
    const message = lines[1]?.text;
    draft.error = explainError(endpoint, status, message === undefined ? {} : { message });
  } else if (status !== null) {
    draft.statusInfo = explainStatus(endpoint, status);
  } else if (endpoint !== 'RequestAndCollectSMIME') {
    draft.note('The first line is not a status code.');
  }

  switch (endpoint) {
    case 'AutoApplyOrder':
      mapAutoApplyLines(draft, lines, context);
      break;
    case 'RequestAndCollectSMIME':
      mapCollectLines(draft, text, lines, context);
      break;
    case 'AutoReplaceSMIME':
      mapReplaceLines(draft, lines);
      break;
    default:
      mapOtherLines(draft, endpoint, lines);
  }
  // Certificates are read from the whole text; other lines beyond the cap are not shown.
  if (truncated && draft.certificates.length === 0)
    draft.note(`Only the first ${MAX_LINE_FIELDS} lines are shown as fields.`);
}

/** !AutoReplaceSMIME responseFormat=0: status, then the error message or the new order number. */
function mapReplaceLines(draft: Draft, lines: readonly Line[]): void {
  const [first, second] = lines;
  const status = draft.status;
  if (first === undefined) return;
  draft.fields.push(
    lineField(lineSpec(AUTO_REPLACE_LINES, 'status'), first, 0, statusMeaning(draft)),
  );
  if (status === null) {
    addExtraLines(draft, 'AutoReplaceSMIME', lines, 1);
    return;
  }
  if (second !== undefined && second.text !== '')
    draft.fields.push(
      lineField(
        lineSpec(AUTO_REPLACE_LINES, status < 0 ? 'errorMessage' : 'newOrderNumber'),
        second,
        1,
      ),
    );
  addExtraLines(draft, 'AutoReplaceSMIME', lines, 2);
}

/** An endpoint without a lines format: status and message under its field names. */
function mapOtherLines(draft: Draft, endpoint: EndpointId, lines: readonly Line[]): void {
  const roles = rolesOf(endpoint);
  const [first, second] = lines;
  if (first === undefined) return;
  const statusSpec = findResponseField(endpoint, roles.status);
  if (draft.status === null || statusSpec === undefined) {
    addExtraLines(draft, endpoint, lines, 0);
    return;
  }
  draft.fields.push(lineField(statusSpec, first, 0, statusMeaning(draft)));
  const messageSpec =
    roles.message === undefined ? undefined : findResponseField(endpoint, roles.message);
  if (draft.status < 0 && second !== undefined && messageSpec !== undefined) {
    draft.fields.push(lineField(messageSpec, second, 1));
    addExtraLines(draft, endpoint, lines, 2);
    return;
  }
  addExtraLines(draft, endpoint, lines, 1);
}
