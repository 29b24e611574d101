import { describe, expect, it } from 'vitest';
import { maskIdentifier } from '../../src/privacy/mask-identifier';
import { reportModel } from '../../src/report/report-model';
import { expectNoMutation } from '../fixtures/no-mutation';
import { ID_AS_HOUSEHOLD_ID, input, PERSON } from './fixtures';

describe('reportModel', () => {
  const model = reportModel(input);

  it('counts the headline from the households', () => {
    expect(model.headline).toMatchObject({
      records: 7,
      assessed: 6,
      rejected: 1,
      households: 6,
      persons: 13,
      poorHouseholds: 2,
      poorPersons: 3,
      exitedHouseholds: 3,
      exitedPersons: 8,
      monitoredHouseholds: 1,
      compliantHouseholds: 2,
      ruralPopulation: 1120,
      incidence: { numerator: 3, denominator: 1120, text: '0.26%' },
      exitedNotCompliant: { households: 1, persons: 1 },
    });
  });

  it('judges a village between the two thresholds unknown when western is not known', () => {
    expect(model.villages.map((v) => [v.name, v.status])).toEqual([
      ['甲村', 'unknown'],
      ['乙村', 'met'],
      ['丙村', 'unmet'],
    ]);
    expect(model.headline.thresholds.map((t) => t.text)).toEqual(['2.00%', '3.00%']);
    expect(model.headline.villageStatus).toEqual({ met: 1, unmet: 1, unknown: 1 });
  });

  it('judges every village against the one threshold when western is known', () => {
    const western = reportModel({ ...input, county: { code: '529901', name: '示例县', western: true } });
    expect(western.villages.map((v) => v.status)).toEqual(['met', 'met', 'unmet']);
    const east = reportModel({ ...input, county: { code: '529901', name: '示例县', western: false } });
    expect(east.villages.map((v) => v.status)).toEqual(['unmet', 'met', 'unmet']);
    expect(east.headline.thresholds.map((t) => t.text)).toEqual(['2.00%']);
  });

  it('lists failing and unknown counts per village and masks household ids', () => {
    const [a, b, c] = model.villages;
    expect(a).toMatchObject({
      anchor: 'v-529901101201',
      incidence: { numerator: 2, denominator: 100, text: '2.00%' },
      failingChecks: ['income', 'housing'],
      failingHouseholds: 1,
      unknownHouseholds: 1,
      nonCompliantHouseholds: 2,
    });
    expect(a!.unmet.income).toBe(1);
    expect(a!.unknown.water).toBe(1);
    expect(a!.nonCompliant.map((h) => h.id)).toEqual(['H-3', maskIdentifier(ID_AS_HOUSEHOLD_ID)].sort());
    expect(b!.nonCompliant).toEqual([{ id: 'H-6', status: 'monitored', unmetChecks: ['medical'], unknownChecks: ['education'] }]);
    // A household with no assessment counts as unknown on every check.
    expect(c!.nonCompliant).toEqual([{ id: 'H-5', status: 'returned', unmetChecks: [], unknownChecks: ['income', 'food', 'clothing', 'education', 'medical', 'housing', 'water'] }]);
  });

  it('keeps names, ID numbers and free text out of the model', () => {
    const json = JSON.stringify(model);
    expect(json).not.toContain(ID_AS_HOUSEHOLD_ID);
    expect(json).not.toContain(PERSON);
    expect(json).not.toContain('危房未改造');
  });

  it('puts open ledger entries under their village, overdue days counted', () => {
    expect(model.villages[0]!.openLedger).toEqual([
      { id: 'L-1', category: 'housing', status: 'open', deadline: '2020-03-10', responsibleUnit: '县住建局', daysOverdue: 10 },
    ]);
    expect(model.villages[1]!.openLedger).toEqual([]);
  });

  it('adds up the checks by township: the data of the per-check bar charts', () => {
    const income = model.checks.find((c) => c.check === 'income')!;
    expect(income).toEqual({
      check: 'income',
      unmet: 1,
      unknown: 1,
      byTownship: [
        { code: '529901101', unmet: 1, unknown: 0 },
        { code: '529901102', unmet: 0, unknown: 1 },
      ],
    });
    for (const check of model.checks) {
      expect(check.byTownship.reduce((s, t) => s + t.unmet, 0)).toBe(check.unmet);
      expect(check.byTownship.reduce((s, t) => s + t.unknown, 0)).toBe(check.unknown);
    }
  });

  it('groups the villages by township for the battle map', () => {
    expect(model.townships.map((t) => [t.name, t.villages, t.villageStatus])).toEqual([
      ['青山镇', ['529901101201', '529901101202'], { met: 1, unmet: 0, unknown: 1 }],
      ['龙泉镇', ['529901102201'], { met: 0, unmet: 1, unknown: 0 }],
    ]);
  });

  it('builds the burn-down, the month-end target and the units: the data of the timetable charts', () => {
    const ledger = model.ledger!;
    expect(ledger.monthEnd).toBe('2020-03-31');
    expect(ledger.timeline[0]).toEqual({ date: '2020-03-02', open: 1, closed: 0 });
    expect(ledger.timeline.at(-1)).toEqual({ date: '2020-03-20', open: 2, closed: 1 });
    expect(ledger.timeline.find((d) => d.date === '2020-03-12')).toEqual({ date: '2020-03-12', open: 2, closed: 1 });
    expect(ledger.timeline).toHaveLength(19);
    expect(ledger.target).toEqual([
      { date: '2020-03-02', open: 1 },
      { date: '2020-03-31', open: 0 },
    ]);
    expect(ledger.byUnit).toEqual([
      { unit: '县住建局', open: 1, overdue: 1 },
      { unit: '县水务局', open: 1, overdue: 0 },
    ]);
    expect(ledger.counts).toMatchObject({ total: 3, closed: 1, overdue: 1 });
  });

  it('starts the month-end target on the first day of the month when the ledger is older', () => {
    const later = reportModel({ ...input, asOf: '2020-04-10' });
    expect(later.ledger!.target).toEqual([
      { date: '2020-04-01', open: 2 },
      { date: '2020-04-30', open: 0 },
    ]);
  });

  it('takes the industry zones with their target: the data of the industry chart', () => {
    expect(model.industry!.zones).toEqual([
      { id: 'BZ', name: '坝区一', kind: 'bazi', outputValuePerMu: 5000, targetPerMu: 8000, status: 'unmet', gapPerMu: 3000 },
      { id: 'SL', name: '茶园', kind: 'slope', outputValuePerMu: 4200, targetPerMu: undefined, status: 'no-target', gapPerMu: undefined },
    ]);
  });

  it('judges the county exit from the register and the survey, unknown without the sample', () => {
    expect(model.headline.countyExit!.status).toBe('unknown');
    const surveyed = reportModel({
      ...input,
      county: { code: '529901', name: '示例县', western: true },
      survey: { missed: 0, wronglyExited: 0, sampledExited: 100, sampledWronglyExited: 1, sampledNonRegistered: 100, sampledMissed: 1, surveyedHouseholds: 100, approvingHouseholds: 95 },
    });
    expect(surveyed.headline.countyExit).toEqual({
      status: 'met',
      checks: [
        { name: 'incidence', status: 'met', value: { numerator: 3, denominator: 1120, text: '0.26%' }, threshold: { numerator: 3, denominator: 100, text: '3.00%' } },
        { name: 'wrongfulExitRate', status: 'met', value: { numerator: 1, denominator: 100, text: '1.00%' }, threshold: { numerator: 2, denominator: 100, text: '2.00%' } },
        { name: 'missedRate', status: 'met', value: { numerator: 1, denominator: 100, text: '1.00%' }, threshold: { numerator: 2, denominator: 100, text: '2.00%' } },
        { name: 'approval', status: 'met', value: { numerator: 95, denominator: 100, text: '95.00%' }, threshold: { numerator: 90, denominator: 100, text: '90.00%' } },
      ],
    });
  });

  it('has no incidence, verdict or county exit without villages', () => {
    const bare = reportModel({ ...input, villages: undefined });
    expect(bare.headline.incidence).toBeUndefined();
    expect(bare.headline.countyExit).toBeUndefined();
    expect(bare.villages.every((v) => v.status === 'unknown')).toBe(true);
    expect(bare.ledger).toBeDefined();
  });

  it('leaves out the sections whose input is not given', () => {
    const bare = reportModel({ ...input, ledger: undefined, plan: undefined });
    expect(bare.ledger).toBeUndefined();
    expect(bare.industry).toBeUndefined();
    expect(bare.monitoring).toBeUndefined();
  });

  it('lists at most householdsPerVillage households and counts the rest', () => {
    const capped = reportModel({ ...input, householdsPerVillage: 1 });
    expect(capped.villages[0]!.nonCompliant).toHaveLength(1);
    expect(capped.villages[0]!.nonCompliantHouseholds).toBe(2);
  });

  it('does not mutate its input', () => {
    expectNoMutation(input, reportModel);
  });
});
