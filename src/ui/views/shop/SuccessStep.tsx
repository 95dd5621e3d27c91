import type { ResellerConfig } from '../../../core/config';
import type { ProductSpec } from '../../../core/spec';
import { useMessages } from '../../i18n/useMessages';
import { OrderNumber } from '../result/OutcomeSummary';
import type { Outcome } from '../result/readOutcome';
import { TechnicalResult } from './TechnicalResult';

/**
 * After a successful order: the order number, then what happens next for this
 * product (placeorder-smime.txt): the verification email to the mailbox
 * (SMIMEVerificationTemplateID, "The S/MIME verification email templates"),
 * the organization check for OV products, the reseller's authorization for
 * reseller=Y ("Authorizing orders"), and the collection email
 * (SMIMECollectionTemplateID) after which the customer collects here.
 */
export function SuccessStep({
  outcome,
  query,
  config,
  product,
  email,
  onCollect,
}: {
  readonly outcome: Extract<Outcome, { kind: 'placed' }>;
  readonly query: string | undefined;
  readonly config: ResellerConfig;
  readonly product: ProductSpec | undefined;
  readonly email: string;
  readonly onCollect: () => void;
}) {
  const { shop } = useMessages();
  const { success } = shop;
  const brand = config.brandName ?? config.ap;
  return (
    <section aria-labelledby="shop-success-title" class="shop-outcome">
      <div class="result-outcome result-ok" role="status" aria-labelledby="shop-success-title">
        <h2 id="shop-success-title">{success.title}</h2>
        <OrderNumber outcome={outcome} />
        {outcome.orderNumber ? <p>{success.keepIt}</p> : null}
      </div>
      <h3>{success.next}</h3>
      <ol class="what-happens">
        <li>{success.steps.verify(email)}</li>
        {product?.validation === 'organization' ? <li>{success.steps.organization}</li> : null}
        {config.reseller === 'Y' ? <li>{success.steps.approve(brand)}</li> : null}
        <li>{success.steps.issued}</li>
      </ol>
      <p class="notice warning">{success.keepKey}</p>
      <div class="actions">
        <button type="button" onClick={onCollect}>
          {success.collectNow}
        </button>
      </div>
      <TechnicalResult query={query} />
    </section>
  );
}
