// Issue 17: the rules of the monitoring record's schema and of its months, each alone and at its
// boundaries, with the issue's code, path and both messages: a month is exactly `YYYY-MM` with a
// month 01–12 (nothing before or after it, and only a string); a protection only on a
// social-protection measure; the history in date order (the same day is in order, and only two
// valid dates are compared); the risk month compared with the first month only when both are
// months; an elimination in the month of the risk's identification is not before it.
import { describe, expect, it } from 'vitest';
import { DomainError, MeasureSchema, monitoringRollup, MonitoringRecordSchema, MonthSchema, validate } from '../../src/index';
import { isMonth, monthOf, monthsBetween } from '../../src/monitoring/month';
import { record } from './fixtures';

const base = () => ({ ...record() }) as Record<string, unknown>;
/** The issues of a value: code, dotted path and both messages. */
const issues = (schema: Parameters<typeof validate>[0], value: unknown) => {
  const result = validate(schema, value);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.'), i.message['zh-CN'], i.message.en]);
};
const MONTH_INVALID = ['month/invalid', '', '应为 YYYY-MM 格式的月份', 'expected a month written YYYY-MM'];

describe('a month is YYYY-MM, month 01–12, and nothing else', () => {
  it('accepts the first and last month of a year', () => {
    expect(isMonth('2021-01')).toBe(true);
    expect(isMonth('2021-12')).toBe(true);
    expect(issues(MonthSchema, '2021-12')).toEqual([]);
  });

  it('refuses a month with anything before or after it', () => {
    for (const bad of ['x2021-01', ' 2021-01', '12021-01', '2021-011', '2021-01 ', '2021-01-15', '2021-1']) {
      expect(isMonth(bad), bad).toBe(false);
      expect(issues(MonthSchema, bad), bad).toEqual([MONTH_INVALID]);
    }
  });

  it('refuses month 00 and 13', () => {
    expect(isMonth('2021-00')).toBe(false);
    expect(isMonth('2021-13')).toBe(false);
  });

  it('is only a string: a list or a number that reads as a month is not one', () => {
    expect(isMonth(['2021-01'])).toBe(false);
    expect(isMonth({ toString: () => '2021-01' })).toBe(false);
    expect(isMonth(undefined)).toBe(false);
  });

  it('a roll-up period with a character before or after a month is refused, in both languages', () => {
    const refusal = (from: string, to: string) => {
      try {
        monitoringRollup({ records: [] }, { asOf: '2021-12-31', period: { from, to } });
      } catch (error) {
        if (error instanceof DomainError) return [error.code, error.localized?.['zh-CN'], error.localized?.en];
        throw error;
      }
      return 'no error';
    };
    expect(refusal('2021-011', '2021-12')).toEqual([
      'monitoring/invalid-period',
      '统计期 "2021-011".."2021-12" 无效：应为两个 YYYY-MM 月份，且起不晚于止',
      'the period "2021-011".."2021-12" is not two months YYYY-MM with from not after to',
    ]);
    expect(refusal('2021-01', 'x2021-12')).toEqual([
      'monitoring/invalid-period',
      '统计期 "2021-01".."x2021-12" 无效：应为两个 YYYY-MM 月份，且起不晚于止',
      'the period "2021-01".."x2021-12" is not two months YYYY-MM with from not after to',
    ]);
    expect(refusal('2021-01', '2021-12')).toBe('no error');
  });

  it('the month of a day is its first seven characters', () => {
    expect(monthOf('2021-06-15')).toBe('2021-06');
    expect(monthOf('2020-12-31')).toBe('2020-12');
  });

  it('months between count across a year end, and backwards as negative', () => {
    expect(monthsBetween('2020-12', '2021-01')).toBe(1);
    expect(monthsBetween('2021-03', '2021-03')).toBe(0);
    expect(monthsBetween('2021-03', '2020-03')).toBe(-12);
  });
});

describe('a protection only on a social-protection measure', () => {
  const measure = { kind: 'health', startedOn: '2021-04-01' };

  it('a health measure alone is accepted; with a protection it is refused at the protection', () => {
    expect(issues(MeasureSchema, measure)).toEqual([]);
    expect(issues(MeasureSchema, { ...measure, protection: 'dibao' })).toEqual([
      ['measure/protection-unexpected', 'protection', '只有综合保障措施可注明保障项目', 'only a social-protection measure names a protection'],
    ]);
  });

  it('in a record, the path leads to the measure', () => {
    expect(issues(MonitoringRecordSchema, { ...base(), measures: [measure, { kind: 'other', protection: 'other', startedOn: '2021-04-02' }] })).toEqual([
      ['measure/protection-unexpected', 'measures.1.protection', '只有综合保障措施可注明保障项目', 'only a social-protection measure names a protection'],
    ]);
  });

  it('a social-protection measure with its protection is accepted', () => {
    expect(issues(MeasureSchema, { kind: 'social-protection', protection: 'tekun', startedOn: '2021-04-01' })).toEqual([]);
  });
});

describe('the history in date order', () => {
  const event = (type: string, at: string) => ({ type, at, by: '钱七' });
  const ORDER = (index: number) => [
    'monitoring/history-order',
    `history.${index}.at`,
    '事件日期早于前一事件',
    'an event is dated before the one before it',
  ];

  it('later days and the same day twice are in order', () => {
    expect(issues(MonitoringRecordSchema, { ...base(), history: [event('village-review', '2021-04-01'), event('township-check', '2021-04-02')] })).toEqual([]);
    expect(issues(MonitoringRecordSchema, { ...base(), history: [event('village-review', '2021-04-02'), event('township-check', '2021-04-02')] })).toEqual([]);
  });

  it('an event a day before the one before it is refused at its own date', () => {
    expect(issues(MonitoringRecordSchema, { ...base(), history: [event('village-review', '2021-04-02'), event('township-check', '2021-04-01')] })).toEqual([ORDER(1)]);
  });

  it('each event is compared with the one just before it, not the first', () => {
    const history = [event('village-review', '2021-04-01'), event('township-check', '2021-04-10'), event('county-decision', '2021-04-05')];
    expect(issues(MonitoringRecordSchema, { ...base(), history })).toEqual([ORDER(2)]);
    // The third is after the second (and the first): only the second, before the first, is out of order.
    const second = [event('village-review', '2021-04-10'), event('township-check', '2021-04-05'), event('county-decision', '2021-04-20')];
    expect(issues(MonitoringRecordSchema, { ...base(), history: second })).toEqual([ORDER(1)]);
  });

  it('an event after an invalid date is compared with the last real date before it', () => {
    const across = [event('village-review', '2021-04-10'), event('township-check', '2021-04-31'), event('county-decision', '2021-04-05')];
    const codes = (history: unknown[]) => issues(MonitoringRecordSchema, { ...base(), history }).map((i) => i[0]);
    expect(codes(across)).toEqual(['date/invalid', 'monitoring/history-order']);
    expect(issues(MonitoringRecordSchema, { ...base(), history: across })[1]).toEqual(ORDER(2));
    const inOrder = [event('village-review', '2021-04-10'), event('township-check', '2021-04-31'), event('county-decision', '2021-04-12')];
    expect(codes(inOrder)).toEqual(['date/invalid']);
  });

  it('a single event is in order', () => {
    expect(issues(MonitoringRecordSchema, { ...base(), history: [event('village-review', '2021-04-01')] })).toEqual([]);
  });

  it('compared only when both are dates: an invalid date is refused as a date only, on either side', () => {
    const DATE_INVALID = (index: number) => ['date/invalid', `history.${index}.at`, '应为真实存在的 YYYY-MM-DD 日期', 'expected a real date written YYYY-MM-DD'];
    // '2021-04-31' is not a date though it sorts after '2021-04-30'; '2021-04-00' sorts before '2021-04-01' as text.
    expect(issues(MonitoringRecordSchema, { ...base(), history: [event('village-review', '2021-04-02'), event('township-check', '2021-04-00')] })).toEqual([DATE_INVALID(1)]);
    expect(issues(MonitoringRecordSchema, { ...base(), history: [event('village-review', '2021-04-31'), event('township-check', '2021-04-30')] })).toEqual([DATE_INVALID(0)]);
    // The next valid pair is still compared.
    const third = [event('village-review', '2021-04-00'), event('township-check', '2021-04-10'), event('county-decision', '2021-04-05')];
    expect(issues(MonitoringRecordSchema, { ...base(), history: third })).toEqual([DATE_INVALID(0), ORDER(2)]);
  });
});

describe('the risk month against the first month: only when both are months', () => {
  it('an invalid first month is refused as a month only, whatever the risk month', () => {
    // '2021-05' sorts before '2021-13' as text: no second issue.
    expect(issues(MonitoringRecordSchema, { ...base(), firstIdentifiedMonth: '2021-13', riskIdentifiedMonth: '2021-05' })).toEqual([
      ['month/invalid', 'firstIdentifiedMonth', MONTH_INVALID[2], MONTH_INVALID[3]],
    ]);
  });

  it('an invalid risk month is refused as a month only', () => {
    expect(issues(MonitoringRecordSchema, { ...base(), riskIdentifiedMonth: '2021-00' })).toEqual([
      ['month/invalid', 'riskIdentifiedMonth', MONTH_INVALID[2], MONTH_INVALID[3]],
    ]);
  });

  it('the same month is not before; a month earlier is', () => {
    expect(issues(MonitoringRecordSchema, { ...base(), firstIdentifiedMonth: '2021-03', riskIdentifiedMonth: '2021-03' })).toEqual([]);
    expect(issues(MonitoringRecordSchema, { ...base(), firstIdentifiedMonth: '2021-03', riskIdentifiedMonth: '2021-02' })).toEqual([
      ['monitoring/risk-before-first', 'riskIdentifiedMonth', '风险识别时间早于首次识别时间', 'the risk identification month is before the first identification'],
    ]);
  });
});

describe('an elimination is not before the risk month', () => {
  const eliminated = (month: string) => ({ ...base(), state: 'risk-eliminated', elimination: { way: 'natural', month } });

  it('compared only when both are months: an invalid risk month or elimination month is refused as a month only', () => {
    // '2021-12' sorts before '2021-13' as text, and '2021-00' before '2021-03'.
    expect(issues(MonitoringRecordSchema, { ...eliminated('2021-12'), riskIdentifiedMonth: '2021-13' })).toEqual([
      ['month/invalid', 'riskIdentifiedMonth', MONTH_INVALID[2], MONTH_INVALID[3]],
    ]);
    expect(issues(MonitoringRecordSchema, eliminated('2021-00'))).toEqual([['month/invalid', 'elimination.month', MONTH_INVALID[2], MONTH_INVALID[3]]]);
  });

  it('in the month of the risk identification it is accepted; a month before, refused', () => {
    expect(issues(MonitoringRecordSchema, eliminated('2021-03'))).toEqual([]);
    expect(issues(MonitoringRecordSchema, eliminated('2021-02'))).toEqual([
      [
        'monitoring/elimination-before-identification',
        'elimination.month',
        '风险消除时间早于风险识别时间',
        'the elimination month is before the risk identification month',
      ],
    ]);
  });
});
