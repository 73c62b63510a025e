/**
 * The chart half of the layout check: in a rendered chart (Vega's scene graph, text measured
 * with the real font by measure.ts), no two labels overlap and no label is crossed by a rule
 * line the spec draws (a threshold, a majority line). Axis ticks and the axis line itself sit
 * beside their labels by design and are not counted; labels Vega hid (label overlap) neither.
 *
 * The boxes are Vega's own item bounds, moved by the offsets of the groups they sit in, so the
 * check sees what the SVG draws.
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Label {
  text: string;
  role: string;
  box: Box;
}

export interface Rule {
  role: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A collision found in one chart: two labels, or a label and a rule line. */
export interface Collision {
  kind: 'labels' | 'rule';
  a: string;
  b: string;
}

/** The text roles a reader reads as labels. */
const LABEL_ROLES = new Set(['mark', 'axis-label', 'axis-title', 'legend-label', 'legend-title', 'title-text', 'title-subtitle']);

/** How far (in px) two boxes must reach into each other to count: a touch is not an overlap. */
const TOLERANCE = 0.5;

interface SceneItem {
  x?: number;
  y?: number;
  x2?: number;
  y2?: number;
  text?: unknown;
  opacity?: number;
  fillOpacity?: number;
  strokeOpacity?: number;
  bounds?: Box;
  items?: SceneMark[];
}
interface SceneMark {
  marktype?: string;
  role?: string;
  items?: SceneItem[];
}

function labelText(text: unknown): string {
  return (Array.isArray(text) ? text.join(' ') : text == null ? '' : String(text)).trim();
}

const hidden = (item: SceneItem) => item.opacity === 0 || item.fillOpacity === 0;

/** The labels and rule lines of a scene graph (from `view.scenegraph().root`), in chart coordinates. */
export function sceneShapes(root: unknown): { labels: Label[]; rules: Rule[] } {
  const labels: Label[] = [];
  const rules: Rule[] = [];
  const visit = (mark: SceneMark, dx: number, dy: number): void => {
    for (const item of mark.items ?? []) {
      if (mark.marktype === 'group') {
        for (const child of item.items ?? []) visit(child, dx + (item.x ?? 0), dy + (item.y ?? 0));
      } else if (mark.marktype === 'text' && LABEL_ROLES.has(mark.role ?? '') && !hidden(item) && item.bounds) {
        const text = labelText(item.text);
        const b = item.bounds;
        if (text && b.x2 > b.x1 && b.y2 > b.y1) labels.push({ text, role: mark.role!, box: { x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy } });
      } else if (mark.marktype === 'rule' && mark.role === 'mark' && !hidden(item) && item.strokeOpacity !== 0) {
        const x1 = (item.x ?? 0) + dx;
        const y1 = (item.y ?? 0) + dy;
        rules.push({ role: mark.role, x1, y1, x2: item.x2 === undefined ? x1 : item.x2 + dx, y2: item.y2 === undefined ? y1 : item.y2 + dy });
      }
    }
  };
  visit(root as SceneMark, 0, 0);
  return { labels, rules };
}

function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > TOLERANCE && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > TOLERANCE;
}

/** Whether the segment crosses the inside of the box (shrunk by the tolerance): Liang–Barsky clipping. */
function crosses(r: Rule, box: Box): boolean {
  const b = { x1: box.x1 + TOLERANCE, y1: box.y1 + TOLERANCE, x2: box.x2 - TOLERANCE, y2: box.y2 - TOLERANCE };
  const dx = r.x2 - r.x1;
  const dy = r.y2 - r.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, r.x1 - b.x1],
    [dx, b.x2 - r.x1],
    [-dy, r.y1 - b.y1],
    [dy, b.y2 - r.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Every pair of overlapping labels and every label a rule line crosses, in drawing order. */
export function collisions(shapes: { labels: Label[]; rules: Rule[] }): Collision[] {
  const out: Collision[] = [];
  const { labels, rules } = shapes;
  for (let i = 0; i < labels.length; i += 1) {
    for (let j = i + 1; j < labels.length; j += 1) {
      if (overlaps(labels[i]!.box, labels[j]!.box)) out.push({ kind: 'labels', a: labels[i]!.text, b: labels[j]!.text });
    }
    for (const r of rules) if (crosses(r, labels[i]!.box)) out.push({ kind: 'rule', a: labels[i]!.text, b: r.role });
  }
  return out;
}
