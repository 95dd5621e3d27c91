/**
 * The reseller's ordering page (config.json): choose, details, key, review,
 * then the order goes to Sectigo in a new tab while this tab keeps everything
 * in memory, waiting for the result (resultChannel.ts); after an error the
 * customer tries again with what they typed and the same key; after success,
 * the next steps and the way to collect the certificate.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildRequest } from '../../../core/order';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useMessages } from '../../i18n/useMessages';
import { confirmKeyLoss, updateSession, useKeptState, useSession } from '../../session';
import { loadPki } from '../../loaders';
import { postInNewTab } from '../order/postForm';
import type { ViewProps } from '..';
import { CollectFlow } from './collect/CollectFlow';
import { customerIssues } from './customerIssues';
import { DetailsStep } from './DetailsStep';
import { ErrorStep } from './ErrorStep';
import { KeyStep } from './KeyStep';
import {
  detailFields,
  offeredProducts,
  orderValues,
  PERSON_REQUIRED,
  ORGANIZATION_REQUIRED,
} from './orderValues';
import { ProductStep } from './ProductStep';
import { awaitResult } from './resultChannel';
import { ReviewStep } from './ReviewStep';
import { INITIAL_FLOW, tryAgain, withResult, type OrderStep, type ShopFlow } from './shopFlow';
import { StepList } from './StepList';
import { SuccessStep } from './SuccessStep';
import { SupportContact } from './SupportContact';
import { WaitingStep } from './WaitingStep';
import '../result/result.css';
import './shop.css';

export function ShopView({ config }: ViewProps) {
  const messages = useMessages();
  const language = useLanguage();
  const session = useSession();
  const [flow, setFlow] = useKeptState<ShopFlow>('shop.flow', INITIAL_FLOW);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const update = (patch: Partial<ShopFlow>) => {
    setFlow((previous) => ({ ...previous, ...patch }));
  };

  // While an order is out, the result comes back from the tab Sectigo redirected.
  useEffect(() => {
    if (flow.step !== 'waiting') return;
    return awaitResult((query) => {
      setFlow((previous) => withResult(previous, query));
    });
  }, [flow.step]);

  const products = useMemo(() => (config ? offeredProducts(config) : []), [config]);
  if (!config)
    return (
      <section class="view">
        <h1>{messages.shop.defaultTitle}</h1>
        <p class="notice">{messages.shop.needsConfig}</p>
      </section>
    );

  const product = products.find((p) => p.code === flow.productCode);
  const form = flow.form;
  const values = orderValues(config, product, form, flow.keys?.csrPem, language.code);
  const built = buildRequest('PlaceOrder', values, { mask: true });
  const fields = detailFields(product);
  const required = [
    ...PERSON_REQUIRED,
    ...(product?.validation === 'organization' ? ORGANIZATION_REQUIRED : []),
  ];
  const detailErrors = customerIssues(messages, built.issues, form, fields, required);
  if (form.isReturningCustomer !== 'Y' && flow.confirmPassword !== (form.loginPassword ?? ''))
    detailErrors.confirmPassword = messages.shop.details.passwordsDiffer;
  const keyReady = flow.keys !== null && session.keySaved;

  const go = (step: ShopFlow['step']) => {
    update({ step });
    window.scrollTo(0, 0);
  };
  const next = (from: OrderStep) => {
    const attempted = flow.attempted.includes(from) ? flow.attempted : [...flow.attempted, from];
    update({ attempted });
    if (from === 'product' && !product) return;
    if (from === 'details' && Object.keys(detailErrors).length > 0) {
      const first = Object.keys(detailErrors)[0];
      if (first) document.getElementById(`shop-${first}`)?.focus();
      return;
    }
    if (from === 'key' && !keyReady) return;
    const order: OrderStep[] = ['product', 'details', 'key', 'review'];
    setFlow((previous) => ({
      ...previous,
      attempted,
      step: order[order.indexOf(from) + 1] ?? from,
    }));
  };

  const makeKey = async () => {
    if (!confirmKeyLoss(messages.common.keyLoss.confirm)) return;
    setBusy(true);
    setFailed(false);
    try {
      const { generateKeyAndCsr } = await loadPki();
      const email = form.emailAddress?.trim() ?? '';
      const made = await generateKeyAndCsr({
        algorithm: 'RSA-2048',
        subject: { emailAddress: email },
        emailAddresses: [email],
      });
      setFlow((previous) => ({ ...previous, keys: made, ordered: false }));
      updateSession({ csrPem: made.csrPem, privateKeyPem: made.privateKeyPem, keySaved: false });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const placeOrder = () => {
    const unmasked = buildRequest('PlaceOrder', values);
    if (!unmasked.ok) return;
    // A new tab: this page stays open with everything in memory (README, "Reseller ordering page").
    postInNewTab(unmasked.form);
    update({ step: 'waiting', ordered: true });
  };

  const orderStep = (['product', 'details', 'key', 'review'] as const).find((s) => s === flow.step);
  const attempted = (step: OrderStep) => flow.attempted.includes(step);
  const reviewProblems = Object.values(
    customerIssues(messages, built.issues, form, fields, required),
  );

  return (
    <section aria-labelledby="shop-title" class="view shop">
      <h1 id="shop-title">{config.brandName ?? messages.shop.defaultTitle}</h1>
      {config.notice ? <p class="notice warning">{config.notice}</p> : null}
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
          showError={attempted('product') && !product}
          onSelect={(code) => {
            update({ productCode: code });
          }}
          onContinue={() => {
            next('product');
          }}
          onCollect={() => {
            go('collect');
          }}
        />
      ) : null}

      {flow.step === 'details' ? (
        <DetailsStep
          product={product}
          form={form}
          confirmPassword={flow.confirmPassword}
          errors={attempted('details') ? detailErrors : {}}
          passwordForgotten={flow.passwordForgotten}
          onChange={(name, value) => {
            setFlow((previous) => ({ ...previous, form: { ...previous.form, [name]: value } }));
          }}
          onConfirmPassword={(value) => {
            update({ confirmPassword: value });
          }}
          onBack={() => {
            go('product');
          }}
          onContinue={() => {
            next('details');
          }}
        />
      ) : null}

      {flow.step === 'key' ? (
        <KeyStep
          email={form.emailAddress?.trim() ?? ''}
          hasKey={flow.keys !== null}
          privateKeyPem={flow.keys?.privateKeyPem}
          saved={session.keySaved}
          busy={busy}
          failed={failed}
          reused={flow.ordered}
          showError={attempted('key')}
          onMake={() => void makeKey()}
          onMakeNew={() => void makeKey()}
          onSaved={(saved) => {
            updateSession({ keySaved: saved });
          }}
          onBack={() => {
            go('details');
          }}
          onContinue={() => {
            next('key');
          }}
        />
      ) : null}

      {flow.step === 'review' && product ? (
        <ReviewStep
          config={config}
          product={product}
          form={form}
          built={built}
          problems={reviewProblems}
          onEdit={go}
          onBack={() => {
            go('key');
          }}
          onPlace={placeOrder}
        />
      ) : null}

      {flow.step === 'waiting' ? (
        <WaitingStep
          onAgain={placeOrder}
          onBack={() => {
            go('review');
          }}
        />
      ) : null}

      {flow.step === 'error' && flow.outcome?.kind === 'error' ? (
        <ErrorStep
          outcome={flow.outcome}
          query={flow.resultQuery}
          support={config.support}
          onTryAgain={() => {
            setFlow((previous) => tryAgain(previous));
          }}
        />
      ) : null}

      {flow.step === 'success' && flow.outcome?.kind === 'placed' ? (
        <SuccessStep
          outcome={flow.outcome}
          query={flow.resultQuery}
          config={config}
          product={product}
          email={form.emailAddress?.trim() ?? ''}
          onCollect={() => {
            go('collect');
          }}
        />
      ) : null}

      {flow.step === 'collect' ? (
        <CollectFlow
          {...(flow.outcome?.kind === 'placed' && flow.outcome.orderNumber
            ? { orderNumber: flow.outcome.orderNumber }
            : {})}
          loginName={form.loginName ?? ''}
          onBack={() => {
            go(flow.outcome?.kind === 'placed' ? 'success' : 'product');
          }}
        />
      ) : null}

      {/* The error step shows the contact in its own place. */}
      {flow.step === 'error' ? null : <SupportContact support={config.support} id="shop-help" />}
    </section>
  );
}
