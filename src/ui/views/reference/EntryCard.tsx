import type { ComponentChildren } from 'preact';
import {
  type CatalogueEntry,
  ENDPOINTS,
  type EndpointId,
  type ParamSpec,
  type ProductSpec,
  type Source,
} from '../../../core/spec';

const endpointTitle = (id: EndpointId): string =>
  id === 'Push' ? 'Push notifications' : ENDPOINTS[id].title;

function SourceLine({ source }: { source: Source }) {
  return (
    <p class="source">
      Source: <cite>{source.doc}</cite>, {source.section}
    </p>
  );
}

function Row({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
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
      <dl>
        <Row term="Label">{param.label}</Row>
        <Row term="Group">{param.group}</Row>
        <Row term="Type">
          {param.type}
          {param.maxLength === undefined ? '' : `, at most ${param.maxLength} characters`}
        </Row>
        {param.aliases?.length ? (
          <Row term="Also accepted as">{param.aliases.join(', ')}</Row>
        ) : null}
        {param.condition ? <Row term="When">{param.condition}</Row> : null}
        {param.default !== undefined ? (
          <Row term="Default">
            <code>{param.default}</code>
          </Row>
        ) : null}
        {param.item ? (
          <Row term="Item parameter">
            Sent once per item: <code>1_{param.name}</code>, <code>2_{param.name}</code> … or{' '}
            <code>_1_{param.name}</code>
          </Row>
        ) : null}
        {param.appliesTo?.length ? <Row term="Applies to">{param.appliesTo.join(', ')}</Row> : null}
        {param.secret ? (
          <Row term="Secret">Masked in every output; never put in a URL silently.</Row>
        ) : null}
      </dl>
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
      <dl>
        <Row term="Family">{product.family}</Row>
        {product.brand ? <Row term="Brand">{product.brand}</Row> : null}
        <Row term="Ordered as">
          <code>
            {product.orderedAs === 'x_PPP' ? `1_PPP=${product.code}` : `product=${product.code}`}
          </code>
        </Row>
        {product.days ? <Row term="Validity (days)">{product.days.join(', ')}</Row> : null}
        {product.years ? (
          <Row term="Validity">{product.years === 1 ? '1 year' : `${product.years} years`}</Row>
        ) : null}
        {product.quantity ? (
          <Row term={product.quantity.param}>{product.quantity.values.join(', ')}</Row>
        ) : null}
        {product.pairedWith ? <Row term="Ordered with">{product.pairedWith}</Row> : null}
      </dl>
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
