/**
 * shop.html's app: a reseller's ordering page. Its first step and the
 * config.json schema ship in this entry's first load, fetched beside the app's
 * chunk rather than after config.json has been read, and the start page's form
 * is not part of it (it loads only if config.json turns out to be missing or
 * invalid). The built shop.html is index.html with this entry (vite.config.ts).
 */
import { startApp } from './ui/startApp';
import { provideView } from './ui/views';
import { ShopView } from './ui/views/shop/ShopView';

provideView('shop', ShopView);
startApp();
