import { describe, expect, it } from 'vitest';
import { parseDivisionCode, registerBoolean, registerStatus, registerValue, upgradeIdNumber } from '../../src/index';

// The //=> examples of docs/records.md (register values and codes), executed.
describe('docs/records.md examples', () => {
  it('are true', () => {
    expect(registerStatus('已脱贫（享受政策）')).toEqual({ ok: true, value: { status: 'exited', policySupport: 'continuing' } });
    expect(registerStatus('4')).toEqual({ ok: true, value: { status: 'exited', policySupport: 'ended' } });
    expect(registerStatus('0')).toEqual({ ok: true, value: { status: 'poor' } });
    expect(registerStatus('3')).toEqual({ ok: true, value: { status: 'returned' } });
    expect(registerValue('relation', '之儿媳')).toEqual({ ok: true, value: 'daughter-in-law' });
    expect(registerValue('relation', '儿子')).toEqual({ ok: true, value: 'son' });
    expect(registerValue('ethnicity', '09')).toEqual({ ok: true, value: 'buyei' });
    expect(registerValue('povertyAttribute', '02')).toEqual({ ok: true, value: 'dibao-poor' });
    expect(registerBoolean('否')).toEqual({ ok: true, value: false });
    expect(upgradeIdNumber('110105491231002')).toBe('11010519491231002X');
  });

  it('JSDoc examples are true', () => {
    expect(registerValue('relation', 'Head')).toEqual({ ok: true, value: 'head' });
    expect(registerValue('ethnicity', '06')).toEqual({ ok: true, value: 'miao' });
    expect(registerValue('studentStatus', '小学三年级')).toEqual({ ok: true, value: 'primary' });
    expect(registerValue('sex', '未知').ok).toBe(false);
    expect(registerStatus(4)).toEqual({ ok: true, value: { status: 'exited', policySupport: 'ended' } });
    expect(registerStatus('Exited')).toEqual({ ok: true, value: { status: 'exited' } });
    expect(registerStatus('2').ok).toBe(false);
    expect(parseDivisionCode('441900003001')).toEqual({
      ok: true,
      code: '441900003001',
      level: 'village',
      provinceCode: '44',
      prefectureCode: '4419',
      townshipCode: '441900003',
    });
  });
});
