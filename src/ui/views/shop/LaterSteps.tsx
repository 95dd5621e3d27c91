/**
 * The ordering page after its first step: details, key, review, then the order
 * goes to Sectigo in a new tab while this tab keeps everything in memory,
 * waiting for the result (resultChannel.ts); after an error the customer tries
 * again with what they typed and the same key; after success, the next steps
 * and the way to collect the certificate. A chunk of its own, loaded when the
 * first step is on screen and the browser is idle (ShopView.tsx):
 * the order builder, the response reader and the collect flow are not needed
 * to choose a product.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ResellerConfig } from '../../../core/config';
import type { ProductSpec } from '../../../core/spec';
import { buildRequest } from '../../../core/order';
import { useLanguage } from '../../i18n/LanguageProvider';
import { params as enParams } from '../../i18n/en/params';
import { shop as enShop } from '../../i18n/en/shop';
import { useMessages } from '../../i18n/useMessages';
import { confirmKeyLoss, updateSession, useSession } from '../../session';
import { loadPki } from '../../loaders';
import { postInNewTab } from '../order/postForm';
import { CollectFlow } from './collect/CollectFlow';
import { customerIssues } from './customerIssues';
import { DetailsStep } from './DetailsStep';
import { ErrorStep } from './ErrorStep';
import { KeyStep } from './KeyStep';
import { detailFields, orderValues, PERSON_REQUIRED, ORGANIZATION_REQUIRED } from './orderValues';
import { awaitResult } from './resultChannel';
import { ReviewStep } from './ReviewStep';
import { tryAgain, type OrderStep, type ShopFlow } from './shopFlow';
import { SuccessStep } from './SuccessStep';
import { WaitingStep } from './WaitingStep';
import { withResult } from './withResult';

export interface LaterStepsProps {
  readonly config: ResellerConfig;
  readonly product: ProductSpec | undefined;
  readonly flow: ShopFlow;
  readonly setFlow: (next: (previous: ShopFlow) => ShopFlow) => void;
  readonly go: (step: ShopFlow['step']) => void;
}

export function LaterSteps({ config, product, flow, setFlow, go }: LaterStepsProps) {
  const messages = useMessages({ params: enParams, shop: enShop });
  const language = useLanguage();
  const session = useSession();
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
    }, language.code);
  }, [flow.step, language.code]);

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

  const next = (from: OrderStep) => {
    const attempted = flow.attempted.includes(from) ? flow.attempted : [...flow.attempted, from];
    update({ attempted });
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
      updateSession({
        csrPem: made.csrPem,
        privateKeyPem: made.privateKeyPem,
        keySaved: false,
        keyDownloaded: false,
      });
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

  const attempted = (step: OrderStep) => flow.attempted.includes(step);
  const reviewProblems = Object.values(
    customerIssues(messages, built.issues, form, fields, required),
  );

  return (
    <>
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
          downloaded={session.keyDownloaded === true}
          busy={busy}
          failed={failed}
          reused={flow.ordered}
          showError={attempted('key')}
          onMake={() => void makeKey()}
          onMakeNew={() => void makeKey()}
          onSaved={(saved) => {
            updateSession({ keySaved: saved });
          }}
          onDownloaded={() => {
            updateSession({ keySaved: true, keyDownloaded: true });
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
    </>
  );
}
