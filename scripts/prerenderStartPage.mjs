// @ts-check
/**
 * Renders the start page (the general tool's Generate form, in English) with
 * the app's own modules and prints its #app HTML: the build
 * (vite.config.ts, prerenderedStartPage) puts it into index.html, so that a
 * phone shows the form, styled, as soon as the page and config.json have
 * arrived, and the app then hydrates it instead of drawing it afresh
 * (src/ui/prerenderedPage.ts says when). Measured on the phone profile of
 * scripts/bench-first-view.mjs: the Generate button works some 120 ms
 * sooner.
 *
 * A process of its own, because it makes happy-dom's window the global
 * object's DOM, as a browser tab would have it, which no other part of the
 * build should see. The modules load through Vite's SSR loader with the
 * project's own config (the Preact preset's JSX), unchanged: what a browser
 * renders at https://…/index.html with no config.json, no query, no fragment
 * and no chosen language.
 */
import { Window } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** How long the app may take to settle on the start page (no network: it is quick). */
const SETTLE_LIMIT = 10_000;

const window = new Window({
  url: 'https://order-desk.invalid/',
  width: 390,
  height: 844,
  settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
});
// No reseller config.json: the general tool (src/ui/config/configFile.ts reads a 404 so).
const noFile = async () => new window.Response('', { status: 404 });
Reflect.set(window, 'fetch', noFile);
/*
 * happy-dom has no `spellcheck` property, so Preact would set `spellcheck={false}`
 * as an attribute, which it leaves out for false; Chromium, Firefox and WebKit
 * reflect the property as spellcheck="false". Hydration sets no attributes, so
 * the page must carry it as they would write it.
 */
Object.defineProperty(window.HTMLElement.prototype, 'spellcheck', {
  configurable: true,
  get() {
    return this.getAttribute('spellcheck') !== 'false';
  },
  set(value) {
    this.setAttribute('spellcheck', value ? 'true' : 'false');
  },
});
const globals = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));
for (const key of Object.getOwnPropertyNames(window))
  if (!(key in globalThis)) globals[key] = Reflect.get(window, key);
for (const key of ['window', 'self', 'document', 'navigator', 'location', 'fetch'])
  Object.defineProperty(globalThis, key, {
    configurable: true,
    writable: true,
    value: key === 'window' || key === 'self' ? window : Reflect.get(window, key),
  });

// As the build: Preact without its debug layer (the preset adds it when developing).
process.env.NODE_ENV = 'production';
/**
 * The form's state as attributes: Preact sets a field's value, a choice's
 * `checked` and a list's choice as properties, which the markup does not
 * carry (in a browser no more than here), and hydration does not set them
 * again (but a text box's value). So the page would show every choice
 * unmade until the app's next render.
 * @param {import('happy-dom').HTMLElement} root
 */
function writeFormState(root) {
  for (const field of root.querySelectorAll('input, textarea, select')) {
    if (field instanceof window.HTMLInputElement) {
      if (field.type === 'radio' || field.type === 'checkbox') {
        if (field.checked) field.setAttribute('checked', '');
        else field.removeAttribute('checked');
      } else if (field.value !== '') field.setAttribute('value', field.value);
    } else if (field instanceof window.HTMLTextAreaElement) field.textContent = field.value;
    else if (field instanceof window.HTMLSelectElement)
      for (const option of field.options)
        if (option.selected) option.setAttribute('selected', '');
        else option.removeAttribute('selected');
  }
}

const server = await createServer({
  root: ROOT,
  mode: 'production',
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
  // One Preact for the app and its hooks: every module through Vite's loader.
  ssr: { noExternal: true },
});
try {
  const load = (/** @type {string} */ path) => server.ssrLoadModule(path);
  const { h, render } = await load('preact');
  const { provideView } = await load('/src/ui/views/index.ts');
  const { GenerateView } = await load('/src/ui/views/generate/GenerateView.tsx');
  const { App } = await load('/src/ui/App.tsx');
  const { LanguageRoot } = await load('/src/ui/i18n/LanguageRoot.tsx');
  // As src/main.tsx: the start page is in index.html's first load.
  provideView('generate', GenerateView);
  const root = window.document.createElement('div');
  root.id = 'app';
  window.document.body.append(root);
  /*
   * The page as the app's first render with the form draws it, which is what
   * hydration renders: config.json read (none), no "Loading…", and nothing that
   * the form's effects fetch afterwards (its rules and their openssl command,
   * src/ui/views/generate/loadFormRules.ts), which follow in the browser as well.
   * A mutation observer's callback runs right after the render's commit,
   * before any effect.
   */
  const firstForm = new Promise((done) => {
    new window.MutationObserver((_, observer) => {
      if (!root.querySelector('main form') || root.querySelector('main .loading')) return;
      observer.disconnect();
      writeFormState(root);
      done(root.innerHTML);
    }).observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  render(h(LanguageRoot, null, h(App, null)), root);
  const html = await Promise.race([
    firstForm,
    new Promise((_, fail) =>
      setTimeout(() => {
        fail(new Error('the start page did not render its form'));
      }, SETTLE_LIMIT),
    ),
  ]);
  process.stdout.write(String(html));
} finally {
  await server.close();
  await window.happyDOM.close();
}
// Views prefetched when idle may still be loading through the SSR loader.
process.exit(0);
