import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  applyEvent,
  clearanceTimeline,
  DomainError,
  entriesFromAssessment,
  InvalidDateError,
  isOverdue,
  LEDGER_MESSAGES,
  LedgerEntrySchema,
  ledgerSummary,
  MAX_TIMELINE_DAYS,
  threeLists,
  validate,
  type Check,
  type CheckName,
  type HouseholdAssessment,
  type LedgerEntry,
  type LedgerEvent,
  type Reason,
} from '../../src/index';
import { closingDate } from '../../src/ledger/closing-date';
import { baseEntry, goodEvent, run } from './fixtures';

// Issue 17: each rule of the ledger on its own (src/ledger), from its documentation.

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

const closedWith = (history: LedgerEvent[]): LedgerEntry => ({ ...baseEntry, status: 'closed', history });

describe('closingDate: the date of the last accept of a closed entry', () => {
  it('is the last accept’s date, the first event’s included', () => {
    expect(closingDate(closedWith([{ type: 'accept', at: '2020-03-01', by: '赵六' }]))).toBe('2020-03-01');
    const twice = run({ ...baseEntry, status: 'awaiting-acceptance' }, [
      goodEvent('accept', '2020-03-03'),
      goodEvent('reopen', '2020-03-05'),
      goodEvent('start', '2020-03-05'),
      goodEvent('submit', '2020-03-07'),
      goodEvent('accept', '2020-03-08'),
    ]);
    expect(closingDate(twice)).toBe('2020-03-08');
  });

  it('is undefined for a closed entry whose history holds no accept, and for an entry not closed', () => {
    expect(closingDate(closedWith([goodEvent('start', '2020-02-12'), goodEvent('submit', '2020-02-20')]))).toBeUndefined();
    expect(closingDate(closedWith([]))).toBeUndefined();
    const reopened = run({ ...baseEntry, status: 'awaiting-acceptance' }, [goodEvent('accept', '2020-03-03'), goodEvent('reopen', '2020-03-05')]);
    expect(reopened.status).toBe('open');
    expect(closingDate(reopened)).toBeUndefined();
  });
});

describe('LedgerEntrySchema', () => {
  const issues = (value: unknown) => {
    const result = validate(LedgerEntrySchema, value);
    return result.ok ? [] : result.issues.map((i) => [i.path, i.code]);
  };

  it('refuses a unit code that is not a division code', () => {
    expect(issues({ ...baseEntry, unitCode: '5226011' })).toEqual([[['unitCode'], 'division/invalid']]);
    expect(issues({ ...baseEntry, unitCode: '522601' })).toEqual([]);
  });

  it('refuses an event dated before the one before it, not only before the opening day', () => {
    const history = [goodEvent('start', '2020-02-20'), goodEvent('submit', '2020-02-15')];
    expect(issues({ ...baseEntry, status: 'awaiting-acceptance', history })).toEqual([[['history', 1, 'at'], 'ledger/history-order']]);
    expect(issues({ ...baseEntry, history: [goodEvent('start', '2020-02-09')] })).toEqual([[['history', 0, 'at'], 'ledger/history-order']]);
    const sameDay = [goodEvent('start', '2020-02-10'), goodEvent('submit', '2020-02-10')];
    expect(issues({ ...baseEntry, status: 'awaiting-acceptance', history: sameDay })).toEqual([]);
  });

  it('compares the history only when both dates are dates: an invalid date is refused as a date only, on either side', () => {
    const DATE_INVALID = (index: number) => [['history', index, 'at'], 'date/invalid'];
    // '2020-04-31' is not a date though it sorts after '2020-04-30'; '2020-02-00' sorts before '2020-02-10' as text.
    const afterInvalid = [goodEvent('start', '2020-04-31'), goodEvent('submit', '2020-04-30')];
    expect(issues({ ...baseEntry, status: 'awaiting-acceptance', history: afterInvalid })).toEqual([DATE_INVALID(0)]);
    const beforeValid = [goodEvent('start', '2020-02-20'), goodEvent('submit', '2020-02-00')];
    expect(issues({ ...baseEntry, status: 'awaiting-acceptance', history: beforeValid })).toEqual([DATE_INVALID(1)]);
    // The first event against an opening day that is not a date.
    expect(issues({ ...baseEntry, openedOn: '2020-02-31', history: [goodEvent('start', '2020-02-20')] })).toEqual([[['openedOn'], 'date/invalid']]);
    // The next valid pair is still compared.
    const third = [goodEvent('start', '2020-02-00'), goodEvent('submit', '2020-02-20'), goodEvent('accept', '2020-02-15')];
    expect(issues({ ...baseEntry, status: 'closed', history: third })).toEqual([DATE_INVALID(0), [['history', 2, 'at'], 'ledger/history-order']]);
  });

  it('compares an event across an invalid date with the last real date before it', () => {
    const DATE_INVALID = (index: number) => [['history', index, 'at'], 'date/invalid'];
    const across = [goodEvent('start', '2020-02-20'), goodEvent('submit', '2020-02-30'), goodEvent('accept', '2020-02-15')];
    expect(issues({ ...baseEntry, status: 'closed', history: across })).toEqual([DATE_INVALID(1), [['history', 2, 'at'], 'ledger/history-order']]);
    const inOrder = [goodEvent('start', '2020-02-20'), goodEvent('submit', '2020-02-30'), goodEvent('accept', '2020-02-25')];
    expect(issues({ ...baseEntry, status: 'closed', history: inOrder })).toEqual([DATE_INVALID(1)]);
    // The first events against the opening day, across an invalid first event.
    expect(issues({ ...baseEntry, status: 'awaiting-acceptance', history: [goodEvent('start', '2020-02-00'), goodEvent('submit', '2020-02-09')] })).toEqual([
      DATE_INVALID(0),
      [['history', 1, 'at'], 'ledger/history-order'],
    ]);
    // With an opening day that is not a date, the first real event is compared with nothing.
    expect(issues({ ...baseEntry, openedOn: '2020-02-31', status: 'awaiting-acceptance', history: [goodEvent('start', '2020-02-01'), goodEvent('submit', '2020-02-02')] })).toEqual([[['openedOn'], 'date/invalid']]);
  });

  it('compares the deadline with the opening day only when both are dates', () => {
    // '2020-02-31' sorts after '2020-02-20' as text; '2020-02-00' before '2020-02-10'.
    expect(issues({ ...baseEntry, openedOn: '2020-02-31', deadline: '2020-02-20' })).toEqual([[['openedOn'], 'date/invalid']]);
    expect(issues({ ...baseEntry, deadline: '2020-02-00' })).toEqual([[['deadline'], 'date/invalid']]);
    // Two valid dates are still compared, and the opening day itself is not before it.
    expect(issues({ ...baseEntry, deadline: '2020-02-09' })).toEqual([[['deadline'], 'ledger/deadline-before-opened']]);
    expect(issues({ ...baseEntry, deadline: '2020-02-10' })).toEqual([]);
  });
});

describe('applyEvent refusals', () => {
  it('carry issues only for a malformed event', () => {
    const refused = applyEvent(baseEntry, goodEvent('submit'));
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('ledger/transition-not-allowed');
      expect(Object.hasOwn(refused.error, 'issues')).toBe(false);
    }
    const malformed = applyEvent(baseEntry, { type: 'start', at: '2020-02-12' });
    expect(malformed.ok).toBe(false);
    if (!malformed.ok) expect(malformed.error.issues?.map((i) => i.path)).toEqual([['by']]);
  });

  it('list the malformed fields in each language’s way', () => {
    const result = applyEvent(baseEntry, { type: 'begin', at: '2020-02-30', by: '王五' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.evidence).toEqual({ fields: ['type', 'at'] });
      expect(result.error.message).toEqual({ 'zh-CN': '事件格式无效（字段：type、at）', en: 'the event is not valid (fields: type, at)' });
    }
  });

  it('name a status outside the four as it is (an entry imported with a bad status)', () => {
    const result = applyEvent({ ...baseEntry, status: 'done' as LedgerEntry['status'] }, goodEvent('start'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('ledger/transition-not-allowed');
      expect(result.error.message['zh-CN']).toBe('状态为「done」的条目不能执行「开始整改」');
    }
  });
});

describe('LEDGER_MESSAGES', () => {
  it('show an event type or status they do not know as given', () => {
    expect(LEDGER_MESSAGES['ledger/reason-required']['zh-CN']({ type: 'later' })).toBe('「later」须说明理由');
    expect(LEDGER_MESSAGES['ledger/transition-not-allowed']['zh-CN']({ status: 'done', type: 'later' })).toBe('状态为「done」的条目不能执行「later」');
  });
});

describe('isOverdue', () => {
  it('refuses a null asOf as an invalid date', () => {
    expect(() => isOverdue(baseEntry, null as never)).toThrow(InvalidDateError);
  });
});

describe('threeLists: names padded with spaces are the same unit and person', () => {
  it('groups them together, trimmed', () => {
    const entries: LedgerEntry[] = [
      { ...baseEntry, id: 'L-1' },
      { ...baseEntry, id: 'L-2', responsibleUnit: ' 住建局 ', responsiblePerson: '李四 ' },
    ];
    expect(threeLists(entries).responsibilities).toEqual([
      { responsibleUnit: '住建局', persons: [{ responsiblePerson: '李*', entryIds: ['L-1', 'L-2'], unclosed: 2 }] },
    ]);
  });
});

describe('clearanceTimeline', () => {
  it('changes the state on accept and reopen only: another event recorded after an accept leaves the entry closed', () => {
    // An imported history (valid against the schema) where a note-like event follows the accept.
    const imported = closedWith([goodEvent('accept', '2020-03-02'), { ...goodEvent('extend', '2020-03-03'), deadline: '2020-04-30' }]);
    const days = clearanceTimeline([{ ...imported, openedOn: '2020-03-01' }], { from: '2020-03-01', to: '2020-03-04' });
    expect(days.map((d) => [d.date, d.open, d.closed])).toEqual([
      ['2020-03-01', 1, 0],
      ['2020-03-02', 0, 1],
      ['2020-03-03', 0, 1],
      ['2020-03-04', 0, 1],
    ]);
  });

  it('says how long a refused range is and what the limit is', () => {
    const error = thrown(() => clearanceTimeline([], { from: '2020-01-01', to: addCalendarDays('2020-01-01', MAX_TIMELINE_DAYS) }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.message).toContain(`${MAX_TIMELINE_DAYS + 1} days is more than ${MAX_TIMELINE_DAYS}`);
  });
});

describe('ledgerSummary errors name what was given', () => {
  it('the window and the grouping', () => {
    expect(thrown(() => ledgerSummary([], { asOf: '2020-03-25', dueWithinDays: -3 })).message).toContain('-3');
    expect(thrown(() => ledgerSummary([], { asOf: '2020-03-25', by: 'person' as 'unit' })).message).toContain('person');
  });
});

describe('entriesFromAssessment', () => {
  const reason = (zh: string): Reason => ({ code: 'x/y', path: [], evidence: {}, message: { 'zh-CN': zh, en: 'x' } });
  const met: Check = { status: 'met', reasons: [] };
  const checks = (over: Partial<Record<CheckName, Check>>): Record<CheckName, Check> => ({
    income: met,
    food: met,
    clothing: met,
    education: met,
    medical: met,
    housing: met,
    water: met,
    ...over,
  });
  const assessment = (over: Partial<Record<CheckName, Check>>, householdId = 'H-7'): HouseholdAssessment => ({
    householdId,
    asOf: '2020-02-10',
    status: 'unmet',
    compliant: false,
    checks: checks(over),
  });
  const options = { asOf: '2020-02-10', deadline: '2020-03-31', responsibleUnit: '住建局', responsiblePerson: '李四', unitCode: '522601101201' };
  const description = (check: Check) => entriesFromAssessment(assessment({ housing: check }), options)[0]?.description;

  it('drops a reason’s surrounding spaces and all its closing punctuation, and leaves out reasons that are only punctuation', () => {
    expect(description({ status: 'unmet', reasons: [reason('  住房为 D 级危房。；'), reason('。'), reason('无其他安全住房;. ')] })).toBe(
      '「住房安全有保障」检查未通过：住房为 D 级危房；无其他安全住房',
    );
    expect(description({ status: 'unmet', reasons: [reason(' 。 ')] })).toBe('「住房安全有保障」检查未通过');
  });

  it('joins the reasons of a data gap with "；"', () => {
    const gap: Check = { status: 'unknown', reasons: [reason('缺少鉴定等级'), reason('缺少改造情况')] };
    const entries = entriesFromAssessment(assessment({ housing: gap }), { ...options, includeDataGaps: true });
    expect(entries.map((e) => e.description)).toEqual(['以下检查缺少数据、无法判定：「住房安全有保障」（缺少鉴定等级；缺少改造情况）']);
  });

  it('skips a check the assessment does not hold (an older assessment)', () => {
    const { water: _w, ...older } = checks({ food: { status: 'unmet', reasons: [] } });
    const entries = entriesFromAssessment({ ...assessment({}), checks: older as Record<CheckName, Check> }, options);
    expect(entries.map((e) => e.id)).toEqual(['H-7-food']);
  });

  it('accepts a deadline on the opening day, and says both dates of a deadline before it', () => {
    const unmet = assessment({ food: { status: 'unmet', reasons: [] } });
    expect(entriesFromAssessment(unmet, { ...options, deadline: '2020-02-10' })[0]?.deadline).toBe('2020-02-10');
    const error = thrown(() => entriesFromAssessment(unmet, { ...options, deadline: '2020-02-09' }));
    expect(error.message).toContain('2020-02-09');
    expect(error.message).toContain('2020-02-10');
  });

  it('names the refused unit code, and the household (masked) that needs an idPrefix', () => {
    const unmet = assessment({ food: { status: 'unmet', reasons: [] } });
    expect(thrown(() => entriesFromAssessment(unmet, { ...options, unitCode: '5226011' })).message).toContain('5226011');
    const byName = thrown(() => entriesFromAssessment({ ...unmet, householdId: '张三家' }, options));
    expect(byName.message).toContain('张**');
    expect(byName.message).not.toContain('张三');
  });

  it('refuses a blank responsible unit, person or id prefix, each alone', () => {
    const unmet = assessment({ food: { status: 'unmet', reasons: [] } });
    for (const blank of [{ responsibleUnit: '  ' }, { responsiblePerson: '  ' }, { idPrefix: '  ' }]) {
      const error = thrown(() => entriesFromAssessment(unmet, { ...options, ...blank }));
      expect((error as DomainError).code, JSON.stringify(blank)).toBe('ledger/missing-text');
    }
  });

  it('trims the id prefix, and leaves householdId out when the household id is blank', () => {
    const unmet = assessment({ food: { status: 'unmet', reasons: [] } }, '  ');
    const [entry] = entriesFromAssessment(unmet, { ...options, idPrefix: ' P-1 ' });
    expect(entry?.id).toBe('P-1-food');
    expect(entry !== undefined && Object.hasOwn(entry, 'householdId')).toBe(false);
  });
});
