import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCountyExit, assessVillageExit, definePolicy, type Boundary, type Ratio } from '../../src/index';

const ratio = (numerator: number): Ratio => ({ numerator, denominator: 100 });

function policies(t: number, a: number) {
  const make = (boundary: Boundary) =>
    definePolicy({
      name: boundary,
      villageExit: { maxIncidence: ratio(t), maxIncidenceWestern: ratio(t), boundaries: { incidence: boundary } },
      countyExit: {
        maxIncidence: ratio(t),
        maxIncidenceWestern: ratio(t),
        maxWrongfulExitRate: ratio(t),
        maxMissedRate: ratio(t),
        minApproval: ratio(a),
        boundaries: { incidence: boundary, wrongfulExitRate: boundary, missedRate: boundary, approval: boundary },
      },
    });
  return { strict: make('strict'), inclusive: make('inclusive') };
}

describe('exit thresholds: strict or inclusive boundaries', () => {
  it('differ exactly at the threshold, where strict fails and inclusive passes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        ([n, k], t, a) => {
          const { strict, inclusive } = policies(t, a);
          const atRate = k * 100 === t * n;
          const atApproval = k * 100 === a * n;
          const village = (policy: typeof strict) => assessVillageExit({ ruralPopulation: n, remainingPoor: k }, { western: true, policy }).status;
          const county = (policy: typeof strict) =>
            assessCountyExit(
              {
                ruralPopulation: n,
                remainingPoor: k,
                missed: 0,
                wronglyExited: 0,
                sampledExited: n,
                sampledWronglyExited: k,
                sampledNonRegistered: n,
                sampledMissed: k,
                surveyedHouseholds: n,
                approvingHouseholds: k,
              },
              { western: false, policy },
            ).checks;
          const s = county(strict);
          const i = county(inclusive);
          expect([village(strict), village(inclusive)]).toEqual(atRate ? ['unmet', 'met'] : [village(strict), village(strict)]);
          for (const name of ['incidence', 'wrongfulExitRate', 'missedRate'] as const) {
            expect([s[name].status, i[name].status], name).toEqual(atRate ? ['unmet', 'met'] : [s[name].status, s[name].status]);
          }
          expect([s.approval.status, i.approval.status]).toEqual(atApproval ? ['unmet', 'met'] : [s.approval.status, s.approval.status]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is strict by default and says which boundary applied', () => {
    expect(assessVillageExit({ ruralPopulation: 100, remainingPoor: 3 }, { western: true }).status).toBe('unmet');
    const { inclusive } = policies(3, 90);
    const at = assessVillageExit({ ruralPopulation: 100, remainingPoor: 3 }, { western: true, policy: inclusive });
    expect(at.checks.incidence.reasons[0]).toMatchObject({ code: 'exit/incidence-below', evidence: { inclusive: true } });
    expect(at.checks.incidence.reasons[0]?.message['zh-CN']).toBe('贫困发生率 3/100 (3%) 不高于阈值 3/100 (3%)（西部地区）');
    const over = assessVillageExit({ ruralPopulation: 100, remainingPoor: 4 }, { western: true, policy: inclusive });
    expect(over.checks.incidence.reasons[0]?.message['zh-CN']).toBe('贫困发生率 4/100 (4%) 高于阈值 3/100 (3%)（西部地区）');
  });

  it('keeps a known part exactly at an inclusive threshold undecided while parts are missing', () => {
    const { strict, inclusive } = policies(2, 90);
    const input = { ruralPopulation: 100, remainingPoor: 2, missed: 0, wronglyExited: undefined } as never;
    const figures = { sampledExited: 10, sampledWronglyExited: 0, sampledNonRegistered: 10, sampledMissed: 0, surveyedHouseholds: 10, approvingHouseholds: 10 };
    expect(assessCountyExit({ ...(input as object), ...figures } as never, { western: false, policy: strict }).checks.incidence.status).toBe('unmet');
    expect(assessCountyExit({ ...(input as object), ...figures } as never, { western: false, policy: inclusive }).checks.incidence.status).toBe('unknown');
  });
});
