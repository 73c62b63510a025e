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

it('the print time limit is a setting: PRINT_TIMEOUT in seconds, 60 s when unset or not a number', async () => {
  const { printTimeout } = await import('../../pipeline/print/browser.ts');
  expect(printTimeout(undefined)).toBe(60_000);
  expect(printTimeout('180')).toBe(180_000);
  expect(printTimeout('2.5')).toBe(2_500);
  for (const bad of ['', ' ', '0', '-5', 'soon', 'Infinity']) expect(printTimeout(bad)).toBe(60_000);
});
