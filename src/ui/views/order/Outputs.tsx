import {
  formUrlEncode,
  secretSetup,
  showMaskInUrl,
  type BuiltRequest,
  type SecretSource,
} from '../../../core/order';
import { CodeBlock } from '../../components/CodeBlock';
import { CopyButton } from '../../components/CopyButton';
import { NameValueTable } from '../../components/NameValueTable';

interface OutputsProps {
  /** What is shown: masked until the user reveals secrets. */
  readonly shown: BuiltRequest;
  /** What the copy buttons copy: the real values. */
  readonly real: BuiltRequest;
  /** The endpoint takes GET, so an ordering URL is one of its outputs. */
  readonly hasUrl: boolean;
  /** Where the curl command reads the password from. */
  readonly curlSecrets: SecretSource;
}

/**
 * A pasted megabyte stays copyable but is not laid out in full four times
 * over: each block shows this much and says what it left out.
 */
const MAX_SHOWN = 64 * 1024;
const MAX_CELL = 2000;

function clip(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return text;
  const rest = text.length - max;
  return `${text.slice(0, max)}… (${rest.toLocaleString('en')} more characters not shown; Copy copies everything)`;
}

/** The urlencoded body a browser posts for these fields. */
export function formBody(fields: readonly (readonly [string, string])[]): string {
  return fields.map(([name, value]) => `${formUrlEncode(name)}=${formUrlEncode(value)}`).join('&');
}

const asTsv = (fields: readonly (readonly [string, string])[]) =>
  fields.map(([name, value]) => `${name}\t${value}`).join('\n');

/** The request as an ordering URL, an HTML form, curl, a raw body and a table, each copyable. */
export function Outputs({ shown, real, hasUrl, curlSecrets }: OutputsProps) {
  const body = formBody(shown.params);
  const shownBody = shown.masked ? showMaskInUrl(body) : body;
  const secrets = real.secretFields;
  const setup = secrets.length === 0 ? '' : secretSetup(curlSecrets);
  return (
    <div class="two-columns order-outputs">
      {hasUrl ? (
        shown.url === undefined || real.url === undefined ? (
          <div class="code-block order-withheld" role="group" aria-label="Ordering URL (GET)">
            <p class="notice warning">
              <strong>Ordering URL withheld.</strong> It would carry{' '}
              {shown.secretFields.map((name, index) => (
                <span key={name}>
                  {index > 0 ? ', ' : ''}
                  <code>{name}</code>
                </span>
              ))}{' '}
              in clear text. Use the form post or curl, or choose to include it below.
            </p>
          </div>
        ) : (
          <CodeBlock
            label="Ordering URL (GET)"
            text={clip(shown.url)}
            copyText={real.url}
            id="order-output-url"
          />
        )
      ) : null}
      <div class="order-output">
        {secrets.length === 0 ? null : (
          <p class="notice warning order-output-warning" id="order-html-warning">
            <strong>Never publish this form.</strong> It carries your account password in the page:
            anyone who opens the page, or its source, can read it. Use it on your own computer only.
            For your website, use <em>The order form your customers fill in</em> below, which
            carries no password.
          </p>
        )}
        <CodeBlock
          label="HTML form snippet"
          text={clip(shown.html)}
          copyText={real.html}
          id="order-output-html"
        />
      </div>
      <div class="order-output">
        {secrets.length === 0 ? null : curlSecrets.kind === 'inline' ? (
          <p class="notice warning order-output-warning">
            <strong>This command carries your password.</strong> Run, it lands in your shell history
            (and in the process list while it runs). Read it from a file or an environment variable
            instead (choose above).
          </p>
        ) : (
          <div class="notice order-output-warning">
            <p>
              The command reads the password from{' '}
              {curlSecrets.kind === 'file' ? (
                <>
                  the file <code>{curlSecrets.path}</code> (exactly the password, no newline at the
                  end)
                </>
              ) : (
                <>
                  the environment variable <code>{curlSecrets.variable}</code>
                </>
              )}
              , so it is never typed into a command line. Set it up first; this asks for the
              password without showing it:
            </p>
            <CodeBlock label="Set up the password (POSIX shell)" text={setup} />
          </div>
        )}
        <CodeBlock label="curl command" text={clip(shown.curl)} copyText={real.curl} />
      </div>
      <CodeBlock
        label="Request body (urlencoded)"
        text={clip(shownBody)}
        copyText={formBody(real.params)}
      />
      <figure class="code-block order-params" aria-label="Parameters">
        <figcaption>
          <span>Parameters ({shown.params.length})</span>
          <CopyButton text={asTsv(real.params)} label="Parameters" />
        </figcaption>
        <div class="order-table-scroll" tabIndex={0}>
          <NameValueTable
            columns={['Name', 'Value']}
            rows={shown.params.map(([name, value]) => ({
              name: <code>{name}</code>,
              value: clip(value, MAX_CELL),
              valueClass: 'order-value',
            }))}
          />
        </div>
      </figure>
    </div>
  );
}
