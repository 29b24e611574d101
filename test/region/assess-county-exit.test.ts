import { describe, expect, it } from 'vitest';
import { PASSING_COUNTY } from './fixtures';
import { assessCountyExit, definePolicy } from '../../src/index';

/** A county PASSING_COUNTY all four checks with room to spare (western or not). */

const codes = (result: ReturnType<typeof assessCountyExit>, check: keyof ReturnType<typeof assessCountyExit>['checks']) =>
  result.checks[check].reasons.map((r) => r.code);

describe('assessCountyExit', () => {
  it('is eligible when all four checks are met', () => {
    const result = assessCountyExit(PASSING_COUNTY, { western: false });
    expect(result.eligible).toBe(true);
    expect(result.status).toBe('met');
    expect(result.checks).toEqual({
      incidence: {
        status: 'met',
        value: { numerator: 1000, denominator: 100_000, percent: 1 },
        threshold: { numerator: 2, denominator: 100, percent: 2 },
        reasons: [expect.objectContaining({ code: 'exit/incidence-below', path: ['remainingPoor'] })],
      },
      wrongfulExitRate: {
        status: 'met',
        value: { numerator: 5, denominator: 500, percent: 1 },
        threshold: { numerator: 2, denominator: 100, percent: 2 },
        reasons: [expect.objectContaining({ code: 'exit/wrongful-exit-rate-below', path: ['sampledWronglyExited'] })],
      },
      missedRate: {
        status: 'met',
        value: { numerator: 2, denominator: 400, percent: 0.5 },
        threshold: { numerator: 2, denominator: 100, percent: 2 },
        reasons: [expect.objectContaining({ code: 'exit/missed-rate-below', path: ['sampledMissed'] })],
      },
      approval: {
        status: 'met',
        value: { numerator: 291, denominator: 300, percent: 97 },
        threshold: { numerator: 90, denominator: 100, percent: 90 },
        reasons: [expect.objectContaining({ code: 'exit/approval-above', path: ['approvingHouseholds'] })],
      },
    });
  });

  it('western county at exactly 3,000 of 100,000 is not eligible', () => {
    const result = assessCountyExit({ ...PASSING_COUNTY, remainingPoor: 3_000 }, { western: true });
    expect(result.eligible).toBe(false);
    expect(result.status).toBe('unmet');
    expect(result.checks.incidence.status).toBe('unmet');
    expect(codes(result, 'incidence')).toEqual(['exit/incidence-not-below']);
    expect(result.checks.incidence.threshold).toEqual({ numerator: 3, denominator: 100, percent: 3 });
  });

  it('western county at 2,999 of 100,000 is eligible when the other three are met', () => {
    const result = assessCountyExit({ ...PASSING_COUNTY, remainingPoor: 2_999 }, { western: true });
    expect(result.eligible).toBe(true);
    expect(result.checks.incidence.value).toEqual({ numerator: 2999, denominator: 100_000, percent: 2.999 });
  });

  it('non-western county at 2,999 of 100,000 is not eligible', () => {
    const result = assessCountyExit({ ...PASSING_COUNTY, remainingPoor: 2_999 }, { western: false });
    expect(result.eligible).toBe(false);
    expect(result.checks.incidence.status).toBe('unmet');
    expect(result.checks.incidence.threshold).toEqual({ numerator: 2, denominator: 100, percent: 2 });
    expect(assessCountyExit({ ...PASSING_COUNTY, remainingPoor: 1_999 }, { western: false }).eligible).toBe(true);
  });

  it('counts missed and wrongly exited persons into the comprehensive incidence', () => {
    const result = assessCountyExit({ ...PASSING_COUNTY, remainingPoor: 2_990, missed: 6, wronglyExited: 4 }, { western: true });
    expect(result.checks.incidence.value).toEqual({ numerator: 3000, denominator: 100_000, percent: 3 });
    expect(result.eligible).toBe(false);
  });

  it('approval exactly 90% is unmet; one household more passes', () => {
    const at = assessCountyExit({ ...PASSING_COUNTY, surveyedHouseholds: 300, approvingHouseholds: 270 }, { western: true });
    expect(at.checks.approval.status).toBe('unmet');
    expect(codes(at, 'approval')).toEqual(['exit/approval-not-above']);
    expect(at.eligible).toBe(false);
    expect(assessCountyExit({ ...PASSING_COUNTY, approvingHouseholds: 271 }, { western: true }).checks.approval.status).toBe('met');
  });

  it('wrongful-exit and missed rates exactly at 2% are unmet', () => {
    const result = assessCountyExit({ ...PASSING_COUNTY, sampledWronglyExited: 10, sampledMissed: 8 }, { western: true });
    expect(result.checks.wrongfulExitRate).toMatchObject({ status: 'unmet', value: { numerator: 10, denominator: 500 } });
    expect(result.checks.missedRate).toMatchObject({ status: 'unmet', value: { numerator: 8, denominator: 400 } });
    expect(codes(result, 'wrongfulExitRate')).toEqual(['exit/wrongful-exit-rate-not-below']);
    expect(codes(result, 'missedRate')).toEqual(['exit/missed-rate-not-below']);
    expect(assessCountyExit({ ...PASSING_COUNTY, sampledWronglyExited: 9, sampledMissed: 7 }, { western: true }).eligible).toBe(true);
  });

  it('a missing sample gives unknown, not a pass', () => {
    const { sampledExited: _e, sampledWronglyExited: _w, surveyedHouseholds: _s, ...rest } = PASSING_COUNTY;
    const result = assessCountyExit(rest, { western: true });
    expect(result.eligible).toBe(false);
    expect(result.status).toBe('unknown');
    expect(result.checks.wrongfulExitRate).toEqual({
      status: 'unknown',
      value: undefined,
      threshold: { numerator: 2, denominator: 100, percent: 2 },
      reasons: [
        expect.objectContaining({ code: 'exit/sample-missing', path: ['sampledWronglyExited'], evidence: { field: 'sampledWronglyExited' } }),
        expect.objectContaining({ code: 'exit/sample-missing', path: ['sampledExited'], evidence: { field: 'sampledExited' } }),
      ],
    });
    expect(result.checks.approval.reasons.map((r) => r.path)).toEqual([['surveyedHouseholds']]);
    expect(result.checks.missedRate.status).toBe('met');
  });

  it('an empty sample gives unknown with a reason, not a pass', () => {
    const result = assessCountyExit({ ...PASSING_COUNTY, sampledExited: 0, sampledWronglyExited: 0 }, { western: true });
    expect(result.checks.wrongfulExitRate.status).toBe('unknown');
    expect(result.checks.wrongfulExitRate.value).toBeUndefined();
    expect(result.checks.wrongfulExitRate.reasons.map((r) => [r.code, r.path])).toEqual([['exit/sample-empty', ['sampledExited']]]);
    const noSurvey = assessCountyExit({ ...PASSING_COUNTY, surveyedHouseholds: 0, approvingHouseholds: 0 }, { western: true });
    expect(noSurvey.checks.approval.status).toBe('unknown');
    expect(noSurvey.status).toBe('unknown');
  });

  it('an unmet check outweighs an unknown one in the overall status', () => {
    const { surveyedHouseholds: _s, ...rest } = PASSING_COUNTY;
    const result = assessCountyExit({ ...rest, remainingPoor: 5_000 }, { western: true });
    expect(result.status).toBe('unmet');
    expect(result.checks.approval.status).toBe('unknown');
  });

  it('without missed or wrongly exited persons the incidence is unknown unless the known part already fails', () => {
    const { missed: _m, wronglyExited: _w, ...register } = PASSING_COUNTY;
    const open = assessCountyExit(register, { western: true });
    expect(open.checks.incidence.status).toBe('unknown');
    expect(open.checks.incidence.value).toBeUndefined();
    expect(open.checks.incidence.reasons.map((r) => [r.code, r.path])).toEqual([
      ['exit/incidence-component-missing', ['missed']],
      ['exit/incidence-component-missing', ['wronglyExited']],
    ]);
    const failing = assessCountyExit({ ...register, remainingPoor: 3_000, missed: 0 }, { western: true });
    expect(failing.checks.incidence.status).toBe('unmet');
    expect(failing.checks.incidence.reasons.map((r) => r.code)).toEqual([
      'exit/incidence-lower-bound-not-below',
      'exit/incidence-component-missing',
    ]);
  });

  it('figures that disagree give unknown', () => {
    const result = assessCountyExit({ ...PASSING_COUNTY, approvingHouseholds: 301 }, { western: true });
    expect(result.checks.approval.status).toBe('unknown');
    expect(result.checks.approval.reasons[0]?.evidence).toEqual({
      part: 'approvingHouseholds',
      partValue: 301,
      whole: 'surveyedHouseholds',
      wholeValue: 300,
    });
  });

  it('follows a province that sets the missed-registration rate below 1%', () => {
    const policy = definePolicy({
      countyExit: {
        maxIncidence: { numerator: 2, denominator: 100 },
        maxIncidenceWestern: { numerator: 3, denominator: 100 },
        maxWrongfulExitRate: { numerator: 2, denominator: 100 },
        maxMissedRate: { numerator: 1, denominator: 100 },
        minApproval: { numerator: 90, denominator: 100 },
      },
    });
    const input = { ...PASSING_COUNTY, sampledMissed: 4 }; // 1% of 400
    expect(assessCountyExit(input, { western: true }).checks.missedRate.status).toBe('met');
    expect(assessCountyExit(input, { western: true, policy }).checks.missedRate.status).toBe('unmet');
  });

  it('gives unknown on every check when no threshold is in force', () => {
    const result = assessCountyExit(PASSING_COUNTY, { western: true, asOf: new Date('2015-12-31T15:00:00Z') });
    expect(result.status).toBe('unknown');
    for (const check of Object.values(result.checks)) {
      expect(check.status).toBe('unknown');
      expect(check.reasons.map((r) => [r.code, r.evidence])).toEqual([['exit/no-threshold', { parameter: 'countyExit', asOf: '2015-12-31' }]]);
    }
    // 16:00Z is already 1 January 2016 in Beijing.
    expect(assessCountyExit(PASSING_COUNTY, { western: true, asOf: new Date('2015-12-31T16:00:00Z') }).eligible).toBe(true);
  });

  it('throws on a figure that is not a count', () => {
    expect(() => assessCountyExit({ ...PASSING_COUNTY, sampledMissed: -1 }, { western: true })).toThrow(/^tuopin: exit\/invalid-count: sampledMissed/);
  });

  it('does not mutate its input', () => {
    const input = structuredClone(PASSING_COUNTY);
    assessCountyExit(Object.freeze(input), { western: true });
    expect(input).toEqual(PASSING_COUNTY);
  });
});
