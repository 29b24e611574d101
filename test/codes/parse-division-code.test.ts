import { describe, expect, it } from 'vitest';
import { isWithin, parseDivisionCode } from '../../src/index';

describe('parseDivisionCode', () => {
  it('parses a code of every length', () => {
    expect(parseDivisionCode('52')).toEqual({ ok: true, code: '52', level: 'province', provinceCode: '52' });
    expect(parseDivisionCode('5226')).toEqual({
      ok: true,
      code: '5226',
      level: 'prefecture',
      provinceCode: '52',
      prefectureCode: '5226',
    });
    expect(parseDivisionCode('522601')).toEqual({
      ok: true,
      code: '522601',
      level: 'county',
      provinceCode: '52',
      prefectureCode: '5226',
      countyCode: '522601',
    });
    expect(parseDivisionCode('522601101')).toEqual({
      ok: true,
      code: '522601101',
      level: 'township',
      provinceCode: '52',
      prefectureCode: '5226',
      countyCode: '522601',
      townshipCode: '522601101',
    });
    expect(parseDivisionCode('522601101201')).toEqual({
      ok: true,
      code: '522601101201',
      level: 'village',
      provinceCode: '52',
      prefectureCode: '5226',
      countyCode: '522601',
      townshipCode: '522601101',
    });
  });

  it('reads zero-padded 6- and 12-digit codes at the level they name', () => {
    expect(parseDivisionCode('520000')).toMatchObject({ ok: true, code: '52', level: 'province' });
    expect(parseDivisionCode('522600')).toMatchObject({ ok: true, code: '5226', level: 'prefecture' });
    expect(parseDivisionCode('522601000000')).toMatchObject({ ok: true, code: '522601', level: 'county' });
    expect(parseDivisionCode('522601101000')).toMatchObject({ ok: true, code: '522601101', level: 'township' });
  });

  it('parses townships and villages of the prefecture-level cities without counties', () => {
    expect(parseDivisionCode('441900003')).toEqual({
      ok: true,
      code: '441900003',
      level: 'township',
      provinceCode: '44',
      prefectureCode: '4419',
      townshipCode: '441900003',
    });
    expect(parseDivisionCode('441900003001')).toEqual({
      ok: true,
      code: '441900003001',
      level: 'village',
      provinceCode: '44',
      prefectureCode: '4419',
      townshipCode: '441900003',
    });
    for (const prefecture of ['4419', '4420', '4604', '6202']) {
      expect(parseDivisionCode(`${prefecture}00`), prefecture).toMatchObject({ ok: true, level: 'prefecture', code: prefecture });
      expect(parseDivisionCode(`${prefecture}00101`), prefecture).toMatchObject({ ok: true, level: 'township' });
      expect(parseDivisionCode(`${prefecture}00101201`), prefecture).toMatchObject({ ok: true, level: 'village' });
    }
    expect(parseDivisionCode('441900003000')).toMatchObject({ ok: true, code: '441900003', level: 'township' });
    expect(isWithin('441900003001', '441900')).toBe(true);
    expect(isWithin('441900003001', '441900003')).toBe(true);
    // Still invalid: a zero township above a village, a zero prefecture above a county.
    expect(parseDivisionCode('441900000001')).toMatchObject({ ok: false, reason: 'zero-segment' });
    expect(parseDivisionCode('440000003')).toMatchObject({ ok: false, reason: 'zero-segment' });
    expect(parseDivisionCode('441900000')).toMatchObject({ ok: false, reason: 'zero-segment' });
  });

  it('returns a reason, never throws, for invalid codes', () => {
    expect(parseDivisionCode('5226011')).toMatchObject({ ok: false, reason: 'length' });
    expect(parseDivisionCode('52260a')).toMatchObject({ ok: false, reason: 'not-digits' });
    expect(parseDivisionCode(522601)).toMatchObject({ ok: false, reason: 'not-a-string' });
    expect(parseDivisionCode('00')).toMatchObject({ ok: false, reason: 'zero-segment' });
    expect(parseDivisionCode('520026')).toMatchObject({ ok: false, reason: 'zero-segment' });
    expect(parseDivisionCode('5200')).toMatchObject({ ok: false, reason: 'zero-segment' });
    expect(parseDivisionCode('522601000')).toMatchObject({ ok: false, reason: 'zero-segment' });
    expect(parseDivisionCode('')).toMatchObject({ ok: false, reason: 'not-digits' });
    const invalid = parseDivisionCode('1234567');
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.message['zh-CN']).toContain('区划代码');
  });
});

describe('isWithin', () => {
  it('compares ancestors in short or padded form', () => {
    expect(isWithin('522601101201', '522601')).toBe(true);
    expect(isWithin('522601101201', '522601101')).toBe(true);
    expect(isWithin('522601', '520000')).toBe(true);
    expect(isWithin('522601', '52')).toBe(true);
    expect(isWithin('522601', '522601')).toBe(true);
    expect(isWithin('522601', '522602')).toBe(false);
    expect(isWithin('522601', '522601101')).toBe(false);
    expect(isWithin('bad', '52')).toBe(false);
  });
});
