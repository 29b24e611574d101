import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, rollup, type HouseholdAssessment, type RollupRow } from '../../src/index';
import { makeId } from '../fixtures/ids';
import { assess, household, perCheck, village } from './fixtures';
import { cloneData } from '../fixtures/no-mutation';

const villages = [
  village('522601101201', 1000),
  village('522601101202', 300),
  village('522601102201', 500),
  village('522601102202', 200),
  village('522602101201', 800),
];
const townships = [
  { code: '522601101', name: '甲镇', countyCode: '522601' },
  { code: '522601102', name: '乙镇', countyCode: '522601' },
  { code: '522601103', name: '丙乡', countyCode: '522601' },
];

const NUMERIC = ['households', 'persons', 'poorHouseholds', 'poorPersons', 'compliantHouseholds', 'ruralPopulation'] as const;

/** Sums the counts of rows grouped under a parent code (by prefix). */
function sumBy(rows: readonly RollupRow[], width: number): Map<string, Record<string, number>> {
  const sums = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const key = row.code.slice(0, width);
    const sum = sums.get(key) ?? {};
    for (const field of NUMERIC) sum[field] = (sum[field] ?? 0) + (row[field] ?? 0);
    for (const name of CHECK_NAMES) {
      sum[`unmet.${name}`] = (sum[`unmet.${name}`] ?? 0) + row.unmet[name];
      sum[`unknown.${name}`] = (sum[`unknown.${name}`] ?? 0) + row.unknown[name];
    }
    sums.set(key, sum);
  }
  return sums;
}

function own(row: RollupRow): Record<string, number> {
  return sumBy([row], 0).get('') as Record<string, number>;
}

const itemArb = fc.record({
  village: fc.constantFrom(...villages.map((v) => v.code)),
  status: fc.constantFrom('poor' as const, 'exited' as const, 'monitored' as const, 'returned' as const),
  persons: fc.integer({ min: 1, max: 9 }),
  assessed: fc.boolean(),
  unmet: fc.subarray([...CHECK_NAMES]),
  unknown: fc.subarray([...CHECK_NAMES]),
});

type Item = typeof itemArb extends fc.Arbitrary<infer T> ? T : never;

function build(items: readonly Item[]) {
  const households = items.map((x, i) => household(`H${String(i).padStart(4, '0')}`, x.village, x.status, x.persons));
  const assessments = items.flatMap((x, i) =>
    x.assessed ? [assess(`H${String(i).padStart(4, '0')}`, { unmet: x.unmet, unknown: x.unknown.filter((n) => !x.unmet.includes(n)) })] : [],
  );
  return { households, assessments };
}

describe('rollup', () => {
  it('rolls a small area up to each level, in code order', () => {
    const households = [
      household('H1', '522601101201', 'poor', 4),
      household('H2', '522601101202', 'exited', 3),
      household('H3', '522601102201', 'returned', 2),
      household('H4', '522602101201', 'poor', 5),
    ];
    const assessments = [assess('H3', { unmet: ['housing'] }), assess('H1', { unknown: ['income'] }), assess('H2')];
    const county = rollup(assessments, { households, villages, townships, level: 'county' });
    expect(county).toEqual([
      {
        code: '522601',
        level: 'county',
        households: 3,
        persons: 9,
        poorHouseholds: 2,
        poorPersons: 6,
        compliantHouseholds: 1,
        unmet: perCheck({ housing: 1 }),
        unknown: perCheck({ income: 1 }),
        ruralPopulation: 2000,
        incidence: { numerator: 6, denominator: 2000, percent: 0.3 },
      },
      {
        code: '522602',
        level: 'county',
        households: 1,
        persons: 5,
        poorHouseholds: 1,
        poorPersons: 5,
        compliantHouseholds: 0,
        // H4 has no assessment: every check unknown.
        unmet: perCheck(),
        unknown: perCheck({ income: 1, food: 1, clothing: 1, education: 1, medical: 1, housing: 1, water: 1 }),
        ruralPopulation: 800,
        incidence: { numerator: 5, denominator: 800, percent: 0.625 },
      },
    ]);
    const township = rollup(assessments, { households, villages, townships, level: 'township' });
    expect(township.map((r) => [r.code, r.households, r.ruralPopulation])).toEqual([
      ['522601101', 2, 1300],
      ['522601102', 1, 700],
      ['522601103', 0, undefined],
      ['522602101', 1, 800],
    ]);
    const village_ = rollup(assessments, { households, villages, level: 'village' });
    expect(village_.map((r) => [r.code, r.households])).toEqual([
      ['522601101201', 1],
      ['522601101202', 1],
      ['522601102201', 1],
      ['522601102202', 0],
      ['522602101201', 1],
    ]);
  });

  it('works without a village list, from the households alone', () => {
    const households = [household('H1', '522601101201', 'poor', 4)];
    expect(rollup([assess('H1')], { households, level: 'township' })).toEqual([
      {
        code: '522601101',
        level: 'township',
        households: 1,
        persons: 4,
        poorHouseholds: 1,
        poorPersons: 4,
        compliantHouseholds: 1,
        unmet: perCheck(),
        unknown: perCheck(),
      },
    ]);
  });

  it('throws on an assessment whose household is missing, naming the id masked', () => {
    const id = makeId('522601', '1980-01-01', 11);
    expect(() => rollup([assess(id)], { households: [household('H1', '522601101201', 'poor', 1)], level: 'village' })).toThrow(
      `tuopin: rollup/unknown-household: 评估结果对应的农户 5226************${id.slice(-2)} 不在农户名单中 / assessment of household 5226************${id.slice(-2)}, which is not in households`,
    );
    expect(() => rollup([assess('X-9')], { households: [], level: 'village' })).toThrow(/rollup\/unknown-household: .*X-9/);
  });

  it('throws on a household listed twice or assessed twice, and on a bad level', () => {
    const h = household('H1', '522601101201', 'poor', 1);
    expect(() => rollup([], { households: [h, h], level: 'village' })).toThrow(/^tuopin: rollup\/duplicate-household:/);
    expect(() => rollup([assess('H1'), assess('H1')], { households: [h], level: 'village' })).toThrow(
      /^tuopin: rollup\/duplicate-assessment:/,
    );
    expect(() => rollup([], { households: [h], level: 'nation' as 'county' })).toThrow(/^tuopin: rollup\/invalid-level:/);
  });

  it('reads households and assessments from any iterable, once', () => {
    function* gen<T>(items: readonly T[]) {
      yield* items;
    }
    const households = [household('H1', '522601101201', 'poor', 2), household('H2', '522601101201', 'exited', 1)];
    const rows = rollup(gen(households), gen([assess('H2')]), { level: 'village' });
    expect(rows[0]).toMatchObject({ households: 2, persons: 3, compliantHouseholds: 1 });
  });

  it('county total = sum of townships = sum of villages, for any input (property)', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 60 }), (items) => {
        const { households, assessments } = build(items);
        const input = { households, villages, townships };
        const byVillage = rollup(assessments, { ...input, level: 'village' });
        const byTownship = rollup(assessments, { ...input, level: 'township' });
        const byCounty = rollup(assessments, { ...input, level: 'county' });
        const villagesPerTownship = sumBy(byVillage, 9);
        for (const row of byTownship) {
          if (row.code === '522601103') continue; // listed with no village
          expect(own(row)).toEqual(villagesPerTownship.get(row.code));
        }
        const villagesPerCounty = sumBy(byVillage, 6);
        const townshipsPerCounty = sumBy(
          byTownship.filter((r) => r.code !== '522601103'),
          6,
        );
        for (const row of byCounty) {
          expect(own(row)).toEqual(villagesPerCounty.get(row.code));
          expect(own(row)).toEqual(townshipsPerCounty.get(row.code));
        }
        expect(byCounty.reduce((n, r) => n + r.households, 0)).toBe(items.length);
        expect(byCounty.reduce((n, r) => n + r.compliantHouseholds, 0)).toBe(
          items.filter((x) => x.assessed && x.unmet.length === 0 && x.unknown.length === 0).length,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of households or assessments (property)', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 40 }).chain((items) => {
          const { households, assessments } = build(items);
          return fc.tuple(
            fc.constant({ households, assessments }),
            fc.shuffledSubarray(households, { minLength: households.length, maxLength: households.length }),
            fc.shuffledSubarray(assessments, { minLength: assessments.length, maxLength: assessments.length }),
          );
        }),
        fc.constantFrom('village' as const, 'township' as const, 'county' as const),
        ([original, households, assessments], level) => {
          const listed = [...villages].reverse();
          expect(rollup(assessments, { households, villages: listed, townships, level })).toEqual(
            rollup(original.assessments, { households: original.households, villages, townships, level }),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('takes the data first (households, then their assessments) and the options last; the deprecated rollup(assessments, { households, … }) gives the same rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 30 }),
        fc.constantFrom('village' as const, 'township' as const, 'county' as const),
        (items, level) => {
          const { households, assessments } = build(items);
          expect(rollup(households, assessments, { villages, townships, level })).toEqual(
            rollup(assessments, { households, villages, townships, level }),
          );
        },
      ),
      { numRuns: 60 },
    );
    expect(() => rollup([], [assess('X-9')], { level: 'village' })).toThrow(/rollup\/unknown-household: .*X-9/);
    expect(() => rollup([], [], { level: 'nation' as 'county' })).toThrow(/^tuopin: rollup\/invalid-level:/);
  });

  it('does not mutate its input', () => {
    const households = [household('H1', '522601101201', 'poor', 2)];
    const assessments: HouseholdAssessment[] = [assess('H1', { unmet: ['food'] })];
    const copy = cloneData({ households, assessments, villages });
    rollup(households, assessments, { villages, level: 'county' });
    rollup(assessments, { households, villages, level: 'county' });
    expect({ households, assessments, villages }).toEqual(copy);
  });
});
