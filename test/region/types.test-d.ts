import { describe, expectTypeOf, it } from 'vitest';
import {
  assessCountyExit,
  assessVillageExit,
  createRollup,
  exitBlockers,
  rollup,
  type CheckStatus,
  type CountyExitCheckName,
  type ExactRate,
  type ExitBlockers,
  type ExitCheck,
  type VillageCriterionCheck,
  type RollupRow,
  type RollupSnapshot,
} from '../../src/index';

describe('region types', () => {
  it('types the exit verdicts', () => {
    const county = assessCountyExit({ ruralPopulation: 10, remainingPoor: 0 }, { western: true });
    expectTypeOf(county.eligible).toEqualTypeOf<boolean>();
    expectTypeOf(county.status).toEqualTypeOf<CheckStatus>();
    expectTypeOf(county.checks).toEqualTypeOf<Readonly<Record<CountyExitCheckName, ExitCheck>>>();
    expectTypeOf(county.checks.approval.value).toEqualTypeOf<ExactRate | undefined>();
    expectTypeOf(assessVillageExit({ ruralPopulation: 10, remainingPoor: 0 }, { western: false }).checks).toEqualTypeOf<{
      readonly incidence: ExitCheck;
      readonly criteria?: readonly VillageCriterionCheck[];
    }>();
    // @ts-expect-error: whether the region is western must be said
    assessVillageExit({ ruralPopulation: 10, remainingPoor: 0 }, {});
    // @ts-expect-error: the remaining poor are required
    assessVillageExit({ ruralPopulation: 10 }, { western: true });
  });

  it('types the roll-ups', () => {
    expectTypeOf(rollup([], [], { level: 'county' })).toEqualTypeOf<readonly RollupRow[]>();
    // @ts-expect-error: no province level
    rollup([], [], { level: 'province' });
    // @ts-expect-error: the options come last and say the level
    rollup([], []);
    // The deprecated form still compiles until 0.3.0.
    expectTypeOf(rollup([], { households: [], level: 'county' })).toEqualTypeOf<readonly RollupRow[]>();
    // @ts-expect-error: no province level
    rollup([], { households: [], level: 'province' });
    expectTypeOf(createRollup().snapshot()).toEqualTypeOf<RollupSnapshot>();
    const county = { code: '522601', western: true };
    expectTypeOf(exitBlockers(county, [], [], { villages: [] })).toEqualTypeOf<ExitBlockers>();
    expectTypeOf(exitBlockers(county, { villages: [], households: [], assessments: [] })).toEqualTypeOf<ExitBlockers>();
    // @ts-expect-error: the villages are an option, required
    exitBlockers(county, [], [], {});
    expectTypeOf<RollupRow['incidence']>().toEqualTypeOf<ExactRate | undefined>();
  });
});
