import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, createRollup, DomainError, type HouseholdAssessment, type RollupSnapshot } from '../../src/index';
import { makeId } from '../fixtures/ids';
import { assess, household, perCheck, village , thrownDomainError } from './fixtures';

// Issue 17: the roll-up's refusals each alone, with what they name, and the shape of what it
// gives back (the check keys, the order of a snapshot's villages).


const A = '522601101201';
const B = '522601101202';
const C = '522601102201';

describe('createRollup: listed units and added households with a bad code', () => {
  it('refuses a listed village whose code is not a 12-digit village code, naming it', () => {
    const error = thrownDomainError(() => createRollup({ villages: [village('5226011012', 10)] }));
    expect(error).toMatchObject({
      code: 'rollup/invalid-village-code',
      evidence: { given: '"5226011012"' },
      localized: { 'zh-CN': '"5226011012" 不是 12 位村级代码', en: '"5226011012" is not a 12-digit village code' },
    });
    const none = thrownDomainError(() => createRollup({ villages: [{ ...village(A, 10), code: null as unknown as string }] }));
    expect(none).toMatchObject({ code: 'rollup/invalid-village-code', evidence: { given: 'null' } });
  });

  it('refuses a zero-padded township code: a township is listed by its 9 digits', () => {
    // 522601101000 reads as township 522601101 padded to 12 digits, not as a township code.
    const error = thrownDomainError(() => createRollup({ townships: [{ code: '522601101000', name: '甲镇', countyCode: '522601' }] }));
    expect(error).toMatchObject({
      code: 'rollup/invalid-township-code',
      evidence: { given: '"522601101000"' },
      localized: { en: '"522601101000" is not a 9-digit township code' },
    });
    expect(createRollup({ townships: [{ code: '522601101', name: '甲镇', countyCode: '522601' }] }).rows('township')).toHaveLength(1);
  });

  it('names the village whose population is not a count', () => {
    const error = thrownDomainError(() => createRollup({ villages: [{ ...village(A, 1), ruralPopulation: 2.5 }] }));
    expect(error).toMatchObject({
      code: 'rollup/invalid-population',
      evidence: { village: A },
      localized: { en: `village ${A}: ruralPopulation is not a whole number` },
    });
  });

  it('names the code of a household outside any village, also when it is not a string', () => {
    const acc = createRollup();
    expect(thrownDomainError(() => acc.add(household('h1', '522601101', 'poor', 1)))).toMatchObject({
      code: 'rollup/invalid-village-code',
      evidence: { given: '"522601101"' },
    });
    expect(thrownDomainError(() => acc.add({ ...household('h1', A, 'poor', 1), villageCode: undefined as unknown as string }))).toMatchObject({
      code: 'rollup/invalid-village-code',
      evidence: { given: 'undefined' },
    });
  });

  it('names both households, masked, when an assessment is given for another household', () => {
    const id = makeId('522601', '1980-01-01', 11);
    const error = thrownDomainError(() => createRollup().add(household('H-7', A, 'poor', 1), assess(id)));
    expect(error.code).toBe('rollup/id-mismatch');
    expect(error.evidence).toEqual({ assessment: `5226************${id.slice(-2)}`, household: 'H-7' });
    expect(error.message).not.toContain(id);
  });
});

describe('createRollup: what an assessment counts', () => {
  it('counts a check the assessment does not hold as unknown', () => {
    const full = assess('h1', { unmet: ['income'] });
    const { water: _dropped, ...checks } = full.checks;
    const partial = { ...full, checks } as unknown as HouseholdAssessment;
    const acc = createRollup();
    acc.add(household('h1', A, 'poor', 2), partial);
    expect(acc.rows('village')[0]).toMatchObject({ unmet: perCheck({ income: 1 }), unknown: perCheck({ water: 1 }) });
  });

  it('gives each row and snapshot one count per check, keyed by the check names only', () => {
    const acc = createRollup({ villages: [village(A, 100)] });
    acc.add(household('h1', A, 'poor', 2), assess('h1', { unmet: ['food'] }));
    acc.add(household('h2', A, 'exited', 1));
    for (const level of ['village', 'township', 'county'] as const) {
      const [row] = acc.rows(level);
      expect(Object.keys(row?.unmet ?? {}), level).toEqual([...CHECK_NAMES]);
      expect(Object.keys(row?.unknown ?? {}), level).toEqual([...CHECK_NAMES]);
    }
    const counts = acc.snapshot().villages[A];
    expect(Object.keys(counts?.unmet ?? {})).toEqual([...CHECK_NAMES]);
    expect(Object.keys(counts?.unknown ?? {})).toEqual([...CHECK_NAMES]);
  });

  it('gives the same snapshot, to the character, whatever the order households were added in', () => {
    const items = [household('h1', C, 'poor', 3), household('h2', A, 'exited', 2), household('h3', B, 'returned', 1)];
    const forward = createRollup();
    const backward = createRollup();
    for (const h of items) forward.add(h, assess(h.id));
    for (const h of [...items].reverse()) backward.add(h, assess(h.id));
    expect(Object.keys(forward.snapshot().villages)).toEqual([A, B, C]);
    expect(JSON.stringify(backward.snapshot())).toBe(JSON.stringify(forward.snapshot()));
  });
});

describe('createRollup: merge refuses a bad snapshot, saying what is wrong', () => {
  const source = createRollup();
  source.add(household('h1', A, 'poor', 2), assess('h1', { unmet: ['water'] }));
  source.add(household('h2', A, 'exited', 1), assess('h2'));
  const good = source.snapshot().villages[A] as NonNullable<RollupSnapshot['villages'][string]>;
  const withVillage = (value: unknown, code = B) => ({ format: 'tuopin.rollup/1', villages: { [code]: value } });

  function refusal(snapshot: unknown): DomainError {
    const acc = createRollup();
    acc.add(household('h9', C, 'poor', 1));
    const before = acc.snapshot();
    const error = thrownDomainError(() => acc.merge(snapshot as RollupSnapshot));
    expect(error.code).toBe('rollup/invalid-snapshot');
    expect(acc.snapshot()).toEqual(before);
    return error;
  }

  it('accepts a good one', () => {
    const acc = createRollup();
    acc.merge(withVillage(good) as RollupSnapshot);
    expect(acc.snapshot().villages[B]).toEqual(good);
  });

  it('refuses anything but an object of its format', () => {
    for (const snapshot of [undefined, null, 'tuopin.rollup/1', { format: 'tuopin.rollup/2', villages: {} }]) {
      expect(refusal(snapshot).localized, String(snapshot)).toEqual({
        'zh-CN': '汇总快照无效：应为格式为 "tuopin.rollup/1" 的对象',
        en: 'expected an object with format "tuopin.rollup/1"',
      });
    }
  });

  it('refuses villages that are not an object', () => {
    for (const villages of [undefined, null, 'abc', 3]) {
      expect(refusal({ format: 'tuopin.rollup/1', villages }).localized, String(villages)).toEqual({
        'zh-CN': '汇总快照无效：villages 应为对象',
        en: 'villages must be an object',
      });
    }
  });

  it('names a key that is not a village code', () => {
    const error = refusal(withVillage(good, '5226'));
    expect(error.evidence).toEqual({ given: '"5226"' });
    expect(error.localized?.en).toBe('"5226" is not a 12-digit village code');
  });

  it('names the village and the group that is not an object', () => {
    for (const value of [null, 3, 'counts']) {
      const error = refusal(withVillage(value));
      expect(error.evidence, String(value)).toEqual({ village: B, group: 'counts' });
      expect(error.localized, String(value)).toEqual({ 'zh-CN': `汇总快照无效：村 ${B} 的计数应为对象`, en: `village ${B}: counts must be an object` });
    }
    expect(refusal(withVillage({ ...good, unmet: null })).evidence).toEqual({ village: B, group: 'unmet' });
    expect(refusal(withVillage({ ...good, unknown: 'none' })).localized).toEqual({
      'zh-CN': `汇总快照无效：村 ${B} 的待核实计数应为对象`,
      en: `village ${B}: unknown must be an object`,
    });
  });

  it('names the field that is not a count', () => {
    for (const n of [-1, 1.5, '2', 2 ** 53, null]) {
      expect(refusal(withVillage({ ...good, persons: n })).evidence, String(n)).toEqual({ village: B, field: 'persons' });
    }
    const error = refusal(withVillage({ ...good, unknown: { ...good.unknown, water: -1 } }));
    expect(error.evidence).toEqual({ village: B, field: 'unknown.water' });
    expect(error.localized?.en).toBe(`village ${B}: unknown.water is not a whole number of zero or more`);
  });

  it('refuses each count over its whole alone, and accepts a count equal to it', () => {
    const base = { ...good, households: 2, persons: 3, poorHouseholds: 1, poorPersons: 2, compliantHouseholds: 1 };
    const over = [
      { poorHouseholds: 3 },
      { compliantHouseholds: 3 },
      { poorPersons: 4 },
      { unmet: { ...base.unmet, water: 2 }, unknown: { ...base.unknown, water: 1 } },
    ];
    for (const change of over) {
      const error = refusal(withVillage({ ...base, ...change }));
      expect(error.evidence, JSON.stringify(change)).toEqual({ village: B });
      expect(error.localized?.en).toBe(`village ${B}: a count exceeds the number of households or persons`);
    }
    const equal = { ...base, poorHouseholds: 2, compliantHouseholds: 2, poorPersons: 3, unmet: perCheck({ water: 1 }), unknown: perCheck({ water: 1 }) };
    const acc = createRollup();
    acc.merge(withVillage(equal) as RollupSnapshot);
    expect(acc.snapshot().villages[B]).toEqual(equal);
  });
});

describe('createRollup: rows of a level', () => {
  it('refuses a level that is not a string, even one that reads as a level name', () => {
    const acc = createRollup({ villages: [village(A, 10)] });
    for (const level of [['county'], 12, undefined]) {
      const error = thrownDomainError(() => acc.rows(level as never));
      expect(error.code, String(level)).toBe('rollup/invalid-level');
      expect(error.evidence, String(level)).toEqual({ given: level === undefined ? 'undefined' : JSON.stringify(level) });
    }
    expect(thrownDomainError(() => acc.rows('province' as never)).localized).toEqual({
      'zh-CN': '层级 "province" 无效：应为村、乡或县',
      en: '"province" is not village, township or county',
    });
  });
});
