import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRollup, DomainError, type RollupSnapshot } from '../../src/index';
import { assess, household, perCheck, village } from './fixtures';
import { cloneData } from '../fixtures/no-mutation';

const A = '522601101201';
const B = '522601101202';
const C = '522601102201';
const villages = [village(A, 1000), village(B, 300), village(C, 500)];
const townships = [
  { code: '522601101', name: '甲镇', countyCode: '522601' },
  { code: '522601103', name: '丙乡', countyCode: '522601' },
];

describe('createRollup', () => {
  it('counts households, persons, poor and compliance per village', () => {
    const acc = createRollup({ villages });
    acc.add(household('h1', A, 'poor', 4), assess('h1', { unmet: ['income', 'housing'] }));
    acc.add(household('h2', A, 'exited', 3), assess('h2'));
    acc.add(household('h3', A, 'returned', 2), assess('h3', { unknown: ['water'] }));
    acc.add(household('h4', A, 'monitored', 5)); // not assessed
    expect(acc.rows('village')).toEqual([
      {
        code: A,
        level: 'village',
        households: 4,
        persons: 14,
        poorHouseholds: 2,
        poorPersons: 6,
        compliantHouseholds: 1,
        unmet: perCheck({ income: 1, housing: 1 }),
        unknown: perCheck({ income: 1, food: 1, clothing: 1, education: 1, medical: 1, housing: 1, water: 2 }),
        ruralPopulation: 1000,
        incidence: { numerator: 6, denominator: 1000, percent: 0.6 },
      },
      {
        code: B,
        level: 'village',
        households: 0,
        persons: 0,
        poorHouseholds: 0,
        poorPersons: 0,
        compliantHouseholds: 0,
        unmet: perCheck(),
        unknown: perCheck(),
        ruralPopulation: 300,
        incidence: { numerator: 0, denominator: 300, percent: 0 },
      },
      {
        code: C,
        level: 'village',
        households: 0,
        persons: 0,
        poorHouseholds: 0,
        poorPersons: 0,
        compliantHouseholds: 0,
        unmet: perCheck(),
        unknown: perCheck(),
        ruralPopulation: 500,
        incidence: { numerator: 0, denominator: 500, percent: 0 },
      },
    ]);
  });

  it('derives townships and counties from the villages; listed empty units still appear', () => {
    const acc = createRollup({ villages, townships });
    acc.add(household('h1', A, 'poor', 4), assess('h1', { unmet: ['income'] }));
    acc.add(household('h2', C, 'poor', 2), assess('h2'));
    const empty = { households: 0, persons: 0, poorHouseholds: 0, poorPersons: 0, compliantHouseholds: 0, unmet: perCheck(), unknown: perCheck() };
    expect(acc.rows('township')).toEqual([
      {
        code: '522601101',
        level: 'township',
        households: 1,
        persons: 4,
        poorHouseholds: 1,
        poorPersons: 4,
        compliantHouseholds: 0,
        unmet: perCheck({ income: 1 }),
        unknown: perCheck(),
        ruralPopulation: 1300,
        incidence: { numerator: 4, denominator: 1300, percent: 400 / 1300 },
      },
      {
        code: '522601102',
        level: 'township',
        households: 1,
        persons: 2,
        poorHouseholds: 1,
        poorPersons: 2,
        compliantHouseholds: 1,
        unmet: perCheck(),
        unknown: perCheck(),
        ruralPopulation: 500,
        incidence: { numerator: 2, denominator: 500, percent: 0.4 },
      },
      // Listed with no village: no population is known for it.
      { code: '522601103', level: 'township', ...empty },
    ]);
    expect(acc.rows('county')).toEqual([
      {
        code: '522601',
        level: 'county',
        households: 2,
        persons: 6,
        poorHouseholds: 2,
        poorPersons: 6,
        compliantHouseholds: 1,
        unmet: perCheck({ income: 1 }),
        unknown: perCheck(),
        ruralPopulation: 1800,
        incidence: { numerator: 6, denominator: 1800, percent: 600 / 1800 },
      },
    ]);
  });

  it('leaves out the population and incidence of a unit with a village that is not listed', () => {
    const acc = createRollup({ villages: [village(A, 1000)] });
    acc.add(household('h1', A, 'poor', 1), assess('h1'));
    acc.add(household('h2', B, 'poor', 1), assess('h2'));
    const [a, b] = acc.rows('village');
    expect(a?.incidence).toEqual({ numerator: 1, denominator: 1000, percent: 0.1 });
    expect(b).not.toHaveProperty('ruralPopulation');
    expect(b).not.toHaveProperty('incidence');
    expect(acc.rows('township')[0]).not.toHaveProperty('ruralPopulation');
  });

  it('gives a population of 0 but no incidence', () => {
    const acc = createRollup({ villages: [village(A, 0)] });
    expect(acc.rows('village')[0]).toMatchObject({ ruralPopulation: 0 });
    expect(acc.rows('village')[0]).not.toHaveProperty('incidence');
  });

  it('returns no rows when nothing was added or listed', () => {
    expect(createRollup().rows('county')).toEqual([]);
    expect(createRollup().snapshot()).toEqual({ format: 'tuopin.rollup/1', villages: {} });
  });

  it('merges snapshots, through JSON, into the same counts as one accumulator', () => {
    const all = createRollup({ villages });
    const left = createRollup();
    const right = createRollup();
    const items = [
      [household('h1', A, 'poor', 4), assess('h1', { unmet: ['food'] })],
      [household('h2', B, 'exited', 2), assess('h2')],
      [household('h3', C, 'returned', 3), assess('h3', { unknown: ['medical'] })],
      [household('h4', A, 'exited', 1), undefined],
    ] as const;
    items.forEach(([h, a], i) => {
      all.add(h, a);
      (i % 2 === 0 ? left : right).add(h, a);
    });
    const merged = createRollup({ villages });
    merged.merge(JSON.parse(JSON.stringify(left.snapshot())) as RollupSnapshot);
    merged.merge(JSON.parse(JSON.stringify(right.snapshot())) as RollupSnapshot);
    expect(merged.snapshot()).toEqual(all.snapshot());
    for (const level of ['village', 'township', 'county'] as const) expect(merged.rows(level)).toEqual(all.rows(level));
  });

  it('merging is the same as adding, for any split of any input (property)', () => {
    const codes = [A, B, C, '522602101201'];
    const item = fc.record({
      village: fc.constantFrom(...codes),
      status: fc.constantFrom('poor' as const, 'exited' as const, 'monitored' as const, 'returned' as const),
      persons: fc.integer({ min: 1, max: 8 }),
      assessed: fc.boolean(),
      unmet: fc.subarray(['income', 'food', 'housing', 'water'] as const),
      worker: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (list) => {
        const whole = createRollup({ villages });
        const workers = [createRollup(), createRollup(), createRollup()];
        list.forEach((x, i) => {
          const h = household(`h${i}`, x.village, x.status, x.persons);
          const a = x.assessed ? assess(h.id, { unmet: x.unmet }) : undefined;
          whole.add(h, a);
          workers[x.worker]?.add(h, a);
        });
        const merged = createRollup({ villages });
        for (const worker of workers) merged.merge(JSON.parse(JSON.stringify(worker.snapshot())) as RollupSnapshot);
        expect(merged.rows('village')).toEqual(whole.rows('village'));
        expect(merged.rows('county')).toEqual(whole.rows('county'));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a bad snapshot and stays as it was', () => {
    const acc = createRollup();
    acc.add(household('h1', A, 'poor', 2), assess('h1'));
    const before = acc.snapshot();
    const good = before.villages[A];
    const bad: unknown[] = [
      null,
      { format: 'other', villages: {} },
      { format: 'tuopin.rollup/1', villages: { [B]: good, '5226011012': good } },
      { format: 'tuopin.rollup/1', villages: { [B]: good, [C]: { ...good, persons: -1 } } },
      { format: 'tuopin.rollup/1', villages: { [B]: good, [C]: { ...good, unmet: { income: 1 } } } },
      { format: 'tuopin.rollup/1', villages: { [C]: { ...good, poorHouseholds: 2 } } },
    ];
    for (const snapshot of bad) {
      expect(() => acc.merge(snapshot as RollupSnapshot)).toThrow(/^tuopin: rollup\/invalid-snapshot:/);
      expect(acc.snapshot()).toEqual(before);
    }
  });

  it('throws on an assessment of another household and on a bad village code', () => {
    const acc = createRollup();
    expect(() => acc.add(household('h1', A, 'poor', 1), assess('h2'))).toThrow(/^tuopin: rollup\/id-mismatch:/);
    expect(() => acc.add(household('h1', '522601101', 'poor', 1), assess('h1'))).toThrow(/^tuopin: rollup\/invalid-village-code:/);
    expect(() => acc.add(household('h1', '522601101000', 'poor', 1), assess('h1'))).toThrow(DomainError);
    expect(acc.snapshot().villages).toEqual({});
  });

  it('throws on listed units with bad or repeated codes and on a bad level', () => {
    expect(() => createRollup({ villages: [village(A, 1), village(A, 2)] })).toThrow(/^tuopin: rollup\/duplicate-village:/);
    expect(() => createRollup({ villages: [{ ...village(A, 1), ruralPopulation: -3 }] })).toThrow(/^tuopin: rollup\/invalid-population:/);
    expect(() => createRollup({ townships: [{ code: '522601', name: 'x', countyCode: '522601' }] })).toThrow(
      /^tuopin: rollup\/invalid-township-code:/,
    );
    expect(() => createRollup().rows('province' as 'county')).toThrow(/^tuopin: rollup\/invalid-level:/);
    expect(() => createRollup().rows('toString' as 'county')).toThrow(/^tuopin: rollup\/invalid-level:/);
  });

  it('does not mutate the households, assessments or listed units', () => {
    const h = household('h1', A, 'poor', 2);
    const a = assess('h1', { unmet: ['water'] });
    const listed = [village(A, 10)];
    const copies = cloneData({ h, a, listed });
    const acc = createRollup({ villages: Object.freeze(listed) });
    acc.add(Object.freeze(h), Object.freeze(a));
    acc.rows('county');
    expect({ h, a, listed }).toEqual(copies);
  });
});
