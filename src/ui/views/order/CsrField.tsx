import { useEffect, useState } from 'preact/hooks';
import type { InspectResult } from '../../../core/pki';
import type { ProductSpec } from '../../../core/spec';
import { Field } from '../../components/Field';
import { FindingLine } from '../../components/FindingLine';
import { loadPki } from '../../loaders';
import { TextDrop } from '../../components/TextDrop';
import { fieldId, type FieldModel } from './formModel';
import { FieldFacts } from './ParamField';

interface CsrFieldProps {
  readonly field: FieldModel;
  readonly value: string;
  readonly onChange: (key: string, value: string) => void;
  readonly error?: string | undefined;
  /** The product the CSR is for: its rules (wildcard, multi-domain, validation level) apply. */
  readonly product?: ProductSpec | undefined;
  /** The CSR made in the Generate view during this visit, if any. */
  readonly generatedCsr?: string | undefined;
  readonly hidden?: boolean;
}

interface Lint {
  readonly value: string;
  readonly product: number | undefined;
  readonly result?: InspectResult;
  readonly failed?: boolean;
}

/** Typing pauses this long before the CSR is decoded again. */
const LINT_DELAY_MS = 250;

/** DER bytes (a dropped binary file) as PEM text. */
function derToPem(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return [
    '-----BEGIN CERTIFICATE REQUEST-----',
    ...lines,
    '-----END CERTIFICATE REQUEST-----',
  ].join('\n');
}

function subjectLine(subject: Record<string, string[]>): string {
  const text = Object.entries(subject)
    .map(([name, values]) => `${name}=${values.join(' + ')}`)
    .join(', ');
  return text.length > 160 ? `${text.slice(0, 160)}…` : text || '(empty subject)';
}

/**
 * The CSR parameter: pasted, dropped as a file, or taken from the Generate
 * view, and linted for the chosen product by inspectCsr. The PKI code is
 * loaded on demand, the first time there is a CSR to check.
 */
export function CsrField({
  field,
  value,
  onChange,
  error,
  product,
  generatedCsr,
  hidden = false,
}: CsrFieldProps) {
  const id = fieldId(field.key);
  const code = product?.code;
  const [lint, setLint] = useState<Lint | null>(null);

  useEffect(() => {
    if (value.trim() === '') {
      setLint(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      loadPki()
        .then(({ inspectCsr }) => inspectCsr(value, code === undefined ? {} : { product: code }))
        .then((result) => {
          if (live) setLint({ value, product: code, result });
        })
        .catch(() => {
          if (live) setLint({ value, product: code, failed: true });
        });
    }, LINT_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [value, code]);

  const current = lint !== null && lint.value === value && lint.product === code;
  const describedBy = [`${id}-help`, `${id}-check`, error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div class="order-cell order-wide" hidden={hidden}>
      <Field
        id={id}
        label={field.spec.label}
        required={field.required}
        error={error}
        help={<FieldFacts field={field} value={value} />}
      >
        <TextDrop
          id={id}
          value={value}
          rows={8}
          placeholder="-----BEGIN CERTIFICATE REQUEST-----"
          accept=".csr,.pem,.req,.txt,.der"
          chooseLabel="Choose a CSR file…"
          describedBy={describedBy}
          invalid={Boolean(error)}
          onChange={(next) => {
            onChange(field.key, next);
          }}
          onBytes={(bytes) => {
            onChange(field.key, derToPem(bytes));
          }}
        />
      </Field>
      {generatedCsr !== undefined && generatedCsr !== value ? (
        <p class="order-generated">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              onChange(field.key, generatedCsr);
            }}
          >
            Use the CSR you just generated
          </button>
        </p>
      ) : null}
      <div class="order-csr-check" id={`${id}-check`} aria-live="polite">
        {value.trim() === '' ? null : !current ? (
          <p class="hint">Checking the CSR…</p>
        ) : lint.failed === true || lint.result === undefined ? (
          <p class="finding-error">The CSR checker could not be loaded; reload the page.</p>
        ) : (
          <CsrFindings result={lint.result} product={product} />
        )}
      </div>
    </div>
  );
}

function CsrFindings({
  result,
  product,
}: {
  result: InspectResult;
  product: ProductSpec | undefined;
}) {
  const csr = result.csr;
  return (
    <>
      <p class={result.ok ? 'order-csr-ok' : 'finding-error'}>
        <strong>
          {result.ok ? 'CSR checked' : 'CSR problems'}
          {product === undefined ? '' : ` for ${product.name}`}
        </strong>
        {csr === undefined ? null : (
          <>
            : {subjectLine(csr.subject)}; {csr.key.type}
            {csr.key.bits === undefined ? '' : ` ${csr.key.bits}`}
            {csr.key.curve === undefined ? '' : ` ${csr.key.curve}`}; {csr.signatureAlgorithm}
          </>
        )}
      </p>
      {result.findings.length === 0 ? null : (
        <ul class="order-findings">
          {result.findings.map((finding, index) => (
            <FindingLine
              key={index}
              severity={finding.severity}
              code={finding.code}
              fix={finding.fix}
            >
              {finding.message}
            </FindingLine>
          ))}
        </ul>
      )}
    </>
  );
}
