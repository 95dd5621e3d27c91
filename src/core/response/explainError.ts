/**
 * Explains a status code from the right endpoint's table: the same number
 * means different things on different endpoints (spec/errors.ts).
 */
import { ERRORS, STATUSES } from '../spec/errors';
import type { EndpointId, ErrorSpec, RequestEndpointId } from '../spec/types';
import { ITEM_PLACEHOLDER, matchErrorMessage, quotedItem } from './matchErrorMessage';
import { NEXT_STEPS, UNDOCUMENTED_STEP, UNRECOGNISED_DOCUMENTED, nextStepFor } from './nextSteps';
import { requestParamNamed } from './requestParamNamed';
import type { DecodedError, StatusInfo } from './types';

const REQUEST_ENDPOINTS = Object.keys(NEXT_STEPS) as RequestEndpointId[];

const ERROR_INDEX = new Map<EndpointId, ReadonlyMap<number, ErrorSpec>>();
const STATUS_INDEX = new Map<EndpointId, ReadonlyMap<number, ErrorSpec>>();
for (const endpoint of REQUEST_ENDPOINTS) {
  const errors: readonly ErrorSpec[] = ERRORS[endpoint];
  const statuses: readonly ErrorSpec[] = STATUSES[endpoint];
  ERROR_INDEX.set(endpoint, new Map(errors.map((spec) => [spec.code, spec])));
  STATUS_INDEX.set(endpoint, new Map(statuses.map((spec) => [spec.code, spec])));
}

function isRequestEndpoint(endpoint: EndpointId): endpoint is RequestEndpointId {
  return endpoint !== 'Push';
}

/** The documented error of `endpoint` with this code. */
export function findError(endpoint: EndpointId, code: number): ErrorSpec | undefined {
  return ERROR_INDEX.get(endpoint)?.get(code);
}

/** The documented non-error status of `endpoint` with this code. */
export function findStatus(endpoint: EndpointId, code: number): ErrorSpec | undefined {
  return STATUS_INDEX.get(endpoint)?.get(code);
}

/** Whether the endpoint documents this code, as an error or as a status. */
export function documentsCode(endpoint: EndpointId, code: number): boolean {
  return findError(endpoint, code) !== undefined || findStatus(endpoint, code) !== undefined;
}

export interface ErrorDetails {
  /** errorMessage (or line 2) as returned. */
  readonly message?: string;
  /** errorItem as returned. */
  readonly item?: string;
}

/**
 * The explanation of a negative code: the documented message with the item
 * filled in, the description and the next step; or, when the endpoint does
 * not document the code, the raw message with `documented: false`.
 */
export function explainError(
  endpoint: EndpointId,
  code: number,
  details: ErrorDetails = {},
): DecodedError {
  const rawMessage = nonEmpty(details.message);
  const spec = findError(endpoint, code);
  // The other endpoints' meanings, shown when this one's does not fit.
  const others = () => {
    const otherEndpoints = REQUEST_ENDPOINTS.filter(
      (other) => other !== endpoint && findError(other, code) !== undefined,
    );
    return otherEndpoints.length > 0 ? { otherEndpoints } : {};
  };

  if (spec === undefined || !isRequestEndpoint(endpoint)) {
    const item =
      nonEmpty(details.item) ?? (rawMessage === undefined ? undefined : quotedItem(rawMessage));
    return {
      code,
      message: rawMessage ?? `Error ${code} (no message was returned)`,
      documented: false,
      nextStep: UNDOCUMENTED_STEP,
      ...(item === undefined ? {} : { item }),
      ...(rawMessage === undefined ? {} : { rawMessage }),
      ...others(),
    };
  }

  const match = rawMessage === undefined ? undefined : matchErrorMessage(spec.message, rawMessage);
  const hasPlaceholder = spec.message.includes(ITEM_PLACEHOLDER);
  const item =
    nonEmpty(details.item) ??
    match?.item ??
    (hasPlaceholder && rawMessage !== undefined ? quotedItem(rawMessage) : undefined);
  return {
    code,
    message: fillItem(spec.message, item),
    ...(spec.description === undefined ? {} : { description: spec.description }),
    ...(item === undefined ? {} : { item }),
    documented: true,
    nextStep:
      code === -2 && item !== undefined && requestParamNamed(endpoint, item)
        ? UNRECOGNISED_DOCUMENTED.replace('{item}', () => `'${item}'`)
        : (nextStepFor(endpoint, code, item) ?? UNDOCUMENTED_STEP),
    ...(rawMessage === undefined ? {} : { rawMessage }),
    ...(match === undefined ? {} : { messageMatches: match.matches }),
    ...(match?.matches === false ? others() : {}),
    source: spec.source,
  };
}

/** The documented meaning of a non-negative status, if the endpoint has one. */
export function explainStatus(endpoint: EndpointId, code: number): StatusInfo | undefined {
  const spec = findStatus(endpoint, code);
  if (spec === undefined || !isRequestEndpoint(endpoint)) return undefined;
  const nextStep = nextStepFor(endpoint, code);
  return {
    code,
    message: spec.message,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    ...(nextStep === undefined ? {} : { nextStep }),
    source: spec.source,
  };
}

/** The template with its 'xxxx' replaced by the item (sliced, so `$&` in an item stays literal). */
function fillItem(template: string, item: string | undefined): string {
  const at = template.indexOf(ITEM_PLACEHOLDER);
  if (at < 0 || item === undefined) return template;
  return template.slice(0, at) + item + template.slice(at + ITEM_PLACEHOLDER.length);
}

function nonEmpty(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return text.trim() === '' ? undefined : text;
}
