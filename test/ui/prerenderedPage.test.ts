import { afterEach, describe, expect, it } from 'vitest';
import { languageSettings } from '../../src/ui/i18n/languageSettings';
import { pickLanguage } from '../../src/ui/i18n/pickLanguage';
import { requestedLanguage } from '../../src/ui/i18n/requestedLanguage';
import {
  PRERENDERED_ATTRIBUTE,
  PRERENDERED_PAGE_ID,
  drawsPrerenderedPage,
  dropPrerenderedPage,
  noteEdits,
  revealPrerenderedPage,
  sendHeldSubmit,
} from '../../src/ui/prerenderedPage';
import { RESULT_QUERY, parseHash } from '../../src/ui/route';
import { VIEWS, pickView } from '../../src/ui/views';

describe('drawsPrerenderedPage: where the app’s first render is the prerendered start page', () => {
  it.each([
    ['the bare address', '', '', true],
    ['an empty fragment', '', '#', true],
    ['the start page named', '', '#/generate', true],
    ['the start page with a trailing slash', '', '#/generate/', true],
    ['English asked for', '?lang=en', '', true],
    ['English of a region asked for', '', '#/generate?lang=en-GB', true],
    ['a query the app does not read', '?utm_source=mail', '', true],
    ['German asked for in the query', '?lang=de', '', false],
    ['German asked for in the fragment', '', '#/?lang=de-DE', false],
    ['a language the page does not offer', '?lang=xx', '', false],
    ['Sectigo’s redirect with an order number', '?orderNumber=8151164', '', false],
    ['Sectigo’s redirect with an error', '?errorCode=-16', '#/generate', false],
    ['an expert view', '', '#/decode', false],
    ['the ordering page', '', '#/shop', false],
    ['a view that does not exist', '', '#/nowhere', false],
  ])('%s (%s%s): %s', (_, search, hash, expected) => {
    expect(drawsPrerenderedPage({ search, hash })).toBe(expected);
  });

  // The general tool's own choices (no config.json), for every route and language asked for.
  const routes = ['', '#/', ...VIEWS.map((view) => `#/${view.id}`)];
  const searches = ['', '?lang=en', '?lang=EN-us', '?lang=de', '?lang=zh-Hant', '?orderNumber=1'];
  it.each(routes.flatMap((hash) => searches.map((search) => [hash, search] as const)))(
    'never for a page the app would draw otherwise: fragment "%s", query "%s"',
    (hash, search) => {
      if (!drawsPrerenderedPage({ search, hash })) return;
      expect(pickView(parseHash(hash).view, false, RESULT_QUERY.test(search))).toBe('generate');
      // As LanguageProvider asks, for a visitor whose browser prefers German.
      const settings = languageSettings(undefined);
      expect(
        pickLanguage({
          ...settings,
          requested: requestedLanguage({ search, hash }),
          browser: settings.followBrowser ? ['de-DE', 'fr'] : [],
        }),
      ).toBe('en');
    },
  );
});

/** index.html's body as the build writes it: the frame in #app, the page in a template after it. */
function builtPage(startPage = '<main><form><button>Generate</button></form></main>'): void {
  body(
    `<div id="app"><!-- the frame --><div class="app-shell" aria-hidden="true"></div></div><template id="${PRERENDERED_PAGE_ID}">${startPage}</template><noscript>…</noscript>`,
  );
}

/** The document's body parsed from markup, as the browser parses the page. */
function body(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('revealPrerenderedPage', () => {
  it('puts the page in place of the frame, once, and marks it busy', () => {
    builtPage();
    const root = document.getElementById('app');
    expect(revealPrerenderedPage(document)).toBe(true);
    expect(root?.innerHTML).toBe('<main><form><button>Generate</button></form></main>');
    expect(root?.hasAttribute(PRERENDERED_ATTRIBUTE)).toBe(true);
    expect(root?.getAttribute('aria-busy')).toBe('true');
    expect(document.getElementById(PRERENDERED_PAGE_ID)).toBeNull();
    // The second call (the app, after the boot script) finds it there.
    const form = root?.querySelector('form');
    expect(revealPrerenderedPage(document)).toBe(true);
    expect(root?.querySelector('form')).toBe(form);
  });

  it('is false on a page without the template (shop.html, the offline file)', () => {
    body('<div id="app"><div class="app-shell"></div></div>');
    expect(revealPrerenderedPage(document)).toBe(false);
    expect(document.getElementById('app')?.hasAttribute('aria-busy')).toBe(false);
  });

  it('sends a form sent early once the app has taken the page over, once, with its button', () => {
    builtPage('<main><form><button id="go">Generate</button></form></main>');
    revealPrerenderedPage(document);
    const root = document.getElementById('app');
    const form = root?.querySelector('form');
    if (!root || !form) throw new Error('no form');
    const sent: string[] = [];
    form.addEventListener('submit', (event) => {
      if (!event.defaultPrevented) sent.push(event.submitter?.id ?? 'none');
      event.preventDefault();
    });
    document.getElementById('go')?.click();
    expect(sent).toEqual([]);
    root.removeAttribute('aria-busy');
    sendHeldSubmit(root);
    sendHeldSubmit(root);
    expect(sent).toEqual(['go']);
  });

  it('sends nothing when nothing was sent early', () => {
    builtPage();
    revealPrerenderedPage(document);
    const root = document.getElementById('app');
    const form = root?.querySelector('form');
    if (!root || !form) throw new Error('no form');
    let sent = 0;
    form.addEventListener('submit', (event) => {
      sent += 1;
      event.preventDefault();
    });
    root.removeAttribute('aria-busy');
    sendHeldSubmit(root);
    expect(sent).toBe(0);
  });

  it('keeps a form from being sent until the app has taken the page over', () => {
    builtPage();
    revealPrerenderedPage(document);
    const root = document.getElementById('app');
    const form = root?.querySelector('form');
    const send = () => {
      const event = new Event('submit', { bubbles: true, cancelable: true });
      form?.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(send()).toBe(true);
    root?.removeAttribute('aria-busy');
    expect(send()).toBe(false);
  });
});

describe('dropPrerenderedPage', () => {
  it('removes the template and leaves the frame', () => {
    builtPage();
    dropPrerenderedPage(document);
    expect(document.getElementById(PRERENDERED_PAGE_ID)).toBeNull();
    expect(document.querySelector('#app .app-shell')).not.toBeNull();
  });
});

describe('noteEdits: what the visitor changed before the app took over', () => {
  const page = `<main><form>
    <textarea id="names"></textarea>
    <input id="cn" value="" />
    <input type="radio" name="kind" id="dv" value="dv" checked />
    <input type="radio" name="kind" id="ov" value="ov" />
    <input type="checkbox" id="encrypt" checked />
    <select id="language"><option value="en">English</option><option value="de">Deutsch</option></select>
  </form></main>`;

  const field = (id: string) => document.getElementById(id);
  const text = (id: string) => field(id) as HTMLInputElement | HTMLTextAreaElement;
  const box = (id: string) => field(id) as HTMLInputElement;
  const select = () => field('language') as HTMLSelectElement;

  /** The fields told, with their events and the state each had when told. */
  function tellAfter(tell: () => void): string[] {
    const events: string[] = [];
    const root = document.getElementById('app');
    for (const type of ['input', 'change'])
      root?.addEventListener(type, (event) => {
        const target = event.target as HTMLInputElement;
        const state =
          target instanceof HTMLSelectElement
            ? target.value
            : target.type === 'radio' || target.type === 'checkbox'
              ? String(target.checked)
              : target.value;
        events.push(`${target.id}:${type}:${state}`);
      });
    tell();
    return events;
  }

  /** What hydration does to the fields: a text box gets the app's own value. */
  function hydrate(): void {
    text('names').value = '';
  }

  it('tells nothing of an untouched page', () => {
    builtPage(page);
    revealPrerenderedPage(document);
    const root = document.getElementById('app');
    if (!root) throw new Error('no #app');
    const tell = noteEdits(root);
    hydrate();
    expect(tellAfter(tell)).toEqual([]);
  });

  it('gives each changed field its state back, with the events the app listens to', () => {
    builtPage(page);
    revealPrerenderedPage(document);
    text('names').value = 'www.example.com';
    box('ov').checked = true;
    box('encrypt').checked = false;
    select().selectedIndex = 1;
    const root = document.getElementById('app');
    if (!root) throw new Error('no #app');
    const tell = noteEdits(root);
    hydrate();
    expect(tellAfter(tell)).toEqual([
      'names:input:www.example.com',
      'names:change:www.example.com',
      'ov:input:true',
      'ov:change:true',
      'encrypt:input:false',
      'encrypt:change:false',
      'language:input:de',
      'language:change:de',
    ]);
    expect(text('names').value).toBe('www.example.com');
  });

  it('leaves a text the visitor typed and then removed alone', () => {
    builtPage(page);
    revealPrerenderedPage(document);
    text('cn').value = 'x';
    text('cn').value = '';
    const root = document.getElementById('app');
    if (!root) throw new Error('no #app');
    expect(tellAfter(noteEdits(root))).toEqual([]);
  });
});
