/** The preview's first line names the folders it watches: the project's, or another event's (make EVENT=dir). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listening } from '../../pipeline/build/preview.ts';
import { paths } from '../../pipeline/build/stages.ts';

describe('preview: the folders it says it watches', () => {
  const root = join('/', 'project');
  it("names the project's sources/ and templates/", () => {
    expect(listening('http://127.0.0.1:4173/', paths(root))).toBe(
      'preview: serving the briefing at http://127.0.0.1:4173/ (watching sources/ and templates/; Ctrl-C stops)',
    );
  });
  it("names another event's folders, relative to the project", () => {
    const p = { ...paths(root), sources: join(root, 'events', 'q', 'sources'), templates: join(root, 'events', 'q', 'templates') };
    expect(listening('http://127.0.0.1:4173/', p)).toContain('(watching events/q/sources/ and events/q/templates/;');
  });
});
