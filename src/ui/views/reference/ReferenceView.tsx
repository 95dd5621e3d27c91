import { useMemo, useState } from 'preact/hooks';
import {
  getCatalogue,
  searchCatalogue,
  type CatalogueEntry,
  type CatalogueKind,
} from '../../../core/spec';
import type { EndpointId } from '../../../core/spec';
import { replaceRouteParams } from '../../route';
import type { ViewProps } from '..';
import { EntryCard } from './EntryCard';
import './reference.css';

const ENDPOINT_CHOICES: readonly { value: '' | EndpointId; label: string }[] = [
  { value: '', label: 'All endpoints' },
  { value: 'PlaceOrder', label: '!PlaceOrder' },
  { value: 'AutoApplyOrder', label: '!AutoApplyOrder' },
  { value: 'AutoReplaceSMIME', label: '!AutoReplaceSMIME' },
  { value: 'RequestAndCollectSMIME', label: 'RequestAndCollectSMIME' },
  { value: 'Push', label: 'Push notifications' },
];

const KIND_CHOICES: readonly { value: string; label: string; kinds?: CatalogueKind[] }[] = [
  { value: '', label: 'Everything' },
  { value: 'params', label: 'Parameters', kinds: ['param', 'push-field'] },
  { value: 'products', label: 'Products', kinds: ['product'] },
  {
    value: 'codes',
    label: 'Error and status codes',
    kinds: ['error', 'status', 'unnumbered-error', 'push-status'],
  },
];

const EXAMPLES = ['-16', '-55 AutoApplyOrder', 'dcvMethod', '2411', 'wildcard', 'callback'];

/** Shown at once; more are one click away, so a broad query never floods the page. */
const PAGE = 40;

function isEndpoint(value: string): value is EndpointId {
  return ENDPOINT_CHOICES.some((choice) => choice.value === value && value !== '');
}

export function ReferenceView({ route }: ViewProps) {
  const [query, setQuery] = useState(route.params.get('q') ?? '');
  const initialEndpoint = route.params.get('endpoint') ?? '';
  const [endpoint, setEndpoint] = useState<'' | EndpointId>(
    isEndpoint(initialEndpoint) ? initialEndpoint : '',
  );
  const [kind, setKind] = useState(route.params.get('kind') ?? '');
  const [shown, setShown] = useState(PAGE);

  const update = (next: { q?: string; endpoint?: '' | EndpointId; kind?: string }) => {
    const q = next.q ?? query;
    const e = next.endpoint ?? endpoint;
    const k = next.kind ?? kind;
    setQuery(q);
    setEndpoint(e);
    setKind(k);
    setShown(PAGE);
    replaceRouteParams('reference', { q, endpoint: e, kind: k });
  };

  const kinds = KIND_CHOICES.find((choice) => choice.value === kind)?.kinds;
  const results = useMemo(
    () =>
      searchCatalogue(query, {
        ...(endpoint ? { endpoint } : {}),
        ...(kinds ? { kinds } : {}),
      }),
    [query, endpoint, kinds],
  );
  const active = query.trim() !== '' || endpoint !== '';
  const counts = useMemo(() => countCatalogue(getCatalogue()), []);

  return (
    <section aria-labelledby="reference-title" class="view">
      <h1 id="reference-title">API reference</h1>
      <p class="lead">
        Every parameter, product code and error code of the four reseller endpoints and the push
        notifications, as Sectigo documents them. Type a code (<code>-16</code>), a parameter or a
        few words; add an endpoint name to narrow it.
      </p>
      <form
        role="search"
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div class="field grow">
          <label for="reference-query">Search the reference</label>
          <input
            id="reference-query"
            type="search"
            value={query}
            autoComplete="off"
            spellcheck={false}
            placeholder="-55 AutoApplyOrder, dcvMethod, 2411, wildcard …"
            onInput={(event) => {
              update({ q: event.currentTarget.value });
            }}
          />
        </div>
        <div class="field">
          <label for="reference-endpoint">Endpoint</label>
          <select
            id="reference-endpoint"
            value={endpoint}
            onChange={(event) => {
              const value = event.currentTarget.value;
              update({ endpoint: isEndpoint(value) ? value : '' });
            }}
          >
            {ENDPOINT_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="reference-kind">Show</label>
          <select
            id="reference-kind"
            value={kind}
            onChange={(event) => {
              update({ kind: event.currentTarget.value });
            }}
          >
            {KIND_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </form>

      {!active ? (
        <div class="empty-state">
          <p>
            The reference holds {counts.params} parameters, {counts.products} products and{' '}
            {counts.codes} error and status codes. Try:
          </p>
          <ul class="chips">
            {EXAMPLES.map((example) => (
              <li key={example}>
                <button
                  type="button"
                  class="chip"
                  onClick={() => {
                    update({ q: example });
                  }}
                >
                  {example}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p class="result-count" role="status" aria-live="polite">
            {results.length === 0
              ? 'Nothing in the documents matches that.'
              : `${results.length} ${results.length === 1 ? 'result' : 'results'}`}
          </p>
          <ol class="results">
            {results.slice(0, shown).map((entry, index) => (
              <li key={index}>
                <EntryCard entry={entry} />
              </li>
            ))}
          </ol>
          {results.length > shown ? (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setShown(shown + PAGE);
              }}
            >
              Show {Math.min(PAGE, results.length - shown)} more
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function countCatalogue(entries: readonly CatalogueEntry[]) {
  let params = 0;
  let products = 0;
  let codes = 0;
  for (const entry of entries) {
    if (entry.kind === 'param') params += 1;
    else if (entry.kind === 'product') products += 1;
    else if (entry.kind !== 'push-field') codes += 1;
  }
  return { params, products, codes };
}
