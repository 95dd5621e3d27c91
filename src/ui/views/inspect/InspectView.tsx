import { useEffect, useState } from 'preact/hooks';
import type { InspectResult } from '../../../core/pki';
import { Field, fieldAria } from '../../components/Field';
import { TextDrop } from '../../components/TextDrop';
import { formatHash, replaceRouteParams } from '../../route';
import { getSession, useSession } from '../../session';
import type { ViewProps } from '..';
import { offerCsrToOrder } from '../order/orderState';
import { DcvRecords } from './DcvRecords';
import { DecodedCsr } from './DecodedCsr';
import { Findings, countFindings } from './Findings';
import { KeyMatch } from './KeyMatch';
import { PRODUCT_GROUPS, findProductChoice } from './productChoices';
import { isEmptyInput, useInspection, type CsrInput } from './useInspection';
import './inspect.css';

const NO_INPUT: CsrInput = { kind: 'text', text: '' };

/** The CSR the Generate view made in this visit, when the route asks for it. */
function generatedCsr(route: ViewProps['route']): string | undefined {
  return route.params.get('from') === 'generate' ? getSession().csrPem : undefined;
}

function statusText(
  inspection: ReturnType<typeof useInspection>,
  refused: InspectResult | null,
): string {
  if (refused) return 'That was a private key, not a CSR: it was not kept, and the box is cleared.';
  switch (inspection.phase) {
    case 'empty':
      return '';
    case 'working':
      return 'Inspecting…';
    case 'failed':
      return inspection.message;
    case 'done':
      return inspection.result.recognised === 'csr'
        ? `CSR inspected: ${countFindings(inspection.result.findings)}.`
        : 'This is not a CSR: see the finding below.';
  }
}

/** Paste, drop or choose a CSR; see what Sectigo would make of it, its DCV records, and check a key. */
export function InspectView({ route }: ViewProps) {
  const session = useSession();
  const [input, setInput] = useState<CsrInput>(() => {
    const generated = generatedCsr(route);
    return generated ? { kind: 'text', text: generated } : NO_INPUT;
  });
  const [product, setProduct] = useState(() => findProductChoice(route.params.get('product')));
  const [uniqueValue, setUniqueValue] = useState('');
  /** A private key pasted by mistake: refused, cleared from the box, never shown. */
  const [refused, setRefused] = useState<InspectResult | null>(null);
  const inspection = useInspection(input, product?.code, uniqueValue);

  // Following a link from the Generate view while this view is open.
  const routeKey = route.params.toString();
  useEffect(() => {
    const generated = generatedCsr(route);
    if (!generated) return;
    setRefused(null);
    setInput((previous) =>
      previous.kind === 'text' && previous.text === generated
        ? previous
        : { kind: 'text', text: generated },
    );
  }, [routeKey]);

  useEffect(() => {
    if (inspection.phase === 'done' && inspection.result.recognised === 'private-key') {
      setRefused(inspection.result);
      setInput(NO_INPUT);
    }
  }, [inspection]);

  const changeInput = (next: CsrInput) => {
    setRefused(null);
    setInput(next);
  };

  const shown =
    inspection.phase === 'done'
      ? inspection
      : inspection.phase === 'working'
        ? inspection.previous
        : undefined;
  const result = refused ?? shown?.result;
  const uniqueError =
    uniqueValue.trim() !== '' && shown
      ? shown.inspector.checkUniqueValue(uniqueValue.trim())
      : null;
  const generated = session.csrPem;
  const showingGenerated = input.kind === 'text' && input.text === generated;
  const empty = isEmptyInput(input) && !refused;

  return (
    <section aria-labelledby="inspect-title" class="view inspect-view">
      <h1 id="inspect-title">Inspect a CSR</h1>
      <p class="lead">
        Paste a certificate signing request to see what is in it, whether Sectigo would accept it
        (in Sectigo&apos;s own error codes), the records for domain control validation, and whether
        your private key belongs to it. Everything is read here in your browser.
      </p>

      {generated && !showingGenerated ? (
        <div class="notice actions">
          <span>You generated a CSR in this visit.</span>
          <button
            type="button"
            onClick={() => {
              changeInput({ kind: 'text', text: generated });
            }}
          >
            Inspect the CSR you just generated
          </button>
        </div>
      ) : null}

      <form
        class="inspect-input"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <Field
          id="inspect-csr"
          label="CSR"
          help="PEM (-----BEGIN CERTIFICATE REQUEST-----) or bare Base64; or drop or choose a .csr file, PEM or DER."
          wide
        >
          <TextDrop
            id="inspect-csr"
            value={input.kind === 'text' ? input.text : ''}
            rows={10}
            placeholder={
              '-----BEGIN CERTIFICATE REQUEST-----\n…\n-----END CERTIFICATE REQUEST-----'
            }
            accept=".csr,.req,.pem,.der,.p10,.txt"
            chooseLabel="Choose a CSR file…"
            describedBy="inspect-csr-help"
            onChange={(text) => {
              changeInput({ kind: 'text', text });
            }}
            onBytes={(bytes, name) => {
              changeInput({ kind: 'file', bytes, name });
            }}
          />
        </Field>
        {input.kind === 'file' ? (
          <p class="notice actions">
            <span>
              Reading the binary file <strong>{input.name}</strong> (
              {input.bytes.length.toLocaleString('en')} bytes).
            </span>
            <button
              type="button"
              class="link-button"
              onClick={() => {
                changeInput(NO_INPUT);
              }}
            >
              Clear
            </button>
          </p>
        ) : null}
        <div class="form-grid">
          <div class="field">
            <label for="inspect-product">Check against product</label>
            <select
              id="inspect-product"
              value={product ? String(product.code) : ''}
              aria-describedby="inspect-product-help"
              onChange={(event) => {
                const next = findProductChoice(event.currentTarget.value);
                setProduct(next);
                replaceRouteParams('inspect', { product: next ? String(next.code) : '' });
              }}
            >
              <option value="">No product (general rules)</option>
              {PRODUCT_GROUPS.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.products.map((choice) => (
                    <option key={choice.code} value={String(choice.code)}>
                      {choice.name} ({choice.code})
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <p class="help" id="inspect-product-help">
              Adds the product&apos;s wildcard, multi-domain and validation rules.
            </p>
          </div>
          <Field
            id="inspect-unique"
            label="uniqueValue (optional)"
            help="If the order will carry a uniqueValue, enter it: it is part of the DCV records."
            error={uniqueError ?? undefined}
          >
            <input
              {...fieldAria('inspect-unique', { help: true, error: uniqueError ?? undefined })}
              type="text"
              value={uniqueValue}
              autoComplete="off"
              spellcheck={false}
              onInput={(event) => {
                setUniqueValue(event.currentTarget.value);
              }}
            />
          </Field>
        </div>
      </form>

      <div class="inspect-status" role="status" aria-live="polite">
        {inspection.phase === 'working' && !refused ? (
          <progress class="inspect-progress" aria-label="Inspecting the CSR" />
        ) : null}
        <span>{statusText(inspection, refused)}</span>
      </div>

      {empty ? (
        <div class="empty-state">
          <p>
            <strong>Nothing to inspect yet.</strong> Paste a CSR above: the whole block from{' '}
            <code>-----BEGIN CERTIFICATE REQUEST-----</code> to{' '}
            <code>-----END CERTIFICATE REQUEST-----</code>, or just its Base64. You can also drop
            the <code>.csr</code> file on the box or choose it, in PEM or binary DER.
          </p>
          <p>
            Paste only the CSR, never the private key. No CSR yet? Make one in the Generate view, or
            with <code>openssl req</code>.
          </p>
        </div>
      ) : null}

      {result ? (
        <div
          class={`inspect-results${inspection.phase === 'working' ? ' stale' : ''}`}
          aria-busy={inspection.phase === 'working' ? 'true' : undefined}
        >
          <Findings
            findings={result.findings}
            productName={product?.name}
            isCsr={result.recognised === 'csr'}
          />
          {result.csr && shown ? (
            <DecodedCsr csr={result.csr} subjectLabel={shown.inspector.subjectLabel} />
          ) : null}
          {result.csr ? <UseInOrder csrPem={result.csr.pem} /> : null}
          {result.dcv ? (
            <DcvRecords records={result.dcv} />
          ) : result.csr ? (
            <section aria-labelledby="inspect-dcv-title">
              <h2 id="inspect-dcv-title">Domain control validation records</h2>
              <p>
                The CSR names no domain (no DNS name in its common name or alternative names), so
                there is nothing to validate by CSR hash.
              </p>
            </section>
          ) : null}
          {result.csr ? <KeyMatch csrPem={result.csr.pem} /> : null}
        </div>
      ) : null}
    </section>
  );
}

/** "Use it in an order": the Order view opens on the endpoint that fits the CSR, with it filled in. */
function UseInOrder({ csrPem }: { csrPem: string }) {
  return (
    <p class="actions">
      <button
        type="button"
        class="secondary"
        onClick={() => {
          offerCsrToOrder(csrPem);
          window.location.hash = formatHash('order');
        }}
      >
        Use it in an order
      </button>
    </p>
  );
}
