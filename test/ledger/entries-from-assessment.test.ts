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
import { makeId } from '../fixtures/ids';
import { expectNoMutation } from '../fixtures/no-mutation';

const reason = (code: string, zh: string): Reason => ({ code, path: [], evidence: {}, message: { 'zh-CN': zh, en: code } });
const met: Check = { status: 'met', reasons: [] };

/** Built by hand: the function that produces assessments is another issue's. */
const assessment: HouseholdAssessment = {
  householdId: 'H-0042',
  asOf: '2020-02-10',
  status: 'unmet',
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

/** The error `run` throws (the test fails if it throws none). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

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
      status: 'met',
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

  it('asks for an idPrefix rather than put an ID number or a name in the entry ids (regression)', () => {
    const idNumber = makeId('522601', '1975-06-01', 31);
    for (const householdId of [idNumber, `${idNumber.slice(0, 15)}-2`, 'HH-123456789012345', '张三家', 'H-王-1']) {
      const keyed = { ...assessment, householdId };
      const error = thrown(() => entriesFromAssessment(keyed, options));
      expect(error, householdId).toBeInstanceOf(DomainError);
      expect(error.message).toMatch(/^tuopin: ledger\/id-prefix-required:/);
      expect(error.message).not.toContain(householdId);
      const entries = entriesFromAssessment(keyed, { ...options, idPrefix: 'L-2020-0042' });
      expect(entries.map((e) => [e.id, e.householdId])).toEqual([
        ['L-2020-0042-food', householdId],
        ['L-2020-0042-housing', householdId],
      ]);
    }
    // 14 digits in a row, or a division code with a sequence number, are not personal data.
    expect(entriesFromAssessment({ ...assessment, householdId: '52260110120142' }, options)[0]?.id).toBe('52260110120142-food');
    expect(entriesFromAssessment({ ...assessment, householdId: '522601101201-00042' }, options)[0]?.id).toBe('522601101201-00042-food');
  });

  it('does not mutate its input', () => {
    expectNoMutation({ assessment, options }, (input) => entriesFromAssessment(input.assessment, input.options));
  });
});
