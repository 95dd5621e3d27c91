/**
 * The start page, drawn at build time into index.html (vite.config.ts,
 * prerenderedStartPage; scripts/prerenderStartPage.mjs renders it with the
 * app's own modules). It sits in a <template>, which a browser neither shows
 * nor runs: without JavaScript the page keeps its frame and its <noscript>
 * line, never a form that does nothing. The boot script (src/boot.ts) moves it
 * into #app as soon as config.json is known to be absent, before the app's
 * code has arrived; the app then hydrates it (src/ui/startApp.tsx): the same
 * nodes, now working. On the phone profile of scripts/bench-first-view.mjs
 * the Generate button works some 120 ms sooner than when the app draws the
 * page itself, and the page shows styled (its stylesheet is inline) in place
 * of the frame's spinner.
 *
 * Only where the app's first render is exactly that page: the general tool
 * (no reseller config.json, whose ordering page differs and is in the
 * visitor's language), at the start page, not after Sectigo's redirect, not
 * asked for another language, with WebCrypto (else the page leads with a
 * warning), and with the inline stylesheet applied (a stale
 * Content-Security-Policy would leave the page unstyled). Anywhere else the
 * template is dropped and the app draws its page as without it.
 *
 * No Preact and no view here: this is part of the boot script as well.
 */
import { RESULT_QUERY, parseHash } from './route';
import { requestedLanguage } from './i18n/requestedLanguage';
import { PRERENDERED_PAGE_ID } from './prerenderedPageId';

export { PRERENDERED_PAGE_ID };
/** Set on #app once the page has been moved in; hydration keeps it. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

export interface PageAddress {
  readonly search: string;
  readonly hash: string;
}

/**
 * Whether the app at this address, with no reseller config.json, first renders
 * the prerendered page: the start page, in English, not a redirect's result.
 */
export function drawsPrerenderedPage(address: PageAddress): boolean {
  if (RESULT_QUERY.test(address.search)) return false;
  const { view } = parseHash(address.hash);
  if (view !== '' && view !== 'generate') return false;
  const language = requestedLanguage(address);
  return language === null || /^en(?:$|[-_])/i.test(language.trim());
}

/**
 * Where a form sent before the app had arrived waits for it, on #app: a key of
 * the global symbol registry, which the boot script's copy of this module and
 * the app's name alike.
 */
const HELD_SUBMIT = Symbol.for('order-desk.held-submit');

/**
 * Moves the prerendered page into #app in place of the frame, once; true when
 * it is there (now or before). Until the app has hydrated it, #app is
 * aria-busy, and a form sent from it waits for the app (sendHeldSubmit): the
 * browser would otherwise send it as a plain GET and reload the page.
 */
export function revealPrerenderedPage(doc: Document): boolean {
  const root = doc.getElementById('app');
  if (!root) return false;
  if (root.hasAttribute(PRERENDERED_ATTRIBUTE)) return true;
  const template = doc.getElementById(PRERENDERED_PAGE_ID);
  if (!(template instanceof HTMLTemplateElement)) return false;
  root.replaceChildren(template.content);
  template.remove();
  root.setAttribute(PRERENDERED_ATTRIBUTE, '');
  root.setAttribute('aria-busy', 'true');
  root.addEventListener(
    'submit',
    (event) => {
      if (root.getAttribute('aria-busy') !== 'true') return;
      event.preventDefault();
      Reflect.set(root, HELD_SUBMIT, { form: event.target, submitter: event.submitter });
    },
    true,
  );
  return true;
}

/**
 * Sends the form the visitor sent before the app had taken the page over, now
 * that it has: a Generate pressed early generates, once.
 */
export function sendHeldSubmit(root: HTMLElement): void {
  const held: unknown = Reflect.get(root, HELD_SUBMIT);
  Reflect.deleteProperty(root, HELD_SUBMIT);
  if (typeof held !== 'object' || held === null) return;
  const { form, submitter } = held as { form: unknown; submitter: unknown };
  if (!(form instanceof HTMLFormElement) || !form.isConnected) return;
  form.requestSubmit(
    submitter instanceof HTMLButtonElement && submitter.form === form ? submitter : null,
  );
}

/** Drops the prerendered page where the app draws its own (a no-op once it is revealed). */
export function dropPrerenderedPage(doc: Document): void {
  doc.getElementById(PRERENDERED_PAGE_ID)?.remove();
}

/** A form field's state as the visitor may have changed it. */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const stateOf = (field: Field): string | boolean | number =>
  field instanceof HTMLSelectElement
    ? field.selectedIndex
    : field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')
      ? field.checked
      : field.value;
const initialStateOf = (field: Field): string | boolean | number =>
  field instanceof HTMLSelectElement
    ? Math.max(
        0,
        [...field.options].findIndex((option) => option.defaultSelected),
      )
    : field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')
      ? field.defaultChecked
      : field.defaultValue;

/**
 * Notes what the visitor changed in the prerendered page before the app took
 * it over, and returns what tells the app, to be called once it has: hydration
 * keeps the nodes, but sets a text box's value to the app's own (empty) one,
 * and the app's state knows nothing of a choice made. Each changed field gets
 * its state back and the events the app listens to.
 */
export function noteEdits(root: ParentNode): () => void {
  const changed = [...root.querySelectorAll<Field>('input, textarea, select')].flatMap((field) => {
    const state = stateOf(field);
    // A radio button the visitor left is told by the one chosen.
    const left = field instanceof HTMLInputElement && field.type === 'radio' && !field.checked;
    return state === initialStateOf(field) || left ? [] : [{ field, state }];
  });
  return () => {
    for (const { field, state } of changed) {
      if (typeof state === 'number' && field instanceof HTMLSelectElement)
        field.selectedIndex = state;
      else if (typeof state === 'boolean' && field instanceof HTMLInputElement)
        field.checked = state;
      else if (typeof state === 'string') field.value = state;
      for (const type of ['input', 'change'])
        field.dispatchEvent(new Event(type, { bubbles: true }));
    }
  };
}
