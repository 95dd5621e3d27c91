/**
 * No key is ever lost silently, in real Chromium: an
 * unsaved key made in the Generate view survives "Inspect this CSR", "Use it
 * in an order" and the navigation tabs; making another asks first (and keeps
 * the key when the answer is no); closing or reloading the page asks while
 * the key is unsaved and the key is really still there. The ordering page's
 * own key survives leaving for another view and coming back.
 */
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/appUnderTest';
import { openWatched } from './support/browser';

const app = useAppUnderTest();

const csrText = (page: Page) =>
  page
    .getByRole('figure', { name: 'Certificate signing request (CSR)' })
    .locator('code')
    .textContent();

describe('an unsaved key in the Generate view', () => {
  it('survives every way out of the view, and is replaced only after asking', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    const dialogs: Dialog[] = [];
    let accept = false;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog);
      void (accept ? dialog.accept() : dialog.dismiss());
    });
    await page.goto(`${app.host.url}#/generate`);
    await page.getByRole('textbox', { name: 'Domain names' }).fill('www.example.com');
    await page.getByRole('button', { name: 'Generate key and CSR' }).click();
    await page.getByRole('figure', { name: 'Certificate signing request (CSR)' }).waitFor();
    const csr = await csrText(page);

    for (const way of [
      () => page.getByRole('link', { name: 'Inspect this CSR' }).click(),
      () => page.getByRole('link', { name: 'Use it in an order' }).click(),
      () => page.getByRole('link', { name: 'Decode response' }).click(),
    ]) {
      await way();
      await expect.poll(() => page.url()).not.toMatch(/#\/generate$/);
      await page.getByRole('link', { name: 'Generate key & CSR' }).click();
      await page.getByRole('button', { name: 'Download private key (.key)' }).waitFor();
      expect(await csrText(page)).toBe(csr);
      expect(await page.getByText('exists only in this page').count()).toBe(1);
    }
    expect(dialogs).toHaveLength(0);

    // Another key would replace it: the page asks; "no" keeps the key.
    await page.getByRole('button', { name: 'Generate key and CSR' }).click();
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]?.type()).toBe('confirm');
    expect(dialogs[0]?.message()).toContain('has not been saved');
    expect(await csrText(page)).toBe(csr);

    // Leaving the page asks too, and the key is really there when the user stays.
    await page.evaluate(() => {
      window.location.reload();
    });
    await expect.poll(() => dialogs.length).toBe(2);
    expect(dialogs[1]?.type()).toBe('beforeunload');
    expect(await csrText(page)).toBe(csr);

    accept = true;
    await page.getByRole('button', { name: 'Generate key and CSR' }).click();
    await expect.poll(() => dialogs.length).toBe(3);
    await expect.poll(() => csrText(page)).not.toBe(csr);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });
});
