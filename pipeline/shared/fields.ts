/**
 * Every field an event's lexicon may give, with what it means, read from the lexicon's schema
 * (the fields and their types), the doc comments written on them in `lexicon.ts`, and the general
 * lexicon (`pipeline/extract/general.yaml`: the comment over a list, its size, its line and its
 * first words). `make lexicon-fields` prints it, so an analyst finds a field and its form without
 * reading code or guessing from an error (README, "A new election").
 */
import ts from 'typescript';
import { parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import type { z } from 'zod';

export type FieldRow = {
  /** The field's path in an event's lexicon: `numbers.lower_bound`, `metrics[].cues`. */
  path: string;
  /** Its form in words: "list of words", "yes or no", "map of name → number" … */
  form: string;
  /** What it means: the doc comment on the schema field, else the general lexicon's comment over it. */
  doc: string;
  /** The general lexicon's list at this place: how many words, its line, its first words. */
  general: { count: number; line: number; first: string[] } | null;
};

/** How many of the general words a row shows. */
const FIRST_WORDS = 6;

type Def = { type?: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown; keyType?: unknown; options?: unknown[]; entries?: Record<string, unknown> };
const def = (x: unknown): Def => (x as { _zod?: { def?: Def } } | undefined)?._zod?.def ?? {};
/** Through defaults, optionals, nullables and pipes to the type underneath. */
function unwrap(x: unknown): unknown {
  for (let d = def(x); d.innerType || d.in; d = def(x)) x = d.innerType ?? d.in;
  return x;
}

/**
 * The doc comments of `source` (a TypeScript file of zod schemas): for each `const Name = z.object({…})`,
 * the comment over each property, by `Name.key` (a nested `z.object({…})` by `Name.key.inner`).
 */
export function schemaDocs(source: string): Map<string, string> {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const docs = new Map<string, string>();
  const objectArg = (node: ts.Node): ts.ObjectLiteralExpression | null => {
    let found: ts.ObjectLiteralExpression | null = null;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'object' && n.arguments[0] && ts.isObjectLiteralExpression(n.arguments[0])) {
        found = n.arguments[0];
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  };
  const walk = (obj: ts.ObjectLiteralExpression, prefix: string) => {
    for (const p of obj.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : null;
      if (!key) continue;
      // The `/** … */` comments in the trivia right before the property (on lines of their own, or
      // inline after `{`, which TypeScript counts as the brace's trailing comment).
      const trivia = source.slice(p.getFullStart(), p.getStart());
      const text = [...trivia.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((m) => m[1]!.replace(/^\s*\*/gm, ' ')).join(' ');
      if (text.trim()) docs.set(`${prefix}.${key}`, text.replace(/\s+/g, ' ').trim());
      const inner = objectArg(p.initializer);
      if (inner) walk(inner, `${prefix}.${key}`);
    }
  };
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      const obj = objectArg(d.initializer);
      if (obj) walk(obj, d.name.text);
    }
  }
  return docs;
}

/** The general lexicon's comment over each key, its list's size, line and first words, by path (`numbers.lower_bound`, `metrics[].cues` left out: items differ). */
function generalLists(text: string): Map<string, { comment: string; count: number; line: number; first: string[] }> {
  const doc: Document = parseDocument(text);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const out = new Map<string, { comment: string; count: number; line: number; first: string[] }>();
  const visit = (node: Node | null | undefined, path: string) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : null;
      if (!key) continue;
      const here = path ? `${path}.${key}` : key;
      const comment = (keyNode as { commentBefore?: string | null }).commentBefore ?? '';
      const value = pair.value as Node | null;
      const words = isSeq(value) ? value.items.filter(isScalar).map((s) => String(s.value)) : [];
      const line = keyNode?.range ? lineOf(keyNode.range[0]) : 0;
      out.set(here, { comment: comment.replace(/\s+/g, ' ').trim(), count: isSeq(value) ? value.items.length : isMap(value) ? value.items.length : 0, line, first: words.slice(0, FIRST_WORDS) });
      visit(value, here);
    }
  };
  visit(doc.contents as Node, '');
  return out;
}

/** A field's form in words. */
function formOf(schema: unknown): string {
  const s = unwrap(schema);
  const d = def(s);
  switch (d.type) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'yes or no (true/false)';
    case 'enum':
      return `one of ${Object.keys(d.entries ?? {}).join(', ')}`;
    case 'literal':
      return 'a fixed value';
    case 'array': {
      const e = unwrap(d.element);
      const ed = def(e);
      if (ed.type === 'string') return 'list of words';
      if (ed.type === 'object') return 'list of items';
      return `list of ${formOf(e)}`;
    }
    case 'record':
      return `map of name → ${formOf(d.valueType)}`;
    case 'tuple':
      return 'pair of numbers';
    case 'object':
      return 'section';
    case 'union':
      return (d.options ?? []).map(formOf).join(' or ');
    case 'unknown':
    case 'any':
      return 'any (see its words)';
    default:
      return d.type ?? 'value';
  }
}

/**
 * Every field of `schema` (the lexicon), depth first in the schema's order. `named` gives the
 * name each schema constant is declared with, to find its doc comments in `docs`.
 */
export function lexiconFields(schema: z.ZodType, named: ReadonlyMap<unknown, string>, docs: ReadonlyMap<string, string>, generalText: string): FieldRow[] {
  const general = generalLists(generalText);
  const rows: FieldRow[] = [];
  const visit = (node: unknown, path: string, generalPath: string | null, docPrefix: string) => {
    const s = unwrap(node);
    const d = def(s);
    const shape = d.type === 'object' ? d.shape : def(unwrap(d.element)).type === 'object' && d.type === 'array' ? def(unwrap(d.element)).shape : undefined;
    if (!shape) return;
    const itemOf = d.type === 'array';
    const prefixFor = (child: unknown, key: string) => named.get(unwrap(child)) ?? `${docPrefix}.${key}`;
    for (const [key, child] of Object.entries(shape)) {
      const here = `${path}${itemOf ? '[]' : ''}${path ? '.' : ''}${key}`;
      const gp = generalPath !== null && !itemOf ? (generalPath ? `${generalPath}.${key}` : key) : null;
      const g = gp ? general.get(gp) : undefined;
      const own = docs.get(`${docPrefix}.${key}`) ?? '';
      const form = formOf(child);
      rows.push({ path: here, form, doc: own || g?.comment || '', general: g && form === 'list of words' ? { count: g.count, line: g.line, first: g.first } : null });
      const cd = def(unwrap(child));
      const childElement = cd.type === 'array' ? def(unwrap(cd.element)) : null;
      const childNamed = named.get(unwrap(child)) ?? (childElement ? named.get(unwrap(cd.element)) : undefined);
      if (cd.type === 'object' || childElement?.type === 'object') visit(child, here, gp, childNamed ?? prefixFor(child, key));
    }
  };
  visit(schema, '', '', named.get(unwrap(schema)) ?? 'Lexicon');
  return rows;
}

/** The rows as the command prints them: one block per field, its form, its general words, its meaning. */
export function formatFields(rows: readonly FieldRow[], generalFile: string): string {
  const out: string[] = [];
  for (const r of rows) {
    const g = r.general && r.general.count > 0 ? `; ${r.general.count} general word${r.general.count === 1 ? '' : 's'} at ${generalFile}:${r.general.line}: ${r.general.first.join(', ')}${r.general.count > r.general.first.length ? ', …' : ''}` : '';
    out.push(`${r.path}  (${r.form}${g})`);
    if (r.doc) out.push(`    ${r.doc}`);
  }
  return out.join('\n');
}
