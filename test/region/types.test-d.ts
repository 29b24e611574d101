import { describe, expectTypeOf, it } from 'vitest';
import {
  assessCountyExit,
  assessVillageExit,
  createRollup,
  rollup,
  type CheckStatus,
  type CountyExitCheckName,
  type ExactRate,
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
    expectTypeOf(rollup([], { households: [], level: 'county' })).toEqualTypeOf<readonly RollupRow[]>();
    // @ts-expect-error: no province level
    rollup([], { households: [], level: 'province' });
    expectTypeOf(createRollup().snapshot()).toEqualTypeOf<RollupSnapshot>();
    expectTypeOf<RollupRow['incidence']>().toEqualTypeOf<ExactRate | undefined>();
  });
});
