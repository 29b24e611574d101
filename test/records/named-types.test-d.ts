import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  CountySchema,
  HouseholdSchema,
  LedgerEntrySchema,
  LedgerEventSchema,
  MemberSchema,
  TownshipSchema,
  VillageSchema,
  validate,
  type County,
  type Household,
  type LedgerEntry,
  type LedgerEvent,
  type Member,
  type Township,
  type ValidationFailure,
  type ValidationResult,
  type ValidationSuccess,
  type Village,
} from '../../src/index';

// The record types are interfaces (so editors show `Household`, not a 40-line object); these pin
// them to their schemas both ways, so neither can drift from the other.
describe('named record types', () => {
  it('are the schemas’ outputs, both ways', () => {
    expectTypeOf<Household>().toExtend<z.output<typeof HouseholdSchema>>();
    expectTypeOf<z.output<typeof HouseholdSchema>>().toExtend<Household>();
    expectTypeOf<Member>().toExtend<z.output<typeof MemberSchema>>();
    expectTypeOf<z.output<typeof MemberSchema>>().toExtend<Member>();
    expectTypeOf<LedgerEntry>().toExtend<z.output<typeof LedgerEntrySchema>>();
    expectTypeOf<z.output<typeof LedgerEntrySchema>>().toExtend<LedgerEntry>();
    expectTypeOf<LedgerEvent>().toExtend<z.output<typeof LedgerEventSchema>>();
    expectTypeOf<z.output<typeof LedgerEventSchema>>().toExtend<LedgerEvent>();
    expectTypeOf<County>().toExtend<z.output<typeof CountySchema>>();
    expectTypeOf<z.output<typeof CountySchema>>().toExtend<County>();
    expectTypeOf<Village>().toExtend<z.output<typeof VillageSchema>>();
    expectTypeOf<z.output<typeof VillageSchema>>().toExtend<Village>();
    expectTypeOf<Township>().toExtend<z.output<typeof TownshipSchema>>();
    expectTypeOf<z.output<typeof TownshipSchema>>().toExtend<Township>();
  });

  it('name their parts: members, history', () => {
    expectTypeOf<Household['members'][number]>().toEqualTypeOf<Member>();
    expectTypeOf<LedgerEntry['history'][number]>().toEqualTypeOf<LedgerEvent>();
  });

  it('are what validate gives for each record schema', () => {
    expectTypeOf(validate(HouseholdSchema, {})).toEqualTypeOf<ValidationResult<Household>>();
    expectTypeOf(validate(MemberSchema, {})).toEqualTypeOf<ValidationResult<Member>>();
    expectTypeOf(validate(LedgerEntrySchema, {})).toEqualTypeOf<ValidationResult<LedgerEntry>>();
    expectTypeOf(validate(LedgerEventSchema, {})).toEqualTypeOf<ValidationResult<LedgerEvent>>();
    expectTypeOf(validate(CountySchema, {})).toEqualTypeOf<ValidationResult<County>>();
    expectTypeOf(validate(VillageSchema, {})).toEqualTypeOf<ValidationResult<Village>>();
    expectTypeOf(validate(TownshipSchema, {})).toEqualTypeOf<ValidationResult<Township>>();
    expectTypeOf<ValidationResult<Household>>().toEqualTypeOf<ValidationSuccess<Household> | ValidationFailure>();
  });

  it('leave other schemas to their z.output', () => {
    const Extended = HouseholdSchema.extend({ note: HouseholdSchema.shape.id });
    const result = validate(Extended, {});
    if (result.ok) expectTypeOf(result.value.note).toEqualTypeOf<string>();
  });
});
