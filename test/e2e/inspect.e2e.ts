/**
 * The Inspect view in real Chromium against the production build: an openssl
 * CSR pasted, its findings and decoded subject shown, the DCV file downloaded
 * and checked against `openssl dgst`, a private key pasted by mistake refused,
 * and an accessibility scan with a CSR loaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { useAppUnderTest } from './support/appUnderTest';
import { openWatched } from './support/browser';

interface OpensslCsr {
  readonly csrPem: string;
  readonly keyPem: string;
  readonly md5: string;
  readonly sha256: string;
}

/** An RSA 2048 CSR made by openssl, its key, and the hashes openssl gives of its DER. */
function makeOpensslCsr(): OpensslCsr {
  const dir = mkdtempSync(join(tmpdir(), 'order-desk-inspect-e2e-'));
  const run = (args: string[]) =>
    execFileSync('openssl', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  try {
    run([
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-noenc',
      '-keyout',
      'shop.key',
      '-out',
      'shop.csr',
      '-subj',
      '/C=GB/O=Example Ltd/CN=shop.example.com',
      '-addext',
      'subjectAltName=DNS:shop.example.com,DNS:www.shop.example.com',
    ]);
    run(['req', '-in', 'shop.csr', '-outform', 'DER', '-out', 'shop.der']);
    const digest = (name: string) =>
      run(['dgst', `-${name}`, '-r', 'shop.der']).split(' ')[0] ?? '';
    return {
      csrPem: readFileSync(join(dir, 'shop.csr'), 'utf8'),
      keyPem: readFileSync(join(dir, 'shop.key'), 'utf8'),
      md5: digest('md5'),
      sha256: digest('sha256'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let csr: OpensslCsr;

const app = useAppUnderTest();

beforeAll(() => {
  csr = makeOpensslCsr();
});

/** Opens the view and pastes the text as the CSR; waits for the inspection. */
async function pasteCsr(page: Page, text: string): Promise<void> {
  await page.goto(`${app.host.url}#/inspect`);
  await page.getByRole('heading', { level: 1, name: 'Inspect a CSR' }).waitFor();
  await page.getByRole('textbox', { name: 'CSR', exact: true }).fill(text);
}

describe('the Inspect view', () => {
  it('inspects an openssl CSR and downloads the DCV file openssl agrees with', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await pasteCsr(page, csr.csrPem);
    await page.getByText(/^CSR inspected:/).waitFor();

    const findings = page.getByRole('region', { name: 'Findings' });
    expect(await findings.textContent()).toContain("this CSR follows Sectigo's rules");
    const subject = page.getByRole('table', { name: 'Subject' });
    expect(await subject.getByRole('row', { name: /Common name/ }).textContent()).toContain(
      'shop.example.com',
    );
    const key = page.getByRole('table', { name: 'Key and signature' });
    expect(await key.textContent()).toContain('RSA, 2048 bits');
    expect(await key.getByRole('row', { name: /^Signature Verifies/ }).count()).toBe(1);

    const hashes = page.getByRole('table', { name: 'Hashes of the CSR' });
    expect(await hashes.textContent()).toContain(csr.md5);
    expect(await hashes.textContent()).toContain(csr.sha256);

    const fileName = `${csr.md5.toUpperCase()}.txt`;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download ${fileName}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    const saved = await download.path();
    expect(readFileSync(saved, 'utf8')).toBe(`${csr.sha256}\nsectigo.com`);

    const site = page.getByRole('table', { name: 'www.shop.example.com' });
    expect(await site.textContent()).toContain(
      `http://www.shop.example.com/.well-known/pki-validation/${fileName}`,
    );
    expect(await site.textContent()).toContain(`_${csr.md5}.www.shop.example.com.`);
    expect(await site.textContent()).toContain(
      `${csr.sha256.slice(0, 32)}.${csr.sha256.slice(32)}.sectigo.com.`,
    );

    // The key openssl made with it belongs to it.
    await page.getByRole('textbox', { name: 'Private key (PEM)' }).fill(csr.keyPem);
    await page.getByRole('button', { name: 'Check the key' }).click();
    await page.getByText(/this private key \(RSA 2048\) belongs to this CSR/).waitFor();

    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('fits a 390 px phone with a CSR loaded (the DCV file path used to make it 431 px wide)', async () => {
    const watched = await openWatched(app.browser, app.host.origin, {
      viewport: { width: 390, height: 844 },
    });
    const { page } = watched;
    await pasteCsr(page, csr.csrPem);
    await page.getByText(/^CSR inspected:/).waitFor();
    await page.getByRole('button', { name: /^Download .*\.txt$/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await watched.context.close();
  });

  it('refuses a private key pasted as the CSR, and never shows it', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await pasteCsr(page, csr.keyPem);
    await page.getByText(/That was a private key, not a CSR/).waitFor();
    expect(await page.getByRole('textbox', { name: 'CSR', exact: true }).inputValue()).toBe('');
    const html = await page.content();
    for (const line of csr.keyPem.split('\n').filter((l) => l && !l.startsWith('-')))
      expect(html).not.toContain(line);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('stays responsive with a megabyte of pasted text', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await pasteCsr(page, 'A'.repeat(1024 * 1024 - 1) + '!');
    await page.getByText('This is not a CSR: see the finding below.').waitFor();
    expect(await page.getByRole('region', { name: 'Findings' }).textContent()).toContain(
      'not valid Base64',
    );
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('axe-core finds no serious or critical violation with a CSR loaded', async () => {
    // axe is injected as a script, which the page's own policy rightly refuses; the
    // scan is about markup, so this one context bypasses CSP.
    const watched = await openWatched(app.browser, app.host.origin, { bypassCSP: true });
    const { page } = watched;
    await pasteCsr(page, csr.csrPem);
    await page.getByText(/^CSR inspected:/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await watched.context.close();
  });
});
