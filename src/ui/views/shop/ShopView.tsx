/**
 * The reseller's ordering page (config.json): choose, details, key, review,
 * then the order goes to Sectigo in a new tab while this tab keeps everything
 * in memory, waiting for the result (resultChannel.ts); after an error the
 * customer tries again with what they typed and the same key; after success,
 * the next steps and the way to collect the certificate.
 *
 * This module is the first step alone, so that the page is usable after as
 * few bytes as possible on a phone network; every later step is LaterSteps.tsx,
 * a chunk fetched once the browser is idle (laterSteps.ts). The
 * flow's state lives here, so it outlasts every step.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { useLocalText } from '../../config/localText';
import { shop as enShop } from '../../i18n/en/shop';
import { useMessages } from '../../i18n/useMessages';
import { useKeptState } from '../../session';
import { useLazyOrFailure } from '../../useLazyOrFailure';
import type { ViewProps } from '..';
import { loadLaterSteps, prefetchLaterStepsWhenIdle } from './laterSteps';
import { offeredProducts } from './offeredProducts';
import { ProductStep } from './ProductStep';
import { INITIAL_FLOW, ORDER_STEPS, type ShopFlow } from './shopFlow';
import { StepList } from './StepList';
import { SupportContact } from './SupportContact';

export function ShopView({ config }: ViewProps) {
  const messages = useMessages({ shop: enShop });
  const inLanguage = useLocalText();
  const [flow, setFlow] = useKeptState<ShopFlow>('shop.flow', INITIAL_FLOW);
  const update = (patch: Partial<ShopFlow>) => {
    setFlow((previous) => ({ ...previous, ...patch }));
  };

  useEffect(() => {
    prefetchLaterStepsWhenIdle();
  }, []);
  // A later step before the idle prefetch brought its code (a fast click, a
  // slow line): load it now. The `loading` line shows meanwhile.
  const later = flow.step !== 'product';
  const laterSteps = useLazyOrFailure(loadLaterSteps, later);
  const LaterSteps = laterSteps.value;

  const products = useMemo(() => (config ? offeredProducts(config) : []), [config]);
  if (!config)
    return (
      <section class="view">
        <h1>{messages.shop.defaultTitle}</h1>
        <p class="notice">{messages.shop.needsConfig}</p>
      </section>
    );

  const product = products.find((p) => p.code === flow.productCode);
  const go = (step: ShopFlow['step']) => {
    laterSteps.retry();
    update({ step });
    window.scrollTo(0, 0);
  };
  const next = () => {
    const attempted = flow.attempted.includes('product')
      ? flow.attempted
      : [...flow.attempted, 'product' as const];
    update(product ? { attempted, step: 'details' } : { attempted });
  };
  const orderStep = ORDER_STEPS.find((s) => s === flow.step);
  const attempted = flow.attempted.includes('product');
  const notice = inLanguage(config.notice);

  return (
    <section aria-labelledby="shop-title" class="view shop">
      {/* What the page is for: the brand is already in the header, one line above. */}
      <h1 id="shop-title">{messages.shop.defaultTitle}</h1>
      {notice ? <p class="notice warning">{notice}</p> : null}
      {orderStep ? (
        <StepList
          current={orderStep}
          onGo={(step) => {
            go(step);
          }}
        />
      ) : null}

      {flow.step === 'product' ? (
        <ProductStep
          products={products}
          prices={config.prices}
          selected={flow.productCode}
          showError={attempted && !product}
          onSelect={(code) => {
            update({ productCode: code });
          }}
          onContinue={next}
          onCollect={() => {
            go('collect');
          }}
        />
      ) : null}

      {later && LaterSteps ? (
        <LaterSteps config={config} product={product} flow={flow} setFlow={setFlow} go={go} />
      ) : later ? (
        <p class="loading" role="status">
          {laterSteps.failed ? messages.app.loadFailed : messages.app.loading}
        </p>
      ) : null}

      {/* The error step shows the contact in its own place. */}
      {flow.step === 'error' ? null : <SupportContact support={config.support} id="shop-help" />}
    </section>
  );
}
