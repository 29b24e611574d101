import { DEFAULT_MONITORING_RULE, type Policy, type PovertyLine } from './schema';

const OUTLINE = '《中国农村扶贫开发纲要（2011—2020年）》: 2,300 yuan at 2010 prices, yearly current-price figures';
const YEARBOOK = 'provincial statistical yearbook table of the national rural poverty line (current prices)';

function line(year: number, yuan: number, confirmed: boolean, source: string, note?: string): PovertyLine {
  const basis = year <= 2013 ? 'net-income' : 'disposable-income';
  return note === undefined ? { year, yuan, basis, source, confirmed } : { year, yuan, basis, source, confirmed, note };
}

/**
 * The figures of docs/domain.md, each with its source and whether it is confirmed. Unconfirmed figures
 * (`confirmed: false`) are documented defaults that a caller should check and may override with
 * {@link definePolicy}; the income-drop share of monitoring has no default at all.
 * 默认政策参数（docs/domain.md 中的数字），每项注明出处及是否已核实。
 */
export const defaultPolicy: Policy = deepFreeze({
  name: 'national',
  povertyLines: [
    line(2011, 2536, true, YEARBOOK),
    line(2012, 2625, true, YEARBOOK),
    line(2013, 2736, true, YEARBOOK),
    line(2014, 2800, true, YEARBOOK),
    line(2015, 2855, true, YEARBOOK),
    line(2016, 2952, true, YEARBOOK),
    line(2017, 2952, false, OUTLINE, 'unconfirmed: same as 2016 in the secondary sources seen'),
    line(2018, 2995, false, OUTLINE, 'unconfirmed'),
    line(2019, 3218, false, 'secondary sources citing the National Bureau of Statistics', 'unconfirmed: weak secondary sources only, not checked against an NBS table'),
    line(2020, 4000, false, OUTLINE, 'commonly cited as "about 4,000"; unconfirmed as an official figure'),
  ],
  educationAge: [
    {
      from: '2011-01-01',
      value: { min: 6, max: 15 },
      source: '控辍保学 local rules (compulsory education, ages 6–15 in most); later wording 6–16',
      confirmed: false,
      note: 'age range varies by local rule: override with definePolicy',
    },
  ],
  water: [
    {
      // 饮水安全 is checked with 三保障 from 2019 (docs/domain.md); before this date the water check is
      // met as not required (`water/not-required`).
      from: '2019-01-01',
      value: {
        minLitresPerPersonPerDay: 35,
        minLitresPerPersonPerDayWaterShort: 20,
        maxFetchMinutes: 20,
        maxHorizontalMetres: 800,
        maxVerticalMetres: 80,
        maxInterruptionDaysPerYear: 36,
      },
      source: '《农村饮水安全评价准则》 T/CHES 18-2018',
      confirmed: true,
      note: 'part of the household exit test from 2019, when safe drinking water joined the three guarantees; the 2004 rule used 95%/90% supply guarantee instead of 36 days',
    },
  ],
  villageExit: [
    {
      from: '2016-01-01',
      value: {
        maxIncidence: { numerator: 2, denominator: 100 },
        maxIncidenceWestern: { numerator: 3, denominator: 100 },
      },
      source: '《关于建立贫困退出机制的意见》 (2016): incidence below 2%, western regions below 3%',
      confirmed: true,
    },
  ],
  countyExit: [
    {
      from: '2016-01-01',
      value: {
        maxIncidence: { numerator: 2, denominator: 100 },
        maxIncidenceWestern: { numerator: 3, denominator: 100 },
        maxWrongfulExitRate: { numerator: 2, denominator: 100 },
        maxMissedRate: { numerator: 2, denominator: 100 },
        minApproval: { numerator: 90, denominator: 100 },
      },
      source: '《贫困县退出专项评估检查实施办法》 (2017) and 《关于建立贫困退出机制的意见》 (2016)',
      confirmed: true,
      note: 'some local texts use a missed-registration rate below 1%',
    },
  ],
  medical: [
    {
      // 新型农村合作医疗 (later 城乡居民基本医疗保险) from 2003.
      from: '2003-01-01',
      value: { basicInsurance: 'required', criticalIllnessInsurance: 'where-recorded' },
      source:
        '国开发〔2019〕15号 and provincial texts: every member covered by basic medical insurance, 大病保险 and medical assistance; the register carries 是否参加大病保险 per member',
      confirmed: true,
      note: 'a member without 大病保险 recorded is not a failure under this default; set criticalIllnessInsurance to required where the policy in force requires it',
    },
  ],
  industry: [
    {
      from: '2019-01-01',
      value: { baziMinAreaMu: 500, vegetablesFungiBelow: 15, herbsTeaFruitUpTo: 25 },
      source: "Guizhou's province-wide 坝区 count (contiguous flat land of at least 500 亩, 1,641 zones in 2019) and its crop choice by slope (< 15°, 15–25°, > 25°)",
      confirmed: true,
      note: 'Guiyang also counted 300–500 亩 zones: override baziMinAreaMu for such a count',
    },
  ],
  monitoring: [
    {
      from: '2020-01-01',
      value: { incomeMultiple: { numerator: 3, denominator: 2 }, incomeDropShare: null },
      source: '2020 防止返贫监测 rules: income below about 1.5 × the national line',
      confirmed: false,
      note: 'later monitoring lines are unconfirmed; the sharp-drop share has no default and must be set',
    },
  ],
  monitoringRule: DEFAULT_MONITORING_RULE.map((v) => ({ ...v, value: { ...v.value } })),
  // No province's line is shipped: none could be sourced (docs/monitoring.md).
  monitoringLines: [],
});

/** @internal Freezes a plain data tree so that shared policy tables cannot be changed. */
export function deepFreeze<T>(value: T): T {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: Object.isFrozen is true for null and every primitive, so dropping the null or the object test would freeze functions too, and the trees given here (policy tables, zod's parsed copies, reasons) hold none; walking a frozen object again (`||`) changes nothing, since every frozen object met here was frozen whole by deepFreeze (shared reasons, paths) — the two whole-condition mutants, which tests kill, go with them
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
