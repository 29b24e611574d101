import { describe, expect, it } from 'vitest';
import {
  assessCountyExit,
  assessVillageExit,
  createRollup,
  exitBlockers,
  type County,
  type CountyExitInput,
  type RollupSnapshot,
} from '../../src/index';
import { assess, household, perCheck, village , PASSING_COUNTY } from './fixtures';

// Rates are parts over a whole: the part may equal the whole (everyone still poor, every sampled
// household approving), never exceed it. Each of 三率一度 blocks exit on its own.

type CountyCheck = keyof ReturnType<typeof assessCountyExit>['checks'];
const countyStatuses = (input: CountyExitInput, western = false) => {
  const result = assessCountyExit(input, { western });
  return { status: result.status, eligible: result.eligible, ...Object.fromEntries(Object.entries(result.checks).map(([k, c]) => [k, c.status])) };
};
const allMet = { status: 'met', eligible: true, incidence: 'met', wrongfulExitRate: 'met', missedRate: 'met', approval: 'met' };

describe('assessVillageExit: parts equal to the whole', () => {
  it('judges a village where everyone is still poor: 100% is not below 3%', () => {
    const result = assessVillageExit({ ruralPopulation: 40, remainingPoor: 40 }, { western: true });
    expect(result.eligible).toBe(false);
    expect(result.checks.incidence).toMatchObject({
      status: 'unmet',
      value: { numerator: 40, denominator: 40, percent: 100 },
      reasons: [{ code: 'exit/incidence-not-below' }],
    });
  });

  it('gives unknown only when the parts exceed the whole', () => {
    const over = assessVillageExit({ ruralPopulation: 40, remainingPoor: 39, missed: 1, wronglyExited: 1 }, { western: true });
    expect(over.checks.incidence).toMatchObject({ status: 'unknown', value: undefined, reasons: [{ code: 'exit/inconsistent-counts' }] });
    const equal = assessVillageExit({ ruralPopulation: 40, remainingPoor: 38, missed: 1, wronglyExited: 1 }, { western: true });
    expect(equal.checks.incidence).toMatchObject({ status: 'unmet', value: { numerator: 40, denominator: 40 } });
  });
});

describe('assessCountyExit: each of 三率一度 alone, at its boundary', () => {
  it('passes the reference county', () => {
    expect(countyStatuses(PASSING_COUNTY)).toEqual(allMet);
  });

  const cases: [CountyCheck, Partial<CountyExitInput>, Partial<CountyExitInput>][] = [
    // [check, just PASSING_COUNTY, just failing]
    ['incidence', { remainingPoor: 1_999 }, { remainingPoor: 2_000 }],
    ['incidence', { remainingPoor: 1_997, missed: 1, wronglyExited: 1 }, { remainingPoor: 1_998, missed: 1, wronglyExited: 1 }],
    ['wrongfulExitRate', { sampledWronglyExited: 9 }, { sampledWronglyExited: 10 }],
    ['missedRate', { sampledMissed: 7 }, { sampledMissed: 8 }],
    ['approval', { approvingHouseholds: 271 }, { approvingHouseholds: 270 }],
  ];
  for (const [check, pass, fail] of cases) {
    it(`${check}: ${JSON.stringify(pass)} passes, ${JSON.stringify(fail)} alone blocks exit`, () => {
      expect(countyStatuses({ ...PASSING_COUNTY, ...pass })).toEqual(allMet);
      expect(countyStatuses({ ...PASSING_COUNTY, ...fail })).toEqual({ ...allMet, status: 'unmet', eligible: false, [check]: 'unmet' });
    });
  }

  it('handles parts equal to the whole: all poor, all wrongly exited, all missed, all approving', () => {
    expect(countyStatuses({ ...PASSING_COUNTY, remainingPoor: 100_000 })).toMatchObject({ incidence: 'unmet', eligible: false });
    expect(countyStatuses({ ...PASSING_COUNTY, sampledWronglyExited: 500 })).toMatchObject({ wrongfulExitRate: 'unmet' });
    expect(countyStatuses({ ...PASSING_COUNTY, sampledMissed: 400 })).toMatchObject({ missedRate: 'unmet' });
    expect(countyStatuses({ ...PASSING_COUNTY, approvingHouseholds: 300 })).toEqual(allMet);
    const all = assessCountyExit({ ...PASSING_COUNTY, approvingHouseholds: 300 }, { western: false }).checks.approval;
    expect(all.value).toEqual({ numerator: 300, denominator: 300, percent: 100 });
  });

  it('gives unknown when a sample part exceeds its whole, and for an empty sample', () => {
    const over = assessCountyExit({ ...PASSING_COUNTY, approvingHouseholds: 301 }, { western: false });
    expect(over.checks.approval).toMatchObject({ status: 'unknown', reasons: [{ code: 'exit/inconsistent-counts' }] });
    expect(over.status).toBe('unknown');
    const empty = assessCountyExit({ ...PASSING_COUNTY, surveyedHouseholds: 0, approvingHouseholds: 0 }, { western: false });
    expect(empty.checks.approval).toMatchObject({ status: 'unknown', reasons: [{ code: 'exit/sample-empty' }] });
  });

  it('fails on the known part alone when a missing part could only raise the incidence', () => {
    const { missed: _missed, ...noMissed } = PASSING_COUNTY;
    const atThreshold = assessCountyExit({ ...noMissed, remainingPoor: 2_000 } as CountyExitInput, { western: false });
    expect(atThreshold.checks.incidence).toMatchObject({ status: 'unmet', reasons: [{ code: 'exit/incidence-lower-bound-not-below' }, { code: 'exit/incidence-component-missing' }] });
    const below = assessCountyExit({ ...noMissed, remainingPoor: 1_999 } as CountyExitInput, { western: false });
    expect(below.checks.incidence).toMatchObject({ status: 'unknown', reasons: [{ code: 'exit/incidence-component-missing', path: ['missed'] }] });
  });
});

describe('exitBlockers: only the county asked about', () => {
  const county: Pick<County, 'code' | 'western'> = { code: '522601', western: true };
  const HERE = '522601101201';
  const THERE = '522602101201'; // a village of the neighbouring county 522602

  it('lists no village of another county, even when it is listed and blocking', () => {
    const result = exitBlockers(county, {
      villages: [village(HERE, 100), village(THERE, 100)],
      households: [household('h-here', HERE, 'poor', 5), household('h-there', THERE, 'poor', 5)],
      assessments: [assess('h-here', { unmet: ['income'] }), assess('h-there', { unmet: ['income'] })],
    });
    expect(result.villages.map((v) => v.code)).toEqual([HERE]);
    expect(result.villages[0]?.households).toEqual([{ id: 'h-here', unmetChecks: ['income'], unknownChecks: [] }]);
  });
});

describe('exitBlockers: the county code and what belongs to it', () => {
  const HERE = '522601101201';
  const input = {
    villages: [village(HERE, 100)],
    households: [household('h1', HERE, 'poor', 5)],
    assessments: [assess('h1', { unmet: ['housing'] })],
  };

  it('takes a 6-digit county code only', () => {
    for (const code of ['5226', '520000', '522601000000', '522601101']) {
      expect(() => exitBlockers({ code, western: true }, input)).toThrow(/^tuopin: blockers\/invalid-county-code:/);
    }
    expect(exitBlockers({ code: '522601', western: true }, input).villages).toHaveLength(1);
  });

  it('refuses a household listed twice in the county, but not one of another county', () => {
    const twiceHere = { ...input, households: [...input.households, household('h1', HERE, 'poor', 5)] };
    expect(() => exitBlockers({ code: '522601', western: true }, twiceHere)).toThrow(/^tuopin: blockers\/duplicate-household:/);
    const there = household('z1', '522602101201', 'poor', 2);
    const twiceThere = { ...input, households: [...input.households, there, there], assessments: [...input.assessments, assess('z1'), assess('z1')] };
    expect(exitBlockers({ code: '522601', western: true }, twiceThere).villages.map((v) => v.code)).toEqual([HERE]);
  });

  it('lists the open entries of the village by deadline, then id; closed, invalid and other units left out', () => {
    const e = (id: string, unitCode: string, status: 'open' | 'closed' | 'rectifying', deadline: string) => ({
      id,
      unitCode,
      category: 'housing' as const,
      deadline,
      status,
    });
    const ledger = [
      e('L-9', HERE, 'open', '2020-03-01'),
      e('L-2', HERE, 'rectifying', '2020-03-15'),
      e('L-1', HERE, 'open', '2020-03-15'),
      e('L-3', HERE, 'closed', '2020-02-01'),
      e('L-4', '52260110120', 'open', '2020-02-01'),
      e('L-5', '522601101', 'open', '2020-02-01'),
      e('L-6', '522602101201', 'open', '2020-02-01'),
    ];
    const [blocker] = exitBlockers({ code: '522601', western: true }, { ...input, ledger }).villages;
    expect(blocker?.openLedgerEntries.map((x) => x.id)).toEqual(['L-9', 'L-1', 'L-2']);
  });
});

describe('createRollup: units and snapshots', () => {
  const A = '522601101201';
  const B = '522601101202';
  const counts = {
    households: 2,
    persons: 6,
    poorHouseholds: 1,
    poorPersons: 3,
    compliantHouseholds: 1,
    unmet: perCheck({ income: 1 }),
    unknown: perCheck({ water: 1 }),
  };
  const snap = (villages: Record<string, unknown>) => ({ format: 'tuopin.rollup/1', villages }) as unknown as RollupSnapshot;

  it('gives a listed township with no village a row without population or incidence', () => {
    const acc = createRollup({ villages: [village(A, 100)], townships: [{ code: '522601102', name: '乙乡', countyCode: '522601' }] });
    const rows = acc.rows('township');
    expect(rows.map((r) => [r.code, r.ruralPopulation, r.incidence])).toEqual([
      ['522601101', 100, { numerator: 0, denominator: 100, percent: 0 }],
      ['522601102', undefined, undefined],
    ]);
    expect(rows[1]).not.toHaveProperty('ruralPopulation');
  });

  it('sums the population of every village of a unit, listed with or without households', () => {
    const acc = createRollup({ villages: [village(A, 100), village(B, 300)] });
    acc.add(household('h1', A, 'poor', 4), assess('h1'));
    expect(acc.rows('county')).toMatchObject([{ code: '522601', ruralPopulation: 400, poorPersons: 4, incidence: { numerator: 4, denominator: 400 } }]);
  });

  it('accepts counts at their limits: parts equal to the whole', () => {
    const acc = createRollup();
    const full = {
      households: 2,
      persons: 6,
      poorHouseholds: 2,
      poorPersons: 6,
      compliantHouseholds: 2,
      unmet: perCheck({ income: 1, food: 2 }),
      unknown: perCheck({ income: 1 }),
    };
    acc.merge(snap({ [A]: full }));
    expect(acc.snapshot()).toEqual(snap({ [A]: full }));
  });

  // Each invariant alone, one over its limit, with every other count valid.
  const broken: [string, Record<string, unknown>][] = [
    ['poor households above households', { ...counts, poorHouseholds: 3 }],
    ['compliant households above households', { ...counts, compliantHouseholds: 3 }],
    ['poor persons above persons', { ...counts, poorPersons: 7 }],
    ['unmet + unknown of the first check above households', { ...counts, unmet: perCheck({ income: 2 }), unknown: perCheck({ income: 1 }) }],
    ['unmet + unknown of the last check above households', { ...counts, unknown: perCheck({ water: 3 }) }],
    ['unmet of one check above households while the others are fine', { ...counts, unmet: perCheck({ housing: 3 }) }],
  ];
  for (const [what, value] of broken) {
    it(`refuses a snapshot with ${what}`, () => {
      const acc = createRollup();
      acc.merge(snap({ [A]: counts }));
      const before = acc.snapshot();
      expect(() => acc.merge(snap({ [B]: value }))).toThrow(
        `tuopin: rollup/invalid-snapshot: 汇总快照无效：村 ${B} 有计数超过户数或人数 / village ${B}: a count exceeds the number of households or persons`,
      );
      expect(acc.snapshot()).toEqual(before);
    });
  }

  it('names the field that is not a count, and refuses a missing group', () => {
    const acc = createRollup();
    expect(() => acc.merge(snap({ [A]: { ...counts, persons: 1.5 } }))).toThrow(
      `village ${A}: persons is not a whole number of zero or more`,
    );
    expect(() => acc.merge(snap({ [A]: { ...counts, unknown: { ...perCheck(), medical: -1 } } }))).toThrow(
      `village ${A}: unknown.medical is not a whole number of zero or more`,
    );
    expect(() => acc.merge(snap({ [A]: { ...counts, unmet: null } }))).toThrow(`village ${A}: unmet must be an object`);
    expect(() => acc.merge(snap({ [A]: 7 }))).toThrow(`village ${A}: counts must be an object`);
    expect(() => acc.merge({ format: 'tuopin.rollup/1', villages: null } as unknown as RollupSnapshot)).toThrow('villages must be an object');
  });
});
