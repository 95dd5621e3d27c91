/**
 * Types of the reseller API catalogue. Every table in this folder is written
 * `as const satisfies` one of these, and every entry names the document (and the
 * section or parameter) it was read from, so a reviewer can check it line by line
 * against `../shared/api-docs/`.
 */

/** The endpoints the app knows; `Push` is Sectigo calling the reseller, not a request. */
export type EndpointId =
  'PlaceOrder' | 'AutoApplyOrder' | 'AutoReplaceSMIME' | 'RequestAndCollectSMIME' | 'Push';

/** The endpoints a reseller sends requests to. */
export type RequestEndpointId = Exclude<EndpointId, 'Push'>;

/**
 * How much a finding matters, everywhere in the core: `error`, Sectigo would
 * refuse it (or it is wrong); `warning`, worth reading before going on; `info`,
 * a note. A check that can only refuse or warn uses `Exclude<Severity, 'info'>`.
 */
export type Severity = 'error' | 'warning' | 'info';

/** The five captures in `shared/api-docs/` plus its README's supplementary facts. */
export type SourceDoc =
  | 'placeorder-smime.txt'
  | 'autoapplyorder-ssl.txt'
  | 'autoapplyorder-guide-v2.txt'
  | 'autoreplacesmime.txt'
  | 'requestandcollectsmime.txt'
  | 'README.md';

export interface Source {
  readonly doc: SourceDoc;
  /** Section heading, table or parameter name in that document (where to look). */
  readonly section: string;
  /** For maintainers: how the entry was read (a truncated capture, a recovered name); never shown as help. */
  readonly note?: string;
}

export type Requirement = 'required' | 'optional' | 'conditional';

/** The documents' own type column. */
export type ParamType = 'string' | 'char' | 'integer';

/**
 * How a value is checked beyond type, length and allowed values. Each is one
 * small validator in `schema/`, chosen here so that no field is special-cased there.
 */
export type ParamFormat =
  | 'email'
  | 'url'
  | 'country' // ISO 3166 alpha-2
  | 'language' // ISO 639-1, from the documented list
  | 'date' // YYYY-MM-DD
  | 'csr' // Base64 PKCS#10, with or without PEM armour
  | 'productList' // comma-separated product codes
  | 'domainList' // comma or white-space separated
  | 'emailList' // comma or white-space separated, or DCV tokens
  | 'tokenList' // comma or white-space separated DCV tokens
  | 'yn'; // Y or N, any case

export interface AllowedValue {
  readonly value: string;
  readonly label: string;
}

/** Which orders a parameter is relevant to, as the documents scope them ("(OV/EV certificates only)"). */
export type Applicability =
  | 'all'
  | 'single-domain'
  | 'multi-domain'
  | 'ov-ev'
  | 'ev'
  | 'ucc'
  | 'smime-mailbox'
  | 'smime-organization'
  | 'trustlogo'
  | 'codeguard'
  | 'hackerguardian';

export interface ParamSpec {
  /** Documented spelling; names are matched case-insensitively. */
  readonly name: string;
  /** Other documented names for the same parameter (`country` for `countryName`). */
  readonly aliases?: readonly string[];
  /** Short human label for forms. */
  readonly label: string;
  /** The document's grouping (table or sub-heading). */
  readonly group: string;
  readonly requirement: Requirement;
  /** For `conditional` (and required-only-for-some-orders) parameters: the rule in plain words. */
  readonly condition?: string;
  readonly type: ParamType;
  readonly maxLength?: number;
  readonly values?: readonly AllowedValue[];
  readonly format?: ParamFormat;
  readonly default?: string;
  /** The documented description, shortened but not reworded in meaning. */
  readonly description: string;
  readonly appliesTo?: readonly Applicability[];
  /** `!PlaceOrder` item parameter: sent as `1_name`, `2_name` ... or `_1_name`. */
  readonly item?: boolean;
  /** A credential: masked in outputs, never put in a GET URL silently. */
  readonly secret?: boolean;
  /** Documented but deprecated (e.g. `years`). */
  readonly deprecated?: boolean;
  readonly source: Source;
}

export interface ErrorSpec {
  readonly code: number;
  /** The message as the endpoint returns it; `'xxxx'` marks where the item goes. */
  readonly message: string;
  readonly description?: string;
  readonly source: Source;
}

/**
 * A row of an error table whose number the capture lost and no other document
 * gives (see `shared/api-docs/README.md`). Kept for the Reference view; never
 * used to build or predict a code.
 */
export interface UnnumberedErrorSpec {
  readonly description: string;
  readonly source: Source;
}

export interface EndpointSpec {
  readonly id: RequestEndpointId;
  /** As written in the documents, with its `!` where it has one. */
  readonly title: string;
  readonly url: string;
  readonly methods: readonly ('GET' | 'POST')[];
  readonly params: readonly ParamSpec[];
  readonly source: Source;
}

export type ProductFamily = 'ssl' | 'smime' | 'trustlogo' | 'codeguard' | 'hackerguardian';
export type ValidationLevel = 'DV' | 'OV' | 'EV' | 'mailbox' | 'organization';

export interface ProductSpec {
  readonly code: number;
  readonly name: string;
  readonly family: ProductFamily;
  /** Brand line in the guide's list (PositiveSSL, InstantSSL ...). */
  readonly brand?: string;
  readonly validation?: ValidationLevel;
  readonly wildcard?: boolean;
  readonly multiDomain?: boolean;
  /** Unified Communications Certificate: multi-domain with maxSubjectCNs fixed at 1. */
  readonly ucc?: boolean;
  readonly trial?: boolean;
  /** The endpoint that orders it, and how the code is passed (`product` or `x_PPP`). */
  readonly endpoint: 'PlaceOrder' | 'AutoApplyOrder';
  readonly orderedAs: 'product' | 'x_PPP';
  /** Validity choices in days, where the product's code does not fix it. */
  readonly days?: readonly number[];
  /** Validity fixed by the code (S/MIME 1-year and 2-year codes). */
  readonly years?: number;
  /** A quantity parameter the product needs (`Domains`, `IP Addresses`) and its allowed values. */
  readonly quantity?: { readonly param: string; readonly values: readonly number[] };
  /** HackerGuardian products are ordered in documented pairs. */
  readonly pairedWith?: number;
  readonly source: Source;
}

export interface PushStatusSpec {
  readonly statusCode: number | null;
  readonly status: string;
  readonly statusDesc: string;
  readonly source: Source;
}

/** A documented list of allowed values, with where it is listed. */
export interface ValueList {
  readonly values: readonly AllowedValue[];
  readonly source: Source;
}

/** A field that can appear in a response (or a push call), with its documented meaning. */
export interface ResponseFieldSpec {
  readonly name: string;
  readonly meaning: string;
  /** For newline-delimited responses: the line it sits on, as documented ("5", "5 or 6"). */
  readonly line?: string;
  readonly source: Source;
}
