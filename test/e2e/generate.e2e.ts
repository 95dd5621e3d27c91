import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openssl, opensslOk } from '../core/openssl';
import { useAppUnderTest } from './support/appUnderTest';
import { openWatched } from './support/browser';

const app = useAppUnderTest();

/** Everything the page keeps in web storage and IndexedDB. */
async function storedData(page: Page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage).length,
    session: Object.keys(sessionStorage).length,
    databases: (await indexedDB.databases()).length,
    cookies: document.cookie,
  }));
}

describe('Generate view in Chromium', () => {
  it('makes a P-384 key and CSR that openssl verifies, sending nothing and storing nothing', async () => {
    const watched = await openWatched(app.browser, app.host.origin, { acceptDownloads: true });
    const { page } = watched;
    await page.goto(`${app.host.url}#/generate`);
    await page.getByRole('textbox', { name: 'Domain names' }).fill('www.example.com\nexample.com');
    await page.getByRole('radio', { name: /ECDSA P-384/ }).check();
    // The PKI code is prefetched once the first view is on screen; wait for it, so
    // what follows shows that making the key itself fetches nothing at all.
    await page.waitForLoadState('networkidle');
    const requestsBefore = app.host.requests.length;
    await page.getByRole('button', { name: 'Generate key and CSR' }).click();
    const csrBlock = page.getByRole('figure', { name: 'Certificate signing request (CSR)' });
    await csrBlock.waitFor();
    // Key generation itself fetched nothing, not even from our own app.host.
    expect(app.host.requests.slice(requestsBefore)).toEqual([]);
    const csrPem = (await csrBlock.locator('code').textContent()) ?? '';
    expect(openssl(['req', '-in', 'r.csr', '-noout', '-verify'], { 'r.csr': csrPem }).status).toBe(
      0,
    );
    const text = opensslOk(['req', '-in', 'r.csr', '-noout', '-text'], { 'r.csr': csrPem });
    expect(text).toContain('Subject: CN = www.example.com');
    expect(text).toContain('DNS:www.example.com, DNS:example.com');
    expect(text).toContain('ecdsa-with-SHA384');

    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'exists only in this page' }).count())
      .toBe(1);
    const keyDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download private key (.key)' }).click();
    const download = await keyDownload;
    expect(download.suggestedFilename()).toBe('www.example.com.key');
    const keyPem = readFileSync(await download.path(), 'utf8');
    // The CSR's public key is the downloaded key's.
    expect(opensslOk(['req', '-in', 'r.csr', '-noout', '-pubkey'], { 'r.csr': csrPem })).toBe(
      opensslOk(['pkey', '-in', 'k.pem', '-pubout'], { 'k.pem': keyPem }),
    );
    await expect.poll(() => page.getByText('Key saved.').count()).toBe(1);

    expect(await storedData(page)).toEqual({ local: 0, session: 0, databases: 0, cookies: '' });
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('encrypts the key with a passphrase that openssl needs to open it', async () => {
    const watched = await openWatched(app.browser, app.host.origin, { acceptDownloads: true });
    const { page } = watched;
    await page.goto(`${app.host.url}#/generate`);
    await page.getByRole('textbox', { name: 'Domain names' }).fill('secure.example.com');
    await page.getByRole('button', { name: 'Generate key and CSR' }).click();
    await page.getByText('Save it encrypted with a passphrase').click();
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
    await page.getByLabel('Passphrase again').fill('correct horse battery');
    await page.getByRole('button', { name: 'Encrypt the key' }).click();
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download encrypted key (.key)' }).click();
    const encrypted = readFileSync(await (await pending).path(), 'utf8');
    expect(encrypted).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    expect(
      openssl(['pkey', '-in', 'e.pem', '-passin', 'pass:correct horse battery', '-noout'], {
        'e.pem': encrypted,
      }).status,
    ).toBe(0);
    expect(
      openssl(['pkey', '-in', 'e.pem', '-passin', 'pass:wrong', '-noout'], { 'e.pem': encrypted })
        .status,
    ).not.toBe(0);
    expect(watched.consoleErrors).toEqual([]);
    await watched.context.close();
  });

  it('names the field and the rule for bad input, keeping what was typed', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await page.goto(`${app.host.url}#/generate`);
    await page.getByRole('radio', { name: /organization or extended validation/ }).check();
    await page.getByRole('textbox', { name: 'Domain names' }).fill('www.*.example.com');
    await page.getByRole('textbox', { name: 'Organization', exact: true }).fill('x'.repeat(70));
    await page.getByRole('button', { name: 'Generate key and CSR' }).click();
    await expect
      .poll(() =>
        page
          .getByText(
            'Domain name 1 “www.*.example.com”: a wildcard (*) may only be the whole first part, as in *.example.com.',
          )
          .count(),
      )
      .toBe(1);
    await expect
      .poll(() =>
        page
          .getByText('Organization is too long: use at most 64 characters (this has 70).')
          .count(),
      )
      .toBe(1);
    await expect
      .poll(() => page.getByText('Country is required for this kind of certificate.').count())
      .toBe(1);
    expect(await page.getByRole('textbox', { name: 'Domain names' }).inputValue()).toBe(
      'www.*.example.com',
    );
    expect(
      await page.getByRole('figure', { name: 'Certificate signing request (CSR)' }).count(),
    ).toBe(0);
    await watched.context.close();
  });

  it('asks before leaving the page while the key is unsaved', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await page.goto(`${app.host.url}#/generate`);
    await page.getByRole('textbox', { name: 'Domain names' }).fill('leave.example.com');
    await page.getByRole('button', { name: 'Generate key and CSR' }).click();
    await page.getByRole('figure', { name: 'Certificate signing request (CSR)' }).waitFor();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    await watched.context.close();
  });
});
