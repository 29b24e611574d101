import { describe, expect, it } from 'vitest';
import { createRollup, DomainError, povertyIncidence, TuopinError, assessHouseholds } from '../../src/index';
import { catalogError, given } from '../../src/reasons/catalog-error';
import { REGION_ERRORS } from '../../src/region/catalog';
import { thrown } from '../fixtures/thrown';

describe('errors from a catalog', () => {
  it('carry the code, the evidence and both texts, Chinese first in the message', () => {
    const error = thrown(() => createRollup({ villages: [{ code: '522601101201', name: '甲村', townshipCode: '522601101', ruralPopulation: 1 }, { code: '522601101201', name: '甲村', townshipCode: '522601101', ruralPopulation: 1 }] }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'rollup/duplicate-village',
      evidence: { village: '522601101201' },
      localized: { 'zh-CN': '村 522601101201 重复列出', en: 'village 522601101201 is listed twice' },
      message: 'tuopin: rollup/duplicate-village: 村 522601101201 重复列出 / village 522601101201 is listed twice',
    });
  });

  it('may throw one public code for several messages', () => {
    const error = thrown(() => povertyIncidence({ remainingPoor: -1, ruralPopulation: 10 })) as DomainError;
    expect(error.code).toBe('incidence/invalid-count');
    expect(error.localized).toEqual({ 'zh-CN': 'remainingPoor 必须为非负整数，实际为 -1', en: 'remainingPoor must be a whole number of zero or more, got -1' });
  });

  it('throw a plain TuopinError for a misuse that is no domain value', () => {
    const error = thrown(() => assessHouseholds(42 as unknown as Iterable<unknown>, { asOf: '2020-06-30' }));
    expect(error).toBeInstanceOf(TuopinError);
    expect(error).not.toBeInstanceOf(DomainError);
    expect((error as TuopinError).localized?.['zh-CN']).toBe('records 须为可迭代对象或异步可迭代对象');
  });

  it('keep the class and an empty evidence for errors not from a catalog', () => {
    const error = new DomainError('x/y', 'text');
    expect(error.evidence).toEqual({});
    expect(error.localized).toBeUndefined();
    expect(catalogError(REGION_ERRORS, 'exit/western-required').message).toBe(
      'tuopin: exit/western-required: 须说明是否为西部地区（options.western 为 true 或 false） / options.western must be true or false',
    );
  });

  it('show a given value as JSON, a number or NaN as it is', () => {
    expect([given('x'), given(3), given(Number.NaN), given(undefined), given({ a: 1 })]).toEqual(['"x"', '3', 'NaN', 'undefined', '{"a":1}']);
  });
});
