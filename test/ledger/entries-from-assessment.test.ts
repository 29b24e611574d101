import { describe, expect, it } from 'vitest';
import {
  CHECK_NAMES,
  DomainError,
  entriesFromAssessment,
  InvalidDateError,
  LedgerEntrySchema,
  validate,
  type Check,
  type CheckName,
  type HouseholdAssessment,
  type Reason,
} from '../../src/index';
import { deepFreeze } from './fixtures';

const reason = (code: string, zh: string): Reason => ({ code, path: [], evidence: {}, message: { 'zh-CN': zh, en: code } });
const met: Check = { status: 'met', reasons: [] };

/** Built by hand: the function that produces assessments is another issue's. */
const assessment: HouseholdAssessment = {
  householdId: 'H-0042',
  asOf: '2020-02-10',
  compliant: false,
  checks: {
    income: met,
    food: { status: 'unmet', reasons: [reason('food/insufficient', '口粮不足。')] },
    clothing: met,
    education: { status: 'unknown', reasons: [reason('education/no-schooling', '成员 张** 缺少在校情况')] },
    medical: met,
    housing: {
      status: 'unmet',
      reasons: [reason('housing/grade-d', '住房为 D 级危房'), reason('housing/no-other', '无其他安全住房')],
    },
    water: { status: 'unknown', reasons: [] },
  },
};

const options = {
  asOf: '2020-02-09T17:30:00Z', // 01:30 on 10 February in Beijing
  deadline: '2020-03-31',
  responsibleUnit: ' 某镇人民政府 ',
  responsiblePerson: '李四',
  unitCode: '522601101201',
};

const common = {
  unitCode: '522601101201',
  householdId: 'H-0042',
  source: 'self-check',
  responsibleUnit: '某镇人民政府',
  responsiblePerson: '李四',
  openedOn: '2020-02-10',
  deadline: '2020-03-31',
  status: 'open',
  history: [],
} as const;

describe('entriesFromAssessment', () => {
  it('opens one entry per unmet check, in canonical order, with a description from its reasons', () => {
    expect(entriesFromAssessment(assessment, options)).toEqual([
      { ...common, id: 'H-0042-food', category: 'food', description: '「不愁吃」检查未通过：口粮不足' },
      { ...common, id: 'H-0042-housing', category: 'housing', description: '「住房安全有保障」检查未通过：住房为 D 级危房；无其他安全住房' },
    ]);
  });

  it('treats unknown checks as data gaps: one data-quality entry only when asked', () => {
    const entries = entriesFromAssessment(assessment, { ...options, idPrefix: '2020-ZC-7', includeDataGaps: true });
    expect(entries.map((e) => e.id)).toEqual(['2020-ZC-7-food', '2020-ZC-7-housing', '2020-ZC-7-data-quality']);
    expect(entries[2]).toEqual({
      ...common,
      id: '2020-ZC-7-data-quality',
      category: 'data-quality',
      description: '以下检查缺少数据、无法判定：「义务教育有保障」（成员 张** 缺少在校情况）；「饮水安全有保障」',
    });
  });

  it('produces entries valid against LedgerEntrySchema, for every check that can fail', () => {
    const allUnmet = Object.fromEntries(CHECK_NAMES.map((name) => [name, { status: 'unmet', reasons: [] } as Check])) as Record<CheckName, Check>;
    const entries = entriesFromAssessment({ ...assessment, checks: allUnmet }, { ...options, includeDataGaps: true });
    expect(entries.map((e) => e.category)).toEqual([...CHECK_NAMES]);
    expect(entries[0]?.description).toBe('「收入达标」检查未通过');
    for (const entry of [...entries, ...entriesFromAssessment(assessment, { ...options, includeDataGaps: true })]) {
      expect(validate(LedgerEntrySchema, entry)).toEqual({ ok: true, value: entry });
    }
  });

  it('opens nothing for a compliant household, and is deterministic', () => {
    const compliant: HouseholdAssessment = {
      ...assessment,
      compliant: true,
      checks: Object.fromEntries(CHECK_NAMES.map((name) => [name, met])) as Record<CheckName, Check>,
    };
    expect(entriesFromAssessment(compliant, { ...options, includeDataGaps: true })).toEqual([]);
    expect(entriesFromAssessment(assessment, options)).toEqual(entriesFromAssessment(assessment, options));
  });

  it('throws on bad options', () => {
    expect(() => entriesFromAssessment(assessment, { ...options, deadline: '2020-02-09' })).toThrow(/ledger\/deadline-before-opened/);
    expect(() => entriesFromAssessment(assessment, { ...options, deadline: '2020-02-30' })).toThrow(InvalidDateError);
    expect(() => entriesFromAssessment(assessment, { ...options, unitCode: '5226011' })).toThrow(/ledger\/invalid-unit-code/);
    expect(() => entriesFromAssessment(assessment, { ...options, responsiblePerson: ' ' })).toThrow(DomainError);
    expect(() => entriesFromAssessment(assessment, { ...options, idPrefix: '' })).toThrow(/ledger\/missing-text/);
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(assessment));
    expect(() => entriesFromAssessment(frozen, options)).not.toThrow();
    expect(frozen).toEqual(assessment);
  });
});
