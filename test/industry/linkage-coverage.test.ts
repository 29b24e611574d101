import { describe, expect, it } from 'vitest';
import { DomainError, linkageCoverage } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { plan, thrown } from './fixtures';

const linked = plan({
  linkages: [
    { mode: 'cooperative', households: 800, poorHouseholds: 300 },
    { mode: 'employment', households: 200, poorHouseholds: 150 },
  ],
});

describe('linkageCoverage', () => {
  it('gives the sum of linked poor households over the county’s poor households, and says it is a sum', () => {
    expect(linkageCoverage(linked, { poorHouseholds: 600 })).toEqual({
      linkedPoorHouseholds: 450,
      poorHouseholds: 600,
      share: { numerator: 450, denominator: 600 },
      percent: 75,
      capped: false,
      reasons: [
        {
          code: 'industry/linkage-counted-per-mode',
          path: ['linkages'],
          evidence: { linkedPoorHouseholds: 450, poorHouseholds: 600, capped: false },
          message: {
            'zh-CN': '联结贫困户数为各联结方式的户数之和（450 户）：同一户在多种方式下联结时按每种方式各计一次，总数可能超过实际户数',
            en: 'linked poor households are the sum over linkage modes (450): a household linked under several modes is counted once per mode, so the sum may exceed the real number',
          },
        },
      ],
      note: {
        'zh-CN': '联结贫困户数为各联结方式的户数之和（450 户）：同一户在多种方式下联结时按每种方式各计一次，总数可能超过实际户数',
        en: 'linked poor households are the sum over linkage modes (450): a household linked under several modes is counted once per mode, so the sum may exceed the real number',
      },
    });
  });

  it('caps the share at 100% when the sum over modes exceeds the poor households', () => {
    const result = linkageCoverage(linked, { poorHouseholds: 400 });
    expect(result).toMatchObject({
      linkedPoorHouseholds: 450,
      poorHouseholds: 400,
      share: { numerator: 400, denominator: 400 },
      percent: 100,
      capped: true,
    });
    expect(result.note['zh-CN']).toContain('占比按 100% 计');
    expect(result.note.en).toContain('capped at 100%');
    expect(linkageCoverage(linked, { poorHouseholds: 450 })).toMatchObject({ percent: 100, capped: false });
  });

  it('rounds the percent down to two decimals', () => {
    expect(linkageCoverage(plan({ linkages: [{ mode: 'order', households: 2, poorHouseholds: 2 }] }), { poorHouseholds: 3 }).percent).toBe(66.66);
  });

  it('gives 0 for a plan without linkages', () => {
    expect(linkageCoverage(plan(), { poorHouseholds: 10 })).toMatchObject({
      linkedPoorHouseholds: 0,
      share: { numerator: 0, denominator: 10 },
      percent: 0,
      capped: false,
    });
  });

  it('throws a DomainError when poorHouseholds is not a whole number above 0', () => {
    for (const poorHouseholds of [0, -1, 1.5, Number.NaN]) {
      const error = thrown(() => linkageCoverage(linked, { poorHouseholds }));
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('industry/poor-households');
    }
    const bad = plan({ linkages: [{ mode: 'order', households: 2, poorHouseholds: 1.5 }] });
    expect(() => linkageCoverage(bad, { poorHouseholds: 3 })).toThrow(/^tuopin: industry\/linkage-count:/);
  });

  it('does not mutate its input', () => {
    expectNoMutation(linked, (input) => linkageCoverage(input, { poorHouseholds: 600 }));
  });
});
