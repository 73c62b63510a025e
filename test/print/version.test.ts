import { expect, it } from 'vitest';
import { chromiumVersion, findChromium } from '../../pipeline/print/browser.ts';

it("a stage that keeps the event loop busy past the version's time limit does not make Chromium look hung", async () => {
  const path = findChromium();
  // The version is asked in the background; then a stage blocks the loop for longer than the limit.
  const asked = chromiumVersion(path, 200);
  const until = Date.now() + 1500;
  while (Date.now() < until) {
    // a synchronous stage (ingest of a huge article took a minute)
  }
  await expect(asked).resolves.toMatch(/^(Chromium|Google Chrome|Chrome)\b.*\d+\.\d+/);
});
