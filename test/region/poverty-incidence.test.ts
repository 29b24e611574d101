import { describe, expect, it } from 'vitest';
import { DomainError, povertyIncidence } from '../../src/index';

describe('povertyIncidence', () => {
  it('adds missed and wrongly exited persons to the remaining poor', () => {
    expect(povertyIncidence({ remainingPoor: 2990, missed: 6, wronglyExited: 3, ruralPopulation: 100_000 })).toEqual({
      numerator: 2999,
      denominator: 100_000,
      percent: 2.999,
    });
  });

  it('counts omitted missed and wrongly exited persons as 0', () => {
    expect(povertyIncidence({ remainingPoor: 30, ruralPopulation: 1000 })).toEqual({ numerator: 30, denominator: 1000, percent: 3 });
    expect(povertyIncidence({ remainingPoor: 0, ruralPopulation: 1 })).toEqual({ numerator: 0, denominator: 1, percent: 0 });
  });

  it('keeps the fraction unreduced, as counted', () => {
    expect(povertyIncidence({ remainingPoor: 3000, ruralPopulation: 100_000 })).toEqual({ numerator: 3000, denominator: 100_000, percent: 3 });
  });

  it('refuses a rural population of 0 with a clear error', () => {
    expect(() => povertyIncidence({ remainingPoor: 0, ruralPopulation: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[DomainError: tuopin: incidence/zero-population: 农村户籍人口为 0，无法计算贫困发生率 / ruralPopulation is 0: no incidence]`,
    );
  });

  it('refuses counts that are negative, fractional or not numbers', () => {
    const bad = [
      { remainingPoor: -1, ruralPopulation: 10 },
      { remainingPoor: 1.5, ruralPopulation: 10 },
      { remainingPoor: 1, missed: -2, ruralPopulation: 10 },
      { remainingPoor: 1, wronglyExited: Number.NaN, ruralPopulation: 10 },
      { remainingPoor: 1, ruralPopulation: 10.5 },
      { remainingPoor: 1, ruralPopulation: Number.POSITIVE_INFINITY },
      { remainingPoor: '1' as unknown as number, ruralPopulation: 10 },
    ];
    for (const input of bad) {
      expect(() => povertyIncidence(input)).toThrow(DomainError);
      expect(() => povertyIncidence(input)).toThrow(/^tuopin: incidence\/invalid-count:/);
    }
  });

  it('refuses more poor persons than the population', () => {
    expect(() => povertyIncidence({ remainingPoor: 8, missed: 2, wronglyExited: 1, ruralPopulation: 10 })).toThrow(
      /^tuopin: incidence\/exceeds-population:/,
    );
    expect(povertyIncidence({ remainingPoor: 8, missed: 1, wronglyExited: 1, ruralPopulation: 10 }).percent).toBe(100);
  });
});
