import { describe, expect, it } from 'vitest';
import { HOUSEHOLD_MESSAGES, LOCALES, type Evidence, type HouseholdReasonCode } from '../../src/index';

const member = { member: 1, name: '张**', idNumber: '5226************1X' };
const income = { year: 2020, members: 3, netIncomeYuan: 12000.5, perCapitaYuan: 4000.17, lineYuan: 4000 };
const drop = { previousYear: 2019, previousNetIncomeYuan: 30000, year: 2020, netIncomeYuan: 21000, incomeDropShare: [3, 10] };
const convenience = {
  piped: false,
  fetchMinutes: 30,
  horizontalMetres: null,
  verticalMetres: null,
  maxFetchMinutes: 20,
  maxHorizontalMetres: 800,
  maxVerticalMetres: 80,
};

/** Evidence as the rules give it, for every code: a new code without a sample fails the test. */
const SAMPLES: Record<HouseholdReasonCode, Evidence> = {
  'income/above-line': income,
  'income/not-above-line': income,
  'income/per-capita-above-line': { year: 2020, members: 3, perCapitaYuan: 4000.01, lineYuan: 4000 },
  'income/per-capita-not-above-line': { year: 2020, members: 3, perCapitaYuan: 4000, lineYuan: 4000 },
  'income/per-capita-disagrees': { year: 2020, members: 3, perCapitaYuan: 5000, componentsPerCapitaYuan: 4000.17, used: 'components' },
  'income/no-line': { year: 2021 },
  'income/missing': {},
  'food/secure': {},
  'food/insecure': {},
  'food/missing': {},
  'clothing/secure': {},
  'clothing/insecure': {},
  'clothing/missing': {},
  'education/no-child-in-range': { min: 6, max: 15 },
  'education/all-in-school': { children: 2, min: 6, max: 15 },
  'education/dropped-out': { ...member, age: 12, min: 6, max: 15 },
  'education/schooling-missing': { ...member, age: 12, min: 6, max: 15 },
  'education/not-a-student': { ...member, age: 12, min: 6, max: 15 },
  'education/schooling-not-applicable': { ...member, age: 12, min: 6, max: 15 },
  'education/age-unknown': member,
  'education/no-age-range': { asOf: '2010-01-01' },
  'medical/all-insured': { members: 4 },
  'medical/uninsured': member,
  'medical/insurance-missing': member,
  'medical/all-insured-with-critical': { members: 4, critical: 3 },
  'medical/none-recorded-uninsured': { members: 4, insured: 2, critical: 1 },
  'medical/no-critical-illness-insurance': member,
  'medical/critical-illness-insurance-missing': member,
  'medical/nothing-required': { asOf: '2020-12-31' },
  'medical/no-items': { asOf: '2002-12-31' },
  'housing/safe-grade': { grade: 'A' },
  'housing/renovation-accepted': { grade: 'C' },
  'housing/lives-in-safe-housing': { grade: 'D' },
  'housing/dangerous': { grade: 'D', renovation: 'in-progress', livesInSafeHousing: null },
  'housing/register-not-dangerous': {},
  'housing/register-dangerous': { renovation: null, livesInSafeHousing: false },
  'housing/appraised-safe': {},
  'housing/renovated-safe': { grade: 'D', relocated: true },
  'housing/guaranteed-safe': { grade: null, guarantee: 'public-rental', noHouse: true },
  'housing/no-house-route-missing': {},
  'housing/no-house-appraised': {},
  'housing/missing': {},
  'water/missing': {},
  'water/summary-safe': { safe: true, difficult: false },
  'water/summary-unsafe': { safe: false, difficult: true },
  'water/summary-difficult': { safe: null, difficult: true },
  'water/summary-incomplete': { safe: null, difficult: false },
  'water/not-required': { asOf: '2018-06-30', from: '2019-01-01' },
  'water/no-thresholds': { asOf: '2010-01-01' },
  'water/quantity-ok': { litres: 20, min: 20, waterShortArea: true },
  'water/quantity-low': { litres: 30, min: 35, waterShortArea: false },
  'water/quantity-area-unknown': { litres: 25, min: 35, minWaterShort: 20 },
  'water/quantity-missing': {},
  'water/convenience-piped': {},
  'water/convenience-fetch-time': { value: 15, max: 20 },
  'water/convenience-horizontal': { value: 500, max: 800 },
  'water/convenience-vertical': { value: 50, max: 80 },
  'water/convenience-poor': { ...convenience, horizontalMetres: 900, verticalMetres: 90 },
  'water/convenience-unknown': { ...convenience, missing: ['horizontalMetres', 'verticalMetres'] },
  'water/reliability-ok': { days: 10, max: 36 },
  'water/interruptions-high': { days: 40, max: 36 },
  'water/reliability-missing': {},
  'water/quality-ok': {},
  'water/quality-poor': {},
  'water/quality-missing': {},
  'monitoring/no-thresholds': { asOf: '2019-06-01' },
  'monitoring/income-missing': {},
  'monitoring/no-line': { year: 2021 },
  'monitoring/low-income': { ...income, monitoringLineYuan: 6000, incomeMultiple: [3, 2] },
  'monitoring/income-not-low': { ...income, monitoringLineYuan: 6000, incomeMultiple: [3, 2] },
  'monitoring/sharp-drop': drop,
  'monitoring/no-sharp-drop': drop,
  'monitoring/drop-threshold-unset': {},
  'monitoring/drop-not-checked': {},
  'monitoring/previous-income-not-earlier': { previousYear: 2020, year: 2020 },
  'monitoring/previous-income-not-positive': { ...drop, previousNetIncomeYuan: 0 },
};

describe('HOUSEHOLD_MESSAGES', () => {
  it('has a sample for every code and no sample without a code', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(HOUSEHOLD_MESSAGES).sort());
  });

  it('renders every code in every locale (locale parity)', () => {
    for (const [code, template] of Object.entries(HOUSEHOLD_MESSAGES)) {
      expect(Object.keys(template).sort()).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        const text = template[locale](SAMPLES[code as HouseholdReasonCode]);
        expect(text.trim().length, `${code} ${locale}`).toBeGreaterThan(0);
        expect(text, `${code} ${locale}`).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(template['zh-CN'](SAMPLES[code as HouseholdReasonCode]), code).toMatch(/[\u4e00-\u9fff]/);
      // English text is English: the only CJK in it is the masked name from the evidence.
      expect(template.en(SAMPLES[code as HouseholdReasonCode]).replaceAll(member.name, ''), code).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
    }
  });

  it('namespaces every code by its check', () => {
    for (const code of Object.keys(HOUSEHOLD_MESSAGES)) {
      expect(code).toMatch(/^(income|food|clothing|education|medical|housing|water|monitoring)\/[a-z-]+$/);
    }
  });

  it('prints amounts of yuan exactly, with two decimals when not whole', () => {
    const en = HOUSEHOLD_MESSAGES['income/above-line'].en(income);
    expect(en).toContain('12000.50 yuan');
    expect(en).toContain('about 4000.17 yuan');
    expect(en).toContain('line of 4000 yuan');
    expect(HOUSEHOLD_MESSAGES['income/not-above-line'].en({ ...income, netIncomeYuan: -0.05 })).toContain('-0.05 yuan');
  });
});
