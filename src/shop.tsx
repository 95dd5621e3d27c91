/**
 * shop.html's app, a build of its own (`vite build --mode shop`): a reseller's
 * ordering page whose first step and config.json schema come in the page's
 * first load, with the app, rather than once config.json has been read, and
 * without the start page's form (that loads only if config.json turns out to
 * be missing or invalid).
 */
import { startApp } from './ui/startApp';
import { provideView } from './ui/views';
import { ShopView } from './ui/views/shop/ShopView';

provideView('shop', ShopView);
startApp();
