/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/report/charts';
import type { ReportModel } from '../../src/report/report-model';
import { sampleCounty } from '../../src/node/sample-county';
import { run } from '../node/cli-harness';

// A real browser opens the report of the bundled sample county, made by `tuopin report` from the
// files `tuopin demo --write` gives. Debian's Chromium (`apt-get install chromium`), driven by
// playwright-core; nothing downloads a browser. The screenshot and the PDF are left in
// .test-output/browser/ for a person to look at.

const CHROMIUM = process.env.TUOPIN_CHROMIUM ?? '/usr/bin/chromium';
const OUT = resolve(__dirname, '../../.test-output/browser');

let browser: Browser;
let page: Page;
let model: ReportModel;
let html: string;
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (or set TUOPIN_CHROMIUM). .ci/run does this on CI.`);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const sample = join(OUT, 'sample');
  expect((await run('demo', '--write', sample, '--format', 'json')).code).toBe(0);
  const args = [
    'report',
    join(sample, 'households.csv'),
    '--villages', join(sample, 'villages.csv'),
    '--ledger', join(sample, 'ledger.json'),
    '--plan', join(sample, 'plan.json'),
    '--target', 'bazi=8000',
    '--county', join(sample, 'county.json'),
    '--as-of', '2020-03-31',
  ];
  const json = await run(...args, '--format', 'json', '--out', join(OUT, 'report.json'));
  expect(json.code, json.stderr).toBe(0);
  const page_ = await run(...args, '--out', join(OUT, 'report.html'));
  expect(page_.code, page_.stderr).toBe(0);
  model = JSON.parse(readFileSync(join(OUT, 'report.json'), 'utf8')) as ReportModel;
  html = readFileSync(join(OUT, 'report.html'), 'utf8');

  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'], timeout: 120_000 });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  await page.goto(pathToFileURL(join(OUT, 'report.html')).href, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForSelector('html[data-charts]', { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
});

/** The value at a dotted path of the model (`villages.3.incidence`). */
function at(path: string): unknown {
  let value: unknown = model;
  for (const key of path.split('.')) {
    if (key === 'length' && Array.isArray(value)) value = value.length;
    else value = (value as Record<string, unknown> | undefined)?.[key];
  }
  return value;
}

describe('the report page in Chromium', () => {
  it('opens with no console error and asks for nothing over the network', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('draws every chart as an SVG with content', async () => {
    const expected = chartSpecs(model).map((s) => s.id);
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const drawn = await page.$$eval('.chart', (els) =>
      els.map((el) => {
        const svg = el.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return {
          id: el.id,
          rendered: el.getAttribute('data-rendered'),
          shapes: svg === null ? 0 : svg.querySelectorAll('path, rect, text').length,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
        };
      }),
    );
    expect(drawn.map((d) => d.id)).toEqual(expected);
    for (const chart of drawn) {
      expect(chart.rendered, chart.id).toBe('true');
      expect(chart.shapes, chart.id).toBeGreaterThan(10);
      expect(chart.width, chart.id).toBeGreaterThan(100);
      expect(chart.height, chart.id).toBeGreaterThan(100);
    }
  });

  it('shows the numbers of the JSON model', async () => {
    const fields = await page.$$eval('[data-field]', (els) =>
      els.map((el) => ({ field: el.getAttribute('data-field') as string, text: el.textContent ?? '', rate: el.hasAttribute('data-rate'), code: el.getAttribute('data-text') })),
    );
    expect(fields.length).toBeGreaterThan(500);
    for (const { field, text, rate, code } of fields) {
      const value = at(field);
      if (rate) expect(text, field).toBe((value as { text: string }).text);
      else if (code !== null) expect(code, field).toBe(value);
      else expect(Number(text.replaceAll(',', '')), field).toBe(value);
    }
    // The headline figures are among them.
    const shown = new Set(fields.map((f) => f.field));
    for (const field of ['headline.households', 'headline.persons', 'headline.poorPersons', 'headline.exitedHouseholds', 'headline.compliantHouseholds', 'headline.incidence', 'headline.incidence.denominator', 'headline.exitedNotCompliant.households']) {
      expect(shown.has(field), field).toBe(true);
    }
    expect(model.headline.households).toBe(3000);
  });

  it('links every village cell of the battle map to its section', async () => {
    const cells = await page.$$eval('a.cell', (els) => els.map((a) => a.getAttribute('href') as string));
    expect(cells).toHaveLength(model.villages.length);
    for (const href of cells) expect(await page.$(href), href).not.toBeNull();
    const blocked = model.villages.find((v) => v.status === 'unmet')!;
    await page.click(`a.cell[href="#${blocked.anchor}"]`);
    await page.waitForFunction((id) => location.hash === `#${id}`, blocked.anchor);
    const top = await page.$eval(`#${blocked.anchor}`, (el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);
    expect(await page.$eval(`#${blocked.anchor} h3`, (el) => el.textContent)).toContain(blocked.name!);
  });

  it('holds no unmasked ID number or name anywhere in the file', () => {
    const county = sampleCounty();
    const members = county.households.flatMap((h) => h.members);
    // Every run of 15 or more digits and letters X in the file, and all its Chinese text.
    const digitRuns = new Set(html.match(/[0-9Xx]{15,}/g) ?? []);
    const chinese = (html.match(/[\u3400-\u9fff]+/g) ?? []).join('|');
    for (const m of members) expect(digitRuns.has(m.idNumber), 'an ID number').toBe(false);
    // Names of three characters (two-character names may occur in ordinary words).
    for (const m of members.filter((x) => [...x.name].length >= 3)) expect(chinese.includes(m.name), 'a name').toBe(false);
    for (const e of county.ledger) expect(chinese.includes(e.responsiblePerson), 'a responsible person').toBe(false);
    expect(chinese.length).toBeGreaterThan(1000);
  });

  it('prints on A4 pages', async () => {
    const pdf = await page.pdf({ path: join(OUT, 'report.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(0);
    // A4 is 210 × 297 mm = 595.3 × 841.9 points.
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - 595.3)).toBeLessThan(2);
      expect(Math.abs(h! - 841.9)).toBeLessThan(2);
    }
  });

  it('writes a screenshot of the first screen for a person to look at', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = join(OUT, 'first-screen.png');
    await page.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(20_000);
  });
});
