/**
 * Fetching for `make add URL=…`, against a server on 127.0.0.1 started here (so every fetch
 * that is meant to reach it passes `allowPrivate`, as the command's --allow-private does):
 * redirects followed and counted, the private-network check, Content-Type, size and time limits.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/shared/errors.ts';
import { fetch as undiciFetch } from 'undici';
import { fetchPage, isPrivateAddress, pinnedAgent } from '../../pipeline/add/fetch.ts';
import * as msg from '../../pipeline/shared/messages.ts';

let server: Server;
let base: string;
const HTML = '<!DOCTYPE html><html><head><title>t</title></head><body><p>hello</p></body></html>';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end();
    } else if (url.pathname === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML);
    else if (url.pathname === '/pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    else if (url.pathname === '/big') res.writeHead(200, { 'content-type': 'text/html' }).end(`<html>${'x'.repeat(5000)}</html>`);
    else if (url.pathname === '/to-file') res.writeHead(301, { location: 'file:///etc/passwd' }).end();
    else if (url.pathname === '/slow') setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML), 2000);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function failure(p: Promise<unknown>): Promise<{ ruleId: string; message: string }> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineError);
    return (error as PipelineError).diagnostics[0]!;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetching a page', () => {
  it('refuses a private address unless allowed', async () => {
    const d = await failure(fetchPage(`${base}/page`));
    expect(d).toMatchObject({ ruleId: 'private-address', message: msg.ADD_PRIVATE('127.0.0.1', '127.0.0.1') });
  });

  it('refuses a public name that resolves to a private address', async () => {
    const d = await failure(fetchPage('https://news.example/a', { resolve: async () => ['93.184.216.34', '10.1.2.3'] }));
    expect(d).toMatchObject({ ruleId: 'private-address', message: msg.ADD_PRIVATE('news.example', '10.1.2.3') });
  });

  it('fetches an allowed address, following redirects to the final one', async () => {
    const page = await fetchPage(`${base}/hop/4`, { allowPrivate: true });
    expect(page.url).toBe(`${base}/page`);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(Buffer.from(page.bytes).toString()).toBe(HTML);
  });

  it('stops after 5 redirects', async () => {
    const d = await failure(fetchPage(`${base}/hop/5`, { allowPrivate: true }));
    expect(d).toMatchObject({ ruleId: 'fetch-failed', message: msg.ADD_FETCH_FAILED(msg.ADD_TOO_MANY_REDIRECTS(5)) });
  });

  it('checks every hop: no redirect to a file address', async () => {
    const d = await failure(fetchPage(`${base}/to-file`, { allowPrivate: true }));
    expect(d).toMatchObject({ ruleId: 'bad-url', message: msg.ADD_BAD_URL('file:///etc/passwd') });
  });

  it('refuses what is not http(s), what is not HTML, what is too large, and what takes too long', async () => {
    expect(await failure(fetchPage('ftp://example.org/a'))).toMatchObject({ ruleId: 'bad-url' });
    expect(await failure(fetchPage(`${base}/pdf`, { allowPrivate: true }))).toMatchObject({ ruleId: 'not-html', message: msg.ADD_NOT_HTML('served as application/pdf') });
    expect(await failure(fetchPage(`${base}/big`, { allowPrivate: true, maxBytes: 1000 }))).toMatchObject({ ruleId: 'page-too-large' });
    expect(await failure(fetchPage(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 }))).toMatchObject({ ruleId: 'fetch-failed', message: msg.ADD_FETCH_FAILED(msg.ADD_TIMEOUT(0.2)) });
    expect(await failure(fetchPage(`${base}/missing`, { allowPrivate: true }))).toMatchObject({ ruleId: 'fetch-failed', message: msg.ADD_FETCH_FAILED(msg.ADD_HTTP_STATUS(404, 'Not Found')) });
  });
});

describe('private addresses', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.0.0.1', true],
    ['172.16.5.4', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['93.184.216.34', false],
    ['2606:4700::1111', false],
    ['not an address', true],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('the connection goes to the address that was checked (no DNS rebinding)', () => {
  it('a pinned lookup answers every name with the checked addresses only', async () => {
    const port = (server.address() as AddressInfo).port;
    const agent = pinnedAgent(['127.0.0.1']);
    try {
      // The name cannot resolve (.invalid is reserved); the request reaches the checked address anyway.
      const response = await undiciFetch(`http://rebind.invalid:${port}/page`, { dispatcher: agent });
      expect(await response.text()).toBe(HTML);
    } finally {
      await agent.destroy();
    }
  });
});
