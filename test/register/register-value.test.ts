import { describe, expect, it } from 'vitest';
import { REGISTER_LABELS, registerBoolean, registerStatus, registerValue, relationGroup, type LabelledEnum } from '../../src/index';

describe('registerValue', () => {
  it('reads every relation wording of the register', () => {
    const wordings: Record<string, string> = {
      户主: 'head',
      配偶: 'spouse',
      之子: 'son',
      之女: 'daughter',
      之儿媳: 'daughter-in-law',
      之女婿: 'son-in-law',
      之孙子: 'grandson',
      之孙女: 'granddaughter',
      之外孙子: 'daughters-son',
      之外孙女: 'daughters-daughter',
      之父: 'father',
      之母: 'mother',
      之岳父: 'wifes-father',
      之岳母: 'wifes-mother',
      之公公: 'husbands-father',
      之婆婆: 'husbands-mother',
      之祖父: 'grandfather',
      之祖母: 'grandmother',
      之兄弟姐妹: 'sibling',
      之曾孙子: 'great-grandson',
      之曾孙女: 'great-granddaughter',
      其他: 'other',
      儿子: 'son',
      女儿: 'daughter',
      Head: 'head',
      ' 之 子 ': 'son',
    };
    for (const [raw, value] of Object.entries(wordings)) expect(registerValue('relation', raw), raw).toEqual({ ok: true, value });
  });

  it('reads every label and identifier of every enum back to its value', () => {
    for (const [kind, table] of Object.entries(REGISTER_LABELS)) {
      for (const [value, label] of Object.entries(table as Record<string, string>)) {
        expect(registerValue(kind as LabelledEnum, label), `${kind} ${label}`).toEqual({ ok: true, value });
        expect(registerValue(kind as LabelledEnum, value.toUpperCase()), `${kind} ${value}`).toEqual({ ok: true, value });
      }
    }
  });

  it('reads codes: 民族 by GB/T 3304, 贫困户属性 by the default or the county’s own table', () => {
    expect(registerValue('ethnicity', '01')).toEqual({ ok: true, value: 'han' });
    expect(registerValue('ethnicity', 6)).toEqual({ ok: true, value: 'miao' });
    expect(registerValue('ethnicity', '09')).toEqual({ ok: true, value: 'buyei' });
    expect(registerValue('ethnicity', '苗')).toEqual({ ok: true, value: 'miao' });
    expect(registerValue('ethnicity', '97')).toEqual({ ok: true, value: 'unrecognised' });
    expect(registerValue('povertyAttribute', '02')).toEqual({ ok: true, value: 'dibao-poor' });
    expect(registerValue('povertyAttribute', 8)).toEqual({ ok: true, value: 'dibao-destitute-exited' });
    expect(registerValue('povertyAttribute', '02', { povertyAttributeCodes: { '02': 'general-exited' } })).toEqual({
      ok: true,
      value: 'general-exited',
    });
    expect(registerValue('povertyAttribute', '09').ok).toBe(false);
  });

  it('reads a student’s stage with its year, and the gravest of several health conditions', () => {
    expect(registerValue('studentStatus', '小学三年级')).toEqual({ ok: true, value: 'primary' });
    expect(registerValue('studentStatus', '初中一年级')).toEqual({ ok: true, value: 'junior-secondary' });
    expect(registerValue('studentStatus', '八年级')).toEqual({ ok: true, value: 'junior-secondary' });
    expect(registerValue('studentStatus', '高中2年级')).toEqual({ ok: true, value: 'senior-secondary' });
    expect(registerValue('studentStatus', '非在校生')).toEqual({ ok: true, value: 'not-a-student' });
    expect(registerValue('health', '残疾,长期慢性病')).toEqual({ ok: true, value: 'disabled' });
    expect(registerValue('health', '长期慢性病、患有大病')).toEqual({ ok: true, value: 'serious-illness' });
    expect(registerValue('health', '残疾,未知').ok).toBe(false);
  });

  it('reads full-width brackets like half-width ones', () => {
    expect(registerValue('employment', '乡(镇)内务工')).toEqual({ ok: true, value: 'in-township' });
    expect(registerValue('employment', '乡（镇）外县内务工')).toEqual({ ok: true, value: 'in-county' });
  });

  it('says in Chinese which values it expects, without repeating the cell', () => {
    const result = registerValue('relation', '张三之友');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('register/unknown-value');
    expect(result.message['zh-CN']).toMatch(/^与户主关系的取值无法识别：期望 户主、配偶、子女、之子/);
    expect(JSON.stringify(result)).not.toContain('张三');
    expect(registerValue('sex', '  ')).toMatchObject({ ok: false, code: 'register/empty' });
  });
});

describe('registerStatus', () => {
  it('reads the codes 0, 1, 3, 4 and their wordings', () => {
    expect(registerStatus('0')).toEqual({ ok: true, value: { status: 'poor' } });
    expect(registerStatus(1)).toEqual({ ok: true, value: { status: 'exited', policySupport: 'continuing' } });
    expect(registerStatus('3')).toEqual({ ok: true, value: { status: 'returned' } });
    expect(registerStatus('4')).toEqual({ ok: true, value: { status: 'exited', policySupport: 'ended' } });
    expect(registerStatus('已脱贫（享受政策）')).toEqual({ ok: true, value: { status: 'exited', policySupport: 'continuing' } });
    expect(registerStatus('已脱贫(不再享受政策)')).toEqual({ ok: true, value: { status: 'exited', policySupport: 'ended' } });
    expect(registerStatus('未脱贫')).toEqual({ ok: true, value: { status: 'poor' } });
    expect(registerStatus('返贫')).toEqual({ ok: true, value: { status: 'returned' } });
    expect(registerStatus('Exited')).toEqual({ ok: true, value: { status: 'exited' } });
  });

  it('refuses a code the register does not use, naming the codes it expects', () => {
    const result = registerStatus('2');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message['zh-CN']).toContain('代码 0、1、3、4');
  });
});

describe('registerBoolean', () => {
  it('reads yes/no findings', () => {
    for (const raw of ['是', '有', 'Y', '1', '√', '已参加']) expect(registerBoolean(raw)).toEqual({ ok: true, value: true });
    for (const raw of ['否', '无', 'n', '0', '×', '未参加']) expect(registerBoolean(raw)).toEqual({ ok: true, value: false });
    expect(registerBoolean('也许').ok).toBe(false);
  });
});

describe('relationGroup', () => {
  it('folds register relations onto the coarse groups', () => {
    expect(relationGroup('son')).toBe('child');
    expect(relationGroup('daughter-in-law')).toBe('child');
    expect(relationGroup('daughters-daughter')).toBe('grandchild');
    expect(relationGroup('wifes-mother')).toBe('parent');
    expect(relationGroup('sibling')).toBe('other');
    expect(relationGroup('head')).toBe('head');
  });
});
