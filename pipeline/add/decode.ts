/**
 * Page bytes → text. A saved or fetched page says its encoding in a byte-order mark, in the
 * HTTP Content-Type (fetched pages) or in a `<meta charset>` near its start; without any of
 * them it is read as UTF-8. What is not an HTML page (a PDF, an image, JSON, plain text) is
 * refused here, before any parsing.
 */

import * as msg from '../shared/messages.ts';

/** The largest page `make add` reads (a saved news page with inline images can pass 2 MB). */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

export type Decoded = { ok: true; html: string; encoding: string } | { ok: false; what: string };

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/** What a Content-Type says the body is; `null` when it is an HTML type. */
export function nonHtmlType(contentType: string | null | undefined): string | null {
  if (!contentType || HTML_TYPES.test(contentType)) return null;
  return contentType.split(';')[0]!.trim().toLowerCase() || null;
}

function charsetOf(text: string | null | undefined): string | null {
  const m = text ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(text) : null;
  return m ? m[1]!.toLowerCase() : null;
}

function decoder(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** Magic numbers of what people most often save by mistake instead of the page. */
const MAGIC: [RegExp, string][] = [
  [/^%PDF-/, msg.ADD_KIND.pdf],
  [/^\x89PNG/, msg.ADD_KIND.png],
  [/^\xff\xd8\xff/, msg.ADD_KIND.jpeg],
  [/^GIF8/, msg.ADD_KIND.gif],
  [/^PK\x03\x04/, msg.ADD_KIND.zip],
  [/^\x1f\x8b/, msg.ADD_KIND.gzip],
  [/^\s*[[{]/, msg.ADD_KIND.json],
];

/** Tags one of which an HTML page shows near its start. */
const HTML_START = /<(!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>/]/i;

export function decodePage(bytes: Uint8Array, contentType?: string | null): Decoded {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  for (const [re, what] of MAGIC) if (re.test(head)) return { ok: false, what };
  if (head.includes('\0')) return { ok: false, what: msg.ADD_KIND.binary };
  const declared = nonHtmlType(contentType);
  if (declared) return { ok: false, what: msg.ADD_KIND.servedAs(declared) };
  let label = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else {
    const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
    label = charsetOf(contentType) ?? (meta ? meta[1]!.toLowerCase() : 'utf-8');
  }
  const d = decoder(label) ?? new TextDecoder('utf-8');
  const html = d.decode(bytes.subarray(start));
  if (!HTML_START.test(html.slice(0, 8192))) return { ok: false, what: msg.ADD_KIND.noMarkup };
  return { ok: true, html, encoding: d.encoding };
}
