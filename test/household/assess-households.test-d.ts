import { describe, expectTypeOf, it } from 'vitest';
import { assessHouseholds, type BatchResult, type Household, type HouseholdAssessment } from '../../src/index';

declare const lines: AsyncIterable<unknown>;
declare const either: Iterable<unknown> | AsyncIterable<unknown>;

describe('assessHouseholds types', () => {
  it('returns a generator for an iterable and an async generator for an async iterable', () => {
    expectTypeOf(assessHouseholds([], { asOf: '2020-12-31' })).toEqualTypeOf<Generator<BatchResult, void, undefined>>();
    expectTypeOf(assessHouseholds(lines, { asOf: '2020-12-31' })).toEqualTypeOf<AsyncGenerator<BatchResult, void, undefined>>();
    expectTypeOf(assessHouseholds(either, { asOf: '2020-12-31' })).toEqualTypeOf<
      Generator<BatchResult, void, undefined> | AsyncGenerator<BatchResult, void, undefined>
    >();
  });

  it('narrows a result on ok', () => {
    const result = {} as BatchResult;
    if (result.ok) {
      expectTypeOf(result.household).toEqualTypeOf<Household>();
      expectTypeOf(result.assessment).toEqualTypeOf<HouseholdAssessment>();
    } else {
      // @ts-expect-error a rejection has no assessment
      void result.assessment;
    }
  });
});
