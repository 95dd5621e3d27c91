/**
 * The curl command of a form post, in the shape of the documents' samples:
 *
 *   curl --location 'https://secure.trust-provider.com/products/!PlaceOrder' \
 *   --header 'Content-Type: application/x-www-form-urlencoded' \
 *   --data-urlencode 'loginName=login_name' \
 *   ...
 *
 * Safe for any POSIX shell: every argument is single-quoted, and a single
 * quote inside is written `'\''` (close, escaped quote, reopen). Nothing is
 * special inside single quotes, not `$`, backticks, `\`, `!` or newlines.
 *
 * curl's `--data-urlencode 'name=content'` splits at the first `=` and
 * URL-encodes only the content; the name is sent exactly as written. So a
 * name with any character outside the unreserved set (the guide's
 * `IP Addresses`, or an `=` in an undocumented item name) is percent-encoded
 * here (`IP%20Addresses=5`, as the guide writes it). A value with a NUL cannot
 * be a command-line argument at all, so that one pair is sent fully
 * percent-encoded with `--data` (which curl sends as written).
 */
import { shellQuote } from '../encoding/shellQuote';
import { isUnreserved, percentEncode } from './percentEncode';

/**
 * Where the curl command takes a secret (loginPassword) from. Typed into the
 * command, it lands in the shell's history; read from a file or an
 * environment variable, the command can be kept and shared.
 */
export type SecretSource =
  | { readonly kind: 'inline' }
  /** curl reads the file itself (`name@file`): the value is never an argument. The file must not end in a newline. */
  | { readonly kind: 'file'; readonly path: string }
  /** The shell expands the variable; `${VAR:?}` stops with a message when it is unset or empty. */
  | { readonly kind: 'env'; readonly variable: string };

export const DEFAULT_SECRET_FILE = 'sectigo-password.txt';
export const DEFAULT_SECRET_VARIABLE = 'SECTIGO_PASSWORD';

/** A POSIX shell variable name. */
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The `--data…` argument (unquoted) curl is given for one field. */
export function curlDataArgument(
  name: string,
  value: string,
): ['--data' | '--data-urlencode', string] {
  if (value.includes('\u0000')) return ['--data', `${percentEncode(name)}=${percentEncode(value)}`];
  return ['--data-urlencode', `${isUnreserved(name) ? name : percentEncode(name)}=${value}`];
}

/** The argument that makes curl send `name` with the secret from `source` instead of its value. */
function secretArgument(name: string, source: Exclude<SecretSource, { kind: 'inline' }>): string {
  const sent = isUnreserved(name) ? name : percentEncode(name);
  if (source.kind === 'file') return `--data-urlencode ${shellQuote(`${sent}@${source.path}`)}`;
  const variable = VARIABLE.test(source.variable) ? source.variable : DEFAULT_SECRET_VARIABLE;
  // Inside double quotes only $, `, \\ and " are special; the name is unreserved or percent-encoded.
  return `--data-urlencode "${sent}=\${${variable}:?set ${variable} first}"`;
}

export interface CurlOptions {
  /** Names of the fields that hold secrets. */
  readonly secretFields?: ReadonlySet<string>;
  /** Where those secrets come from; typed into the command when not given. */
  readonly secretSource?: SecretSource;
}

export function toCurl(
  action: string,
  fields: readonly (readonly [string, string])[],
  options: CurlOptions = {},
): string {
  const lines = [
    `curl --location ${shellQuote(action)}`,
    `--header ${shellQuote('Content-Type: application/x-www-form-urlencoded')}`,
  ];
  const source = options.secretSource ?? { kind: 'inline' };
  for (const [name, value] of fields) {
    if (source.kind !== 'inline' && options.secretFields?.has(name) === true) {
      lines.push(secretArgument(name, source));
      continue;
    }
    const [option, argument] = curlDataArgument(name, value);
    lines.push(`${option} ${shellQuote(argument)}`);
  }
  return lines.join(' \\\n');
}

/**
 * The shell lines that put the secret where the command reads it, asking for
 * it without echo, so it is never typed into a command line (or history).
 * POSIX sh; the file is written without a trailing newline, readable only by
 * its owner.
 */
export function secretSetup(source: SecretSource): string {
  const ask = (variable: string) =>
    `printf 'Sectigo account password: ' >&2; stty -echo; IFS= read -r ${variable}; stty echo; echo >&2`;
  if (source.kind === 'file') {
    const variable = DEFAULT_SECRET_VARIABLE;
    return `(umask 077; ${ask(variable)}; printf '%s' "$${variable}" > ${shellQuote(source.path)})`;
  }
  if (source.kind === 'env') {
    const variable = VARIABLE.test(source.variable) ? source.variable : DEFAULT_SECRET_VARIABLE;
    return `${ask(variable)}; export ${variable}`;
  }
  return '';
}
