/**
 * The id of index.html's <template> with the prerendered start page
 * (src/ui/prerenderedPage.ts), which the build writes (vite.config.ts). A
 * module of its own, with no imports, for the build's config to read.
 */
export const PRERENDERED_PAGE_ID = 'prerendered-start-page';
