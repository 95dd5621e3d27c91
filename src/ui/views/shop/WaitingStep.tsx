import { shop as enShop } from '../../i18n/en/shop';
import { useMessages } from '../../i18n/useMessages';

/** The order went to Sectigo in a new tab; this tab waits for the result with everything kept. */
export function WaitingStep({
  onAgain,
  onBack,
}: {
  readonly onAgain: () => void;
  readonly onBack: () => void;
}) {
  const messages = useMessages({ shop: enShop });
  const { waiting } = messages.shop;
  return (
    <section aria-labelledby="waiting-title" class="shop-outcome">
      <h2 id="waiting-title">{waiting.title}</h2>
      <p role="status">{waiting.body}</p>
      <progress aria-label={waiting.title} />
      <p class="help">{waiting.noTab}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={onBack}>
          {messages.common.back}
        </button>
        {/* Only for a blocked pop-up (the line above): not the step's main action, which
            would invite a second order. */}
        <button type="button" class="secondary" onClick={onAgain}>
          {waiting.again}
        </button>
      </div>
    </section>
  );
}
