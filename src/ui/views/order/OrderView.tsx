import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  buildRequest,
  DEFAULT_SECRET_FILE,
  DEFAULT_SECRET_VARIABLE,
  type OrderEndpointId,
  type OrderIssue,
  type SecretSource,
} from '../../../core/order';
import { ENDPOINTS, REQUEST_ENDPOINT_IDS, paramsOf } from '../../../core/spec';
import { Field, fieldAria } from '../../components/Field';
import { replaceRouteParams } from '../../route';
import { getSession, useSession } from '../../session';
import type { ViewProps } from '../index';
import { fieldId, issueKey, orderModel, returnAddress, type OrderModel } from './formModel';
import { pickSettings, type ResellerSettings } from '../../../core/order';
import { ConfigPanel } from './ConfigPanel';
import {
  forgetDeviceSettings,
  recallDeviceSettings,
  rememberDeviceSettings,
} from './deviceSettings';
import { CustomerFormPanel } from './CustomerFormPanel';
import { IssueList } from './IssueList';
import {
  freshOrderState,
  recallOrderForm,
  rememberOrderForm,
  takeOfferedCsr,
  withCsr,
  type OrderFormState,
} from './orderState';
import { Outputs } from './Outputs';
import { ParamGroup } from './ParamGroup';
import { postInNewTab } from './postForm';
import { ItemProductsPicker, ProductListPicker } from './ProductPicker';
import { SubmitConfirm } from './SubmitConfirm';
import './order.css';

const isEndpoint = (value: string): value is OrderEndpointId =>
  (REQUEST_ENDPOINT_IDS as readonly string[]).includes(value);

/** Every control of the form by issueKey, so an issue can move focus to its field. */
function targetsOf(model: OrderModel): Map<string, string> {
  const targets = new Map<string, string>();
  const add = (key: string) => targets.set(issueKey(key), fieldId(key));
  if (model.productParam !== undefined && !model.productParam.item) {
    add(model.productParam.spec.name);
  }
  for (const section of model.sections) {
    if (section.kind === 'group') for (const field of section.fields) add(field.key);
  }
  for (const item of model.items) {
    if (item.productKey !== '') add(item.productKey);
    for (const field of item.fields) add(field.key);
  }
  return targets;
}

function issuesByKey(issues: readonly OrderIssue[]): Map<string, OrderIssue[]> {
  const byKey = new Map<string, OrderIssue[]>();
  for (const issue of issues) {
    const key = issueKey(issue.field);
    byKey.set(key, [...(byKey.get(key) ?? []), issue]);
  }
  return byKey;
}

/** Where the curl command reads the password from; a file by default, never typed in unless chosen. */
const CURL_SECRET_SOURCES: Record<SecretSource['kind'], { label: string; source: SecretSource }> = {
  file: {
    label: `From a file (${DEFAULT_SECRET_FILE})`,
    source: { kind: 'file', path: DEFAULT_SECRET_FILE },
  },
  env: {
    label: `From the environment variable ${DEFAULT_SECRET_VARIABLE}`,
    source: { kind: 'env', variable: DEFAULT_SECRET_VARIABLE },
  },
  inline: { label: 'Typed into the command (lands in shell history)', source: { kind: 'inline' } },
};

const isSourceKind = (value: string): value is SecretSource['kind'] =>
  Object.hasOwn(CURL_SECRET_SOURCES, value);

/** A fresh form, with the settings remembered on this device (if any) filled in. */
function startingState(address: string): OrderFormState {
  const fresh = freshOrderState(address);
  const remembered = recallDeviceSettings();
  if (remembered === undefined) return fresh;
  const values = { ...fresh.values };
  for (const endpoint of REQUEST_ENDPOINT_IDS) {
    values[endpoint] = { ...values[endpoint], ...remembered[endpoint] };
  }
  return { ...fresh, values };
}

const listWords = (words: readonly string[]) =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;

/**
 * The Order view: an endpoint- and product-aware form generated from
 * the spec tables, the request built from it by buildRequest (ordering URL,
 * HTML form, curl, body, parameters), its issues, and "Submit now".
 *
 * Everything typed stays in memory (orderState.ts): never in the address or a
 * log. Only the reseller's own settings are remembered on the device, and only
 * when asked (deviceSettings.ts). Credentials are masked in every output until
 * revealed.
 */
export function OrderView({ route }: Partial<ViewProps> = {}) {
  const session = useSession();
  const [state, setState] = useState<OrderFormState>(() => {
    const start = recallOrderForm() ?? startingState(returnAddress(window.location));
    // "Use it in an order" from Inspect (handed over) or Generate (the session's CSR).
    const csr =
      takeOfferedCsr() ??
      (route?.params.get('from') === 'generate' ? getSession().csrPem : undefined);
    return csr === undefined ? start : withCsr(start, csr);
  });
  const [rememberOn, setRememberOn] = useState(() => recallDeviceSettings() !== undefined);
  const [reveal, setReveal] = useState(false);
  const [allowPasswordInUrl, setAllowPasswordInUrl] = useState(false);
  const [curlSecretKind, setCurlSecretKind] = useState<SecretSource['kind']>('file');
  const curlSecrets = CURL_SECRET_SOURCES[curlSecretKind].source;
  const [confirming, setConfirming] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [sent, setSent] = useState(false);

  useEffect(() => {
    rememberOrderForm(state);
  }, [state]);

  // The hand-off from Generate is taken once: a later visit to #/order starts from the form as left.
  useEffect(() => {
    if (route?.params.has('from') === true) replaceRouteParams('order', {});
  }, [route]);

  // Only the reseller's own settings, and only once the user asked for it.
  useEffect(() => {
    if (!rememberOn) return;
    const settings: ResellerSettings = {};
    for (const id of REQUEST_ENDPOINT_IDS) settings[id] = pickSettings(id, state.values[id]);
    rememberDeviceSettings(settings);
  }, [rememberOn, state.values]);

  const { endpoint, itemCount } = state;
  const spec = ENDPOINTS[endpoint];
  const values = state.values[endpoint];
  const model = useMemo(
    () => orderModel(endpoint, values, itemCount),
    [endpoint, values, itemCount],
  );
  const built = useMemo(() => {
    const masked = buildRequest(endpoint, model.sent, {
      allowPasswordInUrl,
      mask: true,
      curlSecrets,
    });
    const real =
      masked.secretFields.length > 0
        ? buildRequest(endpoint, model.sent, { allowPasswordInUrl, curlSecrets })
        : masked;
    return { masked, real };
  }, [endpoint, model.sent, allowPasswordInUrl, curlSecrets]);
  const shown = reveal ? built.real : built.masked;
  const issues = useMemo(() => issuesByKey(built.real.issues), [built.real.issues]);
  const targets = useMemo(() => targetsOf(model), [model]);

  const secretSpecs = paramsOf(endpoint).filter((param) => param.secret === true);
  const secretLabels = listWords(secretSpecs.map((param) => param.label.toLowerCase()));
  const hasUrl = (spec.methods as readonly string[]).includes('GET');
  // An endpoint a browser posts to and is redirected back from (successURL / errorURL) can have a public order form.
  const browserFacing = paramsOf(endpoint).some((param) => param.format === 'url');

  const setValue = (key: string, value: string) => {
    setSent(false);
    setState((previous) => ({
      ...previous,
      values: {
        ...previous.values,
        [previous.endpoint]: { ...previous.values[previous.endpoint], [key]: value },
      },
    }));
  };
  const setExpanded = (group: string, expanded: boolean) => {
    setState((previous) => ({
      ...previous,
      expanded: { ...previous.expanded, [`${previous.endpoint}/${group}`]: expanded },
    }));
  };
  const isExpanded = (group: string) => state.expanded[`${endpoint}/${group}`] === true;

  const groupProps = {
    values,
    onChange: setValue,
    issues,
    showAllErrors: attempted,
    revealSecrets: reveal,
    generatedCsr: session.csrPem,
  };
  const certificate = model.products.find((product) => product.validation !== undefined);

  const send = () => {
    postInNewTab(built.real.form);
    setConfirming(false);
    setSent(true);
  };

  return (
    <section aria-labelledby="order-title" class="view order-view">
      <h1 id="order-title">Build an order</h1>
      <p class="lead">
        Choose the endpoint and the product: the form shows the parameters Sectigo documents for
        them, and the ordering URL, HTML form, curl command and request body below follow as you
        type. Nothing leaves this page until you press <strong>Submit now</strong> and confirm.
      </p>

      <fieldset class="order-group order-request">
        <legend>Request</legend>
        <div class="form-grid">
          <Field
            id="order-endpoint"
            label="Endpoint"
            wide
            help={
              <>
                <code>{spec.url}</code> · {spec.methods.join(' or ')}
              </>
            }
          >
            <select
              {...fieldAria('order-endpoint', { help: true })}
              value={endpoint}
              onChange={(event) => {
                const next = event.currentTarget.value;
                if (!isEndpoint(next)) return;
                setConfirming(false);
                setAttempted(false);
                setSent(false);
                setState((previous) => ({ ...previous, endpoint: next }));
              }}
            >
              {REQUEST_ENDPOINT_IDS.map((id) => (
                <option key={id} value={id}>
                  {ENDPOINTS[id].title}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div class="order-remember">
          <label class="order-check">
            <input
              type="checkbox"
              checked={rememberOn}
              aria-describedby="order-remember-help"
              onChange={(event) => {
                const on = event.currentTarget.checked;
                setRememberOn(on);
                if (!on) forgetDeviceSettings();
              }}
            />{' '}
            Remember these settings on this device
          </label>
          <p class="hint" id="order-remember-help">
            Your brand, who charges, redirect addresses, language and template IDs, for the next
            visit in this browser. Never passwords, CSRs or your customers’ details.
          </p>
          {rememberOn ? (
            <button
              type="button"
              class="link-button"
              onClick={() => {
                forgetDeviceSettings();
                setRememberOn(false);
              }}
            >
              Forget the remembered settings
            </button>
          ) : null}
        </div>
        {model.productParam === undefined ? null : model.productParam.item ? (
          <ItemProductsPicker
            model={model}
            param={model.productParam}
            values={values}
            onChange={setValue}
            issues={issues}
            onAddItem={() => {
              setState((previous) => ({ ...previous, itemCount: previous.itemCount + 1 }));
            }}
            onRemoveItem={() => {
              setState((previous) => ({
                ...previous,
                itemCount: Math.max(1, previous.itemCount - 1),
              }));
            }}
          />
        ) : (
          <ProductListPicker
            key={endpoint}
            model={model}
            param={model.productParam}
            values={values}
            onChange={setValue}
            issues={issues}
          />
        )}
      </fieldset>

      {model.keptAside > 0 ? (
        <p class="notice">
          {model.keptAside === 1 ? 'One value' : `${String(model.keptAside)} values`} you typed for
          fields this order does not take now {model.keptAside === 1 ? 'is' : 'are'} kept, but not
          sent. {model.keptAside === 1 ? 'It comes' : 'They come'} back when the fields do.
        </p>
      ) : null}

      {model.sections.map((section) =>
        section.kind === 'group' ? (
          <ParamGroup
            key={`${endpoint}/${section.name}`}
            id={`order-group-${section.name.replace(/[^A-Za-z0-9]+/g, '-')}`}
            legend={section.name}
            fields={section.fields}
            expanded={isExpanded(section.name)}
            onToggle={(expanded) => {
              setExpanded(section.name, expanded);
            }}
            csrProduct={certificate}
            {...groupProps}
          />
        ) : (
          model.items.map((item) => (
            <ParamGroup
              key={`${endpoint}/item-${String(item.number)}`}
              id={`order-item-${String(item.number)}`}
              legend={`Item ${String(item.number)}${item.product === undefined ? '' : `: ${item.product.name}`}`}
              moreName={`item ${String(item.number)}`}
              fields={item.fields}
              expanded={isExpanded(`item-${String(item.number)}`)}
              onToggle={(expanded) => {
                setExpanded(`item-${String(item.number)}`, expanded);
              }}
              csrProduct={item.product}
              {...groupProps}
            />
          ))
        ),
      )}

      <IssueList
        issues={built.real.issues}
        targetOf={(field) => targets.get(issueKey(field))}
        carriesSecrets={built.real.secretFields.length > 0}
      />

      <div class="actions">
        <button
          type="button"
          onClick={() => {
            setAttempted(true);
            setSent(false);
            setConfirming(true);
          }}
        >
          Submit now…
        </button>
        <span class="hint">
          Posts the form to <code>{spec.url}</code> in a new tab, after you confirm.
        </span>
      </div>
      {confirming ? (
        <SubmitConfirm
          shown={shown}
          onSend={send}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : null}
      <p role="status" class={sent ? 'notice ok' : 'visually-hidden'}>
        {sent ? 'Sent: Sectigo’s answer opens in the new tab.' : ''}
      </p>

      <section aria-labelledby="order-outputs-title" class="order-output-section">
        <h2 id="order-outputs-title">Outputs</h2>
        {secretSpecs.length === 0 ? null : (
          <div class="order-secret-options">
            <label class="order-check">
              <input
                type="checkbox"
                checked={reveal}
                onChange={(event) => {
                  setReveal(event.currentTarget.checked);
                }}
              />{' '}
              Reveal secrets
            </label>
            <span class="hint">
              The {secretLabels} {secretSpecs.length === 1 ? 'is' : 'are'} masked in every output
              until revealed; the copy buttons copy the real value.
            </span>
            <Field id="order-curl-secret" label="Password in the curl command">
              <select
                {...fieldAria('order-curl-secret', {})}
                value={curlSecretKind}
                onChange={(event) => {
                  const next = event.currentTarget.value;
                  if (isSourceKind(next)) setCurlSecretKind(next);
                }}
              >
                {Object.entries(CURL_SECRET_SOURCES).map(([kind, { label }]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            {hasUrl ? (
              <div class="notice warning order-url-optin">
                <label class="order-check">
                  <input
                    type="checkbox"
                    checked={allowPasswordInUrl}
                    aria-describedby="order-url-optin-warning"
                    onChange={(event) => {
                      setAllowPasswordInUrl(event.currentTarget.checked);
                    }}
                  />{' '}
                  Put the {secretLabels} into the ordering URL
                </label>
                <p id="order-url-optin-warning">
                  A URL is kept in browser history and bookmarks, and lands in server logs and
                  shared screens: anyone who sees it can read the {secretLabels}. Choose this only
                  for a URL the account holder uses alone.
                </p>
              </div>
            ) : null}
          </div>
        )}
        <Outputs shown={shown} real={built.real} hasUrl={hasUrl} curlSecrets={curlSecrets} />
      </section>

      {browserFacing ? <CustomerFormPanel model={model} values={values} /> : null}
      {browserFacing ? (
        <ConfigPanel values={model.sent} ownAddress={returnAddress(window.location)} />
      ) : null}
    </section>
  );
}
