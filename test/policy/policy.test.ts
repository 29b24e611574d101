import { describe, expect, it } from 'vitest';
import { defaultPolicy, definePolicy, parameterOn, PolicyError, PolicySchema, povertyLineEntry, povertyLineFor } from '../../src/index';

describe('defaultPolicy', () => {
  it('is a valid policy holding the figures of docs/domain.md', () => {
    expect(PolicySchema.safeParse(defaultPolicy).success).toBe(true);
    expect(defaultPolicy.povertyLines.map((l) => [l.year, l.yuan])).toEqual([
      [2011, 2536],
      [2012, 2625],
      [2013, 2736],
      [2014, 2800],
      [2015, 2855],
      [2016, 2952],
      [2017, 2952],
      [2018, 2995],
      [2019, 3218],
      [2020, 4000],
    ]);
  });

  it('marks the unconfirmed figures', () => {
    const unconfirmed = defaultPolicy.povertyLines.filter((l) => !l.confirmed).map((l) => l.year);
    expect(unconfirmed).toEqual([2017, 2018, 2019, 2020]);
    expect(defaultPolicy.monitoring[0]?.confirmed).toBe(false);
    expect(defaultPolicy.monitoring[0]?.value.incomeDropShare).toBeNull();
  });

  it('checks safe drinking water from 2019, when it joined the three guarantees', () => {
    expect(defaultPolicy.water.map((v) => v.from)).toEqual(['2019-01-01']);
    expect(parameterOn(defaultPolicy.water, '2018-12-31')).toBeUndefined();
    expect(parameterOn(defaultPolicy.water, '2019-01-01')?.value.minLitresPerPersonPerDay).toBe(35);
  });

  it('switches the basis from net income to disposable income in 2014', () => {
    expect(povertyLineEntry(2013)?.basis).toBe('net-income');
    expect(povertyLineEntry(2014)?.basis).toBe('disposable-income');
  });

  it('cannot be changed', () => {
    expect(Object.isFrozen(defaultPolicy)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.povertyLines[0])).toBe(true);
  });
});

describe('povertyLineFor', () => {
  it('returns the line of the year or undefined', () => {
    expect(povertyLineFor(2019)).toBe(3218);
    expect(povertyLineFor(2020)).toBe(4000);
    expect(povertyLineFor(2010)).toBeUndefined();
    expect(povertyLineFor(2021)).toBeUndefined();
  });
});

describe('parameterOn', () => {
  it('returns the value in force on a date, or undefined before the first', () => {
    expect(parameterOn(defaultPolicy.educationAge, '2020-03-01')?.value).toEqual({ min: 6, max: 15 });
    expect(parameterOn(defaultPolicy.monitoring, '2019-12-31')).toBeUndefined();
    expect(parameterOn(defaultPolicy.monitoring, new Date('2019-12-31T16:00:00Z'))?.from).toBe('2020-01-01');
  });

  it('picks the latest value when no date is given', () => {
    const policy = definePolicy({
      countyExit: [
        { ...defaultPolicy.countyExit[0]!, from: '2016-01-01' },
        {
          ...defaultPolicy.countyExit[0]!,
          from: '2019-01-01',
          value: { ...defaultPolicy.countyExit[0]!.value, maxMissedRate: { numerator: 1, denominator: 100 } },
        },
      ],
    });
    expect(parameterOn(policy.countyExit)?.value.maxMissedRate).toEqual({ numerator: 1, denominator: 100 });
    expect(parameterOn(policy.countyExit, '2018-06-01')?.value.maxMissedRate).toEqual({ numerator: 2, denominator: 100 });
  });
});

describe('definePolicy', () => {
  it('replaces a year’s line and keeps the others, without touching the base', () => {
    const guizhou = definePolicy({ name: 'guizhou', source: 'provincial document', povertyLines: [{ year: 2020, yuan: 4200 }] });
    expect(povertyLineFor(2020, guizhou)).toBe(4200);
    expect(povertyLineFor(2019, guizhou)).toBe(3218);
    expect(povertyLineEntry(2020, guizhou)).toEqual({
      year: 2020,
      yuan: 4200,
      basis: 'disposable-income',
      confirmed: false,
      source: 'provincial document',
    });
    expect(povertyLineFor(2020)).toBe(4000);
  });

  it('adds a line for a year the base lacks', () => {
    const later = definePolicy({ povertyLines: [{ year: 2021, yuan: 4100, confirmed: true, source: 'a province' }] });
    expect(povertyLineFor(2021, later)).toBe(4100);
  });

  it('takes a bare value for a dated parameter', () => {
    const policy = definePolicy({ educationAge: { min: 6, max: 16 } });
    expect(parameterOn(policy.educationAge, '2020-01-01')?.value).toEqual({ min: 6, max: 16 });
    expect(parameterOn(policy.educationAge, '2020-01-01')?.confirmed).toBe(false);
  });

  it('rejects invalid figures with every problem and its path', () => {
    expect(() => definePolicy({ educationAge: { min: 16, max: 6 } })).toThrow(PolicyError);
    expect(() => definePolicy({ povertyLines: [{ year: 2020, yuan: 4000.123 }] })).toThrow(/povertyLines\.0\.yuan/);
    expect(() =>
      definePolicy({
        countyExit: { ...defaultPolicy.countyExit[0]!.value, minApproval: { numerator: 9, denominator: 0 } },
      }),
    ).toThrow(/countyExit\.minApproval\.denominator/);
  });
});

describe('definePolicy and misspelt keys', () => {
  it('refuses an unknown override key instead of leaving the default in force', () => {
    expect(() => definePolicy({ povertyLine: [{ year: 2020, yuan: 4200 }] } as never)).toThrow(/unknown override key\(s\): povertyLine/);
  });
});
