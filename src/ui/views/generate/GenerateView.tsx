import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  KEY_ALGORITHMS,
  KEY_ALGORITHM_IDS,
  CSR_PRESETS,
  type CsrPresetId,
  opensslReqCommand,
  SUBJECT_FIELDS,
  type SubjectKey,
  InvalidCsrRequestError,
} from '../../../core/pki/request';
import { CodeBlock } from '../../components/CodeBlock';
import { Field, fieldAria } from '../../components/Field';
import { TextDrop } from '../../components/TextDrop';
import { confirmKeyLoss, updateSession, useKeptState } from '../../session';
import { countryOptions } from '../../components/countries';
import { GenerateResult } from './GenerateResult';
import {
  INITIAL,
  checkForm,
  presetOf,
  type FormProblem,
  type FormState,
  type Mode,
  type TextSubjectKey,
} from './generateForm';
import './generate.css';

export interface Generated {
  readonly csrPem: string;
  /** Absent when the CSR was made for an existing key. */
  readonly privateKeyPem?: string;
  readonly algorithmLabel: string;
  readonly seconds: number;
}

/** A problem of the form in words. */
function problemText(problem: FormProblem): string {
  const label = (key: SubjectKey) =>
    SUBJECT_FIELDS.find((field) => field.key === key)?.label ?? key;
  switch (problem.kind) {
    case 'namesRequired':
      return problem.names === 'email'
        ? 'Email address is required.'
        : 'Give at least one domain name.';
    case 'oneEmail':
      return 'Give one email address per certificate.';
    case 'required':
      return `${label(problem.field)} is required for this kind of certificate.`;
    case 'oneOf':
      return `Give the ${problem.fields.map(label).join(' or the ')} (at least one).`;
    case 'core':
      return problem.issue.message;
  }
}

export function GenerateView() {
  // Kept for the visit: leaving for Inspect or Order and coming back finds the key (issue 10, point 7).
  const [mode, setMode] = useKeptState<Mode>('generate.mode', 'new');
  const [form, setForm] = useKeptState<FormState>('generate.form', INITIAL);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState<{ started: number; label: string } | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [failure, setFailure] = useState('');
  const [result, setResult] = useKeptState<Generated | null>('generate.result', null);
  const [existingKey, setExistingKey] = useKeptState('generate.existingKey', '');
  const [existingPass, setExistingPass] = useState('');
  const abort = useRef<AbortController | null>(null);
  const countries = useMemo(() => countryOptions(), []);

  const preset = presetOf(form);
  const { request, check, valid, errors: problems } = checkForm(form);
  const errors = Object.fromEntries(
    Object.entries(problems(touched)).map(([id, problem]) => [id, problemText(problem)]),
  );

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => {
      setElapsed((performance.now() - busy.started) / 1000);
    }, 200);
    return () => {
      clearInterval(timer);
    };
  }, [busy]);

  const setSubject = (key: TextSubjectKey, value: string) => {
    setForm({ ...form, subject: { ...form.subject, [key]: value } });
  };

  const choosePreset = (id: CsrPresetId) => {
    const next = CSR_PRESETS.find((p) => p.id === id);
    // A new preset suggests its algorithm, unless the user already chose one themselves.
    const algorithm =
      form.algorithm === preset.defaultAlgorithm && next ? next.defaultAlgorithm : form.algorithm;
    setForm({ ...form, preset: id, algorithm });
  };

  const generate = async () => {
    setTouched(true);
    setFailure('');
    if (!valid) return;
    // A new result replaces the key on screen and in the session: never silently.
    if (
      !confirmKeyLoss(
        'The private key made before has not been saved. Making a new CSR replaces it, and it cannot be recovered. Go on anyway?',
      )
    )
      return;
    const controller = new AbortController();
    abort.current = controller;
    const started = performance.now();
    setElapsed(0);
    try {
      if (mode === 'new') {
        setBusy({ started, label: `Making a ${KEY_ALGORITHMS[form.algorithm].label} key and CSR` });
        // The PKI code (@peculiar/x509) is loaded when a key is made, not with the view
        // (issue 13); it is usually prefetched by then.
        const { generateKeyAndCsr } = await import('../../../core/pki');
        const made = await generateKeyAndCsr(request, { signal: controller.signal });
        const generated = {
          ...made,
          algorithmLabel: KEY_ALGORITHMS[form.algorithm].label,
          seconds: (performance.now() - started) / 1000,
        };
        setResult(generated);
        updateSession({ csrPem: made.csrPem, privateKeyPem: made.privateKeyPem, keySaved: false });
      } else {
        setBusy({ started, label: 'Reading the key and making the CSR' });
        const { readPrivateKey, createCsr } = await import('../../../core/pki');
        const read = await readPrivateKey(existingKey, existingPass);
        if (!read.ok) {
          setFailure(read.message);
          return;
        }
        const { csrPem } = await createCsr(read.keys, {
          ...request,
          algorithm: read.info.signWith,
        });
        setResult({
          csrPem,
          algorithmLabel: `${read.info.label} (your key)`,
          seconds: (performance.now() - started) / 1000,
        });
        updateSession({ csrPem });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        setFailure('Cancelled: no key was kept.');
      else if (error instanceof InvalidCsrRequestError) setFailure(error.message);
      else
        setFailure(
          `Could not make the CSR: ${error instanceof Error ? error.message : String(error)}`,
        );
    } finally {
      setBusy(null);
      abort.current = null;
    }
  };

  const textField = (key: TextSubjectKey) => {
    const spec = SUBJECT_FIELDS.find((field) => field.key === key);
    if (!spec) return null;
    const id = `subject-${key}`;
    const required = preset.required.includes(key);
    if (key === 'countryName') {
      return (
        <Field
          key={key}
          id={id}
          label={spec.label}
          required={required}
          error={errors[id]}
          help="Two-letter ISO 3166 code in the CSR."
        >
          <select
            {...fieldAria(id, { help: true, error: errors[id], required })}
            value={form.subject.countryName ?? ''}
            onChange={(event) => {
              setSubject('countryName', event.currentTarget.value);
            }}
          >
            <option value="">— none —</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name} ({country.code})
              </option>
            ))}
          </select>
        </Field>
      );
    }
    return (
      <Field
        key={key}
        id={id}
        label={spec.label}
        required={required}
        error={errors[id]}
        help={`At most ${spec.maxLength} characters.`}
      >
        <input
          {...fieldAria(id, { help: true, error: errors[id], required })}
          type="text"
          value={form.subject[key] ?? ''}
          autoComplete="off"
          onInput={(event) => {
            setSubject(key, event.currentTarget.value);
          }}
        />
      </Field>
    );
  };

  const streetSpec = SUBJECT_FIELDS.find((field) => field.key === 'streetAddress');

  return (
    <section aria-labelledby="generate-title" class="view generate">
      <h1 id="generate-title">Generate a key and CSR</h1>
      <p class="lead">
        The key pair is made by your browser’s own cryptography, in this page. The private key is
        never sent anywhere: save it before you order, because it cannot be recovered.
      </p>

      <fieldset class="mode">
        <legend>Key</legend>
        <label>
          <input
            type="radio"
            name="mode"
            value="new"
            checked={mode === 'new'}
            onChange={() => {
              setMode('new');
            }}
          />{' '}
          Make a new key
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            value="existing"
            checked={mode === 'existing'}
            onChange={() => {
              setMode('existing');
            }}
          />{' '}
          Use my existing key (renewal that keeps the key)
        </label>
      </fieldset>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void generate();
        }}
      >
        <fieldset>
          <legend>Certificate kind</legend>
          <div class="presets" role="radiogroup" aria-label="Certificate kind">
            {CSR_PRESETS.map((p) => (
              <label key={p.id} class={`preset${p.id === form.preset ? ' selected' : ''}`}>
                <input
                  type="radio"
                  name="preset"
                  value={p.id}
                  checked={p.id === form.preset}
                  onChange={() => {
                    choosePreset(p.id);
                  }}
                />
                <span class="preset-label">{p.label}</span>
                <span class="preset-description">{p.description}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>Names in the certificate</legend>
          {preset.names === 'email' ? (
            <Field
              id="names"
              label="Email address"
              required
              error={errors.names}
              help="The mailbox the certificate is for. It goes in the CSR’s subject and Subject Alternative Names."
            >
              <input
                {...fieldAria('names', { help: true, error: errors.names, required: true })}
                type="email"
                value={form.names}
                autoComplete="email"
                onInput={(event) => {
                  setForm({ ...form, names: event.currentTarget.value });
                }}
              />
            </Field>
          ) : (
            <Field
              id="names"
              label="Domain names"
              required
              error={errors.names}
              help="One per line (or separated by commas). The first becomes the common name; all go in the Subject Alternative Names. Use *.example.com for a wildcard."
            >
              <textarea
                {...fieldAria('names', { help: true, error: errors.names, required: true })}
                class="mono"
                rows={4}
                value={form.names}
                spellcheck={false}
                placeholder={'www.example.com\nexample.com'}
                onInput={(event) => {
                  setForm({ ...form, names: event.currentTarget.value });
                }}
              />
            </Field>
          )}
          {check.notes.map((note) => (
            <p class="help" key={note}>
              {note}
            </p>
          ))}
        </fieldset>

        {preset.fields.length > 0 ? (
          <fieldset>
            <legend>Organization</legend>
            <div class="form-grid">
              {preset.fields.map((key) =>
                key === 'streetAddress'
                  ? [0, 1, 2].map((index) => {
                      const id = `street-${index}`;
                      const required = index === 0 && preset.required.includes('streetAddress');
                      return (
                        <Field
                          key={id}
                          id={id}
                          label={`Street address ${index + 1}`}
                          required={required}
                          error={errors[id]}
                          help={
                            index === 0 && streetSpec
                              ? `At most ${streetSpec.maxLength} characters per line.`
                              : undefined
                          }
                        >
                          <input
                            {...fieldAria(id, { help: index === 0, error: errors[id], required })}
                            type="text"
                            value={form.street[index]}
                            onInput={(event) => {
                              const street: [string, string, string] = [...form.street];
                              street[index] = event.currentTarget.value;
                              setForm({ ...form, street });
                            }}
                          />
                        </Field>
                      );
                    })
                  : key === 'commonName' || key === 'emailAddress'
                    ? null
                    : textField(key),
              )}
            </div>
          </fieldset>
        ) : null}

        {mode === 'new' ? (
          <fieldset>
            <legend>Key algorithm</legend>
            <div class="algorithms">
              {KEY_ALGORITHM_IDS.map((id) => (
                <label key={id} class={`algorithm${id === form.algorithm ? ' selected' : ''}`}>
                  <input
                    type="radio"
                    name="algorithm"
                    value={id}
                    checked={id === form.algorithm}
                    onChange={() => {
                      setForm({ ...form, algorithm: id });
                    }}
                  />
                  <span class="algorithm-label">
                    {KEY_ALGORITHMS[id].label}
                    {id === preset.defaultAlgorithm ? <span class="tag">recommended</span> : null}
                  </span>
                  <span class="algorithm-note">{KEY_ALGORITHMS[id].note}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <fieldset>
            <legend>Your existing private key</legend>
            <p class="help">
              Paste or drop the key file (PKCS#8, PKCS#1 “RSA PRIVATE KEY”, SEC1 “EC PRIVATE KEY”,
              or an encrypted PKCS#8 key). It stays in this page’s memory only.
            </p>
            <TextDrop
              id="existing-key"
              value={existingKey}
              onChange={setExistingKey}
              rows={6}
              accept=".key,.pem,.txt"
              chooseLabel="Choose the key file…"
              placeholder="-----BEGIN PRIVATE KEY-----"
            />
            <Field id="existing-pass" label="Passphrase (only for an encrypted key)">
              <input
                id="existing-pass"
                type="password"
                value={existingPass}
                autoComplete="off"
                onInput={(event) => {
                  setExistingPass(event.currentTarget.value);
                }}
              />
            </Field>
          </fieldset>
        )}

        <div class="actions">
          <button type="submit" disabled={busy !== null}>
            {mode === 'new' ? 'Generate key and CSR' : 'Make the CSR'}
          </button>
          {busy ? (
            <>
              <progress aria-label={busy.label} />
              <span role="status">
                {busy.label}… {elapsed.toFixed(1)} s
              </span>
              <button type="button" class="secondary" onClick={() => abort.current?.abort()}>
                Cancel
              </button>
            </>
          ) : null}
        </div>
        {touched && !valid ? (
          <p class="notice error" role="alert">
            Some fields need attention: see the messages beside them.
          </p>
        ) : null}
        {failure ? (
          <p class="notice error" role="alert">
            {failure}
          </p>
        ) : null}
      </form>

      {result ? <GenerateResult result={result} request={request} /> : null}

      {mode === 'new' ? (
        <details class="openssl">
          <summary>Prefer to make the key yourself? The same with openssl</summary>
          <CodeBlock label="openssl req command" text={opensslReqCommand(request)} />
        </details>
      ) : null}
    </section>
  );
}
