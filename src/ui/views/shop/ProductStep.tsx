import type { ResellerConfig } from '../../../core/config';
import type { ProductSpec } from '../../../core/spec';
import { useLocalText } from '../../config/localText';
import { shop as enShop } from '../../i18n/en/shop';
import { useMessages } from '../../i18n/useMessages';
import { productBlurb, productName, productYears } from './productWords';

interface ProductStepProps {
  readonly products: readonly ProductSpec[];
  readonly prices: ResellerConfig['prices'];
  readonly selected: number | null;
  readonly showError: boolean;
  readonly onSelect: (code: number) => void;
  readonly onContinue: () => void;
  readonly onCollect: () => void;
}

export function ProductStep(props: ProductStepProps) {
  const messages = useMessages({ shop: enShop });
  const inLanguage = useLocalText();
  const { shop } = messages;
  return (
    <>
      <fieldset>
        <legend>{shop.product.legend}</legend>
        <div class="product-cards" role="radiogroup" aria-label={shop.product.groupLabel}>
          {props.products.map((p) => {
            const years = productYears(messages, p);
            const price = inLanguage(props.prices?.[String(p.code)]);
            return (
              <label
                key={p.code}
                class={`product-card${p.code === props.selected ? ' selected' : ''}`}
              >
                <input
                  type="radio"
                  name="product"
                  value={p.code}
                  checked={p.code === props.selected}
                  onChange={() => {
                    props.onSelect(p.code);
                  }}
                />
                <span class="product-name">
                  {productName(messages, p)}
                  {years ? `, ${years}` : ''}
                </span>
                <span class="product-blurb">{productBlurb(messages, p)}</span>
                {price ? <span class="product-price">{shop.product.price(price)}</span> : null}
              </label>
            );
          })}
        </div>
        {props.showError ? (
          <p class="field-error" role="alert">
            {shop.product.choose}
          </p>
        ) : null}
        <div class="actions">
          <button type="button" onClick={props.onContinue}>
            {messages.common.continue}
          </button>
        </div>
      </fieldset>
      <p class="collect-entry">
        {shop.start.collectHint}{' '}
        <button type="button" class="link-button" onClick={props.onCollect}>
          {shop.start.collectLink}
        </button>
      </p>
    </>
  );
}
