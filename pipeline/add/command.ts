/**
 * The edge of `make add`: reads the saved pages named, fetches the addresses, hands the bytes
 * to `addPage` (index.ts) and writes what it returns. A new source is written through a
 * temporary file and linked into place, which fails if the file exists: an existing source is
 * never overwritten (and the id was already chosen to be free). A fetched page is kept as
 * `sources/.pages/<id>.html` (git-ignored), with its address, Content-Type and the day it was
 * fetched in `<id>.json` beside it: adding that file again (after deleting the source) gives
 * the same source file.
 *
 * The names come as arguments, or from a list file (`--list FILE`, what Make writes with
 * `$(file)`: one or more names per line, separated by white space), so that no name passes
 * through a shell or through Make's expansion.
 */
import { linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PipelineError, diagnostic, format, type Diagnostic } from '../shared/errors.ts';
import * as msg from '../shared/messages.ts';
import { MAX_PAGE_BYTES } from './decode.ts';
import { fetchPage } from './fetch.ts';
import { addPage, type Existing } from './index.ts';
import { ISO_DATE } from '../shared/schema.ts';

export interface AddOptions {
  allowPrivate?: boolean;
  /** A file listing the pages and addresses (what `make add` passes). */
  list?: string;
  /** Today as YYYY-MM-DD, the retrieval date of a fetched page (tests fix it). */
  today?: string;
  /** The folder page names are relative to (the current folder by default). */
  cwd?: string;
  /** Where messages go (stderr by default). */
  report?: (line: string) => void;
}

const isAddress = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** The sources already in the project: id, address and text of each `sources/*.md`. */
export function readExisting(root: string, sources: string): Existing[] {
  let names: string[];
  try {
    names = readdirSync(sources).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(sources, name);
    const file = relative(root, path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    let fm: Record<string, unknown> = {};
    try {
      const v: unknown = m ? parse(m[1]!) : null;
      if (v && typeof v === 'object') fm = v as Record<string, unknown>;
    } catch {
      // A front matter ingest would refuse still has its text compared.
    }
    const str = (k: string) => (typeof fm[k] === 'string' ? (fm[k] as string) : null);
    return { file, id: str('id'), url: str('url'), body: m ? text.slice(m[0].length) : text };
  });
}

/** Writes `text` to `path` unless it exists: temporary file, then a hard link (fails on EEXIST). */
function writeNew(path: string, text: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  try {
    linkSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** What is known of a fetched page besides its bytes, kept beside it as `.pages/<id>.json`. */
const Fetch = z.object({ url: z.string(), contentType: z.string().nullable(), fetchedOn: z.string().regex(ISO_DATE) }).strict();
type Fetch = z.infer<typeof Fetch>;

/**
 * The record `make add URL=` kept beside a page it fetched (`x.html` → `x.json`), so that adding
 * the stored page again (after deleting its source) gives the same front matter.
 */
function readFetchRecord(page: string): Fetch | null {
  if (!page.endsWith('.html')) return null;
  try {
    return Fetch.parse(JSON.parse(readFileSync(`${page.slice(0, -5)}.json`, 'utf8')));
  } catch {
    return null;
  }
}

function readPage(path: string, label: string): Uint8Array | Diagnostic {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return diagnostic({ file: label }, 'read-failed', msg.READ_FAILED(label, msg.ADD_PAGE_MISSING), msg.READ_FAILED_HINT);
  if (!st.isFile()) return diagnostic({ file: label }, 'read-failed', msg.READ_FAILED(label, msg.ADD_PAGE_NOT_FILE), msg.READ_FAILED_HINT);
  if (st.size > MAX_PAGE_BYTES) {
    const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    return diagnostic({ file: label }, 'page-too-large', msg.ADD_TOO_LARGE(mib(st.size), mib(MAX_PAGE_BYTES)), msg.ADD_TOO_LARGE_HINT);
  }
  return readFileSync(path);
}

/** `make add`: adds every page and address; resolves to a summary, throws when one failed. */
export async function addCommand(root: string, sources: string, args: string[], options: AddOptions = {}): Promise<string> {
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  const names = [...args];
  if (options.list) names.push(...readFileSync(options.list, 'utf8').split(/\s+/).filter((w) => w !== ''));
  if (names.length === 0) throw new PipelineError(diagnostic({ file: 'add' }, 'usage', msg.ADD_USAGE, msg.ADD_USAGE_HINT));
  const existing = readExisting(root, sources);
  const taken = new Set<string>();
  for (const e of existing) {
    if (e.id) taken.add(e.id);
    taken.add(basename(e.file, '.md'));
  }
  for (const n of (() => {
    try {
      return readdirSync(sources);
    } catch {
      return [];
    }
  })())
    taken.add(n.replace(/\.[^.]*$/, ''));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const errors: Diagnostic[] = [];
  let added = 0;
  for (const name of names) {
    let bytes: Uint8Array;
    let fetched: Fetch | null = null;
    let stored: Fetch | null = null;
    if (isAddress(name)) {
      try {
        const page = await fetchPage(name, { allowPrivate: options.allowPrivate });
        bytes = page.bytes;
        fetched = { url: page.url, contentType: page.contentType, fetchedOn: today };
      } catch (error) {
        if (!(error instanceof PipelineError)) throw error;
        errors.push(...error.diagnostics);
        continue;
      }
    } else {
      const path = resolve(options.cwd ?? process.cwd(), name);
      const read = readPage(path, name);
      if (!(read instanceof Uint8Array)) {
        errors.push(read);
        continue;
      }
      bytes = read;
      stored = readFetchRecord(path);
    }
    const from = fetched ?? stored;
    const result = addPage(bytes, {
      label: name,
      fetchedUrl: from?.url ?? null,
      contentType: from?.contentType ?? null,
      fetchedOn: from?.fetchedOn ?? null,
      collectedAs: fetched ? (id: string) => `.pages/${id}.html` : stored ? `.pages/${basename(name)}` : basename(name),
      existing,
      taken,
    });
    // Errors are printed once, by the CLI, when all pages are done; the rest as they come.
    for (const d of result.diagnostics) {
      if (d.severity === 'error') errors.push(d);
      else report(format(d));
    }
    if (!result.id || !result.text || !result.meta) continue;
    const id = result.id;
    mkdirSync(sources, { recursive: true });
    const text = result.text;
    if (fetched) {
      mkdirSync(join(sources, '.pages'), { recursive: true });
      writeNew(join(sources, '.pages', `${id}.html`), bytes);
      writeNew(join(sources, '.pages', `${id}.json`), `${JSON.stringify(fetched, null, 2)}\n`);
    }
    writeNew(join(sources, `${id}.md`), text);
    taken.add(id);
    existing.push({ file: result.file!, id, url: result.meta.url, body: text.slice(text.indexOf('\n---\n') + 5) });
    added += 1;
  }
  if (errors.length > 0) throw new PipelineError(errors);
  return `${added} page${added === 1 ? '' : 's'} added`;
}
