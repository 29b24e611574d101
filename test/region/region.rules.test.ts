import { describe, expect, it } from 'vitest';
import { thrownDomainError } from './fixtures';
import { assessCountyExit, assessVillageExit, defaultPolicy, definePolicy, DomainError, povertyIncidence } from '../../src/index';

// Issue 17: each refusal of the region concept names what it refused.


describe('povertyIncidence refusals', () => {
  it('name the field that is not a count, each alone', () => {
    const valid = { remainingPoor: 1, missed: 0, wronglyExited: 0, ruralPopulation: 100 };
    for (const field of ['remainingPoor', 'missed', 'wronglyExited', 'ruralPopulation'] as const) {
      const error = thrownDomainError(() => povertyIncidence({ ...valid, [field]: -1 }));
      expect(error.code, field).toBe('incidence/invalid-count');
      expect(error.message, field).toContain(`${field} must be a whole number of zero or more, got -1`);
    }
  });

  it('say how many poor persons exceed which population', () => {
    const error = thrownDomainError(() => povertyIncidence({ remainingPoor: 90, missed: 8, wronglyExited: 5, ruralPopulation: 100 }));
    expect(error.code).toBe('incidence/exceeds-population');
    expect(error.message).toContain('103 poor persons in a rural population of 100');
  });
});

describe('exit options that are not an object', () => {
  it('are refused as a missing western flag, not with a TypeError', () => {
    const village = { ruralPopulation: 100, remainingPoor: 1 };
    for (const options of [null, undefined, 'western', true]) {
      expect(thrownDomainError(() => assessVillageExit(village, options as never)).code).toBe('exit/western-required');
    }
    const county = { ruralPopulation: 100, remainingPoor: 1 };
    expect(thrownDomainError(() => assessCountyExit(county as never, null as never)).code).toBe('exit/western-required');
  });
});

describe('assessVillageExit, each rule alone', () => {
  const options = { western: false, asOf: '2020-06-30' };
  const codes = (reasons: readonly { code: string; path: readonly (string | number)[] }[]) => reasons.map((r) => [r.code, r.path]);

  it('refuses an input that is not an object, as exit/invalid-count', () => {
    for (const input of [null, 42]) {
      const error = thrownDomainError(() => assessVillageExit(input as never, options));
      expect(error.code).toBe('exit/invalid-count');
      expect(error.message).toContain('input must be an object');
    }
  });

  it('points each criterion’s reason at its own `met`, and leaves an empty list of criteria out', () => {
    const result = assessVillageExit(
      {
        ruralPopulation: 100,
        remainingPoor: 1,
        criteria: [
          { id: 'road', label: '通硬化路', met: true },
          { id: 'clinic', label: '标准化卫生室', met: false },
          { id: 'water', label: '安全饮水', met: undefined },
        ],
      },
      options,
    );
    expect(result.checks.criteria?.map((c) => [c.id, c.status, codes(c.reasons)])).toEqual([
      ['road', 'met', [['exit/criterion-met', ['criteria', 0, 'met']]]],
      ['clinic', 'unmet', [['exit/criterion-unmet', ['criteria', 1, 'met']]]],
      ['water', 'unknown', [['exit/criterion-missing', ['criteria', 2, 'met']]]],
    ]);
    const none = assessVillageExit({ ruralPopulation: 100, remainingPoor: 1, criteria: [] }, options);
    expect(Object.hasOwn(none.checks, 'criteria')).toBe(false);
    expect(none.status).toBe('met');
  });

  it('names every part of the numerator when they exceed the population', () => {
    const result = assessVillageExit({ ruralPopulation: 100, remainingPoor: 90, missed: 8, wronglyExited: 5 }, options);
    expect(result.status).toBe('unknown');
    expect(result.checks.incidence.reasons.map((r) => [r.code, r.path, r.evidence])).toEqual([
      ['exit/inconsistent-counts', ['remainingPoor'], { part: 'remainingPoor + missed + wronglyExited', partValue: 103, whole: 'ruralPopulation', wholeValue: 100 }],
    ]);
  });

  it('says which figure is missing or zero', () => {
    const missing = assessVillageExit({ ruralPopulation: 100, remainingPoor: undefined as never }, options);
    expect(missing.checks.incidence.reasons.map((r) => [r.code, r.path, r.evidence])).toEqual([
      ['exit/incidence-component-missing', ['remainingPoor'], { field: 'remainingPoor' }],
    ]);
    const zero = assessVillageExit({ ruralPopulation: 0, remainingPoor: 0 }, options);
    expect(zero.checks.incidence.reasons.map((r) => [r.code, r.path, r.evidence])).toEqual([['exit/zero-population', ['ruralPopulation'], { field: 'ruralPopulation' }]]);
  });

  it('reports a threshold not yet in force for the whole check, with or without the figures', () => {
    const later = definePolicy({
      villageExit: [{ ...defaultPolicy.villageExit[0]!, from: '2030-01-01' }],
    });
    const withFigures = assessVillageExit({ ruralPopulation: 100, remainingPoor: 1 }, { ...options, policy: later });
    expect(withFigures.status).toBe('unknown');
    expect(codes(withFigures.checks.incidence.reasons)).toEqual([['exit/no-threshold', []]]);
    const without = assessVillageExit({ ruralPopulation: 100, remainingPoor: undefined as never }, { ...options, policy: later });
    expect(codes(without.checks.incidence.reasons)).toEqual([
      ['exit/incidence-component-missing', ['remainingPoor']],
      ['exit/no-threshold', []],
    ]);
  });
});

describe('assessCountyExit, an input that is not an object', () => {
  it('is refused as exit/invalid-count, not with a TypeError', () => {
    for (const input of [null, undefined, 42, 'county']) {
      const error = thrownDomainError(() => assessCountyExit(input as never, { western: false }));
      expect(error.code, String(input)).toBe('exit/invalid-count');
      expect(error.evidence, String(input)).toEqual({});
      expect(error.localized, String(input)).toEqual({ 'zh-CN': '输入必须是对象', en: 'input must be an object' });
    }
  });
});
