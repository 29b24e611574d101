import { memberNumber } from '../reasons/format';
import type { Evidence, MessageCatalog } from '../reasons/types';
import { HOUSING_GUARANTEE_LABELS, RENOVATION_LABELS } from '../register/labels';
import type { HousingGuarantee } from './schema';

// Reason codes of household assessment (一达标两不愁三保障、饮水安全) and return-to-poverty
// monitoring (防止返贫监测), with their messages in every locale. Evidence holds masked personal
// data only (member index, masked name, masked ID number).
// 户评估与防返贫监测的理由代码及中英文消息模板；证据中的个人信息均已脱敏。

type E = Evidence;

const member = (e: E): string => `${memberNumber(e.member)}（${e.name}，${e.idNumber}）`;
const memberEn = (e: E): string => `member ${memberNumber(e.member)} (${e.name}, ${e.idNumber})`;
const knownEn = (v: unknown): string => (v === null || v === undefined ? 'not recorded' : String(v));
// A fact not recorded is said to be unrecorded, never stated as its negation.
const yesNo = (v: unknown): string => (v === true ? '是' : v === false ? '否' : '未记录');
const yesNoEn = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : 'not recorded');
const renovationZh = (v: unknown): string => (typeof v === 'string' ? ((RENOVATION_LABELS as Readonly<Record<string, string>>)[v] ?? v) : '未记录');
const dangerZh = (grade: unknown): string => (grade === null || grade === undefined ? '登记为危房户' : `住房鉴定为 ${grade} 级危房`);
const dangerEn = (grade: unknown): string =>
  grade === null || grade === undefined ? 'the register records the house as dangerous' : `the house is graded ${grade} (dangerous)`;
const guaranteeZh = (v: unknown): string => HOUSING_GUARANTEE_LABELS[v as HousingGuarantee] ?? String(v);
// English counts: `1 person`, `2 persons`; `the 1 member is` / `all 3 members are`.
const personsEn = (n: unknown): string => (n === 1 ? '1 person' : `${n} persons`);
const allEn = (n: unknown, noun: string): string => (n === 1 ? `the 1 ${noun} is` : `all ${n} ${noun}s are`);
const areEn = (n: unknown): string => (n === 1 ? '1 is' : `${n} are`);
// The water fields a convenience verdict may lack, in words (the evidence keeps the field names).
const WATER_FIELD_ZH: Readonly<Record<string, string>> = {
  piped: '是否供水入户',
  fetchMinutes: '往返取水时间',
  horizontalMetres: '取水水平距离',
  verticalMetres: '取水垂直距离',
};
const WATER_FIELD_EN: Readonly<Record<string, string>> = {
  piped: 'piped supply',
  fetchMinutes: 'round-trip fetching time',
  horizontalMetres: 'horizontal distance',
  verticalMetres: 'vertical distance',
};
const fieldsZh = (v: unknown): string => (Array.isArray(v) ? v.map((f) => WATER_FIELD_ZH[String(f)] ?? String(f)).join('、') : String(v));
const fieldsEn = (v: unknown): string => (Array.isArray(v) ? v.map((f) => WATER_FIELD_EN[String(f)] ?? String(f)).join(', ') : String(v));
const ratio = (v: unknown): string => (Array.isArray(v) ? `${v[0]}/${v[1]}` : String(v));

/**
 * Yuan for display: whole yuan as they are, otherwise with two decimals. Printed from integer
 * fen, which is several times faster than printing a fractional double (the hot path renders a
 * few amounts per household).
 */
function yuan(v: unknown): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return `${v}`;
  const fen = Math.round(Math.abs(v) * 100);
  const cents = fen % 100;
  return `${v < 0 ? '-' : ''}${(fen - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

/**
 * Reason codes and message templates of `assessHousehold` and `monitoringFlags`, namespaced by
 * check: `income/…`, `food/…`, `clothing/…`, `education/…`, `medical/…`, `housing/…`,
 * `water/…`, `monitoring/…`. Codes are stable; the wording may improve.
 * 户评估与防返贫监测的理由代码及中英文消息模板（代码稳定，措辞可改进）。
 *
 * @example
 * HOUSEHOLD_MESSAGES['food/missing'].en({}) //=> 'no finding on food recorded at the household visit'
 */
export const HOUSEHOLD_MESSAGES = {
  // 一达标 income
  'income/above-line': {
    'zh-CN': (e) =>
      `${e.year} 年家庭净收入 ${yuan(e.netIncomeYuan)} 元，${e.members} 人，人均约 ${yuan(e.perCapitaYuan)} 元，高于当年贫困线 ${yuan(e.lineYuan)} 元`,
    en: (e) =>
      `net income for ${e.year} of ${yuan(e.netIncomeYuan)} yuan for ${personsEn(e.members)} (about ${yuan(e.perCapitaYuan)} yuan each) is above that year's poverty line of ${yuan(e.lineYuan)} yuan`,
  },
  'income/not-above-line': {
    'zh-CN': (e) =>
      `${e.year} 年家庭净收入 ${yuan(e.netIncomeYuan)} 元，${e.members} 人，人均约 ${yuan(e.perCapitaYuan)} 元，未高于当年贫困线 ${yuan(e.lineYuan)} 元`,
    en: (e) =>
      `net income for ${e.year} of ${yuan(e.netIncomeYuan)} yuan for ${personsEn(e.members)} (about ${yuan(e.perCapitaYuan)} yuan each) is not above that year's poverty line of ${yuan(e.lineYuan)} yuan`,
  },
  'income/per-capita-above-line': {
    'zh-CN': (e) => `${e.year} 年登记人均纯收入 ${yuan(e.perCapitaYuan)} 元（按人均纯收入判定，${e.members} 人），高于当年贫困线 ${yuan(e.lineYuan)} 元`,
    en: (e) =>
      `the registered per-capita net income for ${e.year} of ${yuan(e.perCapitaYuan)} yuan (decided by the per-capita figure, ${personsEn(e.members)}) is above that year's poverty line of ${yuan(e.lineYuan)} yuan`,
  },
  'income/per-capita-not-above-line': {
    'zh-CN': (e) => `${e.year} 年登记人均纯收入 ${yuan(e.perCapitaYuan)} 元（按人均纯收入判定，${e.members} 人），未高于当年贫困线 ${yuan(e.lineYuan)} 元`,
    en: (e) =>
      `the registered per-capita net income for ${e.year} of ${yuan(e.perCapitaYuan)} yuan (decided by the per-capita figure, ${personsEn(e.members)}) is not above that year's poverty line of ${yuan(e.lineYuan)} yuan`,
  },
  'income/per-capita-disagrees': {
    'zh-CN': (e) =>
      `${e.year} 年登记人均纯收入 ${yuan(e.perCapitaYuan)} 元与收入分项折算的人均约 ${yuan(e.componentsPerCapitaYuan)} 元（${e.members} 人）相差超过 1 分，按收入分项判定`,
    en: (e) =>
      `the registered per-capita income for ${e.year} of ${yuan(e.perCapitaYuan)} yuan differs by more than a fen from the components' figure of about ${yuan(e.componentsPerCapitaYuan)} yuan (${personsEn(e.members)}): decided by the components`,
  },
  'income/no-line': {
    'zh-CN': (e) => `政策表中没有 ${e.year} 年的贫困线，无法判定收入是否达标`,
    en: (e) => `the policy has no poverty line for ${e.year}: income cannot be judged`,
  },
  'income/missing': {
    'zh-CN': () => '未记录家庭收入',
    en: () => 'no household income recorded',
  },

  // 两不愁 food and clothing
  'food/secure': {
    'zh-CN': () => '入户核实：不愁吃',
    en: () => 'food recorded as assured at the household visit',
  },
  'food/insecure': {
    'zh-CN': () => '入户核实：吃饭未有保障',
    en: () => 'food recorded as not assured at the household visit',
  },
  'food/missing': {
    'zh-CN': () => '未记录入户核实的吃饭情况',
    en: () => 'no finding on food recorded at the household visit',
  },
  'clothing/secure': {
    'zh-CN': () => '入户核实：不愁穿',
    en: () => 'clothing recorded as assured at the household visit',
  },
  'clothing/insecure': {
    'zh-CN': () => '入户核实：穿衣未有保障',
    en: () => 'clothing recorded as not assured at the household visit',
  },
  'clothing/missing': {
    'zh-CN': () => '未记录入户核实的穿衣情况',
    en: () => 'no finding on clothing recorded at the household visit',
  },

  // 义务教育有保障 education
  'education/no-child-in-range': {
    'zh-CN': (e) => `没有义务教育年龄（${e.min}–${e.max} 岁）的成员`,
    en: (e) => `no member is of compulsory-education age (${e.min}–${e.max})`,
  },
  'education/all-in-school': {
    'zh-CN': (e) => `${e.children} 名义务教育年龄（${e.min}–${e.max} 岁）成员均在校、送教上门、免学缓学或已毕业`,
    en: (e) =>
      `${e.children === 1 ? 'the 1 member' : `all ${e.children} members`} of compulsory-education age (${e.min}–${e.max}) ${e.children === 1 ? 'is' : 'are'} enrolled, taught at home, exempted or graduated`,
  },
  'education/dropped-out': {
    'zh-CN': (e) => `成员 ${member(e)} ${e.age} 岁，处于义务教育年龄（${e.min}–${e.max} 岁），已辍学`,
    en: (e) => `${memberEn(e)}, aged ${e.age}, is of compulsory-education age (${e.min}–${e.max}) and has dropped out`,
  },
  'education/schooling-missing': {
    'zh-CN': (e) => `成员 ${member(e)} ${e.age} 岁，处于义务教育年龄（${e.min}–${e.max} 岁），未记录就学状况`,
    en: (e) => `${memberEn(e)}, aged ${e.age}, is of compulsory-education age (${e.min}–${e.max}) and has no schooling recorded`,
  },
  'education/not-a-student': {
    'zh-CN': (e) => `成员 ${member(e)} ${e.age} 岁，处于义务教育年龄（${e.min}–${e.max} 岁），登记为非在校生，未记录是否送教上门或免学缓学，需核实`,
    en: (e) =>
      `${memberEn(e)}, aged ${e.age}, is of compulsory-education age (${e.min}–${e.max}) and registered as not a student, with no home teaching or exemption recorded: check the record`,
  },
  'education/schooling-not-applicable': {
    'zh-CN': (e) => `成员 ${member(e)} ${e.age} 岁，处于义务教育年龄（${e.min}–${e.max} 岁），就学状况却记为“不适用”，需核实`,
    en: (e) =>
      `${memberEn(e)}, aged ${e.age}, is of compulsory-education age (${e.min}–${e.max}) but schooling is recorded as not applicable: check the record`,
  },
  'education/age-unknown': {
    'zh-CN': (e) => `成员 ${member(e)} 无出生日期，身份证号码中的出生日期也无法读取，无法判断是否处于义务教育年龄`,
    en: (e) => `${memberEn(e)} has no birth date and none can be read from the ID number: compulsory-education age unknown`,
  },
  'education/no-age-range': {
    'zh-CN': (e) => `${e.asOf} 没有生效的义务教育年龄参数`,
    en: (e) => `the policy has no compulsory-education age range in force on ${e.asOf}`,
  },

  // 基本医疗有保障 medical
  'medical/all-insured': {
    'zh-CN': (e) => `全部 ${e.members} 名成员均参加基本医疗保险`,
    en: (e) => `${allEn(e.members, 'member')} enrolled in basic medical insurance`,
  },
  'medical/all-insured-with-critical': {
    'zh-CN': (e) => `全部 ${e.members} 名成员均参加基本医疗保险，其中 ${e.critical} 名记录参加大病保险，无成员记录未参加大病保险`,
    en: (e) =>
      `${allEn(e.members, 'member')} enrolled in basic medical insurance; ${areEn(e.critical)} recorded in critical-illness insurance and none as not enrolled in it`,
  },
  'medical/none-recorded-uninsured': {
    'zh-CN': (e) =>
      `${e.members} 名成员中 ${e.insured} 名记录参加基本医疗保险、${e.critical} 名记录参加大病保险，无成员记录未参加现行政策要求的保险`,
    en: (e) =>
      `of ${e.members} member${e.members === 1 ? '' : 's'}, ${areEn(e.insured)} recorded in basic medical insurance and ${e.critical} in critical-illness insurance; none is recorded as not enrolled in an insurance the policy in force requires`,
  },
  'medical/no-critical-illness-insurance': {
    'zh-CN': (e) => `成员 ${member(e)} 未参加大病保险`,
    en: (e) => `${memberEn(e)} is not enrolled in critical-illness insurance`,
  },
  'medical/critical-illness-insurance-missing': {
    'zh-CN': (e) => `成员 ${member(e)} 未记录是否参加大病保险（现行政策要求参加）`,
    en: (e) => `${memberEn(e)} has no critical-illness insurance enrolment recorded, which the policy in force requires`,
  },
  'medical/nothing-required': {
    'zh-CN': (e) => `${e.asOf} 生效的政策不要求参保项目`,
    en: (e) => `the policy in force on ${e.asOf} requires no insurance`,
  },
  'medical/no-items': {
    'zh-CN': (e) => `${e.asOf} 没有生效的基本医疗参保项目参数`,
    en: (e) => `the policy has no medical insurance items in force on ${e.asOf}`,
  },
  'medical/uninsured': {
    'zh-CN': (e) => `成员 ${member(e)} 未参加基本医疗保险`,
    en: (e) => `${memberEn(e)} is not enrolled in basic medical insurance`,
  },
  'medical/insurance-missing': {
    'zh-CN': (e) => `成员 ${member(e)} 未记录是否参加基本医疗保险`,
    en: (e) => `${memberEn(e)} has no medical-insurance enrolment recorded`,
  },

  // 住房安全有保障 housing
  'housing/safe-grade': {
    'zh-CN': (e) => `住房鉴定为 ${e.grade} 级（安全或基本安全）`,
    en: (e) => `the house is graded ${e.grade} (safe or basically safe)`,
  },
  'housing/renovation-accepted': {
    'zh-CN': (e) => `${dangerZh(e.grade)}，危房改造已竣工验收`,
    en: (e) => `${dangerEn(e.grade)} and its renovation has been completed and accepted`,
  },
  'housing/lives-in-safe-housing': {
    'zh-CN': (e) => `${dangerZh(e.grade)}，但家庭已住进其他安全住房`,
    en: (e) => `${dangerEn(e.grade)} but the household lives in other safe housing`,
  },
  'housing/dangerous': {
    'zh-CN': (e) =>
      `住房鉴定为 ${e.grade} 级危房，危房改造：${renovationZh(e.renovation)}，是否已住进其他安全住房：${yesNo(e.livesInSafeHousing)}`,
    en: (e) =>
      `the house is graded ${e.grade} (dangerous); renovation: ${knownEn(e.renovation)}; lives in other safe housing: ${yesNoEn(e.livesInSafeHousing)}`,
  },
  'housing/register-not-dangerous': {
    'zh-CN': () => '登记为非危房户（是否危房户：否）',
    en: () => 'the register records the house as not dangerous',
  },
  'housing/register-dangerous': {
    'zh-CN': (e) =>
      `登记为危房户，未记录危房级别，危房改造状态：${renovationZh(e.renovation)}，未住进其他安全住房（是否已住进其他安全住房：${yesNo(e.livesInSafeHousing)}）`,
    en: (e) =>
      `the register records the house as dangerous (grade not recorded); renovation: ${knownEn(e.renovation)}; not living in other safe housing (recorded: ${yesNoEn(e.livesInSafeHousing)})`,
  },
  'housing/appraised-safe': {
    'zh-CN': () => '住房安全保障途径：鉴定安全',
    en: () => 'housing safe by appraisal',
  },
  'housing/renovated-safe': {
    'zh-CN': (e) =>
      `${e.grade === null ? '' : `住房鉴定为 ${e.grade} 级，`}住房安全保障途径：改造安全${e.relocated === true ? '（易地扶贫搬迁）' : ''}`,
    en: (e) =>
      `${e.grade === null ? '' : `the house is graded ${e.grade}; `}housing safe by renovation${e.relocated === true ? ', relocated under poverty-alleviation relocation' : ''}`,
  },
  'housing/guaranteed-safe': {
    'zh-CN': (e) =>
      `${e.noHouse === true ? '无房户，' : e.grade === null ? '' : `住房鉴定为 ${e.grade} 级，`}住房安全保障途径：保障安全${e.guarantee === null ? '' : `（${guaranteeZh(e.guarantee)}）`}`,
    en: (e) =>
      `${e.noHouse === true ? 'no house of its own; ' : e.grade === null ? '' : `the house is graded ${e.grade}; `}housing safe by guarantee${e.guarantee === null ? '' : `: ${String(e.guarantee)}`}`,
  },
  'housing/no-house-route-missing': {
    'zh-CN': () => '无房户，未记录改造安全或保障安全途径，无法判断住房是否安全',
    en: () => 'no house of its own, and neither renovation nor a guarantee route is recorded: housing safety unknown',
  },
  'housing/no-house-appraised': {
    'zh-CN': () => '无房户不能通过鉴定安全保障住房，记录前后矛盾，需核实',
    en: () => 'a household with no house cannot be safe by appraisal: the record contradicts itself, check it',
  },
  'housing/missing': {
    'zh-CN': () => '未记录住房安全鉴定等级',
    en: () => 'no housing safety grade recorded',
  },

  // 饮水安全有保障 water (T/CHES 18-2018)
  'water/missing': {
    'zh-CN': () => '未记录饮水情况',
    en: () => 'no drinking-water findings recorded',
  },
  'water/summary-safe': {
    'zh-CN': () => '未记录四项饮水指标，按登记的入户核实结论判定：饮水安全',
    en: () => 'none of the four water indicators is recorded; decided by the register finding: drinking water safe',
  },
  'water/summary-unsafe': {
    'zh-CN': (e) => `未记录四项饮水指标，按登记的入户核实结论判定：饮水不安全${e.difficult === true ? '，且饮水困难' : ''}`,
    en: (e) =>
      `none of the four water indicators is recorded; decided by the register finding: drinking water not safe${e.difficult === true ? ', and difficult' : ''}`,
  },
  'water/summary-difficult': {
    'zh-CN': (e) => `未记录四项饮水指标，按登记的入户核实结论判定：饮水困难（饮水是否安全：${e.safe === null ? '未记录' : e.safe === true ? '是' : '否'}）`,
    en: (e) =>
      `none of the four water indicators is recorded; decided by the register finding: drinking water difficult (safe: ${e.safe === null ? 'not recorded' : e.safe === true ? 'yes' : 'no'})`,
  },
  'water/summary-incomplete': {
    'zh-CN': () => '未记录四项饮水指标；登记结论仅有饮水不困难，未记录饮水是否安全',
    en: () => 'none of the four water indicators is recorded, and the register records only that water is not difficult, not whether it is safe',
  },
  'water/not-required': {
    'zh-CN': (e) => `饮水安全自 ${e.from} 起纳入检查，${e.asOf} 无须检查`,
    en: (e) => `safe drinking water is part of the test from ${e.from}: not required on ${e.asOf}`,
  },
  'water/no-thresholds': {
    'zh-CN': (e) => `${e.asOf} 没有生效的饮水安全评价阈值`,
    en: (e) => `the policy has no drinking-water thresholds in force on ${e.asOf}`,
  },
  'water/quantity-ok': {
    'zh-CN': (e) => `水量 ${e.litres} 升/人·日，不低于 ${e.min} 升${e.waterShortArea === true ? '（缺水地区）' : ''}`,
    en: (e) => `water quantity of ${e.litres} L per person per day meets the minimum of ${e.min} L${e.waterShortArea === true ? ' (water-short area)' : ''}`,
  },
  'water/quantity-low': {
    'zh-CN': (e) => `水量 ${e.litres} 升/人·日，低于 ${e.min} 升${e.waterShortArea === true ? '（缺水地区）' : ''}`,
    en: (e) => `water quantity of ${e.litres} L per person per day is below the minimum of ${e.min} L${e.waterShortArea === true ? ' (water-short area)' : ''}`,
  },
  'water/quantity-area-unknown': {
    'zh-CN': (e) => `水量 ${e.litres} 升/人·日，达到缺水地区标准 ${e.minWaterShort} 升但低于 ${e.min} 升，未记录是否缺水地区`,
    en: (e) =>
      `water quantity of ${e.litres} L per person per day meets the water-short-area minimum of ${e.minWaterShort} L but not ${e.min} L, and whether this is a water-short area is not recorded`,
  },
  'water/quantity-missing': {
    'zh-CN': () => '未记录水量',
    en: () => 'no water quantity recorded',
  },
  'water/convenience-piped': {
    'zh-CN': () => '供水入户',
    en: () => 'water is piped to the home',
  },
  'water/convenience-fetch-time': {
    'zh-CN': (e) => `取水往返 ${e.value} 分钟，不超过 ${e.max} 分钟`,
    en: (e) => `a round trip to fetch water takes ${e.value} minutes, within ${e.max}`,
  },
  'water/convenience-horizontal': {
    'zh-CN': (e) => `取水水平距离 ${e.value} 米，不超过 ${e.max} 米`,
    en: (e) => `the water source is ${e.value} m away horizontally, within ${e.max} m`,
  },
  'water/convenience-vertical': {
    'zh-CN': (e) => `取水垂直距离 ${e.value} 米，不超过 ${e.max} 米`,
    en: (e) => `the water source is ${e.value} m away vertically, within ${e.max} m`,
  },
  'water/convenience-poor': {
    'zh-CN': (e) =>
      `取水不方便：未入户，往返 ${e.fetchMinutes} 分钟（上限 ${e.maxFetchMinutes}），水平距离 ${e.horizontalMetres} 米（上限 ${e.maxHorizontalMetres}），垂直距离 ${e.verticalMetres} 米（上限 ${e.maxVerticalMetres}）`,
    en: (e) =>
      `fetching water is not convenient: not piped, ${e.fetchMinutes} minutes round trip (max ${e.maxFetchMinutes}), ${e.horizontalMetres} m horizontally (max ${e.maxHorizontalMetres}), ${e.verticalMetres} m vertically (max ${e.maxVerticalMetres})`,
  },
  'water/convenience-unknown': {
    'zh-CN': (e) =>
      Array.isArray(e.missing) && e.missing.length === 4
        ? '未记录供水入户及取水时间、距离'
        : `已记录的取水方式均不达标，未记录：${fieldsZh(e.missing)}`,
    en: (e) =>
      Array.isArray(e.missing) && e.missing.length === 4
        ? 'neither piped supply nor fetching time or distance is recorded'
        : `no recorded way of fetching water meets the standard, and these are not recorded: ${fieldsEn(e.missing)}`,
  },
  'water/reliability-ok': {
    'zh-CN': (e) => `年供水中断或不足 ${e.days} 天，不超过 ${e.max} 天`,
    en: (e) => `supply was interrupted or short on ${e.days} days a year, within ${e.max}`,
  },
  'water/interruptions-high': {
    'zh-CN': (e) => `年供水中断或不足 ${e.days} 天，超过 ${e.max} 天`,
    en: (e) => `supply was interrupted or short on ${e.days} days a year, more than ${e.max}`,
  },
  'water/reliability-missing': {
    'zh-CN': () => '未记录年供水中断天数',
    en: () => 'no days of interrupted supply recorded',
  },
  'water/quality-ok': {
    'zh-CN': () => '水质达标',
    en: () => 'water quality meets the standard',
  },
  'water/quality-poor': {
    'zh-CN': () => '水质不达标',
    en: () => 'water quality does not meet the standard',
  },
  'water/quality-missing': {
    'zh-CN': () => '未记录水质检测结果',
    en: () => 'no water quality finding recorded',
  },

  // 防止返贫监测 monitoring
  'monitoring/no-thresholds': {
    'zh-CN': (e) => `${e.asOf} 没有生效的防返贫监测参数`,
    en: (e) => `the policy has no monitoring thresholds in force on ${e.asOf}`,
  },
  'monitoring/income-missing': {
    'zh-CN': () => '未记录家庭收入，无法判断是否低于监测线',
    en: () => 'no household income recorded: the monitoring line cannot be checked',
  },
  'monitoring/no-line': {
    'zh-CN': (e) => `政策表中没有 ${e.year} 年的贫困线，无法计算监测线`,
    en: (e) => `the policy has no poverty line for ${e.year}: the monitoring line cannot be computed`,
  },
  'monitoring/low-income': {
    'zh-CN': (e) =>
      `${e.year} 年人均净收入约 ${yuan(e.perCapitaYuan)} 元，低于监测线约 ${yuan(e.monitoringLineYuan)} 元（贫困线 ${yuan(e.lineYuan)} 元的 ${ratio(e.incomeMultiple)} 倍）`,
    en: (e) =>
      `per-capita net income for ${e.year} of about ${yuan(e.perCapitaYuan)} yuan is below the monitoring line of about ${yuan(e.monitoringLineYuan)} yuan (${ratio(e.incomeMultiple)} × the poverty line of ${yuan(e.lineYuan)} yuan)`,
  },
  'monitoring/income-not-low': {
    'zh-CN': (e) =>
      `${e.year} 年人均净收入约 ${yuan(e.perCapitaYuan)} 元，不低于监测线约 ${yuan(e.monitoringLineYuan)} 元（贫困线 ${yuan(e.lineYuan)} 元的 ${ratio(e.incomeMultiple)} 倍）`,
    en: (e) =>
      `per-capita net income for ${e.year} of about ${yuan(e.perCapitaYuan)} yuan is not below the monitoring line of about ${yuan(e.monitoringLineYuan)} yuan (${ratio(e.incomeMultiple)} × the poverty line of ${yuan(e.lineYuan)} yuan)`,
  },
  'monitoring/sharp-drop': {
    'zh-CN': (e) =>
      `家庭净收入由 ${e.previousYear} 年的 ${yuan(e.previousNetIncomeYuan)} 元降至 ${e.year} 年的 ${yuan(e.netIncomeYuan)} 元，降幅不低于 ${ratio(e.incomeDropShare)}`,
    en: (e) =>
      `net income fell from ${yuan(e.previousNetIncomeYuan)} yuan in ${e.previousYear} to ${yuan(e.netIncomeYuan)} yuan in ${e.year}, a drop of at least ${ratio(e.incomeDropShare)}`,
  },
  'monitoring/no-sharp-drop': {
    'zh-CN': (e) =>
      `家庭净收入由 ${e.previousYear} 年的 ${yuan(e.previousNetIncomeYuan)} 元变为 ${e.year} 年的 ${yuan(e.netIncomeYuan)} 元，降幅低于 ${ratio(e.incomeDropShare)}`,
    en: (e) =>
      `net income went from ${yuan(e.previousNetIncomeYuan)} yuan in ${e.previousYear} to ${yuan(e.netIncomeYuan)} yuan in ${e.year}, a drop of less than ${ratio(e.incomeDropShare)}`,
  },
  'monitoring/drop-threshold-unset': {
    'zh-CN': () => '政策未设定收入骤降比例（无默认值），未检查收入骤降',
    en: () => 'the policy sets no income-drop share (it has no default): the sharp-drop check was not made',
  },
  'monitoring/drop-not-checked': {
    'zh-CN': () => '未提供上一年度收入，未检查收入骤降',
    en: () => 'no previous income given: the sharp-drop check was not made',
  },
  'monitoring/previous-income-not-earlier': {
    'zh-CN': (e) => `上一期收入年度 ${e.previousYear} 不早于本期收入年度 ${e.year}，无法判断收入骤降`,
    en: (e) => `the previous income year ${e.previousYear} is not before the income year ${e.year}: no drop can be judged`,
  },
  'monitoring/previous-income-not-positive': {
    'zh-CN': (e) => `${e.previousYear} 年家庭净收入为 ${yuan(e.previousNetIncomeYuan)} 元，不为正，不存在收入骤降`,
    en: (e) => `net income in ${e.previousYear} was ${yuan(e.previousNetIncomeYuan)} yuan, not positive: there is no drop to measure`,
  },
} as const satisfies MessageCatalog;

/** A reason code of household assessment or monitoring. 户评估与监测的理由代码。 */
export type HouseholdReasonCode = keyof typeof HOUSEHOLD_MESSAGES;
