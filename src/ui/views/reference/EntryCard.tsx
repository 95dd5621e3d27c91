import {
  type CatalogueEntry,
  ENDPOINTS,
  type EndpointId,
  type ParamSpec,
  type ProductSpec,
  type Source,
} from '../../../core/spec';
import { NameValueTable } from '../../components/NameValueTable';

const endpointTitle = (id: EndpointId): string =>
  id === 'Push' ? 'Push notifications' : ENDPOINTS[id].title;

function SourceLine({ source }: { source: Source }) {
  return (
    <p class="source">
      Source: <cite>{source.doc}</cite>, {source.section}
    </p>
  );
}

function ParamCard({ endpoint, param }: { endpoint: EndpointId; param: ParamSpec }) {
  const name = param.item ? `x_${param.name}` : param.name;
  return (
    <article class="card" aria-label={`Parameter ${name} of ${endpointTitle(endpoint)}`}>
      <header>
        <h2>
          <code>{name}</code>
        </h2>
        <span class="tag">{endpointTitle(endpoint)}</span>
        <span class={`tag requirement-${param.requirement}`}>{param.requirement}</span>
        {param.deprecated ? <span class="tag">deprecated</span> : null}
      </header>
      <p>{param.description}</p>
      <NameValueTable
        as="list"
        rows={[
          { name: 'Label', value: param.label },
          { name: 'Group', value: param.group },
          {
            name: 'Type',
            value: (
              <>
                {param.type}
                {param.maxLength === undefined ? '' : `, at most ${param.maxLength} characters`}
              </>
            ),
          },
          param.aliases?.length
            ? { name: 'Also accepted as', value: param.aliases.join(', ') }
            : null,
          param.condition ? { name: 'When', value: param.condition } : null,
          param.default !== undefined
            ? { name: 'Default', value: <code>{param.default}</code> }
            : null,
          param.item
            ? {
                name: 'Item parameter',
                value: (
                  <>
                    Sent once per item: <code>1_{param.name}</code>, <code>2_{param.name}</code> …
                    or <code>_1_{param.name}</code>
                  </>
                ),
              }
            : null,
          param.appliesTo?.length
            ? { name: 'Applies to', value: param.appliesTo.join(', ') }
            : null,
          param.secret
            ? { name: 'Secret', value: 'Masked in every output; never put in a URL silently.' }
            : null,
        ]}
      />
      {param.values?.length ? (
        <table class="values">
          <caption>Allowed values</caption>
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {param.values.map((value) => (
              <tr key={value.value}>
                <td>
                  <code>{value.value}</code>
                </td>
                <td>{value.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <SourceLine source={param.source} />
    </article>
  );
}

function productTraits(product: ProductSpec): string[] {
  return [
    product.validation ?? '',
    product.wildcard ? 'wildcard' : '',
    product.ucc ? 'UCC' : product.multiDomain ? 'multi-domain' : '',
    product.trial ? 'trial' : '',
  ].filter(Boolean);
}

function ProductCard({ product }: { product: ProductSpec }) {
  return (
    <article class="card" aria-label={`Product ${product.code}: ${product.name}`}>
      <header>
        <h2>
          <code>{product.code}</code> {product.name}
        </h2>
        <span class="tag">{endpointTitle(product.endpoint)}</span>
        {productTraits(product).map((trait) => (
          <span class="tag" key={trait}>
            {trait}
          </span>
        ))}
      </header>
      <NameValueTable
        as="list"
        rows={[
          { name: 'Family', value: product.family },
          product.brand ? { name: 'Brand', value: product.brand } : null,
          {
            name: 'Ordered as',
            value: (
              <code>
                {product.orderedAs === 'x_PPP'
                  ? `1_PPP=${product.code}`
                  : `product=${product.code}`}
              </code>
            ),
          },
          product.days ? { name: 'Validity (days)', value: product.days.join(', ') } : null,
          product.years
            ? { name: 'Validity', value: product.years === 1 ? '1 year' : `${product.years} years` }
            : null,
          product.quantity
            ? { name: product.quantity.param, value: product.quantity.values.join(', ') }
            : null,
          product.pairedWith ? { name: 'Ordered with', value: product.pairedWith } : null,
        ]}
      />
      <SourceLine source={product.source} />
    </article>
  );
}

function CodeCard(props: {
  code: number | null;
  endpoint: EndpointId;
  kind: string;
  message: string;
  description: string | undefined;
  source: Source;
}) {
  const title = props.code === null ? 'Number not documented' : String(props.code);
  return (
    <article class="card" aria-label={`${props.kind} ${title} on ${endpointTitle(props.endpoint)}`}>
      <header>
        <h2>
          <code>{title}</code> {props.message}
        </h2>
        <span class="tag">{endpointTitle(props.endpoint)}</span>
        <span class="tag">{props.kind}</span>
      </header>
      {props.description ? <p>{props.description}</p> : null}
      <SourceLine source={props.source} />
    </article>
  );
}

export function EntryCard({ entry }: { entry: CatalogueEntry }) {
  switch (entry.kind) {
    case 'param':
      return <ParamCard endpoint={entry.endpoint} param={entry.param} />;
    case 'product':
      return <ProductCard product={entry.product} />;
    case 'error':
      return (
        <CodeCard
          code={entry.error.code}
          endpoint={entry.endpoint}
          kind="Error"
          message={entry.error.message}
          description={entry.error.description}
          source={entry.error.source}
        />
      );
    case 'status':
      return (
        <CodeCard
          code={entry.status.code}
          endpoint={entry.endpoint}
          kind="Status"
          message={entry.status.message}
          description={entry.status.description}
          source={entry.status.source}
        />
      );
    case 'unnumbered-error':
      return (
        <CodeCard
          code={null}
          endpoint={entry.endpoint}
          kind="Error"
          message="(the capture lost this row's number and message)"
          description={entry.error.description}
          source={entry.error.source}
        />
      );
    case 'push-status':
      return (
        <CodeCard
          code={entry.status.statusCode}
          endpoint="Push"
          kind="Push status"
          message={`${entry.status.status}: ${entry.status.statusDesc}`}
          description={
            entry.status.statusCode === null
              ? 'Sent with the statusCode of the certificate’s current state.'
              : undefined
          }
          source={entry.status.source}
        />
      );
    case 'push-field':
      return (
        <article class="card" aria-label={`Push parameter ${entry.field.name}`}>
          <header>
            <h2>
              <code>{entry.field.name}</code>
            </h2>
            <span class="tag">Push notifications</span>
          </header>
          <p>{entry.field.meaning}</p>
          <SourceLine source={entry.field.source} />
        </article>
      );
  }
}
