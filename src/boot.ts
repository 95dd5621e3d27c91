/**
 * A small script that index.html runs before the app (src/main.tsx), which is
 * still on the line when this has arrived: it reads config.json and starts
 * loading the first view's code at once. On a reseller's ordering page that is
 * the first step's chunk, which index.html cannot name because the same page
 * without a config.json is the general tool, whose visitors should not fetch
 * it. Measured with scripts/bench-first-view.mjs; the bootScript plugin in
 * vite.config.ts puts it into the built page (not the offline single file,
 * which reads no config.json).
 *
 * So this imports nothing that imports Preact or a view: its chunk is a few
 * KiB, and the app's chunk imports its modules from it (one instance each,
 * config.json read once).
 */
import { hasConfigFile } from './ui/config/configFile';
import { parseHash } from './ui/route';
import { RESULT_QUERY, loadView, pickView } from './ui/views';

const route = parseHash(window.location.hash);
const openedWithResult = RESULT_QUERY.test(window.location.search);

// A config.json is there: the ordering page's first step loads now, beside the
// app's chunk, rather than after the app has checked the file (an invalid
// file then wasted that fetch; the app shows what is wrong with it).
void hasConfigFile()
  .then((present) => loadView(pickView(route.view, present, openedWithResult)))
  .catch(() => undefined);
