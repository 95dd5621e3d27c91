/**
 * One decoded response, rendered as text only: the outcome (the error
 * explained, or the status), push status, callback links (text with a copy
 * button, never a clickable link: they are built from response values), the
 * fields with their documented meanings, and how the text was read.
 */
import type { DecodedField, DecodedResponse } from '../../../core/response';
import { CopyButton } from '../../components/CopyButton';
import { headlineOf } from './headline';
import { ENDPOINT_LABELS, FORMAT_LABELS } from './readAs';

/** Longer values are shown in a scrolling box with a copy button. */
const LONG_VALUE = 160;

interface ResponseDetailsProps {
  readonly response: DecodedResponse;
  /** Prefix for element ids, unique on the page. */
  readonly idPrefix: string;
  /** The result page shows the outcome itself, first. */
  readonly showOutcome?: boolean;
}

export function ResponseDetails({ response, idPrefix, showOutcome = true }: ResponseDetailsProps) {
  return (
    <div class="decode-response">
      {showOutcome ? <Outcome response={response} /> : null}
      {response.push ? <PushStatus push={response.push} /> : null}
      {response.callbackLinks && response.callbackLinks.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-links`}>
          <h3 id={`${idPrefix}-links`}>Callback links</h3>
          <p class="help">
            Built from the documented templates with this notification’s order number and
            verification code. Shown as text: check the address before you open it.
          </p>
          <ul class="decode-links">
            {response.callbackLinks.map((link) => (
              <li key={link.kind}>
                <span class="decode-link-label">{link.label}</span>
                <code class="decode-link-url">{link.url}</code>
                <CopyButton text={link.url} label={`${link.label} address`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <FieldsTable fields={response.fields} id={`${idPrefix}-fields`} />
      {response.notes.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-notes`}>
          <h3 id={`${idPrefix}-notes`}>How the text was read</h3>
          <ul class="decode-notes">
            {response.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/**
 * The explanation of an error under its headline: the documented description,
 * the parameter concerned, the next step, and Sectigo's own wording when it
 * differs. Shared by the Decode view and the result page.
 */
export function ErrorExplanation({
  error,
}: {
  readonly error: NonNullable<DecodedResponse['error']>;
}) {
  return (
    <>
      {error.description ? <p>{error.description}</p> : null}
      {error.item ? (
        <p>
          Parameter concerned: <code>{error.item}</code>
        </p>
      ) : null}
      <WhatToDoNext>{error.nextStep}</WhatToDoNext>
      {error.rawMessage !== undefined && error.rawMessage !== error.message ? (
        <p>
          Sectigo’s message: <q>{error.rawMessage}</q>
          {error.messageMatches === false ? ' (not the documented wording)' : ''}
        </p>
      ) : null}
    </>
  );
}

/** The next step for an error, a status or a push status, as the documents give it. */
function WhatToDoNext({ children }: { readonly children: string }) {
  return (
    <p>
      <strong>What to do next:</strong> {children}
    </p>
  );
}

/** The headline: what happened and what to do next. */
export function Outcome({ response }: { readonly response: DecodedResponse }) {
  const { error, statusInfo } = response;
  if (error) {
    return (
      <div class="notice error decode-outcome" role="group" aria-label="Outcome">
        <p class="decode-headline">
          <strong>
            Error {error.code}: {error.message}
          </strong>
        </p>
        <ErrorExplanation error={error} />
        {!error.documented ? (
          <p>
            {response.endpoint
              ? `${ENDPOINT_LABELS[response.endpoint]} does not document this code.`
              : 'No endpoint documents this code.'}{' '}
            The message is shown as Sectigo sent it.
          </p>
        ) : null}
        {error.otherEndpoints && error.otherEndpoints.length > 0 ? (
          <p>
            Also documented, with its own meaning, by{' '}
            {error.otherEndpoints.map((endpoint) => ENDPOINT_LABELS[endpoint]).join(', ')}: choose
            the endpoint above if the response came from one of them.
          </p>
        ) : null}
      </div>
    );
  }
  const headline = headlineOf(response);
  return (
    <div class={`notice ${headline.tone} decode-outcome`} role="group" aria-label="Outcome">
      <p class="decode-headline">
        <strong>{headline.text}</strong>
      </p>
      {headline.detail ? <p>{headline.detail}</p> : null}
      {statusInfo?.nextStep ? <WhatToDoNext>{statusInfo.nextStep}</WhatToDoNext> : null}
    </div>
  );
}

function PushStatus({ push }: { readonly push: NonNullable<DecodedResponse['push']> }) {
  return (
    <div class={`notice ${push.documented ? '' : 'warning'}`} role="group" aria-label="Push status">
      <p>
        <strong>
          Push status {push.statusCode ?? '(none)'}
          {push.status ? `: ${push.status}` : ''}
        </strong>
      </p>
      {push.statusDesc ? <p>Description sent: {push.statusDesc}</p> : null}
      {push.documentedDesc && push.documentedDesc !== push.statusDesc ? (
        <p>Documented description: {push.documentedDesc}</p>
      ) : null}
      {push.reason ? <p>Reason given: {push.reason}</p> : null}
      {push.advice ? <WhatToDoNext>{push.advice}</WhatToDoNext> : null}
      {!push.documented ? <p>This status is not in the documented list.</p> : null}
    </div>
  );
}

function FieldsTable({
  fields,
  id,
}: {
  readonly fields: readonly DecodedField[];
  readonly id: string;
}) {
  if (fields.length === 0) return null;
  return (
    <table class="data decode-fields" aria-labelledby={id}>
      <caption id={id}>Fields ({fields.length})</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
          <th scope="col">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field, index) => (
          <tr key={index}>
            <th scope="row">
              <code>{field.name}</code>
              {field.line !== undefined ? (
                <span class="decode-line"> line {field.line}</span>
              ) : null}
            </th>
            <td>
              <Value field={field} />
            </td>
            <td>
              {field.meaning ?? (field.documented ? '' : 'Not documented for this endpoint.')}
              {field.valueMeaning ? (
                <span class="decode-value-meaning"> This value: {field.valueMeaning}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Value({ field }: { readonly field: DecodedField }) {
  if (field.value === '') return <em>(empty)</em>;
  if (field.value.length <= LONG_VALUE && !field.value.includes('\n'))
    return <code class="decode-value">{field.value}</code>;
  return (
    <div class="decode-long-value">
      <pre tabIndex={0} aria-label={`Value of ${field.name}`}>
        <code>{field.value}</code>
      </pre>
      <CopyButton text={field.value} label={`value of ${field.name}`} />
    </div>
  );
}

/** "URL-encoded (name=value&…), !PlaceOrder (guessed)". */
export function describeReading(response: DecodedResponse): string {
  const endpoint = response.endpoint ? ENDPOINT_LABELS[response.endpoint] : 'no endpoint';
  return `${FORMAT_LABELS[response.format]}; ${endpoint}${response.endpointGuessed ? ' (guessed)' : ''}`;
}
