import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  HouseholdSchema,
  parseDivisionCode,
  validate,
  validateIdNumber,
  type Household,
  type HouseholdStatus,
  type LedgerEntry,
  type Member,
  type ValidationIssue,
} from '../../src/index';

describe('record types', () => {
  it('come from the schemas', () => {
    expectTypeOf<Household>().toEqualTypeOf<z.infer<typeof HouseholdSchema>>();
    expectTypeOf<Household['members'][number]>().toEqualTypeOf<Member>();
    expectTypeOf<HouseholdStatus>().toEqualTypeOf<'poor' | 'exited' | 'monitored' | 'returned'>();
    expectTypeOf<LedgerEntry['status']>().toEqualTypeOf<'open' | 'rectifying' | 'awaiting-acceptance' | 'closed'>();
  });

  it('keep optional fields optional under exactOptionalPropertyTypes', () => {
    // @ts-expect-error members is required
    const missing: Household = { id: 'x', villageCode: '522601101201', status: 'poor' };
    void missing;
  });
});

describe('validate', () => {
  it('narrows on ok', () => {
    const result = validate(HouseholdSchema, {});
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Household>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly ValidationIssue[]>();
  });
});

describe('code parsers', () => {
  it('still narrow on the deprecated valid (one minor version), typed as ok is', () => {
    const code = parseDivisionCode('52');
    if (code.valid) expectTypeOf(code.level).toEqualTypeOf<'province' | 'prefecture' | 'county' | 'township' | 'village'>();
    expectTypeOf(code.valid).toEqualTypeOf(code.ok);
    const id = validateIdNumber('x');
    if (!id.valid) expectTypeOf(id.reason).toExtend<string>();
    expectTypeOf(id.valid).toEqualTypeOf(id.ok);
  });

  it('return discriminated unions', () => {
    const code = parseDivisionCode('52');
    if (code.ok) expectTypeOf(code.level).toEqualTypeOf<'province' | 'prefecture' | 'county' | 'township' | 'village'>();
    const id = validateIdNumber('x');
    if (id.ok) expectTypeOf(id.sex).toEqualTypeOf<'male' | 'female'>();
    else expectTypeOf(id.reason).toEqualTypeOf<'not-a-string' | 'length' | 'characters' | 'birth-date' | 'check-character'>();
  });
});
