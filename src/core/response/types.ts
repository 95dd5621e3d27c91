/**
 * The result of decoding a Sectigo response. `DecodedResponse` is part of the
 * public core API (README, "Public core API"): format, endpoint, status, ok,
 * fields, error and certificates are its core; the other members add detail.
 */
import type { EndpointId, RequestEndpointId, Source } from '../spec/types';

export type ResponseFormat = 'urlencoded' | 'lines' | 'json' | 'javascript' | 'push' | 'unknown';

export interface DecodeContext {
  /** The endpoint that answered; without it the decoder guesses (and says so in `notes`). */
  readonly endpoint?: EndpointId;
  /** The request that was sent (names are matched case-insensitively). */
  readonly request?: Readonly<Record<string, string>>;
}

export interface DecodedField {
  /** The documented spelling when the name is documented, else the name as received. */
  readonly name: string;
  readonly value: string;
  /** The documented meaning of the field on the decoded endpoint. */
  readonly meaning?: string;
  /** The documented meaning of this particular value (a status, a delivery time ...). */
  readonly valueMeaning?: string;
  /** For newline-delimited responses: the 1-based line the value was read from. */
  readonly line?: number;
  /** False when the endpoint's tables do not list this field. */
  readonly documented: boolean;
}

export interface DecodedError {
  readonly code: number;
  /** The documented message with its 'xxxx' item filled in, or the raw message when undocumented. */
  readonly message: string;
  readonly description?: string;
  /** The request parameter the error is about (errorItem, or read out of errorMessage). */
  readonly item?: string;
  /** False when the endpoint's error table does not list the code. */
  readonly documented: boolean;
  /** What to do next, in plain words. */
  readonly nextStep: string;
  /** The message exactly as the response carried it. */
  readonly rawMessage?: string;
  /** Whether the returned message is the documented one (false hints at a wrong endpoint). */
  readonly messageMatches?: boolean;
  /** Other endpoints whose tables document this code (with their own meaning). */
  readonly otherEndpoints?: readonly RequestEndpointId[];
  readonly source?: Source;
}

/** A documented non-error status (0, 1, 2 ...). */
export interface StatusInfo {
  readonly code: number;
  readonly message: string;
  readonly description?: string;
  readonly nextStep?: string;
  readonly source: Source;
}

/** A push notification's status, explained from PUSH_STATUSES. */
export interface PushStatusInfo {
  readonly statusCode: number | null;
  readonly status?: string;
  readonly statusDesc?: string;
  /** Whether the statusCode / status pair is in the documented list. */
  readonly documented: boolean;
  /** The documented statusDesc of the matched entry. */
  readonly documentedDesc?: string;
  /** The text after "PRE-SIGN FAILED:" / "Rejected:" when the desc carries a reason. */
  readonly reason?: string;
  readonly advice?: string;
  readonly source?: Source;
}

export interface CallbackLink {
  readonly kind: 'ov' | 'ev';
  readonly label: string;
  /** Built from the documented template with URL-encoded values; for display and copying. */
  readonly url: string;
}

export interface ValidityPeriod {
  /** ISO 8601, UTC. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** The line as received. */
  readonly text: string;
}

export interface ValidityDateCheck {
  /** YYYY-MM-DD from the line (undefined when the line is unreadable). */
  readonly line?: string;
  /** YYYY-MM-DD of the certificate's time, in UTC. */
  readonly certificate: string;
  /** The certificate's time of day, HH:MM:SS UTC. */
  readonly certificateTime: string;
  readonly matches: boolean;
}

export interface ValidityLineCheck {
  /** The line has the documented `DD/MM/YYYY DD/MM/YYYY` layout with real dates. */
  readonly readable: boolean;
  /** Both dates match the certificate's. */
  readonly matches: boolean;
  readonly notBefore: ValidityDateCheck;
  readonly notAfter: ValidityDateCheck;
  /** The certificate runs from 00:00:00 to 23:59:59 GMT, as Sectigo documents. */
  readonly documentedTimes: boolean;
  readonly message: string;
  readonly source: Source;
}

export interface DecodedResponse {
  readonly format: ResponseFormat;
  readonly endpoint?: EndpointId;
  readonly status: number | null;
  readonly ok: boolean;
  readonly fields: readonly DecodedField[];
  readonly error?: DecodedError;
  /** Normalised PEM blocks (certificates and PKCS#7) found in the response, in the order given. */
  readonly certificates?: readonly string[];
  /** Everything worth telling about how the text was read: guesses, oddities, truncation. */
  readonly notes: readonly string[];
  /** True when no context endpoint was given and the endpoint was inferred. */
  readonly endpointGuessed: boolean;
  /** When guessed and more than one endpoint fits equally: all of them, the chosen first. */
  readonly endpointCandidates?: readonly EndpointId[];
  readonly statusInfo?: StatusInfo;
  readonly push?: PushStatusInfo;
  readonly callbackLinks?: readonly CallbackLink[];
  readonly validity?: ValidityPeriod;
}

export interface BatchEntry {
  readonly text: string;
  readonly response: DecodedResponse;
}

export interface BatchResult {
  readonly entries: readonly BatchEntry[];
  /** True when the text held more responses than MAX_BATCH_ENTRIES. */
  readonly truncated: boolean;
}
