import { describe, expectTypeOf, it } from 'vitest';
import { defineCatalog, HOUSEHOLD_CATALOG, type CodeOf, type HouseholdReasonCode, type Reason } from '../../src/index';

const demo = defineCatalog('demo', {
  'demo/a': { 'zh-CN': () => '甲', en: () => 'a' },
  'demo/b': { 'zh-CN': () => '乙', en: () => 'b' },
});

function describeDemo(code: CodeOf<typeof demo>): string {
  switch (code) {
    case 'demo/a':
      return 'a';
    case 'demo/b':
      return 'b';
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

describe('defineCatalog types', () => {
  it('types the codes as a string-literal union', () => {
    expectTypeOf<CodeOf<typeof demo>>().toEqualTypeOf<'demo/a' | 'demo/b'>();
    expectTypeOf(demo.reason('demo/a', [])).toEqualTypeOf<Reason<'demo/a'>>();
    expectTypeOf<CodeOf<typeof HOUSEHOLD_CATALOG>>().toEqualTypeOf<HouseholdReasonCode>();
    // @ts-expect-error not a code of the catalog
    demo.reason('demo/c', []);
    expectTypeOf(describeDemo).returns.toBeString();
  });

  it('a switch that leaves out a code is not exhaustive', () => {
    function partial(code: CodeOf<typeof demo>): string {
      switch (code) {
        case 'demo/a':
          return 'a';
        default: {
          // @ts-expect-error 'demo/b' is not handled
          const unreachable: never = code;
          return unreachable;
        }
      }
    }
    expectTypeOf(partial).returns.toBeString();
  });
});
