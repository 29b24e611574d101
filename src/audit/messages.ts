import { memberNumber } from '../reasons/format';
import type { Evidence, MessageCatalog } from '../reasons/types';

// Finding codes of the register audit (数据核查) with their messages in every locale. Evidence
// holds masked personal data only (member index, masked name, masked ID number, masked ids).
// 户表核查的发现代码及中英文消息模板；证据中的个人信息均已脱敏。

type E = Evidence;

const member = (e: E): string => `成员 ${memberNumber(e.member)}（${e.name}，${e.idNumber}）`;
const memberEn = (e: E): string => `member ${memberNumber(e.member)} (${e.name}, ${e.idNumber})`;
// The other household's row in the file, when the command read one (`tuopin audit` adds `otherRow`).
const otherRow = (e: E): string => (typeof e.otherRow === 'number' ? `（第 ${e.otherRow} 行）` : '');
const otherRowEn = (e: E): string => (typeof e.otherRow === 'number' ? ` (row ${e.otherRow})` : '');
const list = (v: unknown): string => (Array.isArray(v) ? v.join('、') : String(v));
const listEn = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));
// Member indexes, numbered from 1 as messages number members.
const members = (v: unknown, separator: string): string => (Array.isArray(v) ? v.map(memberNumber).join(separator) : memberNumber(v));

/**
 * The household check's own reasons in words in one locale (`reasonsZh` or `reasonsEn`, rendered
 * by the household catalog when the finding is made); evidence without them (a finding built by
 * hand) falls back to the list of codes.
 */
function checkReasons(e: E, locale: 'zh-CN' | 'en'): string {
  const texts = locale === 'en' ? e.reasonsEn : e.reasonsZh;
  if (Array.isArray(texts) && texts.length > 0) return texts.join(locale === 'en' ? '; ' : '；');
  return locale === 'en' ? listEn(e.reasons) : list(e.reasons);
}

/** Yuan for display from a number that is already whole fen / 100. */
function yuan(v: unknown): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return `${v}`;
  const fen = Math.round(Math.abs(v) * 100);
  const cents = fen % 100;
  return `${v < 0 ? '-' : ''}${(fen - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

/** 岳父、岳母、公公、婆婆 by relation, for `audit/parent-in-law-too-young`. */
const PARENT_IN_LAW_ZH: Readonly<Record<string, string>> = {
  'wifes-father': '岳父',
  'wifes-mother': '岳母',
  'husbands-father': '公公',
  'husbands-mother': '婆婆',
};

/** The same in English. */
const PARENT_IN_LAW_EN: Readonly<Record<string, string>> = {
  'wifes-father': "the father of the head's wife",
  'wifes-mother': "the mother of the head's wife",
  'husbands-father': "the father of the head's husband",
  'husbands-mother': "the mother of the head's husband",
};

/**
 * Finding codes and message templates of `auditRegister`, all under `audit/`. Codes are stable;
 * the wording may improve.
 * 户表核查的发现代码及中英文消息模板（代码稳定，措辞可改进）。
 *
 * @example
 * AUDIT_MESSAGES['audit/no-head'].en({ members: 3 }) //=> 'none of the 3 members is recorded as the head of household'
 */
export const AUDIT_MESSAGES = {
  // 一人多户、一号多户 across the register
  'audit/person-in-two-households': {
    'zh-CN': (e) =>
      `${member(e)}已登记在第 ${Number(e.otherIndex) + 1} 条记录${otherRow(e)}的户中（一人多户${e.upgraded === true ? '，15 位号码升位后相同' : ''}）`,
    en: (e) =>
      `${memberEn(e)} is already registered in the household of record ${Number(e.otherIndex) + 1}${otherRowEn(e)} (one person in two households${e.upgraded === true ? ', the same once the 15-digit number is upgraded' : ''})`,
  },
  'audit/member-listed-twice': {
    'zh-CN': (e) => `${member(e)}在本户中登记了两次`,
    en: (e) => `${memberEn(e)} is listed twice in this household`,
  },
  'audit/household-id-reused': {
    'zh-CN': (e) => `户编号 ${e.householdId} 已被第 ${Number(e.otherIndex) + 1} 条记录${otherRow(e)}的户使用（一号多户）`,
    en: (e) => `household id ${e.householdId} is already used by the household of record ${Number(e.otherIndex) + 1}${otherRowEn(e)}`,
  },

  // 户主与家庭关系 the head and relations
  'audit/no-head': {
    'zh-CN': (e) => `${e.members} 名成员中没有户主`,
    en: (e) => `none of the ${e.members} members is recorded as the head of household`,
  },
  'audit/several-heads': {
    'zh-CN': (e) => `${e.heads} 名成员登记为户主（成员 ${members(e.memberIndexes, '、')}），应当只有一名`,
    en: (e) => `${e.heads} members are recorded as head of household (members ${members(e.memberIndexes, ', ')}); there must be exactly one`,
  },
  'audit/child-too-old': {
    'zh-CN': (e) => `${member(e)}为户主的子女，但出生时户主仅 ${e.gap} 岁（不足 ${e.min} 岁）`,
    en: (e) => `${memberEn(e)} is a child of the head, but the head was ${e.gap} at the birth (under ${e.min})`,
  },
  'audit/grandchild-too-old': {
    'zh-CN': (e) => `${member(e)}为户主的孙辈，但出生时户主仅 ${e.gap} 岁（不足 ${e.min} 岁）`,
    en: (e) => `${memberEn(e)} is a grandchild of the head, but the head was ${e.gap} at the birth (under ${e.min})`,
  },
  'audit/parent-too-young': {
    'zh-CN': (e) => `${member(e)}为户主的父母，但户主出生时其仅 ${e.gap} 岁（不足 ${e.min} 岁）`,
    en: (e) => `${memberEn(e)} is a parent of the head, but was ${e.gap} at the head's birth (under ${e.min})`,
  },
  'audit/parent-in-law-too-young': {
    'zh-CN': (e) => `${member(e)}为户主的${PARENT_IN_LAW_ZH[String(e.relation)] ?? e.relation}，但配偶出生时其仅 ${e.gap} 岁（不足 ${e.min} 岁）`,
    en: (e) => `${memberEn(e)} is ${PARENT_IN_LAW_EN[String(e.relation)] ?? `a parent of the head's spouse (${e.relation})`}, but was ${e.gap} at the spouse's birth (under ${e.min})`,
  },
  'audit/spouse-too-young': {
    'zh-CN': (e) => `${member(e)}为户主的配偶，${e.asOf} 时仅 ${e.age} 岁（不足 ${e.min} 岁）`,
    en: (e) => `${memberEn(e)} is the head's spouse but is ${e.age} on ${e.asOf} (under ${e.min})`,
  },

  // 成员信息 member records
  'audit/age-over-limit': {
    'zh-CN': (e) => `${member(e)}${e.asOf} 时 ${e.age} 岁，超过 ${e.max} 岁，需核实`,
    en: (e) => `${memberEn(e)} is ${e.age} on ${e.asOf}, over ${e.max}: check the record`,
  },
  'audit/born-after-as-of': {
    'zh-CN': (e) => `${member(e)}的出生日期 ${e.birthDate} 晚于核查日期 ${e.asOf}`,
    en: (e) => `${memberEn(e)} has a birth date of ${e.birthDate}, after the audit date ${e.asOf}`,
  },
  'audit/birth-date-mismatch': {
    'zh-CN': (e) => `${member(e)}的出生日期 ${e.birthDate} 与身份证号码中的 ${e.idBirthDate} 不一致`,
    en: (e) => `${memberEn(e)} has a birth date of ${e.birthDate}, but the ID number gives ${e.idBirthDate}`,
  },
  'audit/sex-mismatch': {
    'zh-CN': (e) => `${member(e)}登记性别为${e.sex === 'male' ? '男' : '女'}，身份证号码的顺序码为${e.idSex === 'male' ? '男' : '女'}`,
    en: (e) => `${memberEn(e)} is recorded as ${e.sex}, but the ID number's sequence gives ${e.idSex}`,
  },
  'audit/disability-grade-missing': {
    'zh-CN': (e) => `${member(e)}健康状况为残疾，未登记残疾等级`,
    en: (e) => `${memberEn(e)} is recorded as disabled with no disability grade`,
  },
  'audit/schooling-missing': {
    'zh-CN': (e) => `${member(e)}${e.age} 岁，处于义务教育年龄（${e.min}–${e.max} 岁），未登记在校生状况`,
    en: (e) => `${memberEn(e)}, aged ${e.age}, is of compulsory-education age (${e.min}–${e.max}) and has no schooling status recorded`,
  },

  'audit/household-size-mismatch': {
    'zh-CN': (e) => `家庭人口数登记为 ${e.householdSize} 人，成员名单为 ${e.members} 人`,
    en: (e) => `the household size is recorded as ${e.householdSize}, but ${e.members} members are listed`,
  },

  // 逻辑矛盾 contradictions of the data-cleaning rules
  'audit/exited-income-not-above-line': {
    'zh-CN': (e) =>
      `已脱贫户 ${e.year} 年人均纯收入约 ${yuan(e.perCapitaYuan)} 元，未高于贫困线 ${yuan(e.lineYuan)} 元（错退风险）`,
    en: (e) =>
      `an exited household with a per-capita net income for ${e.year} of about ${yuan(e.perCapitaYuan)} yuan, not above the line of ${yuan(e.lineYuan)} yuan (risk of wrongful exit)`,
  },
  'audit/exited-check-unmet': {
    'zh-CN': (e) => `已脱贫户的“${e.checkZh}”检查未达标（${checkReasons(e, 'zh-CN')}），存在错退风险`,
    en: (e) => `an exited household fails the ${e.check} check (${checkReasons(e, 'en')}): risk of wrongful exit`,
  },
  'audit/dibao-without-recipient': {
    'zh-CN': (e) => `贫困户属性为${e.attributeZh}，但 ${e.members} 名成员均登记为未享受低保`,
    en: (e) => `the household is recorded as ${e.attribute}, but all ${e.members} members are recorded as not receiving dibao`,
  },
  'audit/illness-cause-without-ill-member': {
    'zh-CN': (e) => `主要致贫原因为因病，但 ${e.members} 名成员的健康状况均无长期慢性病或大病`,
    en: (e) => `the main cause of poverty is illness, but none of the ${e.members} members is recorded with a chronic or serious illness`,
  },
  'audit/disability-cause-without-disabled-member': {
    'zh-CN': (e) => `主要致贫原因为因残，但 ${e.members} 名成员的健康状况均不是残疾`,
    en: (e) => `the main cause of poverty is disability, but none of the ${e.members} members is recorded as disabled`,
  },
  'audit/attribute-status-mismatch': {
    'zh-CN': (e) => `贫困户属性为${e.attributeZh}，与户状态（${e.statusZh}）不符`,
    en: (e) => `the household is recorded as ${e.attribute}, which contradicts its status (${e.status})`,
  },
} as const satisfies MessageCatalog;

/** A finding code of the register audit. 户表核查发现代码。 */
export type AuditCode = keyof typeof AUDIT_MESSAGES;

/** Every audit code, in catalog order. 全部核查代码。 */
export const AUDIT_CODES = Object.freeze(Object.keys(AUDIT_MESSAGES)) as readonly AuditCode[];
