/**
 * The curl command that reads the account password from a file or an
 * environment variable instead of carrying it: run by a
 * real shell with real curl against a loopback server, the post is exactly
 * the request buildRequest describes, and the password is nowhere in the
 * command text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRequest } from '../../../src/core/order/buildRequest';
import {
  DEFAULT_SECRET_FILE,
  DEFAULT_SECRET_VARIABLE,
  secretSetup,
  type SecretSource,
} from '../../../src/core/order/toCurl';
import { shellQuote } from '../../../src/core/encoding/shellQuote';
import type { OrderEndpointId } from '../../../src/core/order/types';
import { ENDPOINTS } from '../../../src/core/spec/endpoints';
import type { ParamSpec } from '../../../src/core/spec/types';
import { SECTIGO_CSR, SHELLS, curlArguments, postWithCurl, postedPairs, runShell } from './support';

/** Every character a shell or a form encoding could trip on. */
const PASSWORD = `p"w'd $(id) \`id\` \\ & = + % ! # 😀 ü`;

/** Requests of the endpoints that carry loginPassword (the documents' samples, with our password). */
const REQUESTS: Record<OrderEndpointId, Record<string, string>> = {
  PlaceOrder: {
    ap: 'brand',
    reseller: 'Y',
    name: 'Fred Bloggs',
    emailAddress: 'fred@example.com',
    loginName: 'login_name',
    loginPassword: PASSWORD,
    '1_PPP': '2411',
    '1_smimeEmailAddresses': 'fred@example.com',
    '1_csr': SECTIGO_CSR,
  },
  AutoApplyOrder: {
    loginName: 'login_name',
    loginPassword: PASSWORD,
    product: '488',
    days: '365',
    isCustomerValidated: 'N',
    serverSoftware: '-1',
    csr: SECTIGO_CSR,
    dcvEmailAddress: 'admin@example.com',
  },
  AutoReplaceSMIME: {
    loginName: 'login_name',
    loginPassword: PASSWORD,
    orderNumber: '1234567',
    csr: SECTIGO_CSR,
  },
  RequestAndCollectSMIME: {
    loginName: 'login_name',
    loginPassword: PASSWORD,
    orderNumber: '1234567',
    queryType: '1',
  },
};

const dir = mkdtempSync(join(tmpdir(), 'order-desk-curl-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const passwordFile = join(dir, DEFAULT_SECRET_FILE);
writeFileSync(passwordFile, PASSWORD);

const SOURCES: readonly [string, SecretSource, string][] = [
  ['a file', { kind: 'file', path: passwordFile }, ''],
  [
    'an environment variable',
    { kind: 'env', variable: DEFAULT_SECRET_VARIABLE },
    `${DEFAULT_SECRET_VARIABLE}=${shellQuote(PASSWORD)}; export ${DEFAULT_SECRET_VARIABLE}\n`,
  ],
];

const endpoints = Object.keys(REQUESTS) as OrderEndpointId[];

describe('every endpoint that carries loginPassword documents it as a secret', () => {
  it.each(endpoints)('%s', (endpoint) => {
    const table: readonly ParamSpec[] = ENDPOINTS[endpoint].params;
    const secret = table.filter((param) => param.secret === true);
    expect(secret.map((param) => param.name)).toEqual(['loginPassword']);
  });
});

describe.each(SOURCES)('the password read from %s', (_, source, prelude) => {
  it.each(endpoints)('%s: the command holds no password', (endpoint) => {
    const { curl, ok } = buildRequest(endpoint, REQUESTS[endpoint], { curlSecrets: source });
    expect(ok).toBe(true);
    expect(curl).not.toContain('p"w');
    expect(curl).not.toContain('😀');
    expect(curl).toMatch(/loginPassword[@=]/);
  });

  it.each(SHELLS.flatMap((shell) => endpoints.map((endpoint) => [shell, endpoint] as const)))(
    '%s, %s: real curl posts exactly the request',
    async (shell, endpoint) => {
      const built = buildRequest(endpoint, REQUESTS[endpoint], { curlSecrets: source });
      const posted = await postWithCurl(
        (url) => prelude + built.curl.replace(ENDPOINTS[endpoint].url, url),
        shell,
      );
      expect(posted.method).toBe('POST');
      expect(posted.contentType).toBe('application/x-www-form-urlencoded');
      expect(postedPairs(posted.body)).toEqual(built.params);
      expect(postedPairs(posted.body)).toContainEqual(['loginPassword', PASSWORD]);
    },
  );
});

describe('when the password is not there', () => {
  it.each(SHELLS)('%s: an unset variable stops the command before curl runs', async (shell) => {
    const { curl } = buildRequest('AutoReplaceSMIME', REQUESTS.AutoReplaceSMIME, {
      curlSecrets: { kind: 'env', variable: DEFAULT_SECRET_VARIABLE },
    });
    const run = await runShell(shell, `curl() { echo RAN; }\n${curl}\n`);
    expect(run.status).not.toBe(0);
    expect(run.stdout.toString()).not.toContain('RAN');
    expect(run.stderr).toContain(`set ${DEFAULT_SECRET_VARIABLE} first`);
  });

  it('a variable name that is not a shell name falls back to the default', async () => {
    const { curl } = buildRequest('AutoReplaceSMIME', REQUESTS.AutoReplaceSMIME, {
      curlSecrets: { kind: 'env', variable: 'X; rm -rf ~' },
    });
    expect(curl).not.toContain('rm -rf');
    const words = await curlArguments(`${DEFAULT_SECRET_VARIABLE}=abc\n${curl}`);
    expect(words).toContain('loginPassword=abc');
  });
});

describe('secretSetup: asks for the password without echo and puts it where the command reads it', () => {
  it.each(SHELLS)('%s: the file holds exactly the password, no newline, owner-only', (shell) => {
    const file = join(dir, `typed-${shell.replaceAll('/', '-')}.txt`);
    const setup = secretSetup({ kind: 'file', path: file });
    // stdin is not a terminal here: stty fails and says so, the read still works.
    const run = spawnSync(shell, ['-c', setup], { input: `${PASSWORD}\n`, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(PASSWORD);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each(SHELLS)('%s: the variable holds exactly the password', (shell) => {
    const setup = secretSetup({ kind: 'env', variable: 'MY_PW' });
    const run = spawnSync(shell, ['-c', `${setup}; printf '%s' "$MY_PW"`], {
      input: `${PASSWORD}\n`,
      encoding: 'utf8',
    });
    expect(run.stdout).toBe(PASSWORD);
  });

  it('typed into the command, there is nothing to set up', () => {
    expect(secretSetup({ kind: 'inline' })).toBe('');
  });
});
