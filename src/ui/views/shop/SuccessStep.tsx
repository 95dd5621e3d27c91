import type { ResellerConfig } from '../../../core/config';
import type { ProductSpec } from '../../../core/spec';
import { NextSteps } from '../../components/NextSteps';
import { shop as enShop } from '../../i18n/en/shop';
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
  const { shop } = useMessages({ shop: enShop });
  const { success } = shop;
  const brand = config.brandName ?? config.ap;
  return (
    <section aria-labelledby="shop-success-title" class="shop-outcome">
      <div class="result-outcome result-ok" role="status" aria-labelledby="shop-success-title">
        <h2 id="shop-success-title">{success.title}</h2>
        <OrderNumber outcome={outcome} />
        {outcome.orderNumber ? <p>{success.keepIt}</p> : null}
      </div>
      <NextSteps
        heading={success.next}
        steps={[
          success.steps.verify(email),
          product?.validation === 'organization' && success.steps.organization,
          config.reseller === 'Y' && success.steps.approve(brand),
          success.steps.issued,
        ]}
      />
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
