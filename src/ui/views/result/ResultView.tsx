/**
 * The result page: when Sectigo sends the customer back with the outcome of a
 * !PlaceOrder in the address (successURL / errorURL), it shows the outcome in
 * plain words (the documented meaning of the code; text from the link only
 * labelled as such), passes it to the ordering tab if one is waiting, and
 * removes the result from the address bar. It reads the address on every
 * navigation, so a result that arrives by a hash change alone is read and
 * cleaned too (a single-page app changes only the fragment; no load follows).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLanguage } from '../../i18n/LanguageProvider';
import { LANGUAGE_CODES } from '../../i18n/languages';
import { result as enResult } from '../../i18n/en/result';
import { shop as enShop } from '../../i18n/en/shop';
import { useMessages } from '../../i18n/useMessages';
import { updateSession } from '../../session';
import { useLazyOrFailure } from '../../useLazyOrFailure';
import type { ViewProps } from '..';
import { announceResult } from '../shop/resultChannel';
import { SupportContact } from '../shop/SupportContact';
import { captureResult, findResultQuery, removeResultFromAddress } from './captureResult';
import { ErrorSummary, OrderNumber, errorAdvice } from './OutcomeSummary';
import { loadResultDetails } from './loadResultDetails';
import { readOutcome } from './readOutcome';

export function ResultView({ route, config }: Partial<ViewProps>) {
  const messages = useMessages({ result: enResult, shop: enShop });
  const { choose: chooseLanguage } = useLanguage();
  const { result: words } = messages;
  const [query, setQuery] = useState(captureResult);
  const [removed, setRemoved] = useState(false);
  const [handedOver, setHandedOver] = useState(false);

  // After paint (the outcome is on screen before the address changes), and on
  // every navigation: a new `#/result?…` replaces the one shown.
  useEffect(() => {
    const fromAddress = findResultQuery(window.location);
    if (fromAddress === null) return;
    setQuery(captureResult());
    setRemoved(removeResultFromAddress());
    setHandedOver(false);
    return announceResult(fromAddress, (language) => {
      setHandedOver(true);
      // The customer's language from the ordering tab (offered languages only).
      const code = LANGUAGE_CODES.find((known) => known === language);
      if (code) chooseLanguage(code);
    });
  }, [route]);

  const outcome = useMemo(() => (query === null ? null : readOutcome(query)), [query]);
  // The technical details follow the outcome (ResultDetails.tsx). Should
  // their code not arrive (a phone that lost its signal), they say so, and
  // opening them again tries again: a reload would lose the result.
  const details = useLazyOrFailure(loadResultDetails, query !== null);
  const ResultDetails = details.value;

  if (query === null || outcome === null)
    return (
      <section aria-labelledby="result-title" class="view result-view">
        <h1 id="result-title">{words.title}</h1>
        <p class="lead">{words.noResult}</p>
        <p>
          {words.decodeHint} <a href="#/decode">{words.decodeLink}</a>.
        </p>
      </section>
    );

  return (
    <section aria-labelledby="result-title" class="view result-view">
      <h1 id="result-title">{words.title}</h1>
      {outcome.kind === 'error' ? (
        <div
          class="result-outcome result-error"
          role="alert"
          aria-labelledby="result-outcome-title"
        >
          <h2 id="result-outcome-title">{words.notPlaced}</h2>
          <ErrorSummary outcome={outcome} />
          <p>{errorAdvice(messages, outcome)}</p>
        </div>
      ) : outcome.kind === 'placed' ? (
        <div class="result-outcome result-ok" role="status" aria-labelledby="result-outcome-title">
          <h2 id="result-outcome-title">{words.placed}</h2>
          <OrderNumber outcome={outcome} />
          {outcome.orderNumber ? <p>{messages.shop.success.keepIt}</p> : null}
          <p>{messages.shop.success.steps.issued}</p>
        </div>
      ) : (
        <div
          class="result-outcome result-unknown"
          role="status"
          aria-labelledby="result-outcome-title"
        >
          <h2 id="result-outcome-title">{words.unreadable}</h2>
          <p>{words.unreadableBody}</p>
        </div>
      )}
      {handedOver ? (
        <div class="notice ok" role="status">
          <p>{messages.shop.resultTab.otherTab}</p>
          <div class="actions">
            <button
              type="button"
              onClick={() => {
                window.close();
              }}
            >
              {messages.shop.resultTab.close}
            </button>
          </div>
        </div>
      ) : null}
      {config && !handedOver ? (
        // Opened on its own (the ordering tab is gone): a way on, and whom to ask.
        <>
          {outcome.kind === 'placed' ? null : (
            <SupportContact support={config.support} id="result-support" />
          )}
          <div class="actions">
            <a class="button-link" href="#/shop">
              {words.toOrderingPage}
            </a>
          </div>
        </>
      ) : null}
      {removed ? <p class="result-cleared">{words.cleared}</p> : null}
      <details
        class="technical"
        onToggle={(event) => {
          if (event.currentTarget.open && details.failed) details.retry();
        }}
      >
        <summary>{messages.common.technicalDetails}</summary>
        <p class="help">{messages.common.technicalDetailsHelp}</p>
        <h2>{words.everything}</h2>
        {ResultDetails ? (
          <ResultDetails query={query} />
        ) : (
          <p class="help" role="status">
            {details.failed ? words.detailsFailed : messages.app.loading}
          </p>
        )}
        <div class="actions">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              updateSession({ decodeText: query });
              window.location.hash = '#/decode';
            }}
          >
            {words.openInDecode}
          </button>
        </div>
      </details>
    </section>
  );
}
