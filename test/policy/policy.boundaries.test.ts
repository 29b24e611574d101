import { describe, expect, it } from 'vitest';
import { defaultPolicy, definePolicy, parameterOn, PolicyError, PolicySchema, povertyLineEntry, type Policy } from '../../src/index';

// A figure marked unconfirmed must never be a silent default: it is documented (a note) and
// overridable. Every figure carries its source. Thresholds are the documented ones.

function policyError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof PolicyError) return error.message;
    throw error;
  }
  throw new Error('expected a PolicyError');
}

describe('defaultPolicy: the documented figures', () => {
  it('gives every poverty line its basis, source and confirmation; unconfirmed ones say why', () => {
    for (const line of defaultPolicy.povertyLines) {
      expect(line.basis).toBe(line.year <= 2013 ? 'net-income' : 'disposable-income');
      expect(line.source.length).toBeGreaterThan(10);
      if (!line.confirmed) expect(line.note).toMatch(/unconfirmed/);
    }
    expect(povertyLineEntry(2016)).toEqual({
      year: 2016,
      yuan: 2952,
      basis: 'disposable-income',
      source: 'provincial statistical yearbook table of the national rural poverty line (current prices)',
      confirmed: true,
    });
    expect(povertyLineEntry(2020)).toMatchObject({ yuan: 4000, confirmed: false, note: expect.stringContaining('about 4,000') });
  });

  it('gives every dated parameter a source, and a note where it is unconfirmed or local', () => {
    const names = ['educationAge', 'water', 'villageExit', 'countyExit', 'monitoring', 'medical', 'monitoringRule'] as const;
    for (const name of names) {
      for (const value of defaultPolicy[name] ?? []) {
        expect(value.source.length).toBeGreaterThan(10);
        if (!value.confirmed) expect(value.note?.length ?? 0).toBeGreaterThan(10);
      }
    }
    expect(defaultPolicy.educationAge[0]).toMatchObject({ from: '2011-01-01', confirmed: false, note: expect.stringContaining('definePolicy') });
    expect(defaultPolicy.countyExit[0]?.note).toContain('1%');
    expect(defaultPolicy.medical?.length).toBe(1);
  });

  it('holds the thresholds of the exit and monitoring rules', () => {
    expect(defaultPolicy.name).toBe('national');
    expect(defaultPolicy.water).toEqual([
      expect.objectContaining({
        from: '2019-01-01',
        value: {
          minLitresPerPersonPerDay: 35,
          minLitresPerPersonPerDayWaterShort: 20,
          maxFetchMinutes: 20,
          maxHorizontalMetres: 800,
          maxVerticalMetres: 80,
          maxInterruptionDaysPerYear: 36,
        },
        source: '《农村饮水安全评价准则》 T/CHES 18-2018',
        confirmed: true,
      }),
    ]);
    expect(defaultPolicy.villageExit.map((v) => [v.from, v.value, v.confirmed])).toEqual([
      ['2016-01-01', { maxIncidence: { numerator: 2, denominator: 100 }, maxIncidenceWestern: { numerator: 3, denominator: 100 } }, true],
    ]);
    expect(defaultPolicy.countyExit.map((v) => [v.from, v.value, v.confirmed])).toEqual([
      [
        '2016-01-01',
        {
          maxIncidence: { numerator: 2, denominator: 100 },
          maxIncidenceWestern: { numerator: 3, denominator: 100 },
          maxWrongfulExitRate: { numerator: 2, denominator: 100 },
          maxMissedRate: { numerator: 2, denominator: 100 },
          minApproval: { numerator: 90, denominator: 100 },
        },
        true,
      ],
    ]);
    expect(defaultPolicy.monitoring.map((v) => [v.from, v.value, v.confirmed])).toEqual([
      ['2020-01-01', { incomeMultiple: { numerator: 3, denominator: 2 }, incomeDropShare: null }, false],
    ]);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(defaultPolicy.water[0]?.value)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.countyExit[0]?.value.minApproval)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.educationAge)).toBe(true);
  });
});

describe('definePolicy: overrides', () => {
  it('gives an overriding line the basis of its year, unconfirmed, with the override source', () => {
    const p = definePolicy({ name: 'guizhou', povertyLines: [{ year: 2013, yuan: 2800 }, { year: 2014, yuan: 2900 }] });
    expect(povertyLineEntry(2013, p)).toEqual({ year: 2013, yuan: 2800, basis: 'net-income', confirmed: false, source: 'override in policy guizhou' });
    expect(povertyLineEntry(2014, p)).toEqual({ year: 2014, yuan: 2900, basis: 'disposable-income', confirmed: false, source: 'override in policy guizhou' });
    const unnamed = definePolicy({ povertyLines: [{ year: 2021, yuan: 4500 }] });
    expect(povertyLineEntry(2021, unnamed)?.source).toBe('override in policy national');
  });

  it('keeps what the caller gives over the defaults of an override', () => {
    const p = definePolicy({
      source: '黔府发',
      povertyLines: [{ year: 2009, yuan: 1196, basis: 'disposable-income', confirmed: true, source: 'a yearbook' }],
    });
    expect(povertyLineEntry(2009, p)).toEqual({ year: 2009, yuan: 1196, basis: 'disposable-income', confirmed: true, source: 'a yearbook' });
    expect(p.povertyLines.map((l) => l.year)).toEqual([2009, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
  });

  it('dates a bare value from 1900-01-01 with the given source, unconfirmed', () => {
    const p = definePolicy({ source: '黔教发', educationAge: { min: 6, max: 16 } });
    expect(p.educationAge).toEqual([{ from: '1900-01-01', value: { min: 6, max: 16 }, source: '黔教发', confirmed: false }]);
    expect(parameterOn(p.educationAge, '1900-01-01')?.value).toEqual({ min: 6, max: 16 });
    expect(parameterOn(p.educationAge, '1899-12-31')).toBeUndefined();
    // The other parameters stay the base's.
    expect(p.water).toEqual(defaultPolicy.water);
    expect(p.name).toBe('national');
  });

  it('returns a frozen policy that the schema accepts, and leaves the base as it was', () => {
    const base: Policy = definePolicy({ name: 'base' });
    const p = definePolicy({ name: 'child', educationAge: { min: 7, max: 15 } }, base);
    expect(PolicySchema.safeParse(p).success).toBe(true);
    expect(Object.isFrozen(p.educationAge[0]?.value)).toBe(true);
    expect(base.educationAge).toEqual(defaultPolicy.educationAge);
    expect(base.name).toBe('base');
  });

  it('lists the unknown keys and the known ones', () => {
    expect(policyError(() => definePolicy({ povertyLine: [], waters: 1 } as never))).toBe(
      'tuopin: policy/invalid: 未知的参数名：povertyLine、waters；可用的参数名：name、source、povertyLines、monitoringLines、educationAge、water、villageExit、countyExit、monitoring、medical、industry、monitoringRule / unknown override key(s): povertyLine, waters; known: name, source, povertyLines, monitoringLines, educationAge, water, villageExit, countyExit, monitoring, medical, industry, monitoringRule',
    );
  });

  it('gives the unknown keys as evidence and the message in each language, with no schema issue', () => {
    let caught: unknown;
    try {
      definePolicy({ povertyLine: [] } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PolicyError);
    const error = caught as PolicyError;
    expect(error.issues).toEqual([]);
    expect(error.evidence).toEqual({ unknown: ['povertyLine'], known: expect.arrayContaining(['name', 'povertyLines', 'water']) as unknown });
    expect(error.localized).toEqual({
      'zh-CN': expect.stringMatching(/^未知的参数名：povertyLine；可用的参数名：name、/) as unknown,
      en: expect.stringMatching(/^unknown override key\(s\): povertyLine; known: name, /) as unknown,
    });
  });

  it('refuses dated values out of order or on the same date, naming the parameter', () => {
    const v = (from: string) => ({ from, value: { min: 6, max: 15 }, source: 's', confirmed: true });
    expect(definePolicy({ educationAge: [v('2011-01-01'), v('2012-01-01')] }).educationAge).toHaveLength(2);
    for (const order of [
      [v('2012-01-01'), v('2011-01-01')],
      [v('2012-01-01'), v('2012-01-01')],
    ]) {
      expect(policyError(() => definePolicy({ educationAge: order }))).toBe(
        'tuopin: policy/invalid: educationAge: 分期值须按 `from` 递增排列，每个日期只出现一次 / dated values must be in increasing order of `from`, each date once',
      );
    }
  });

  it('refuses an age range whose minimum exceeds its maximum, and accepts min = max', () => {
    expect(policyError(() => definePolicy({ educationAge: { min: 16, max: 15 } }))).toBe(
      // The path is the caller's bare value's, not the dated list it is wrapped in.
      'tuopin: policy/invalid: educationAge.max: max 不得小于 min / min must not exceed max',
    );
    expect(definePolicy({ educationAge: { min: 15, max: 15 } }).educationAge[0]?.value).toEqual({ min: 15, max: 15 });
  });

  it('refuses a second line for one year, a line with three decimals and a line of 0', () => {
    const twice = { ...defaultPolicy, povertyLines: [...defaultPolicy.povertyLines, defaultPolicy.povertyLines[0]] };
    expect(PolicySchema.safeParse(twice).success).toBe(false);
    expect(policyError(() => definePolicy({ povertyLines: [{ year: 2020, yuan: 4000.123 }] }))).toBe(
      // The path is the caller's line's (the override's only one), not the merged table's tenth.
      'tuopin: policy/invalid: povertyLines.0.yuan: 金额（元）至多两位小数 / an amount in yuan has at most two decimals',
    );
    expect(() => definePolicy({ povertyLines: [{ year: 2020, yuan: 0 }] })).toThrow(/povertyLines\.0\.yuan/);
    expect(definePolicy({ povertyLines: [{ year: 2020, yuan: 4000.12 }] }).povertyLines[9]?.yuan).toBe(4000.12);
  });

  it('refuses a parameter source left empty, and names the whole policy for a bad name', () => {
    expect(() => definePolicy({ educationAge: [{ from: '2011-01-01', value: { min: 6, max: 15 }, source: '', confirmed: true }] })).toThrow(
      /educationAge\.0\.source/,
    );
    expect(() => definePolicy({ name: '' })).toThrow(/^tuopin: policy\/invalid: name: /);
  });
});

describe('parameterOn', () => {
  const p = definePolicy({
    educationAge: [
      { from: '2011-01-01', value: { min: 6, max: 15 }, source: 'a', confirmed: true },
      { from: '2021-01-01', value: { min: 6, max: 16 }, source: 'b', confirmed: true },
    ],
  });

  it('switches on the day a value comes into force, not the day before', () => {
    expect(parameterOn(p.educationAge, '2020-12-31')?.value.max).toBe(15);
    expect(parameterOn(p.educationAge, '2021-01-01')?.value.max).toBe(16);
    expect(parameterOn(p.educationAge, '2011-01-01')?.value.max).toBe(15);
    expect(parameterOn(p.educationAge, '2010-12-31')).toBeUndefined();
    expect(parameterOn(p.educationAge)?.value.max).toBe(16);
  });

  it('reads a Date in China’s calendar', () => {
    // 2020-12-31T16:00Z is already 2021-01-01 in Asia/Shanghai.
    expect(parameterOn(p.educationAge, new Date('2020-12-31T16:00:00Z'))?.value.max).toBe(16);
    expect(parameterOn(p.educationAge, new Date('2020-12-31T15:59:59Z'))?.value.max).toBe(15);
  });
});
