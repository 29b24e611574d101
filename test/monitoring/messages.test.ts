import { describe, expect, it } from 'vitest';
import {
  ELIMINATION_WAY_ZH,
  FOUND_BY_ZH,
  LOCALES,
  MEASURE_KIND_ZH,
  MeasureKindSchema,
  MONITORING_EVENT_ZH,
  MONITORING_MESSAGES,
  MONITORING_STATE_ZH,
  MONITORING_TYPE_ZH,
  MonitoringEventTypeSchema,
  MonitoringStateSchema,
  MonitoringTypeSchema,
  PROTECTION_KIND_ZH,
  ProtectionKindSchema,
  RISK_TYPE_ZH,
  RiskTypeSchema,
  FoundBySchema,
  EliminationWaySchema,
  type Evidence,
  type MonitoringReasonCode,
} from '../../src/index';

const line = { basis: 'province-line', province: '52', year: 2021, lineYuan: 8000, confirmed: false };
const national = { basis: 'national-multiple', year: 2020, lineYuan: 6000, povertyLineYuan: 4000, incomeMultiple: [3, 2] };
const income = { incomeSource: 'twelve-months', through: '2021-05', netIncomeYuan: 23999.99, members: 3, perCapitaYuan: 7999.99, ...line };
const spending = { netIncomeYuan: 36000, medicalYuan: 11000.01, otherYuan: 1000, members: 3, perCapitaYuan: 7999.99, ...line };
const spent = { netIncomeYuan: 18000, medicalYuan: 9000, otherYuan: 9000.01, spendingYuan: 18000.01, spendingOverIncome: [1, 1] };
const drop = { previousNetIncomeYuan: 40000, netIncomeYuan: 28000, incomeDropShare: [3, 10] };

/** Evidence as the rules give it, for every code: a new code without a sample fails the test. */
const SAMPLES: Record<MonitoringReasonCode, Evidence> = {
  'monitoring/no-rule': { asOf: '2019-12-31' },
  'monitoring/income-missing': {},
  'monitoring/no-national-line': { year: 2022 },
  'monitoring/no-province-line': { province: '52', year: 2021 },
  'monitoring/income-below-line': income,
  'monitoring/income-not-below-line': { ...income, ...national, incomeSource: 'register', incomeYear: 2020 },
  'monitoring/spending-missing': {},
  'monitoring/spending-leaves-below-line': spending,
  'monitoring/spending-leaves-not-below-line': spending,
  'monitoring/spending-above-income': spent,
  'monitoring/spending-not-above-income': spent,
  'monitoring/drop-share-unset': {},
  'monitoring/previous-income-missing': {},
  'monitoring/previous-income-not-positive': { ...drop, previousNetIncomeYuan: 0 },
  'monitoring/sharp-drop': drop,
  'monitoring/no-sharp-drop': drop,
  'monitoring/basic-needs-met': {},
  'monitoring/record-open': { state: 'under-assistance' },
  'monitoring/record-not-decided': { state: 'village-reviewed' },
  'monitoring/record-closed': { state: 'risk-eliminated' },
  'monitoring/observation-unset': {},
  'monitoring/observation-passed': { from: '2021-03', months: 6, required: 6 },
  'monitoring/observation-short': { from: '2021-03', months: 5, required: 6 },
  'monitoring/invalid-event': { fields: ['at', 'by'] },
  'monitoring/unexpected-field': { type: 'village-review', field: 'measure' },
  'monitoring/transition-not-allowed': { state: 'identified', type: 'county-decision' },
  'monitoring/event-before-last': { at: '2021-03-09', last: '2021-03-10' },
  'monitoring/event-before-identification': { at: '2021-02-28', month: '2021-03' },
  'monitoring/measure-required': {},
  'monitoring/elimination-required': {},
  'monitoring/no-measure-for-assisted': {},
  'monitoring/elimination-before-identification': { month: '2021-02', identified: '2021-03' },
  'monitoring/elimination-after-event': { month: '2021-11', at: '2021-10-20' },
  'monitoring/household-required': {},
  'monitoring/household-mismatch': { household: 'H-****', record: 'H-****' },
  'monitoring/test-unmet': { tests: ['income', 'water'], testsZh: ['收入不低于监测范围', '饮水安全'] },
  'monitoring/test-unknown': { tests: ['income'], testsZh: ['收入不低于监测范围'] },
  'monitoring/recorder-decides': { by: '李*', type: 'county-decision' },
  'monitoring/reason-required': {},
};

describe('MONITORING_MESSAGES', () => {
  it('has a sample for every code and no sample without a code', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(MONITORING_MESSAGES).sort());
  });

  it('renders every code in every locale with no unfilled placeholder (locale parity)', () => {
    for (const [code, template] of Object.entries(MONITORING_MESSAGES)) {
      expect(Object.keys(template).sort()).toEqual([...LOCALES].sort());
      const sample = SAMPLES[code as MonitoringReasonCode];
      for (const locale of LOCALES) {
        const text = template[locale](sample);
        expect(text.trim().length, `${code} ${locale}`).toBeGreaterThan(0);
        expect(text, `${code} ${locale}`).not.toMatch(/undefined|NaN|\[object|\$\{/);
        // every evidence value the template reads appears: no key rendered as ''
        expect(text, `${code} ${locale}`).not.toMatch(/ {2}|（）|\(\)/);
      }
      expect(template['zh-CN'](sample), code).toMatch(/[\u4e00-\u9fff]/);
      expect(template.en(sample).replaceAll('李*', ''), code).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
    }
  });

  it('names the 2020 line and the provincial line differently', () => {
    expect(MONITORING_MESSAGES['monitoring/income-below-line'].en(income)).toContain("province 52's monitoring line for 2021 of 8000 yuan (unconfirmed)");
    expect(MONITORING_MESSAGES['monitoring/income-not-below-line']['zh-CN'](SAMPLES['monitoring/income-not-below-line'])).toContain(
      '户表 2020 年家庭纯收入 23999.99 元，3 人，人均约 7999.99 元，不低于监测线约 6000 元（2020 年贫困线 4000 元的 3/2 倍）',
    );
  });
});

describe('Chinese labels', () => {
  it('label every value of every enum', () => {
    const pairs: [readonly string[], Readonly<Record<string, string>>][] = [
      [MonitoringTypeSchema.options, MONITORING_TYPE_ZH],
      [RiskTypeSchema.options, RISK_TYPE_ZH],
      [FoundBySchema.options, FOUND_BY_ZH],
      [MonitoringStateSchema.options, MONITORING_STATE_ZH],
      [MonitoringEventTypeSchema.options, MONITORING_EVENT_ZH],
      [MeasureKindSchema.options, MEASURE_KIND_ZH],
      [ProtectionKindSchema.options, PROTECTION_KIND_ZH],
      [EliminationWaySchema.options, ELIMINATION_WAY_ZH],
    ];
    for (const [values, labels] of pairs) expect(Object.keys(labels).sort()).toEqual([...values].sort());
    expect(Object.values(RISK_TYPE_ZH)).toEqual(['因病', '因残', '因学', '因灾', '因意外事故', '因产业失败', '因务工就业不稳', '缺劳动力', '住房出现安全问题', '饮水安全问题', '其他']);
    expect(Object.values(MONITORING_TYPE_ZH)).toEqual(['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']);
  });
});
