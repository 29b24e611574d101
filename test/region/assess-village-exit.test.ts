import { describe, expect, it } from 'vitest';
import { assessVillageExit, definePolicy, DomainError, InvalidDateError } from '../../src/index';

describe('assessVillageExit', () => {
  it('passes a western village strictly below 3% and fails one exactly at 3%', () => {
    const below = assessVillageExit({ ruralPopulation: 100_000, remainingPoor: 2_999 }, { western: true });
    expect(below.eligible).toBe(true);
    expect(below.status).toBe('met');
    expect(below.checks.incidence.status).toBe('met');
    expect(below.checks.incidence.value).toEqual({ numerator: 2999, denominator: 100_000, percent: 2.999 });
    expect(below.checks.incidence.threshold).toEqual({ numerator: 3, denominator: 100, percent: 3 });
    expect(below.checks.incidence.reasons.map((r) => [r.code, r.path, r.evidence])).toEqual([
      [
        'exit/incidence-below',
        ['remainingPoor'],
        { numerator: 2999, denominator: 100_000, thresholdNumerator: 3, thresholdDenominator: 100, western: true },
      ],
    ]);

    const at = assessVillageExit({ ruralPopulation: 100_000, remainingPoor: 3_000 }, { western: true });
    expect(at.eligible).toBe(false);
    expect(at.checks.incidence.status).toBe('unmet');
    expect(at.checks.incidence.reasons[0]?.code).toBe('exit/incidence-not-below');
  });

  it('uses 2% outside the western regions', () => {
    expect(assessVillageExit({ ruralPopulation: 100_000, remainingPoor: 2_999 }, { western: false }).checks.incidence.status).toBe('unmet');
    expect(assessVillageExit({ ruralPopulation: 100_000, remainingPoor: 2_000 }, { western: false }).eligible).toBe(false);
    expect(assessVillageExit({ ruralPopulation: 100_000, remainingPoor: 1_999 }, { western: false }).eligible).toBe(true);
  });

  it('adds missed and wrongly exited persons when given', () => {
    const result = assessVillageExit({ ruralPopulation: 1000, remainingPoor: 28, missed: 1, wronglyExited: 1 }, { western: true });
    expect(result.checks.incidence.value).toEqual({ numerator: 30, denominator: 1000, percent: 3 });
    expect(result.eligible).toBe(false);
  });

  it('gives unknown, not a pass, for a village with no rural population', () => {
    const result = assessVillageExit({ ruralPopulation: 0, remainingPoor: 0 }, { western: true });
    expect(result).toMatchObject({ eligible: false, status: 'unknown' });
    expect(result.checks.incidence.value).toBeUndefined();
    expect(result.checks.incidence.reasons.map((r) => [r.code, r.path])).toEqual([['exit/zero-population', ['ruralPopulation']]]);
  });

  it('gives unknown when the figures disagree (more poor than people)', () => {
    const result = assessVillageExit({ ruralPopulation: 10, remainingPoor: 11 }, { western: true });
    expect(result.status).toBe('unknown');
    expect(result.checks.incidence.reasons[0]?.code).toBe('exit/inconsistent-counts');
  });

  it('reads the thresholds of the policy in force on asOf', () => {
    const strict = definePolicy({
      villageExit: [
        {
          from: '2016-01-01',
          value: { maxIncidence: { numerator: 2, denominator: 100 }, maxIncidenceWestern: { numerator: 3, denominator: 100 } },
          source: 'test',
          confirmed: false,
        },
        {
          from: '2019-01-01',
          value: { maxIncidence: { numerator: 1, denominator: 100 }, maxIncidenceWestern: { numerator: 2, denominator: 100 } },
          source: 'test',
          confirmed: false,
        },
      ],
    });
    const input = { ruralPopulation: 1000, remainingPoor: 25 };
    expect(assessVillageExit(input, { western: true, policy: strict, asOf: '2018-12-31' }).eligible).toBe(true);
    expect(assessVillageExit(input, { western: true, policy: strict, asOf: '2019-01-01' }).eligible).toBe(false);
    expect(assessVillageExit(input, { western: true, policy: strict }).checks.incidence.threshold).toEqual({
      numerator: 2,
      denominator: 100,
      percent: 2,
    });
  });

  it('gives unknown when no threshold is in force on asOf', () => {
    const result = assessVillageExit({ ruralPopulation: 1000, remainingPoor: 1 }, { western: true, asOf: '2015-06-01' });
    expect(result.status).toBe('unknown');
    expect(result.checks.incidence.threshold).toBeUndefined();
    expect(result.checks.incidence.value).toEqual({ numerator: 1, denominator: 1000, percent: 0.1 });
    expect(result.checks.incidence.reasons.map((r) => [r.code, r.evidence])).toEqual([
      ['exit/no-threshold', { parameter: 'villageExit', asOf: '2015-06-01' }],
    ]);
  });

  it('compares exactly beyond 2^53', () => {
    const population = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740,991
    // 3% of it is 270,215,977,642,229.73: the largest count strictly below is …229.
    expect(assessVillageExit({ ruralPopulation: population, remainingPoor: 270_215_977_642_229 }, { western: true }).eligible).toBe(true);
    expect(assessVillageExit({ ruralPopulation: population, remainingPoor: 270_215_977_642_230 }, { western: true }).eligible).toBe(false);
  });

  it('throws on counts that are not counts and on a missing western flag', () => {
    expect(() => assessVillageExit({ ruralPopulation: 10, remainingPoor: -1 }, { western: true })).toThrow(/^tuopin: exit\/invalid-count:/);
    expect(() => assessVillageExit({ ruralPopulation: 10, remainingPoor: 1, missed: 0.5 }, { western: true })).toThrow(DomainError);
    expect(() => assessVillageExit({ ruralPopulation: 10, remainingPoor: 1 }, {} as { western: boolean })).toThrow(
      /^tuopin: exit\/western-required:/,
    );
    expect(() => assessVillageExit({ ruralPopulation: 10, remainingPoor: 1 }, { western: true, asOf: 'soon' })).toThrow(InvalidDateError);
  });
});
