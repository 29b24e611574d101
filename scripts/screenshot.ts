// Regenerates docs/report-screenshot.png, the README's picture of the report: the first screen
// of `tuopin demo --report` in Debian's Chromium (1280 × 900). Needs /usr/bin/chromium (or
// TUOPIN_CHROMIUM) and a CJK font (e.g. `apt-get install fonts-noto-cjk`).
// 重新生成 README 中的报告截图。
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { demoReportModel, reportHtml } from '../src/node/commands/report';
import { defaultPolicy } from '../src/policy/default-policy';

const out = resolve(process.argv[2] ?? 'docs/report-screenshot.png');
const dir = mkdtempSync(join(tmpdir(), 'tuopin-screenshot-'));
try {
  const file = join(dir, 'demo.html');
  writeFileSync(file, await reportHtml(demoReportModel({ asOf: '2020-03-31', policy: defaultPolicy }), 'demo'));
  const browser = await chromium.launch({ executablePath: process.env.TUOPIN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-charts]');
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`wrote ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
