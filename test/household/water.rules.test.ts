import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessHousehold, definePolicy, type Household, type Policy, type Reason, type Water } from '../../src/index';
import { household } from './fixtures';

// The water rules each alone: the quantity when the area is not recorded (decided only when both
// minimums agree, whichever is the higher), the register's summary findings (used only when no
// indicator is recorded), and the shared reasons (each names its own household's value).

const ON = '2020-12-31';
const texts = (reasons: readonly Reason[]) => reasons.map((r) => [r.message['zh-CN'], r.message.en]);

let policies = 0;
/** A new frozen policy with these water thresholds: its memo, and so its shared reasons, start empty. */
function waterPolicy(value: Partial<Record<keyof NonNullable<Policy['water'][number]>['value'], number>> = {}): Policy {
  policies += 1;
  return definePolicy({
    name: `water-rules-${policies}`,
    water: [
      {
        from: '2019-01-01',
        value: {
          minLitresPerPersonPerDay: 35,
          minLitresPerPersonPerDayWaterShort: 20,
          maxFetchMinutes: 20,
          maxHorizontalMetres: 800,
          maxVerticalMetres: 80,
          maxInterruptionDaysPerYear: 36,
          ...value,
        },
        source: 'test',
        confirmed: true,
      },
    ],
  });
}
const waterCheck = (w: Water, policy: Policy = waterPolicy()) => assessHousehold(household({ water: w }), { asOf: ON, policy }).checks.water;
const ok: Water = { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: true };

describe('water quantity with the area not recorded: decided only when both minimums agree', () => {
  // A policy may set the water-short minimum above the normal one; the rule does not assume an order.
  const swapped = () => waterPolicy({ minLitresPerPersonPerDay: 20, minLitresPerPersonPerDayWaterShort: 35 });
  const quantity = (litres: number, policy: Policy) => waterCheck({ ...ok, litresPerPersonPerDay: litres }, policy).reasons[0];

  it('is met at or above both, whichever is higher', () => {
    for (const policy of [waterPolicy(), swapped()]) {
      expect(quantity(35, policy)).toMatchObject({ code: 'water/quantity-ok', evidence: { litres: 35, waterShortArea: null } });
      expect(quantity(50, policy)?.code).toBe('water/quantity-ok');
    }
    expect(quantity(35, swapped())?.evidence).toEqual({ litres: 35, min: 20, waterShortArea: null });
  });

  it('is unknown between the two, at the lower one and just below the higher one, whichever is higher', () => {
    for (const policy of [waterPolicy(), swapped()]) {
      for (const litres of [20, 25, 34.9]) {
        const check = waterCheck({ ...ok, litresPerPersonPerDay: litres }, policy);
        expect(check.status).toBe('unknown');
        expect(check.reasons[0]).toMatchObject({ code: 'water/quantity-area-unknown', path: ['water', 'litresPerPersonPerDay'], evidence: { litres } });
      }
    }
    const between = quantity(25, swapped()) as Reason;
    expect(between.evidence).toEqual({ litres: 25, min: 20, minWaterShort: 35 });
    expect(texts([between])).toEqual([
      [
        '水量 25 升/人·日，达到缺水地区标准 35 升但低于 20 升，未记录是否缺水地区',
        'water quantity of 25 L per person per day meets the water-short-area minimum of 35 L but not 20 L, and whether this is a water-short area is not recorded',
      ],
    ]);
  });

  it('is unmet below both, naming the lower minimum', () => {
    for (const policy of [waterPolicy(), swapped()]) {
      const low = waterCheck({ ...ok, litresPerPersonPerDay: 19.9 }, policy);
      expect(low.status).toBe('unmet');
      expect(low.reasons[0]).toMatchObject({ code: 'water/quantity-low', evidence: { litres: 19.9, min: 20, waterShortArea: null } });
      expect(texts(low.reasons.slice(0, 1))).toEqual([['水量 19.9 升/人·日，低于 20 升', 'water quantity of 19.9 L per person per day is below the minimum of 20 L']]);
    }
  });
});

describe('water: the register’s summary findings', () => {
  it('decide only when none of the indicators is recorded: each indicator alone keeps them out', () => {
    const indicators: Water[] = [
      { litresPerPersonPerDay: 40 },
      { piped: true },
      { piped: false },
      { fetchMinutes: 5 },
      { horizontalMetres: 100 },
      { verticalMetres: 10 },
      { interruptionDaysPerYear: 3 },
      { qualityOk: true },
    ];
    for (const indicator of indicators) {
      for (const summary of [{ safe: false }, { difficult: true }, { safe: true }] as const) {
        const check = waterCheck({ ...indicator, ...summary });
        expect(check.reasons.map((r) => r.code).filter((c) => c.startsWith('water/summary-'))).toEqual([]);
        // One reason per indicator, in order: quantity, convenience, reliability, quality.
        expect(check.reasons).toHaveLength(4);
        expect(check.status).toBe('unknown');
      }
    }
  });

  it('gives each finding alone its verdict, evidence (null when not recorded) and both messages', () => {
    const cases: [Water, string, string, Record<string, boolean | null>, string, string][] = [
      [{ safe: true }, 'met', 'water/summary-safe', { safe: true, difficult: null }, '未记录四项饮水指标，按登记的入户核实结论判定：饮水安全', 'none of the four water indicators is recorded; decided by the register finding: drinking water safe'],
      [{ safe: true, difficult: false }, 'met', 'water/summary-safe', { safe: true, difficult: false }, '未记录四项饮水指标，按登记的入户核实结论判定：饮水安全', 'none of the four water indicators is recorded; decided by the register finding: drinking water safe'],
      [{ safe: false }, 'unmet', 'water/summary-unsafe', { safe: false, difficult: null }, '未记录四项饮水指标，按登记的入户核实结论判定：饮水不安全', 'none of the four water indicators is recorded; decided by the register finding: drinking water not safe'],
      [{ difficult: true }, 'unmet', 'water/summary-difficult', { safe: null, difficult: true }, '未记录四项饮水指标，按登记的入户核实结论判定：饮水困难（饮水是否安全：未记录）', 'none of the four water indicators is recorded; decided by the register finding: drinking water difficult (safe: not recorded)'],
      [{ difficult: false }, 'unknown', 'water/summary-incomplete', { safe: null, difficult: false }, '未记录四项饮水指标；登记结论仅有饮水不困难，未记录饮水是否安全', 'none of the four water indicators is recorded, and the register records only that water is not difficult, not whether it is safe'],
    ];
    for (const [water, status, code, evidence, zh, en] of cases) {
      const check = waterCheck(water);
      expect(check.status).toBe(status);
      expect(check.reasons).toHaveLength(1);
      expect(check.reasons[0]?.code).toBe(code);
      expect(check.reasons[0]?.evidence).toEqual(evidence);
      expect(texts(check.reasons)).toEqual([[zh, en]]);
    }
    expect(waterCheck({ difficult: true }).reasons[0]?.path).toEqual(['water', 'difficult']);
    expect(waterCheck({ safe: false }).reasons[0]?.path).toEqual(['water', 'safe']);
  });

  it('with neither finding nor any indicator, says each indicator is missing', () => {
    for (const water of [{}, { waterShortArea: true }] as Water[]) {
      const check = waterCheck(water);
      expect(check.status).toBe('unknown');
      expect(check.reasons.map((r) => r.code)).toEqual(['water/quantity-missing', 'water/convenience-unknown', 'water/reliability-missing', 'water/quality-missing']);
    }
  });
});

describe('water: the reasons shared between households name each household’s own values', () => {
  const reasonOf = (check: ReturnType<typeof waterCheck>, code: string) => check.reasons.find((r) => r.code === code);

  it('quantity: every whole and fractional amount under each area variant, in any order', () => {
    // Low minimums, so that nearly every amount meets: 3 L in a water-short area and 6 L with the
    // area unknown must not share a reason, nor the same litres under two area variants.
    const policy = waterPolicy({ minLitresPerPersonPerDay: 2, minLitresPerPersonPerDayWaterShort: 1 });
    // Thirds too: 3 × 31/3 is 31, the slot of 10 L in a water-short area.
    const amounts = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 31 / 3, 32 / 3, 12, 40, 40.5, 50.5, 1999, 2000, 2001, 6000];
    const areas = [undefined, true, false] as const;
    for (const order of [amounts, [...amounts].reverse()]) {
      for (const litres of order) {
        for (const area of [...areas, ...[...areas].reverse()]) {
          const water: Water = area === undefined ? { ...ok, litresPerPersonPerDay: litres } : { ...ok, litresPerPersonPerDay: litres, waterShortArea: area };
          const check = waterCheck(water, policy);
          const min = area === undefined ? 2 : area ? 1 : 2;
          if (litres < min) continue;
          expect(reasonOf(check, 'water/quantity-ok')?.evidence, `${litres} ${area}`).toEqual({ litres, min, waterShortArea: area ?? null });
        }
      }
    }
  });

  it('fetch time: whole and fractional minutes, and −0 apart from 0', () => {
    const policy = waterPolicy({ maxFetchMinutes: 2000 });
    const fetch = (fetchMinutes: number) => reasonOf(waterCheck({ ...ok, piped: false, fetchMinutes }, policy), 'water/convenience-fetch-time');
    for (const minutes of [1, 7.5, 8.5, 1, 0, -0, 0, 999, 1000, 1001, 1000, 7.5]) {
      const reason = fetch(minutes) as Reason;
      expect(Object.is(reason.evidence.value, minutes), `${minutes}`).toBe(true);
      expect(reason.evidence).toEqual({ value: minutes, max: 2000 });
    }
    // The first reason asked of a policy's values: 0 minutes.
    expect(reasonOf(waterCheck({ ...ok, piped: false, fetchMinutes: 0 }), 'water/convenience-fetch-time')?.evidence).toEqual({ value: 0, max: 20 });
  });

  it('reliability: each day count, and −0 apart from 0 and 1', () => {
    const policy = waterPolicy({ maxInterruptionDaysPerYear: 366 });
    const days = (interruptionDaysPerYear: number) => reasonOf(waterCheck({ ...ok, interruptionDaysPerYear }, policy), 'water/reliability-ok') as Reason;
    for (const n of [1, -0, 0, -0, 1, 366, 365]) {
      const reason = days(n);
      expect(Object.is(reason.evidence.days, n), `${n}`).toBe(true);
      expect(reason.evidence).toEqual({ days: n, max: 366 });
    }
  });

  it('quantity: 0 and −0 litres apart, under each area variant, with zero minimums', () => {
    const policy = waterPolicy({ minLitresPerPersonPerDay: 0, minLitresPerPersonPerDayWaterShort: 0 });
    for (const area of [undefined, false, true]) {
      for (const litres of [0, -0, 0, -0]) {
        const water: Water = area === undefined ? { ...ok, litresPerPersonPerDay: litres } : { ...ok, litresPerPersonPerDay: litres, waterShortArea: area };
        const reason = reasonOf(waterCheck(water, policy), 'water/quantity-ok') as Reason;
        expect(Object.is(reason.evidence.litres, litres), `${litres} ${area}`).toBe(true);
        expect(reason.evidence).toEqual({ litres, min: 0, waterShortArea: area ?? null });
      }
    }
  });
});

/** Whether a value and everything it holds is frozen. */
const deepFrozen = (value: unknown): boolean =>
  value === null || typeof value !== 'object' || (Object.isFrozen(value) && Object.values(value).every(deepFrozen));

describe('water quantity and reliability: every outcome, shared or made afresh, is the plain reading of the rule', () => {
  // Whole amounts share one reason per slot (litres × 3 + area variant, and days), whichever
  // outcome it is: met, low or area unknown, reliable or interrupted. A plain reading of the rule,
  // written out here apart from check-water.ts, says what each reason must be, in any order of
  // households, under one frozen policy (so that the second household of a slot gets the shared one).
  const litres = fc.oneof(fc.integer({ min: 0, max: 80 }), fc.constantFrom(-0, 0.5, 19.5, 20, 34.9, 35, 1999, 2000, 2001, -1, Number.NaN));
  const days = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(-0, 0.5, 36.5, 399, 400, 401, -1));
  const area = fc.constantFrom(undefined, true, false);
  const minimums = fc.constantFrom([35, 20], [20, 35], [30, 30]);

  /** 水量 as T/CHES 18-2018 and the library's rules state it: the minimum of the area, or both when it is not recorded. */
  function plainQuantity(l: number, a: boolean | undefined, normal: number, short: number) {
    if (a !== undefined) {
      const min = a ? short : normal;
      return l >= min
        ? { status: 'met', code: 'water/quantity-ok', evidence: { litres: l, min, waterShortArea: a } }
        : { status: 'unmet', code: 'water/quantity-low', evidence: { litres: l, min, waterShortArea: a } };
    }
    if (l >= normal && l >= short) return { status: 'met', code: 'water/quantity-ok', evidence: { litres: l, min: normal, waterShortArea: null } };
    if (l < normal && l < short) return { status: 'unmet', code: 'water/quantity-low', evidence: { litres: l, min: Math.min(normal, short), waterShortArea: null } };
    return { status: 'unknown', code: 'water/quantity-area-unknown', evidence: { litres: l, min: normal, minWaterShort: short } };
  }

  it('for any sequence of households', () => {
    fc.assert(
      fc.property(minimums, fc.array(fc.tuple(litres, area, days), { minLength: 1, maxLength: 40 }), ([normal, short], cases) => {
        const policy = waterPolicy({ minLitresPerPersonPerDay: normal, minLitresPerPersonPerDayWaterShort: short });
        for (const [l, a, d] of cases) {
          const water: Water = { litresPerPersonPerDay: l, piped: true, interruptionDaysPerYear: d, qualityOk: true };
          if (a !== undefined) water.waterShortArea = a;
          const check = waterCheck(water, policy);
          const quantity = plainQuantity(l, a, normal, short);
          const reliable = d <= 36;
          const reliability = { code: reliable ? 'water/reliability-ok' : 'water/interruptions-high', evidence: { days: d, max: 36 } };
          const [q, , r] = check.reasons as Reason[];
          expect({ code: q?.code, path: q?.path, evidence: q?.evidence }).toEqual({ code: quantity.code, path: ['water', 'litresPerPersonPerDay'], evidence: quantity.evidence });
          expect(Object.is(q?.evidence.litres, l)).toBe(true);
          expect({ code: r?.code, path: r?.path, evidence: r?.evidence }).toEqual({ ...reliability, path: ['water', 'interruptionDaysPerYear'] });
          expect(Object.is(r?.evidence.days, d)).toBe(true);
          const statuses = [quantity.status, reliable ? 'met' : 'unmet'];
          expect(check.status).toBe(statuses.includes('unmet') ? 'unmet' : statuses.includes('unknown') ? 'unknown' : 'met');
          // A reason is shared exactly when its value is whole and in range: then it is deep frozen.
          const whole = (x: number, limit: number) => Number.isInteger(x) && x >= 0 && x < limit && !Object.is(x, -0);
          if (whole(l, 2000)) expect(deepFrozen(q)).toBe(true);
          if (whole(d, 400)) expect(deepFrozen(r)).toBe(true);
          expect(texts([q as Reason, r as Reason]).flat().every((t) => t.length > 0 && !t.includes('undefined'))).toBe(true);
        }
        // Asked again, each household gets an equal check (shared or made afresh alike).
        for (const [l, a, d] of cases) {
          const water: Water = { litresPerPersonPerDay: l, piped: true, interruptionDaysPerYear: d, qualityOk: true };
          if (a !== undefined) water.waterShortArea = a;
          expect(waterCheck(water, policy)).toEqual(waterCheck(water, waterPolicy({ minLitresPerPersonPerDay: normal, minLitresPerPersonPerDayWaterShort: short })));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('water: a household of the batch', () => {
  it('is assessed alike whether its reasons were shared or made afresh', () => {
    const policy = waterPolicy();
    const h: Household = household({ water: { litresPerPersonPerDay: 36, piped: false, fetchMinutes: 4, interruptionDaysPerYear: 2, qualityOk: true } });
    const first = assessHousehold(h, { asOf: ON, policy }).checks.water;
    const again = assessHousehold(h, { asOf: ON, policy }).checks.water;
    expect(again).toEqual(first);
    expect(first.status).toBe('met');
    expect(first.reasons.map((r) => r.evidence)).toEqual([{ litres: 36, min: 35, waterShortArea: null }, { value: 4, max: 20 }, { days: 2, max: 36 }, {}]);
  });
});
