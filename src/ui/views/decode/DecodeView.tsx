/**
 * The Decode view: paste or drop any Sectigo response, see
 * its format and endpoint (and override them), its fields with their
 * documented meanings, the error explained, and the certificates decoded;
 * or decode many responses at once (batch) and export them. A share link
 * carries the text in the URL fragment only, without passwords or private keys.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { bytesToBase64, wrapAsPem } from '../../../core/encoding';
import { decodeBatch, decodeResponse, labelForBase64Der, splitBatch } from '../../../core/response';
import { CodeBlock } from '../../components/CodeBlock';
import { Field, fieldAria } from '../../components/Field';
import { TextDrop } from '../../components/TextDrop';
import { formatHash } from '../../route';
import { getSession } from '../../session';
import type { ViewProps } from '..';
import { BatchTable } from './BatchTable';
import { CertificatePanel } from './CertificatePanel';
import {
  ENDPOINT_CHOICES,
  ENDPOINT_LABELS,
  FORMAT_CHOICES,
  FORMAT_LABELS,
  isEndpointChoice,
  isFormatChoice,
  readAs,
  type EndpointChoice,
  type FormatChoice,
} from './readAs';
import { redactForShare, type Redacted } from './redactForShare';
import { ResponseDetails, describeReading } from './ResponseDetails';
import './decode.css';

/** Longer links are refused: browsers and chat tools cut them. */
export const MAX_SHARE_LINK = 64 * 1024;

type Mode = 'single' | 'batch';

/** The request parameters that change how a response is read (autoApplyOptionalLines.ts, validityLine.ts). */
const REQUEST_FIELDS = [
  {
    name: 'showCertificateID',
    label: 'showCertificateID',
    help: '!AutoApplyOrder: adds the certificate ID line.',
    kind: 'yn',
  },
  {
    name: 'showCertificateState',
    label: 'showCertificateState',
    help: '!AutoApplyOrder: adds the certificate state line.',
    kind: 'yn',
  },
  {
    name: 'uniqueValue',
    label: 'uniqueValue',
    help: '!AutoApplyOrder: the value sent, if any.',
    kind: 'text',
  },
  {
    name: 'showValidityPeriod',
    label: 'showValidityPeriod',
    help: 'RequestAndCollectSMIME: adds the validity line.',
    kind: 'yn',
  },
] as const;

type RequestName = (typeof REQUEST_FIELDS)[number]['name'];

/** Base64 text for a dropped binary file (DER certificate or PKCS#7), wrapped as PEM when it is one. */
function textOfBytes(bytes: Uint8Array): string {
  const base64 = bytesToBase64(bytes);
  const label = labelForBase64Der(base64);
  return label ? wrapAsPem(base64, label) : base64;
}

function shareLink(
  text: string,
  mode: Mode,
  format: FormatChoice,
  endpoint: EndpointChoice,
): string {
  const base = window.location.href.replace(/[?#].*$/s, '');
  return `${base}${formatHash('decode', { text, mode: mode === 'batch' ? 'batch' : '', format, endpoint })}`;
}

export function DecodeView({ route }: ViewProps) {
  const [text, setText] = useState(() => route.params.get('text') ?? getSession().decodeText ?? '');
  const [mode, setMode] = useState<Mode>(route.params.get('mode') === 'batch' ? 'batch' : 'single');
  const initialFormat = route.params.get('format');
  const initialEndpoint = route.params.get('endpoint');
  const [format, setFormat] = useState<FormatChoice>(
    isFormatChoice(initialFormat) ? initialFormat : '',
  );
  const [endpoint, setEndpoint] = useState<EndpointChoice>(
    isEndpointChoice(initialEndpoint) ? initialEndpoint : '',
  );
  const [request, setRequest] = useState<Partial<Record<RequestName, string>>>({});
  const [share, setShare] = useState<(Redacted & { link: string }) | null>(null);

  // Opening another share link while the view is open: it sets everything it carries.
  const routeKey = route.params.toString();
  useEffect(() => {
    const linked = route.params.get('text');
    if (linked === null) return;
    setText(linked);
    setMode(route.params.get('mode') === 'batch' ? 'batch' : 'single');
    const linkedFormat = route.params.get('format') ?? '';
    const linkedEndpoint = route.params.get('endpoint') ?? '';
    setFormat(isFormatChoice(linkedFormat) ? linkedFormat : '');
    setEndpoint(isEndpointChoice(linkedEndpoint) ? linkedEndpoint : '');
    // Keyed by the parameters' text: the route object is new on every hash change.
  }, [routeKey]);
  useEffect(() => {
    setShare(null);
  }, [text, mode, format, endpoint]);

  const requestValues = useMemo(() => {
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(request)) if (value) values[name] = value;
    return values;
  }, [request]);
  const reading = useMemo(
    () => readAs(text, format, endpoint, requestValues),
    [text, format, endpoint, requestValues],
  );
  const empty = text.trim() === '';
  const single = useMemo(
    () => (empty || mode !== 'single' ? null : decodeResponse(reading.text, reading.context)),
    [empty, mode, reading],
  );
  const batch = useMemo(
    () => (empty || mode !== 'batch' ? null : decodeBatch(text, reading.context)),
    [empty, mode, text, reading.context],
  );
  // What auto-detection alone finds, for the select's first option (decoded again only when overridden).
  const overridden = format !== '' || endpoint !== '';
  const detected =
    useMemo(
      () =>
        empty || mode !== 'single' || !overridden
          ? null
          : decodeResponse(text, readAs(text, '', '', requestValues).context),
      [empty, mode, overridden, text, requestValues],
    ) ?? (overridden ? null : single);

  const looksLikeMany = useMemo(() => mode === 'single' && looksLikeSeveral(text), [mode, text]);

  const makeShareLink = () => {
    const redacted = redactForShare(text);
    setShare({ ...redacted, link: shareLink(redacted.text, mode, format, endpoint) });
  };

  return (
    <section aria-labelledby="decode-title" class="view decode-view">
      <h1 id="decode-title">Decode a response</h1>
      <p class="lead">
        Paste what Sectigo sent: a redirect URL or query string, a newline-delimited or JSON answer,
        JavaScript variables, a push notification or PEM certificates. Everything is decoded in this
        page; nothing is sent anywhere.
      </p>

      <Field
        id="decode-text"
        label="Response text"
        help="Paste it, or drop a file here. For batch mode, one response per line, or responses separated by blank lines."
        wide
      >
        <TextDrop
          id="decode-text"
          value={text}
          onChange={setText}
          onBytes={(bytes) => {
            setText(textOfBytes(bytes));
          }}
          rows={8}
          placeholder="errorCode=-3&errorItem=loginName"
          describedBy="decode-text-help"
        />
      </Field>

      <fieldset class="decode-options">
        <legend>How to read it</legend>
        <div class="decode-radios" role="radiogroup" aria-label="Mode">
          <label>
            <input
              type="radio"
              name="decode-mode"
              checked={mode === 'single'}
              onChange={() => {
                setMode('single');
              }}
            />{' '}
            One response
          </label>
          <label>
            <input
              type="radio"
              name="decode-mode"
              checked={mode === 'batch'}
              onChange={() => {
                setMode('batch');
              }}
            />{' '}
            Many responses (batch)
          </label>
        </div>
        <div class="decode-selects">
          <Field id="decode-format" label="Format">
            <select
              {...fieldAria('decode-format', {})}
              value={format}
              disabled={mode === 'batch'}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isFormatChoice(value)) setFormat(value);
              }}
            >
              <option value="">
                Detect{detected ? ` (found: ${FORMAT_LABELS[detected.format]})` : ''}
              </option>
              {FORMAT_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {FORMAT_LABELS[choice]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="decode-endpoint" label="Endpoint">
            <select
              {...fieldAria('decode-endpoint', {})}
              value={format === 'push' ? 'Push' : endpoint}
              disabled={format === 'push'}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isEndpointChoice(value)) setEndpoint(value);
              }}
            >
              <option value="">
                Detect
                {detected?.endpoint ? ` (guessed: ${ENDPOINT_LABELS[detected.endpoint]})` : ''}
              </option>
              {ENDPOINT_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {ENDPOINT_LABELS[choice]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <details class="decode-request">
          <summary>The request that was sent (optional)</summary>
          <p class="help">
            Some responses have lines that are there only when the request asked for them. Say what
            was sent, and they are read for certain instead of guessed.
          </p>
          <div class="form-grid">
            {REQUEST_FIELDS.map((field) => (
              <Field
                key={field.name}
                id={`decode-request-${field.name}`}
                label={field.label}
                help={field.help}
              >
                {field.kind === 'yn' ? (
                  <select
                    {...fieldAria(`decode-request-${field.name}`, { help: true })}
                    value={request[field.name] ?? ''}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setRequest((previous) => ({ ...previous, [field.name]: value }));
                    }}
                  >
                    <option value="">Not known</option>
                    <option value="Y">Y</option>
                    <option value="N">N</option>
                  </select>
                ) : (
                  <input
                    {...fieldAria(`decode-request-${field.name}`, { help: true })}
                    type="text"
                    autoComplete="off"
                    spellcheck={false}
                    value={request[field.name] ?? ''}
                    onInput={(event) => {
                      const value = event.currentTarget.value;
                      setRequest((previous) => ({ ...previous, [field.name]: value }));
                    }}
                  />
                )}
              </Field>
            ))}
          </div>
        </details>
      </fieldset>

      {looksLikeMany ? (
        <p class="notice warning decode-batch-hint">
          This looks like several responses.{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setMode('batch');
            }}
          >
            Decode them as a batch
          </button>
        </p>
      ) : null}

      {single ? (
        <>
          <section aria-labelledby="decode-result-title" class="decode-result">
            <h2 id="decode-result-title">Decoded</h2>
            <p class="decode-reading">
              Read as: {describeReading(single)}
              {single.endpointGuessed &&
              single.endpointCandidates &&
              single.endpointCandidates.length > 1
                ? `; ${single.endpointCandidates
                    .slice(1)
                    .map((candidate) => ENDPOINT_LABELS[candidate])
                    .join(', ')} would fit too: choose the endpoint to be sure.`
                : ''}
            </p>
            {format !== '' && single.format !== format ? (
              <p class="notice warning" role="alert">
                The text cannot be read as {FORMAT_LABELS[format]}; it was read as{' '}
                {FORMAT_LABELS[single.format]}.
              </p>
            ) : null}
            <ResponseDetails response={single} idPrefix="decode" />
          </section>
          {single.certificates && single.certificates.length > 0 ? (
            <CertificatePanel pems={single.certificates} validity={single.validity} />
          ) : null}
        </>
      ) : null}

      {batch ? <BatchTable batch={batch} /> : null}

      {empty ? null : (
        <section aria-labelledby="decode-share-title" class="decode-share">
          <h2 id="decode-share-title">Share</h2>
          <p class="help">
            The link carries the text after the <code>#</code>, which browsers never send to a
            server. Anything that looks like a password or a private key is removed first.
          </p>
          <button type="button" class="secondary" onClick={makeShareLink}>
            Make a share link
          </button>
          {share ? <SharePanel share={share} /> : null}
        </section>
      )}
    </section>
  );
}

/**
 * Several responses rather than one multi-line response: blocks separated by
 * blank lines, or more than one line each holding name=value parameters.
 */
function looksLikeSeveral(text: string): boolean {
  const blocks = splitBatch(text, 3);
  if (blocks.length < 2) return false;
  if (/\S[^\S\n]*\r?\n[^\S\n]*\r?\n\s*\S/.test(text)) return true;
  return blocks.every((block) => /^[^\s=&]{1,100}=/.test(block));
}

function SharePanel({ share }: { readonly share: Redacted & { link: string } }) {
  const removed =
    share.removed.length === 0
      ? 'Nothing that looks like a password or a private key was found.'
      : `Removed before sharing: ${share.removed
          .map((item) => `${item.what}${item.count > 1 ? ` (${item.count} times)` : ''}`)
          .join(', ')}.`;
  if (share.link.length > MAX_SHARE_LINK)
    return (
      <p class="notice warning" role="alert">
        The link would be {share.link.length.toLocaleString('en')} characters long, too long to
        share reliably. Share fewer responses, or send the text as a file.
      </p>
    );
  return (
    <>
      <p role="status" class={`notice ${share.removed.length === 0 ? 'ok' : 'warning'}`}>
        {removed}
      </p>
      <CodeBlock label="Share link" text={share.link} />
    </>
  );
}
