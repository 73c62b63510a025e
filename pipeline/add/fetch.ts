/**
 * `make add URL=…`: the page at an address, fetched with Node's own fetch and these limits:
 *   - http and https only;
 *   - the host is resolved first, and an address on a private network (loopback, RFC 1918,
 *     carrier-grade NAT, link-local, unique-local IPv6, multicast, reserved; an IPv4 address
 *     inside IPv6 counts as that address) is refused unless `allowPrivate` (the tests' local
 *     server);
 *   - redirects are followed by hand, at most 5, each new address checked as the first;
 *   - one timeout for the whole exchange, body included;
 *   - a size limit: a larger Content-Length is refused before reading, a body that grows past
 *     the limit is cut off;
 *   - the answer must be HTML (Content-Type), checked again on the bytes by decode.ts.
 * The connection goes to the address that was checked: undici's fetch (the library Node's own
 * fetch is built on) is given a lookup that answers with the checked addresses only, so a name
 * that resolves to another address between the check and the connection (DNS rebinding) cannot
 * lead it to a private network.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import * as msg from '../shared/messages.ts';
import { MAX_PAGE_BYTES, nonHtmlType } from './decode.ts';

export const MAX_REDIRECTS = 5;
export const TIMEOUT_MS = 20_000;

export interface Fetched {
  /** The address the page came from, after redirects. */
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  /** Resolves a host name to its addresses (tests replace it). */
  resolve?: (host: string) => Promise<string[]>;
}

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

/** The IPv4 address inside an IPv4-mapped, -compatible or NAT64 IPv6 address, if any. */
function embeddedV4(address: string): string | null {
  const m = /^(?:::ffff:|::|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!m) return null;
  if (m[1]) return m[1];
  const hi = parseInt(m[2]!, 16);
  const lo = parseInt(m[3]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** True for an address on a private, local or reserved network. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedV4(address.toLowerCase());
    if (v4 && v4 !== '0.0.0.1') return PRIVATE.check(v4, 'ipv4');
    return PRIVATE.check(address, 'ipv6');
  }
  return true;
}

async function systemResolve(host: string): Promise<string[]> {
  return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
}

function fail(label: string, rule: string, message: string, hint: string): never {
  throw new PipelineError(diagnostic({ file: label }, rule, message, hint));
}

/**
 * Refuses an address that is not http(s) or whose host resolves to a private network; returns
 * the addresses the host's name resolved to and passed (null for a host given as an address, or
 * when private ones are allowed and nothing was checked): the ones to connect to.
 */
async function checkAddress(label: string, url: URL, options: FetchOptions): Promise<string[] | null> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(label, 'bad-url', msg.ADD_BAD_URL(url.href), msg.ADD_BAD_URL_HINT);
  if (options.allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (options.resolve ?? systemResolve)(host);
    } catch (error) {
      fail(label, 'fetch-failed', msg.ADD_NO_HOST(host, (error as NodeJS.ErrnoException).code ?? (error as Error).message), msg.ADD_NO_HOST_HINT);
    }
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad !== undefined || addresses.length === 0) fail(label, 'private-address', msg.ADD_PRIVATE(host, bad ?? msg.ADD_NO_ADDRESS), msg.ADD_PRIVATE_HINT);
  return isIP(host) ? null : addresses;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A connection pool whose name lookups answer with `addresses` only: the ones that were checked. */
export function pinnedAgent(addresses: string[]): Agent {
  const entries: LookupAddress[] = addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
  const pinned = (_host: string, options: LookupOptions, callback: LookupCallback): void => {
    const wanted = options.family === 4 || options.family === 6 ? entries.filter((e) => e.family === options.family) : entries;
    const list = wanted.length > 0 ? wanted : entries;
    if (options.all) callback(null, list);
    else callback(null, list[0]!.address, list[0]!.family);
  };
  return new Agent({ connect: { lookup: pinned as never } });
}

/** Reads a body up to `max` bytes; `null` when it is larger. */
async function readLimited(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function fetchPage(address: string, options: FetchOptions = {}): Promise<Fetched> {
  const label = address;
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const max = options.maxBytes ?? MAX_PAGE_BYTES;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    fail(label, 'bad-url', msg.ADD_BAD_URL(address), msg.ADD_BAD_URL_HINT);
  }
  const signal = AbortSignal.timeout(timeoutMs);
  const failed = (reason: string): never => fail(label, 'fetch-failed', msg.ADD_FETCH_FAILED(reason), msg.ADD_FETCH_FAILED_HINT);
  const agents: Agent[] = [];
  try {
    for (let hop = 0; ; hop += 1) {
      const checked = await checkAddress(label, url, options);
      const dispatcher = checked ? pinnedAgent(checked) : undefined;
      if (dispatcher) agents.push(dispatcher);
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        dispatcher,
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'briefing-pipeline (make add)' },
      });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) failed(msg.ADD_REDIRECT_NO_LOCATION);
        if (hop >= MAX_REDIRECTS) failed(msg.ADD_TOO_MANY_REDIRECTS(MAX_REDIRECTS));
        url = new URL(location!, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        failed(msg.ADD_HTTP_STATUS(response.status, response.statusText));
      }
      const contentType = response.headers.get('content-type');
      const notHtml = nonHtmlType(contentType);
      if (notHtml) {
        await response.body?.cancel();
        fail(label, 'not-html', msg.ADD_NOT_HTML(msg.ADD_KIND.servedAs(notHtml)), msg.ADD_NOT_HTML_HINT);
      }
      const length = Number(response.headers.get('content-length') ?? NaN);
      const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
      if (length > max) {
        await response.body?.cancel();
        fail(label, 'page-too-large', msg.ADD_TOO_LARGE(mib(length), mib(max)), msg.ADD_TOO_LARGE_HINT);
      }
      const bytes = await readLimited(response, max);
      if (!bytes) fail(label, 'page-too-large', msg.ADD_TOO_LARGE(`over ${mib(max)}`, mib(max)), msg.ADD_TOO_LARGE_HINT);
      return { url: url.href, contentType, bytes: bytes! };
    }
  } catch (error) {
    if (error instanceof PipelineError) throw error;
    if (signal.aborted) failed(msg.ADD_TIMEOUT(timeoutMs / 1000));
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    failed(cause?.code ?? cause?.message ?? (error as Error).message);
  } finally {
    for (const agent of agents) void agent.destroy();
  }
  throw new Error('unreachable');
}
