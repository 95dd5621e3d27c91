/**
 * The response under construction, shared by the format decoders, and its
 * conversion to the immutable `DecodedResponse`.
 */
import { PUSH_STATUSES } from '../spec/push';
import type { EndpointId } from '../spec/types';
import type {
  CallbackLink,
  DecodedError,
  DecodedField,
  DecodedResponse,
  PushStatusInfo,
  ResponseFormat,
  StatusInfo,
  ValidityPeriod,
} from './types';

export interface ResolvedContext {
  readonly endpoint?: EndpointId;
  /** Request parameters keyed by lower-case name. */
  readonly request?: ReadonlyMap<string, string>;
}

export class Draft {
  format: ResponseFormat = 'unknown';
  endpoint: EndpointId | undefined;
  status: number | null = null;
  readonly fields: DecodedField[] = [];
  error: DecodedError | undefined;
  readonly certificates: string[] = [];
  endpointGuessed = false;
  endpointCandidates: readonly EndpointId[] | undefined;
  statusInfo: StatusInfo | undefined;
  push: PushStatusInfo | undefined;
  callbackLinks: readonly CallbackLink[] | undefined;
  validity: ValidityPeriod | undefined;
  private readonly noteSet = new Set<string>();

  note(text: string): void {
    this.noteSet.add(text);
  }

  finish(): DecodedResponse {
    const status = this.status;
    return {
      format: this.format,
      ...(this.endpoint === undefined ? {} : { endpoint: this.endpoint }),
      status,
      ok: status !== null && status >= 0 && !pushFailed(this.push),
      fields: this.fields,
      ...(this.error === undefined ? {} : { error: this.error }),
      ...(this.certificates.length === 0 ? {} : { certificates: this.certificates }),
      notes: [...this.noteSet],
      endpointGuessed: this.endpointGuessed,
      ...(this.endpointCandidates === undefined
        ? {}
        : { endpointCandidates: this.endpointCandidates }),
      ...(this.statusInfo === undefined ? {} : { statusInfo: this.statusInfo }),
      ...(this.push === undefined ? {} : { push: this.push }),
      ...(this.callbackLinks === undefined ? {} : { callbackLinks: this.callbackLinks }),
      ...(this.validity === undefined ? {} : { validity: this.validity }),
    };
  }
}

/**
 * A push whose status says the order failed or was rejected ("failed",
 * "rejected": autoapplyorder-guide-v2.txt section 6, list of 'status') is
 * not a success, although its statusCode (3, 5, 7) is not negative.
 */
function pushFailed(push: PushStatusInfo | undefined): boolean {
  if (push === undefined) return false;
  const name = push.status?.trim().toLowerCase();
  const byCode = PUSH_STATUSES.find((entry) => entry.statusCode === push.statusCode)?.status;
  return FAILED_PUSH_STATUSES.has(name ?? byCode ?? '');
}

const FAILED_PUSH_STATUSES: ReadonlySet<string> = new Set(['failed', 'rejected']);
