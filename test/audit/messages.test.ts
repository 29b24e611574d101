import { describe, expect, it } from 'vitest';
import { AUDIT_CATALOG, AUDIT_CODES, AUDIT_MESSAGES, type AuditCode, type Evidence } from '../../src/index';
import { AUDIT_ERRORS } from '../../src/audit/catalog';
import { SAMPLES } from '../reasons/samples';

// The words of every audit finding and diff error, rendered from the evidence samples the parity
// test uses (test/reasons/samples.ts), in both languages: what a county office reads in the
// report. The parity test only checks that nothing is left empty; these pin what is said.

const M = '成员 3（张**，5226************1X）';
const ME = 'member 3 (张**, 5226************1X)';

const TEXTS: Record<AuditCode, readonly (readonly [string, string])[]> = {
  'audit/person-in-two-households': [
    [`${M}已登记在第 1 条记录的户中（一人多户）`, `${ME} is already registered in the household of record 1 (one person in two households)`],
    [
      `${M}已登记在第 13 条记录的户中（一人多户，15 位号码升位后相同）`,
      `${ME} is already registered in the household of record 13 (one person in two households, the same once the 15-digit number is upgraded)`,
    ],
    [`${M}已登记在第 5 条记录（第 9 行）的户中（一人多户）`, `${ME} is already registered in the household of record 5 (row 9) (one person in two households)`],
  ],
  'audit/member-listed-twice': [[`${M}在本户中登记了两次`, `${ME} is listed twice in this household`]],
  'audit/household-id-reused': [
    ['户编号 H-0001 已被第 4 条记录的户使用（一号多户）', 'household id H-0001 is already used by the household of record 4'],
    ['户编号 H-0001 已被第 4 条记录（第 7 行）的户使用（一号多户）', 'household id H-0001 is already used by the household of record 4 (row 7)'],
  ],
  'audit/no-head': [['3 名成员中没有户主', 'none of the 3 members is recorded as the head of household']],
  'audit/several-heads': [['2 名成员登记为户主（成员 1、2），应当只有一名', '2 members are recorded as head of household (members 1, 2); there must be exactly one']],
  'audit/child-too-old': [[`${M}为户主的子女，但出生时户主仅 10 岁（不足 15 岁）`, `${ME} is a child of the head, but the head was 10 at the birth (under 15)`]],
  'audit/grandchild-too-old': [[`${M}为户主的孙辈，但出生时户主仅 25 岁（不足 30 岁）`, `${ME} is a grandchild of the head, but the head was 25 at the birth (under 30)`]],
  'audit/parent-too-young': [[`${M}为户主的父母，但户主出生时其仅 12 岁（不足 15 岁）`, `${ME} is a parent of the head, but was 12 at the head's birth (under 15)`]],
  'audit/parent-in-law-too-young': [
    [`${M}为户主的岳父，但配偶出生时其仅 13 岁（不足 15 岁）`, `${ME} is the father of the head's wife, but was 13 at the spouse's birth (under 15)`],
  ],
  'audit/spouse-too-young': [[`${M}为户主的配偶，2020-12-31 时仅 10 岁（不足 16 岁）`, `${ME} is the head's spouse but is 10 on 2020-12-31 (under 16)`]],
  'audit/age-over-limit': [[`${M}2020-12-31 时 115 岁，超过 110 岁，需核实`, `${ME} is 115 on 2020-12-31, over 110: check the record`]],
  'audit/born-after-as-of': [[`${M}的出生日期 2021-01-05 晚于核查日期 2020-12-31`, `${ME} has a birth date of 2021-01-05, after the audit date 2020-12-31`]],
  'audit/birth-date-mismatch': [
    [`${M}的出生日期 1980-01-02 与身份证号码中的 1980-01-01 不一致`, `${ME} has a birth date of 1980-01-02, but the ID number gives 1980-01-01`],
  ],
  'audit/sex-mismatch': [[`${M}登记性别为男，身份证号码的顺序码为女`, `${ME} is recorded as male, but the ID number's sequence gives female`]],
  'audit/disability-grade-missing': [[`${M}健康状况为残疾，未登记残疾等级`, `${ME} is recorded as disabled with no disability grade`]],
  'audit/schooling-missing': [
    [`${M}12 岁，处于义务教育年龄（6–15 岁），未登记在校生状况`, `${ME}, aged 12, is of compulsory-education age (6–15) and has no schooling status recorded`],
  ],
  'audit/household-size-mismatch': [['家庭人口数登记为 5 人，成员名单为 4 人', 'the household size is recorded as 5, but 4 members are listed']],
  'audit/exited-income-not-above-line': [
    [
      '已脱贫户 2020 年人均纯收入约 3750 元，未高于贫困线 4000 元（错退风险）',
      'an exited household with a per-capita net income for 2020 of about 3750 yuan, not above the line of 4000 yuan (risk of wrongful exit)',
    ],
  ],
  'audit/exited-check-unmet': [
    [
      '已脱贫户的“住房安全有保障”检查未达标（住房鉴定为 D 级危房，危房改造：改造中，是否已住进其他安全住房：否），存在错退风险',
      'an exited household fails the housing check (the house is graded D (dangerous); renovation: in-progress; lives in other safe housing: no): risk of wrongful exit',
    ],
  ],
  'audit/dibao-without-recipient': [
    ['贫困户属性为低保脱贫户，但 4 名成员均登记为未享受低保', 'the household is recorded as dibao-exited, but all 4 members are recorded as not receiving dibao'],
  ],
  'audit/illness-cause-without-ill-member': [
    ['主要致贫原因为因病，但 4 名成员的健康状况均无长期慢性病或大病', 'the main cause of poverty is illness, but none of the 4 members is recorded with a chronic or serious illness'],
  ],
  'audit/disability-cause-without-disabled-member': [
    ['主要致贫原因为因残，但 4 名成员的健康状况均不是残疾', 'the main cause of poverty is disability, but none of the 4 members is recorded as disabled'],
  ],
  'audit/attribute-status-mismatch': [
    ['贫困户属性为一般贫困户，与户状态（已脱贫）不符', 'the household is recorded as general-poor, which contradicts its status (exited)'],
  ],
};

const samplesOf = (catalog: string, code: string): readonly Evidence[] => {
  const s = SAMPLES[catalog]![code]!;
  return Array.isArray(s) ? s : [s as Evidence];
};

describe('AUDIT_CATALOG', () => {
  it('words every finding from its sample evidence, in zh-CN and in English', () => {
    expect(Object.keys(TEXTS)).toEqual([...AUDIT_CODES]);
    for (const code of AUDIT_CODES) {
      const rendered = samplesOf('audit', code).map((e) => [AUDIT_CATALOG.render(code, e, 'zh-CN'), AUDIT_CATALOG.render(code, e, 'en')]);
      expect(rendered, code).toEqual(TEXTS[code]);
    }
  });

  it('is the catalog named audit, over the message templates', () => {
    expect(AUDIT_CATALOG.name).toBe('audit');
    expect(AUDIT_CATALOG.kind('audit/no-head').en({ members: 2 })).toBe(AUDIT_MESSAGES['audit/no-head'].en({ members: 2 }));
  });

  it('writes yuan as the income rule gives them: whole yuan bare, else two decimals', () => {
    const render = (perCapitaYuan: unknown, locale: 'zh-CN' | 'en' = 'zh-CN') =>
      AUDIT_CATALOG.render('audit/exited-income-not-above-line', { year: 2020, perCapitaYuan, lineYuan: 4000 } as Evidence, locale);
    expect(render(3999.5)).toBe('已脱贫户 2020 年人均纯收入约 3999.50 元，未高于贫困线 4000 元（错退风险）');
    expect(render(3999.05, 'en')).toContain('about 3999.05 yuan');
    expect(render(4333.33)).toContain('约 4333.33 元');
    expect(render(0.1)).toContain('约 0.10 元');
    expect(render(-12.5)).toContain('约 -12.50 元');
    expect(render(-0.07)).toContain('约 -0.07 元');
    // a figure the rule could not give is shown as it is
    expect(render(null)).toContain('约 null 元');
    expect(render(Number.POSITIVE_INFINITY)).toContain('约 Infinity 元');
  });

  it('lists several members (numbered from 1) or reason codes with the separator of each language, and one as it is', () => {
    expect(AUDIT_CATALOG.render('audit/several-heads', { heads: 1, memberIndexes: 4 }, 'en')).toContain('(members 5)');
    expect(AUDIT_CATALOG.render('audit/several-heads', { heads: 3, memberIndexes: [0, 2, 3] }, 'zh-CN')).toContain('（成员 1、3、4）');
    expect(AUDIT_CATALOG.render('audit/several-heads', { heads: 3, memberIndexes: [0, 2, 3] }, 'en')).toContain('(members 1, 3, 4)');
    const unmet = { check: 'water', checkZh: '饮水安全有保障', reasons: ['water/quantity-ok', 'water/quality-poor'] };
    expect(AUDIT_CATALOG.render('audit/exited-check-unmet', unmet, 'zh-CN')).toBe('已脱贫户的“饮水安全有保障”检查未达标（water/quantity-ok、water/quality-poor），存在错退风险');
    expect(AUDIT_CATALOG.render('audit/exited-check-unmet', unmet, 'en')).toBe('an exited household fails the water check (water/quantity-ok, water/quality-poor): risk of wrongful exit');
    expect(AUDIT_CATALOG.render('audit/exited-check-unmet', { ...unmet, reasons: 'water/quality-poor' }, 'zh-CN')).toContain('（water/quality-poor）');
    expect(AUDIT_CATALOG.render('audit/exited-check-unmet', { ...unmet, reasons: 'water/quality-poor' }, 'en')).toContain('(water/quality-poor)');
    // The reasons in words when given, joined in each language's way; an empty list of words (a
    // finding built by hand) names the codes rather than leave the brackets empty.
    const worded = { ...unmet, reasonsZh: ['甲', '乙'], reasonsEn: ['one', 'two'] };
    expect(AUDIT_CATALOG.render('audit/exited-check-unmet', worded, 'zh-CN')).toBe('已脱贫户的“饮水安全有保障”检查未达标（甲；乙），存在错退风险');
    expect(AUDIT_CATALOG.render('audit/exited-check-unmet', worded, 'en')).toBe('an exited household fails the water check (one; two): risk of wrongful exit');
    const empty = { ...unmet, reasonsZh: [], reasonsEn: [] };
    expect(AUDIT_CATALOG.render('audit/exited-check-unmet', empty, 'zh-CN')).toContain('（water/quantity-ok、water/quality-poor）');
    expect(AUDIT_CATALOG.render('audit/exited-check-unmet', empty, 'en')).toContain('(water/quantity-ok, water/quality-poor)');
  });

  it('words the sex of either reading in Chinese', () => {
    expect(AUDIT_CATALOG.render('audit/sex-mismatch', { member: 0, name: '张*', idNumber: 'x', sex: 'female', idSex: 'male' }, 'zh-CN')).toContain('登记性别为女，身份证号码的顺序码为男');
  });
});

describe('AUDIT_ERRORS', () => {
  it('words the diff errors from their samples, naming the register in each language', () => {
    const rendered = (code: 'diff/duplicate-household' | 'diff/not-sorted') =>
      samplesOf('audit-errors', code).map((e) => [AUDIT_ERRORS.render(code, e, 'zh-CN'), AUDIT_ERRORS.render(code, e, 'en')]);
    expect(rendered('diff/duplicate-household')).toEqual([
      ['户编号 H-****01 在前一期户表中重复', 'household H-****01 appears twice in the earlier register'],
      ['户编号 H-****01 在后一期户表中重复', 'household H-****01 appears twice in the later register'],
    ]);
    expect(rendered('diff/not-sorted')).toEqual([
      ['前一期户表未按户编号排序：H-****01 排在 H-****02 之后', 'the earlier register is not sorted by household id: H-****01 comes after H-****02'],
      ['后一期户表未按户编号排序：H-****01 排在 H-****02 之后', 'the later register is not sorted by household id: H-****01 comes after H-****02'],
    ]);
    expect(AUDIT_ERRORS.render('diff/not-sorted', { which: 'after', household: 'B', previous: 'C' }, 'zh-CN')).toBe('后一期户表未按户编号排序：B 排在 C 之后');
    expect(AUDIT_ERRORS.name).toBe('audit-errors');
  });
});
