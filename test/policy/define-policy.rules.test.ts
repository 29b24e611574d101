import { describe, expect, it } from 'vitest';
import { defaultPolicy, definePolicy, PolicyError, PolicySchema, povertyLineEntry, type Policy, type PolicyOverrides } from '../../src/index';

// What an override may and may not do, and where each refusal points (issue 17: the rules of
// src/policy/define-policy.ts and schema.ts, each on its own).

function refusal(overrides: PolicyOverrides, base?: Policy): PolicyError {
  try {
    if (base === undefined) definePolicy(overrides);
    else definePolicy(overrides, base);
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
  throw new Error('definePolicy accepted the overrides');
}

const paths = (error: PolicyError) => error.issues.map((i) => i.path);

const line52 = { province: '52', year: 2021, yuan: 8000, source: '黔 test figure', confirmed: false };

describe('definePolicy: a poverty line given twice', () => {
  it('is refused as policy/invalid, saying the year and where it was first given', () => {
    const error = refusal({ povertyLines: [{ year: 2021, yuan: 4500 }, { year: 2022, yuan: 4600 }, { year: 2021, yuan: 4700 }] });
    expect(error.code).toBe('policy/invalid');
    expect(error.issues).toEqual([
      {
        path: ['povertyLines', 2, 'year'],
        code: 'policy/duplicate-year',
        evidence: { year: 2021, first: 0 },
        message: {
          'zh-CN': '2021 年的贫困线给出了两次（另见 povertyLines.0）',
          en: 'the poverty line of 2021 is given twice (see also povertyLines.0)',
        },
      },
    ]);
    expect(error.message).toBe(
      'tuopin: policy/invalid: povertyLines.2.year: 2021 年的贫困线给出了两次（另见 povertyLines.0） / the poverty line of 2021 is given twice (see also povertyLines.0)',
    );
  });

  it('is not a line of the base: replacing the base’s year once is allowed', () => {
    expect(povertyLineEntry(2020, definePolicy({ povertyLines: [{ year: 2020, yuan: 4100 }] }))?.yuan).toBe(4100);
  });
});

describe('definePolicy: the message lists every problem', () => {
  it('one after the other, separated by "; "', () => {
    const error = refusal({ povertyLines: [{ year: 2021, yuan: -1 }, { year: 2022, yuan: 1.001 }] });
    expect(paths(error)).toEqual([
      ['povertyLines', 0, 'yuan'],
      ['povertyLines', 1, 'yuan'],
    ]);
    expect(error.message).toBe(
      'tuopin: policy/invalid: povertyLines.0.yuan: 数值应大于 0 / expected a number above 0; povertyLines.1.yuan: 金额（元）至多两位小数 / an amount in yuan has at most two decimals',
    );
    expect(error.localized).toEqual({
      'zh-CN': 'povertyLines.0.yuan: 数值应大于 0；povertyLines.1.yuan: 金额（元）至多两位小数',
      en: 'povertyLines.0.yuan: expected a number above 0; povertyLines.1.yuan: an amount in yuan has at most two decimals',
    });
    expect(error.evidence).toEqual({ count: 2 });
  });

  it('names a problem of the policy as a whole "(policy)"', () => {
    const withExtraKey = { ...defaultPolicy, extra: 1 } as unknown as Policy;
    const error = refusal({}, withExtraKey);
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[[], 'unrecognized_keys']]);
    expect(error.message).toMatch(/^tuopin: policy\/invalid: \(policy\): /);
    expect(error.localized?.['zh-CN']).toMatch(/^（整张政策表）: /);
    expect(error.localized?.en).toMatch(/^\(policy\): /);
  });
});

describe('definePolicy: paths of problems in the base', () => {
  // A base built by hand (or read from an older file) may hold a bad figure the override does
  // not touch: it is reported where it sits in the merged table, not at an override's index.
  const badFirst = { ...defaultPolicy.povertyLines[0]!, yuan: 2536.001 };
  const base = { ...defaultPolicy, povertyLines: [badFirst, ...defaultPolicy.povertyLines.slice(1)] } as Policy;

  it('keep the merged table’s index when the override gives no lines', () => {
    expect(paths(refusal({ name: 'child' }, base))).toEqual([['povertyLines', 0, 'yuan']]);
  });

  it('keep the merged table’s index when the override gives other years', () => {
    // The merged table is 2009, 2011 (the bad one), …, 2021; the override's lines are 0 and 1.
    const error = refusal({ povertyLines: [{ year: 2021, yuan: 4500 }, { year: 2009, yuan: 1196 }] }, base);
    expect(paths(error)).toEqual([['povertyLines', 1, 'yuan']]);
  });

  it('point into the override when the override’s line is the bad one, at its own index', () => {
    const error = refusal({ povertyLines: [{ year: 2021, yuan: 4500 }, { year: 2009, yuan: -5 }] });
    // Merged, 2009 is the first line; given, it is the second.
    expect(paths(error)).toEqual([['povertyLines', 1, 'yuan']]);
  });
});

describe('definePolicy: paths of a dated parameter', () => {
  it('keep a full dated list’s value path as given (index and "value")', () => {
    const error = refusal({ educationAge: [{ from: '2011-01-01', value: { min: 9, max: 6 }, source: 's', confirmed: true }] });
    expect(paths(error)).toEqual([['educationAge', 0, 'value', 'max']]);
  });

  it('keep a full list’s path next to a bare value of another parameter', () => {
    const error = refusal({
      water: { ...defaultPolicy.water[0]!.value, maxFetchMinutes: -1 },
      educationAge: [{ from: '2011-01-01', value: { min: 9, max: 6 }, source: 's', confirmed: true }],
    });
    expect(paths(error)).toEqual([
      ['educationAge', 0, 'value', 'max'],
      ['water', 'maxFetchMinutes'],
    ]);
  });

  it('shorten only the value of a bare value: an empty override source stays at the wrapped entry', () => {
    const error = refusal({ source: '', educationAge: { min: 6, max: 15 } });
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[['educationAge', 0, 'source'], 'too_small']]);
  });
});

describe('definePolicy: monitoring lines', () => {
  const base = definePolicy({ monitoringLines: [line52] });

  it('keeps the base’s lines and adds the others, unconfirmed with the override source unless given', () => {
    const p = definePolicy({ source: '滇 document', monitoringLines: [{ province: '53', year: 2021, yuan: 7500 }] }, base);
    expect(p.monitoringLines).toEqual([line52, { province: '53', year: 2021, yuan: 7500, confirmed: false, source: '滇 document' }]);
  });

  it('replaces the base’s line of the same province and year only', () => {
    const p = definePolicy({ monitoringLines: [{ province: '52', year: 2021, yuan: 8200, confirmed: true, source: '黔 2021' }] }, base);
    expect(p.monitoringLines).toEqual([{ province: '52', year: 2021, yuan: 8200, confirmed: true, source: '黔 2021' }]);
    const nextYear = definePolicy({ monitoringLines: [{ province: '52', year: 2022, yuan: 8500 }] }, base);
    expect(nextYear.monitoringLines.map((l) => [l.province, l.year, l.yuan])).toEqual([
      ['52', 2021, 8000],
      ['52', 2022, 8500],
    ]);
  });

  it('orders the lines by province, then year, whatever the order given', () => {
    const p = definePolicy({
      monitoringLines: [
        { province: '53', year: 2021, yuan: 7500 },
        { province: '52', year: 2023, yuan: 8800 },
        { province: '45', year: 2022, yuan: 7000 },
      ],
    }, base);
    expect(p.monitoringLines.map((l) => `${l.province}/${l.year}`)).toEqual(['45/2022', '52/2021', '52/2023', '53/2021']);
  });
});

describe('PolicySchema', () => {
  const { monitoringLines: _omitted, ...withoutLines } = defaultPolicy;

  it('reads a policy without monitoring lines (an older file) as having none', () => {
    const parsed = PolicySchema.parse(withoutLines);
    expect(parsed.monitoringLines).toEqual([]);
  });

  it('refuses two monitoring lines for one province and year, and takes one per province and year', () => {
    const twice = { ...defaultPolicy, monitoringLines: [line52, { ...line52, yuan: 8100 }] };
    expect(PolicySchema.safeParse(twice).error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['monitoringLines'], 'one monitoring line per province and year'],
    ]);
    const distinct = { ...defaultPolicy, monitoringLines: [line52, { ...line52, year: 2022 }, { ...line52, province: '53' }] };
    expect(PolicySchema.safeParse(distinct).success).toBe(true);
  });

  it('takes one slope for both industry limits, and refuses the vegetables limit above the herbs one', () => {
    const industry = (vegetablesFungiBelow: number, herbsTeaFruitUpTo: number) =>
      definePolicy({ industry: { baziMinAreaMu: 500, vegetablesFungiBelow, herbsTeaFruitUpTo } });
    expect(industry(20, 20).industry?.[0]?.value).toEqual({ baziMinAreaMu: 500, vegetablesFungiBelow: 20, herbsTeaFruitUpTo: 20 });
    expect(() => industry(21, 20)).toThrow(/^tuopin: policy\/invalid: industry\.herbsTeaFruitUpTo: /);
  });
});
