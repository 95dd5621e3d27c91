import type { ResellerConfig } from '../../../core/config';
import { result as enResult } from '../../i18n/en/result';
import { shop as enShop } from '../../i18n/en/shop';
import { useMessages } from '../../i18n/useMessages';
import { ErrorSummary, errorAdvice } from '../result/OutcomeSummary';
import type { Outcome } from '../result/readOutcome';
import { SupportContact } from './SupportContact';
import { TechnicalResult } from './TechnicalResult';

/** After an error redirect: what went wrong, the support contact, and "Try again" with everything kept. */
export function ErrorStep({
  outcome,
  query,
  support,
  onTryAgain,
}: {
  readonly outcome: Extract<Outcome, { kind: 'error' }>;
  readonly query: string | undefined;
  readonly support: ResellerConfig['support'];
  readonly onTryAgain: () => void;
}) {
  const messages = useMessages({ result: enResult, shop: enShop });
  const { error } = messages.shop;
  return (
    <section aria-labelledby="shop-error-title" class="shop-outcome">
      <div class="result-outcome result-error" role="alert" aria-labelledby="shop-error-title">
        <h2 id="shop-error-title">{error.title}</h2>
        <ErrorSummary outcome={outcome} />
      </div>
      <h3>{error.whatToDo}</h3>
      <p>{errorAdvice(messages, outcome)}</p>
      <p class="help">{error.tryAgainHelp}</p>
      <div class="actions">
        <button type="button" onClick={onTryAgain}>
          {error.tryAgain}
        </button>
      </div>
      {support ? (
        <>
          <p>{error.contactSupport}</p>
          <SupportContact support={support} id="shop-error-help" heading={false} />
        </>
      ) : null}
      <TechnicalResult query={query} />
    </section>
  );
}
