import { shop as enShop } from '../../i18n/en/shop';
import { useMessages } from '../../i18n/useMessages';
import { ORDER_STEPS, type OrderStep } from './shopFlow';

/** Where the customer is among the four order steps; earlier steps can be revisited. */
export function StepList({
  current,
  onGo,
}: {
  readonly current: OrderStep;
  readonly onGo: (step: OrderStep) => void;
}) {
  const { shop } = useMessages({ shop: enShop });
  const currentIndex = ORDER_STEPS.indexOf(current);
  return (
    <ol class="steps" aria-label={shop.steps.label}>
      {ORDER_STEPS.map((step, index) => (
        <li
          key={step}
          class={index === currentIndex ? 'current' : index < currentIndex ? 'done' : ''}
          aria-current={index === currentIndex ? 'step' : undefined}
        >
          {index < currentIndex ? (
            <button
              type="button"
              class="link-button"
              onClick={() => {
                onGo(step);
              }}
            >
              {index + 1}. {shop.steps[step]}
            </button>
          ) : (
            <span>
              {index + 1}. {shop.steps[step]}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
