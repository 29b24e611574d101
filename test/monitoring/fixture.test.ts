import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, FIXTURE_DIR, FIXTURE_LINES, makeMonitoringFixture } from '../../scripts/make-monitoring-fixture';
import {
  assessMonitoring,
  definePolicy,
  HouseholdSchema,
  monitoringRollup,
  MonitoringRecordSchema,
  type PolicyOverrides,
} from '../../src/index';

const read = (name: string) => readFileSync(join(FIXTURE_DIR, name), 'utf8');
const lines = (name: string) => read(name).trim().split('\n').map((l) => JSON.parse(l) as unknown);
const households = lines('register.ndjson').map((h) => HouseholdSchema.parse(h));
const records = lines('monitoring.ndjson').map((r) => MonitoringRecordSchema.parse(r));
const policy = definePolicy(JSON.parse(read('policy.json')) as PolicyOverrides);
const ASOF = '2021-12-31';
const recordOf = new Map(records.map((r) => [r.householdId, r]));
const assess = (id: string) => {
  const h = households.find((x) => x.id === id)!;
  return assessMonitoring(h, recordOf.get(id), { asOf: ASOF, policy });
};

describe('the monitoring fixture (test/fixtures/monitoring, scripts/make-monitoring-fixture.ts)', () => {
  it('is what the committed script generates', () => {
    for (const [name, text] of Object.entries(fixtureFiles())) expect(read(name), name).toBe(text);
  });

  it('holds at least 100 monitored households over two provinces with different lines, marked as test figures', () => {
    expect(records.length).toBeGreaterThanOrEqual(100);
    expect(new Set(records.map((r) => r.villageCode.slice(0, 2)))).toEqual(new Set(['52', '53']));
    expect(policy.monitoringLines.map((l) => [l.province, l.year, l.yuan, l.confirmed])).toEqual([
      ['52', 2021, FIXTURE_LINES['52'], false],
      ['53', 2021, FIXTURE_LINES['53'], false],
    ]);
    for (const l of policy.monitoringLines) expect(l.source).toMatch(/test figure/);
  });

  it('judges the same income by each province’s own line', () => {
    const { between } = makeMonitoringFixture();
    expect(between).toHaveLength(20);
    for (const id of between) {
      const expected = id.startsWith('53') ? 'unmet' : 'met';
      expect(assess(id).checks.income.status, id).toBe(expected);
    }
  });

  it('has in each province a household exactly on its line (met) and one a fen below it (unmet)', () => {
    for (const county of ['529901', '539901']) {
      expect(assess(`${county}-010`).checks.income.status).toBe('met');
      expect(assess(`${county}-011`).checks.income).toMatchObject({ status: 'unmet', reasons: [{ evidence: { lineYuan: FIXTURE_LINES[county.slice(0, 2) as '52' | '53'] } }] });
    }
  });

  it('rolls up to the two counties, totals equal to their parts', () => {
    const assessments = households.map((h) => assessMonitoring(h, recordOf.get(h.id), { asOf: ASOF, policy }));
    const r = monitoringRollup({ records, assessments }, { asOf: ASOF, period: { from: '2021-01', to: '2021-12' }, longerThanMonths: 6 });
    const counties = r.rows.filter((x) => x.level === 'county');
    expect(counties.map((c) => c.code)).toEqual(['529901', '539901']);
    expect(counties.reduce((n, c) => n + c.records, 0)).toBe(records.length);
    expect(counties.reduce((n, c) => n + c.monitored, 0)).toBe(records.filter((x) => x.state !== 'not-included').length);
    for (const c of counties) {
      const villages = r.rows.filter((x) => x.level === 'village' && x.code.startsWith(c.code));
      expect(villages.reduce((n, v) => n + v.notInRegister, 0)).toBe(c.notInRegister);
      expect(c.eliminationRate).toEqual({ numerator: c.eliminated, denominator: c.monitored, percent: (c.eliminated * 100) / c.monitored });
    }
    expect(r.notInRegister.length).toBeGreaterThan(0);
  });
});
