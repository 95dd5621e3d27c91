/**
 * index.html's app: the start page (Generate) ships in this entry's first
 * load, so it paints without a further round trip; every other view is a
 * chunk of its own, the ordering page's first step too (src/shop.tsx is the
 * ordering page's own entry, for shop.html).
 */
import { startApp } from './ui/startApp';
import { provideView } from './ui/views';
import { GenerateView } from './ui/views/generate/GenerateView';

provideView('generate', GenerateView);
startApp();
