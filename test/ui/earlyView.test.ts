import { describe, expect, it } from 'vitest';
import { EARLY_VIEWS, earlyView, earlyViewFiles } from '../../src/ui/earlyView';
import { VIEWS, pickView } from '../../src/ui/views';

describe('earlyView: what the boot script fetches before the app has run', () => {
  it.each([
    ['the general tool', '', false, false, null],
    ['a reseller’s ordering page', '', true, false, 'shop'],
    ['a link to the ordering page', 'shop', true, false, 'shop'],
    ['a link to the ordering page without config.json', 'shop', false, false, null],
    ['Sectigo’s redirect to the general tool', '', false, true, 'result'],
    ['Sectigo’s redirect to an ordering page', '', true, true, 'result'],
    ['a link to the result page', 'result', false, false, 'result'],
    ['an expert view on an ordering page', 'inspect', true, false, null],
    ['an expert view with a result query', 'decode', false, true, null],
  ] as const)('%s', (_, routeView, hasConfig, openedWithResult, expected) => {
    expect(earlyView(routeView, hasConfig, openedWithResult)).toBe(expected);
  });

  it('chooses the order result page before config.json has been read', () => {
    expect(earlyView('', null, true)).toBe('result');
    expect(earlyView('', null, false)).toBeNull();
  });

  // With the same facts, the boot script never fetches a view the app then does
  // not show (an invalid config.json is the app's to find: the boot script sees
  // only that the file has content, and its chunk holds the schema that says so).
  const routes = ['', 'unknown', ...VIEWS.map((view) => view.id)];
  const cases = routes.flatMap((route) =>
    [false, true].flatMap((hasConfig) =>
      [false, true].map((openedWithResult) => [route, hasConfig, openedWithResult] as const),
    ),
  );
  it.each(cases)(
    'agrees with pickView: route "%s", config %s, result query %s',
    (route, hasConfig, openedWithResult) => {
      const early = earlyView(route, hasConfig, openedWithResult);
      const picked = pickView(route, hasConfig, openedWithResult);
      if (early) expect(picked).toBe(early);
      // A visit that names no view, or the early view itself, is never missed.
      if ((route === '' || route === picked) && (EARLY_VIEWS as readonly string[]).includes(picked))
        expect(early).toBe(picked);
    },
  );
});

describe('earlyViewFiles: the built page’s list of early files', () => {
  it('reads the list vite.config.ts writes: chunks, then their stylesheets', () => {
    const content = JSON.stringify({
      shop: ['./assets/firstStep-DtRDAIyx.js'],
      result: [
        './assets/customer-CRfbzvs5.js',
        './assets/shared-CyuJHz49.js',
        './assets/shared-BsdEsw7B.css',
      ],
    });
    expect(earlyViewFiles(content)).toEqual(JSON.parse(content));
  });

  it.each([
    ['no meta', null],
    ['not JSON', '{shop:'],
    ['not an object', '"./assets/a.js"'],
    ['JSON null', 'null'],
  ])('fetches nothing early with %s', (_, content) => {
    expect(earlyViewFiles(content)).toEqual({ shop: [], result: [] });
  });

  it('keeps only the page’s own chunks and stylesheets', () => {
    const content = JSON.stringify({
      shop: [
        './assets/ok-1.js',
        'https://cdn.example/evil.js',
        '//evil.example/a.js',
        'https://cdn.example/evil.css',
        './assets/../../x.js',
        './assets/../x.css',
        './assets/style.css',
        './assets/page.html',
        './assets/a.css?x=1',
        42,
      ],
      result: 'not a list',
      other: ['./assets/b.js'],
    });
    expect(earlyViewFiles(content)).toEqual({
      shop: ['./assets/ok-1.js', './assets/style.css'],
      result: [],
    });
  });
});
