import { describe, expect, it } from 'vitest';
import { isWithin, parseDivisionCode } from '../../src/index';

const reason = (code: unknown) => {
  const parsed = parseDivisionCode(code);
  return parsed.ok ? parsed.level : parsed.reason;
};

describe('parseDivisionCode', () => {
  it('accepts 0 and 9, the ends of the digit range, in every segment', () => {
    expect(parseDivisionCode('99')).toEqual({ ok: true, code: '99', level: 'province', provinceCode: '99' });
    expect(parseDivisionCode('529999999999')).toEqual({
      ok: true,
      code: '529999999999',
      level: 'village',
      provinceCode: '52',
      prefectureCode: '5299',
      countyCode: '529999',
      townshipCode: '529999999',
    });
    expect(reason('5290')).toBe('prefecture');
    expect(reason('522609')).toBe('county');
    expect(reason('522601109')).toBe('township');
  });

  it('refuses the characters just outside 0–9 (/ and :) at the start, inside and at the end', () => {
    for (const code of ['/2', '5/', ':2', '5:', '52:601', '5226/1', '52260110120:']) {
      expect(reason(code)).toBe('not-digits');
    }
    expect(reason('５２')).toBe('not-digits');
  });

  it('accepts only 2, 4, 6, 9 and 12 digits', () => {
    const lengths = Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((n) => [n, reason('522601101201'.padEnd(13, '1').slice(0, n))]),
    );
    expect(lengths).toEqual({
      1: 'length',
      2: 'province',
      3: 'length',
      4: 'prefecture',
      5: 'length',
      6: 'county',
      7: 'length',
      8: 'length',
      9: 'township',
      10: 'length',
      11: 'length',
      12: 'village',
      13: 'length',
    });
    expect(reason('')).toBe('not-digits');
    expect(reason(522601)).toBe('not-a-string');
  });

  it('reads zero padding at 6 and 12 digits only, at the level the code names', () => {
    expect(parseDivisionCode('520000')).toEqual({ ok: true, code: '52', level: 'province', provinceCode: '52' });
    expect(parseDivisionCode('520100')).toEqual({
      ok: true,
      code: '5201',
      level: 'prefecture',
      provinceCode: '52',
      prefectureCode: '5201',
    });
    expect(parseDivisionCode('520000000000')).toMatchObject({ ok: true, code: '52', level: 'province' });
    expect(parseDivisionCode('522601000000')).toMatchObject({ ok: true, code: '522601', level: 'county' });
    expect(parseDivisionCode('522601101000')).toEqual({
      ok: true,
      code: '522601101',
      level: 'township',
      provinceCode: '52',
      prefectureCode: '5226',
      countyCode: '522601',
      townshipCode: '522601101',
    });
    // At 4 and 9 digits a zero last segment is no way of writing anything.
    expect(reason('5200')).toBe('zero-segment');
    expect(reason('522601000')).toBe('zero-segment');
  });

  it('refuses a zero province and a zero segment above a non-zero one', () => {
    expect(reason('00')).toBe('zero-segment');
    expect(reason('000000')).toBe('zero-segment');
    expect(reason('000000000000')).toBe('zero-segment');
    expect(reason('0026')).toBe('zero-segment');
    expect(reason('002601')).toBe('zero-segment');
    expect(reason('522601000201')).toBe('zero-segment');
  });

  it('explains every reason in both languages', () => {
    const message = (code: unknown) => {
      const parsed = parseDivisionCode(code);
      return parsed.ok ? undefined : parsed.message;
    };
    expect(message(1)).toEqual({ 'zh-CN': '区划代码必须是字符串', en: 'a division code must be a string' });
    expect(message('52a')).toEqual({ 'zh-CN': '区划代码只能包含数字', en: 'a division code has digits only' });
    expect(message('522')).toEqual({ 'zh-CN': '区划代码应为 2、4、6、9 或 12 位', en: 'a division code has 2, 4, 6, 9 or 12 digits' });
    expect(message('522601000201')).toEqual({
      'zh-CN': '区划代码中间层级为全零',
      en: 'a division code has an all-zero segment above a non-zero one',
    });
    expect(message('00')).toEqual({ 'zh-CN': '省级代码不能为 00', en: 'the province segment cannot be 00' });
    expect(message('5200')).toEqual({ 'zh-CN': '区划代码末级为全零', en: 'the last segment of a division code cannot be all zeros' });
  });
});

describe('isWithin', () => {
  it('holds for the division itself and its descendants, not for siblings or ancestors', () => {
    expect(isWithin('522601', '522601')).toBe(true);
    expect(isWithin('522601101201', '5226')).toBe(true);
    expect(isWithin('522601101201', '522601101000')).toBe(true);
    expect(isWithin('522601', '522601101')).toBe(false);
    expect(isWithin('522699', '522601')).toBe(false);
  });

  it('is false when either code is invalid', () => {
    expect(isWithin('52260', '52')).toBe(false);
    expect(isWithin('522601', '5')).toBe(false);
    expect(isWithin('5226', '52260')).toBe(false);
  });
});
