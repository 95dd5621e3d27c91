/**
 * Types of the request builder (issue 5; contract in shared/DESIGN.md:
 * `buildRequest`). The listed fields of the contract keep their names; the
 * others are additions.
 */
import type { ParamSpec, RequestEndpointId, Severity } from '../spec/types';
import type { SecretSource } from './toCurl';

/** The endpoints `buildRequest` builds requests for (`Push` is Sectigo calling you). */
export type OrderEndpointId = RequestEndpointId;

/** One problem with the request, as the user should read it. */
export interface OrderIssue {
  /** The parameter, as it is (or would be) sent: `csr`, `1_csr`, `_2_PPP` ... */
  readonly field: string;
  readonly severity: Exclude<Severity, 'info'>;
  /** Plain words: what is wrong and why. Never contains a secret's value. */
  readonly message: string;
  /** The Sectigo error code the request would cause; only codes the endpoint's ERRORS table lists. */
  readonly code?: number;
  /** For cross-field rules: the rule's id in spec/rules.ts. */
  readonly rule?: string;
}

export interface BuildRequestOptions {
  /**
   * Put `loginPassword` into the `!PlaceOrder` GET ordering URL. Off by default:
   * a URL is kept in browser history, server logs and bookmarks, so the URL is
   * withheld unless the user explicitly chose this (a warning stays either way).
   */
  readonly allowPasswordInUrl?: boolean;
  /**
   * Replace every secret value (`loginPassword`) with SECRET_MASK in every
   * output (params, url, form, html, curl), for display. Validation always runs
   * on the real values, so `ok` and `issues` are the same either way.
   */
  readonly mask?: boolean;
  /**
   * Where the curl command reads secrets (`loginPassword`) from: typed into
   * the command (the default, as in the documents' samples), a file
   * (`--data-urlencode 'loginPassword@FILE'`) or an environment variable.
   */
  readonly curlSecrets?: SecretSource;
}

/** An HTML form post: where, how, and the fields in order. */
export interface FormPost {
  readonly action: string;
  readonly method: 'GET' | 'POST';
  readonly fields: [string, string][];
}

export interface BuiltRequest {
  /** False when any issue has severity 'error'. */
  readonly ok: boolean;
  readonly issues: OrderIssue[];
  /** In documented order: the table's parameters, then the items (1_, 2_ ...). */
  readonly params: [string, string][];
  /** `!PlaceOrder` only: the GET ordering URL (withheld when it would carry a password without opt-in). */
  readonly url?: string;
  readonly form: FormPost;
  /** A standalone `<form>` snippet; every name and value escaped. */
  readonly html: string;
  /** A POSIX-shell-safe curl command, as in the documents' samples. */
  readonly curl: string;
  /** Names of the emitted fields that hold secrets (masked when `mask` is set). */
  readonly secretFields: string[];
  /** True when the outputs were built with secrets masked. */
  readonly masked: boolean;
}

/** A request parameter after its name has been matched against the endpoint's table. */
export interface OrderParam {
  /** The name as it will be sent: documented spelling, or the user's for undocumented item parameters. */
  readonly name: string;
  readonly value: string;
  /** The name exactly as the user gave it. */
  readonly input: string;
  /** The table row; absent for undocumented `N_name` item parameters. */
  readonly spec?: ParamSpec;
  /** For `!PlaceOrder` item parameters: the item number and the prefix the user chose. */
  readonly item?: { readonly number: number; readonly prefix: '' | '_' };
}
