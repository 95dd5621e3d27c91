import { useEffect, useRef, useState } from 'preact/hooks';
import {
  KEY_ALGORITHMS,
  KEY_ALGORITHM_IDS,
  CSR_PRESETS,
  type CsrPresetId,
  SUBJECT_FIELDS,
  hasWebCrypto,
} from '../../../core/pki/request';
import { CodeBlock } from '../../components/CodeBlock';
import { Field, fieldAria } from '../../components/Field';
import { TextDrop } from '../../components/TextDrop';
import { CountrySelect } from '../../components/CountrySelect';
import { useLanguage } from '../../i18n/LanguageProvider';
import { generate as enGenerate } from '../../i18n/en/generate';
import { useMessages } from '../../i18n/useMessages';
import { loadPki } from '../../loaders';
import { useLazy } from '../../useLazy';
import { confirmKeyLoss, updateSession, useKeptState } from '../../session';
import {
  INITIAL,
  presetOf,
  toRequest,
  type FormState,
  type Mode,
  type TextSubjectKey,
} from './generateForm';
import { loadFormRules } from './loadFormRules';
import { loadGenerateResult } from './loadGenerateResult';

export interface Generated {
  readonly csrPem: string;
  /** Absent when the CSR was made for an existing key. */
  readonly privateKeyPem?: string;
  /** The key type's technical name ("RSA 2048", "ECDSA P-256"). */
  readonly algorithm: string;
  /** Made for the customer's existing key. */
  readonly ownKey: boolean;
  readonly seconds: number;
}

/** Why the last attempt made nothing; worded when shown, so a language switch rewords it. */
type Failure =
  | { readonly kind: 'cancelled' }
  /** No WebCrypto (a plain-http page): said in the frame's words for it. */
  | { readonly kind: 'noCrypto' }
  | {
      readonly kind: 'key';
      readonly reason:
        'empty' | 'needsPassphrase' | 'wrongPassphrase' | 'unsupported' | 'unreadable';
    }
  /** `detail` is the core's English text, shown only under Technical details. */
  | { readonly kind: 'failed'; readonly detail: string };

/** The first line of a key file: technical text, the same in every language. */
const PEM_KEY_HEADER = '-----BEGIN PRIVATE KEY-----';

/** readPrivateKey's reasons, grouped as the customer can act on them. */
const KEY_REASONS = {
  empty: 'empty',
  'needs-passphrase': 'needsPassphrase',
  'wrong-passphrase': 'wrongPassphrase',
  unsupported: 'unsupported',
  invalid: 'unreadable',
  'not-a-key': 'unreadable',
} as const;

export function GenerateView() {
  const messages = useMessages({ generate: enGenerate });
  const words = messages.generate;
  const { tag } = useLanguage();
  // Kept for the visit: leaving for Inspect or Order and coming back finds the key.
  const [mode, setMode] = useKeptState<Mode>('generate.mode', 'new');
  const [form, setForm] = useKeptState<FormState>('generate.form', INITIAL);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState<{
    started: number;
    making: string | null;
  } | null>(null);
  const [elapsed, setElapsed] = useState(0);
  /** Generate was pressed and waits for the form's rules (loadFormRules). */
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [result, setResult] = useKeptState<Generated | null>('generate.result', null);
  // Loaded with the key (generate, below), so here whenever there is a result to show.
  const GenerateResult = useLazy(loadGenerateResult, result !== null);
  const [existingKey, setExistingKey] = useKeptState('generate.existingKey', '');
  const [existingPass, setExistingPass] = useState('');
  const abort = useRef<AbortController | null>(null);

  const preset = presetOf(form);
  const request = toRequest(form);
  // The form's rules arrive just after the form (loadFormRules.ts); until then
  // nothing is marked wrong, and Generate waits for them.
  const rules = useLazy(loadFormRules, true);
  const formCheck = rules?.checkForm(form);
  const errors: Record<string, string> = {};
  if (rules && formCheck)
    for (const [id, problem] of Object.entries(formCheck.errors(touched)))
      errors[id] = rules.problemWords(words, problem, id, tag);
  // The names box says what is wrong with each bad line, not only the first.
  const namesErrors =
    rules && formCheck
      ? formCheck
          .nameErrors(touched)
          .map((problem) => rules.problemWords(words, problem, 'names', tag))
      : [];
  const namesError = namesErrors.length > 0 ? namesErrors : undefined;

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => {
      setElapsed((performance.now() - busy.started) / 1000);
    }, 200);
    return () => {
      clearInterval(timer);
    };
  }, [busy]);

  // Each change applies to the form as it is then, not as this render saw it:
  // the app tells several changes at once, one after another, of a prerendered
  // page that the visitor filled in before the app had arrived
  // (src/ui/prerenderedPage.ts, noteEdits).
  const setSubject = (key: TextSubjectKey, value: string) => {
    setForm((previous) => ({ ...previous, subject: { ...previous.subject, [key]: value } }));
  };

  const choosePreset = (id: CsrPresetId) => {
    const next = CSR_PRESETS.find((p) => p.id === id);
    setForm((previous) => {
      // A new preset suggests its algorithm, unless the user already chose one themselves.
      const algorithm =
        previous.algorithm === presetOf(previous).defaultAlgorithm && next
          ? next.defaultAlgorithm
          : previous.algorithm;
      return { ...previous, preset: id, algorithm };
    });
  };
  const setNames = (names: string) => {
    setForm((previous) => ({ ...previous, names }));
  };

  const generate = async () => {
    setTouched(true);
    setFailure(null);
    // Usually here already; if not, the button waits for them (a second tap
    // meanwhile finds it disabled), and the page then shows what they say.
    setChecking(true);
    let valid: boolean;
    try {
      valid = (await loadFormRules()).checkForm(form).valid;
    } catch (error) {
      // Offline or a redeploy: the rules' chunk could not be fetched.
      setFailure({
        kind: 'failed',
        detail: error instanceof Error ? error.message : String(error),
      });
      return;
    } finally {
      setChecking(false);
    }
    if (!valid) return;
    // A new result replaces the key on screen and in the session: never silently.
    if (!confirmKeyLoss(words.failures.keyLoss)) return;
    const controller = new AbortController();
    abort.current = controller;
    const started = performance.now();
    setElapsed(0);
    try {
      if (mode === 'new') {
        const algorithm = KEY_ALGORITHMS[form.algorithm].label;
        setBusy({ started, making: algorithm });
        // The PKI code (@peculiar/x509) and the result's display are loaded when a key
        // is made, not with the view, so the start page paints sooner; they are
        // usually prefetched by then.
        const [{ generateKeyAndCsr }] = await Promise.all([loadPki(), loadGenerateResult()]);
        const made = await generateKeyAndCsr(request, { signal: controller.signal });
        setResult({
          ...made,
          algorithm,
          ownKey: false,
          seconds: (performance.now() - started) / 1000,
        });
        updateSession({ csrPem: made.csrPem, privateKeyPem: made.privateKeyPem, keySaved: false });
      } else {
        setBusy({ started, making: null });
        const [{ readPrivateKey, createCsr }] = await Promise.all([
          loadPki(),
          loadGenerateResult(),
        ]);
        const read = await readPrivateKey(existingKey, existingPass);
        if (!read.ok) {
          setFailure({ kind: 'key', reason: KEY_REASONS[read.reason] });
          return;
        }
        const { csrPem } = await createCsr(read.keys, {
          ...request,
          algorithm: read.info.signWith,
        });
        setResult({
          csrPem,
          algorithm: read.info.label,
          ownKey: true,
          seconds: (performance.now() - started) / 1000,
        });
        updateSession({ csrPem });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        setFailure({ kind: 'cancelled' });
      else if (!hasWebCrypto()) setFailure({ kind: 'noCrypto' });
      else
        setFailure({
          kind: 'failed',
          detail: error instanceof Error ? error.message : String(error),
        });
    } finally {
      setBusy(null);
      abort.current = null;
    }
  };

  const textField = (key: TextSubjectKey) => {
    const spec = SUBJECT_FIELDS.find((field) => field.key === key);
    if (!spec) return null;
    const id = `subject-${key}`;
    const label = words.organization.fields[key];
    const required = preset.required.includes(key);
    if (key === 'countryName') {
      return (
        <Field
          key={key}
          id={id}
          label={label}
          required={required}
          error={errors[id]}
          help={words.organization.countryHelp}
        >
          <CountrySelect
            aria={fieldAria(id, { help: true, error: errors[id], required })}
            value={form.subject.countryName ?? ''}
            onChange={(code) => {
              setSubject('countryName', code);
            }}
            emptyLabel={words.organization.countryNone}
            withCodes
          />
        </Field>
      );
    }
    return (
      <Field
        key={key}
        id={id}
        label={label}
        required={required}
        error={errors[id]}
        help={messages.common.atMost(spec.maxLength)}
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
      <h1 id="generate-title">{words.title}</h1>
      <p class="lead">{words.lead}</p>

      <fieldset class="mode">
        <legend>{words.mode.legend}</legend>
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
          {words.mode.new}
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
          {words.mode.existing}
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
          <legend>{words.presets.legend}</legend>
          <div class="presets" role="radiogroup" aria-label={words.presets.legend}>
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
                <span class="preset-label">{words.presets[p.id].label}</span>
                <span class="preset-description">{words.presets[p.id].description}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{words.names.legend}</legend>
          {preset.names === 'email' ? (
            <Field
              id="names"
              label={words.names.emailLabel}
              required
              error={namesError}
              help={words.names.emailHelp}
            >
              <input
                {...fieldAria('names', { help: true, error: namesError, required: true })}
                type="email"
                value={form.names}
                autoComplete="email"
                onInput={(event) => {
                  setNames(event.currentTarget.value);
                }}
              />
            </Field>
          ) : (
            <Field
              id="names"
              label={words.names.domainsLabel}
              required
              error={namesError}
              help={words.names.domainsHelp}
            >
              <textarea
                {...fieldAria('names', { help: true, error: namesError, required: true })}
                class="mono"
                rows={4}
                value={form.names}
                spellcheck={false}
                placeholder={'www.example.com\nexample.com'}
                onInput={(event) => {
                  setNames(event.currentTarget.value);
                }}
              />
            </Field>
          )}
          {rules && formCheck
            ? formCheck.check.notes.map((note, index) => (
                <p class="help" key={index}>
                  {rules.noteWords(words, note)}
                </p>
              ))
            : null}
        </fieldset>

        {preset.fields.length > 0 ? (
          <fieldset>
            <legend>{words.organization.legend}</legend>
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
                          label={words.organization.streetLine(index + 1)}
                          required={required}
                          error={errors[id]}
                          help={
                            index === 0 && streetSpec
                              ? words.organization.perLine(streetSpec.maxLength)
                              : undefined
                          }
                        >
                          <input
                            {...fieldAria(id, { help: index === 0, error: errors[id], required })}
                            type="text"
                            value={form.street[index]}
                            onInput={(event) => {
                              const line = event.currentTarget.value;
                              setForm((previous) => {
                                const street: [string, string, string] = [...previous.street];
                                street[index] = line;
                                return { ...previous, street };
                              });
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
            <legend>{words.algorithms.legend}</legend>
            <div class="algorithms">
              {KEY_ALGORITHM_IDS.map((id) => (
                <label key={id} class={`algorithm${id === form.algorithm ? ' selected' : ''}`}>
                  <input
                    type="radio"
                    name="algorithm"
                    value={id}
                    checked={id === form.algorithm}
                    onChange={() => {
                      setForm((previous) => ({ ...previous, algorithm: id }));
                    }}
                  />
                  <span class="algorithm-label">
                    <span class="algorithm-name">{KEY_ALGORITHMS[id].label}</span>
                    {id === preset.defaultAlgorithm ? (
                      <span class="tag">{words.algorithms.recommended}</span>
                    ) : null}
                  </span>
                  <span class="algorithm-note">{words.algorithms.notes[id]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <fieldset>
            <legend>{words.existing.legend}</legend>
            <p class="help">{words.existing.help}</p>
            <TextDrop
              id="existing-key"
              value={existingKey}
              onChange={setExistingKey}
              rows={6}
              accept=".key,.pem,.txt"
              chooseLabel={words.existing.choose}
              placeholder={PEM_KEY_HEADER}
            />
            <Field id="existing-pass" label={words.existing.passphrase}>
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
          <button type="submit" disabled={busy !== null || checking}>
            {mode === 'new' ? words.actions.generate : words.actions.makeCsr}
          </button>
          {busy ? (
            <>
              <progress
                aria-label={
                  busy.making === null ? words.progress.reading : words.progress.making(busy.making)
                }
              />
              <span role="status">
                {busy.making === null ? words.progress.reading : words.progress.making(busy.making)}
                … {words.progress.elapsed(elapsed)}
              </span>
              <button type="button" class="secondary" onClick={() => abort.current?.abort()}>
                {words.actions.cancel}
              </button>
            </>
          ) : null}
        </div>
        {touched && formCheck && !formCheck.valid ? (
          <p class="notice error" role="alert">
            {words.failures.attention}
          </p>
        ) : null}
        {failure ? (
          <div class="notice error" role="alert">
            <p>
              {failure.kind === 'cancelled'
                ? words.failures.cancelled
                : failure.kind === 'noCrypto'
                  ? messages.app.insecure
                  : failure.kind === 'key'
                    ? words.existing.problems[failure.reason]
                    : words.failures.failed}
            </p>
            {failure.kind === 'failed' ? (
              <details>
                <summary>{messages.common.technicalDetails}</summary>
                <p class="mono">{failure.detail}</p>
              </details>
            ) : null}
          </div>
        ) : null}
      </form>

      {result && GenerateResult ? <GenerateResult result={result} request={request} /> : null}

      {mode === 'new' ? (
        <details class="openssl">
          <summary>{words.openssl.summary}</summary>
          {rules ? (
            <CodeBlock label={words.openssl.label} text={rules.opensslReqCommand(request)} />
          ) : null}
        </details>
      ) : null}
    </section>
  );
}
