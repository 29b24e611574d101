import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, clearanceTimeline, DomainError, InvalidDateError, ledgerSummary, MAX_TIMELINE_DAYS, type ClearanceDay, type LedgerEntry } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { baseEntry, closedEntry, goodEvent, ledgerEntryArb, PROPERTY_TIMEOUT, run } from './fixtures';

const day = (date: string, open: number, closed: number, openedThatDay = 0, closedThatDay = 0, reopenedThatDay = 0): ClearanceDay => ({
  date,
  open,
  closed,
  openedThatDay,
  closedThatDay,
  reopenedThatDay,
});

// A: opened 03-01, accepted 03-03, reopened 03-05 (回头看), accepted again 03-06.
const a = run({ ...baseEntry, id: 'A', openedOn: '2020-03-01' }, [
  goodEvent('start', '2020-03-01'),
  goodEvent('submit', '2020-03-02'),
  goodEvent('accept', '2020-03-03'),
  goodEvent('reopen', '2020-03-05'),
  goodEvent('start', '2020-03-05'),
  goodEvent('submit', '2020-03-06'),
  goodEvent('accept', '2020-03-06'),
]);
// B: opened 03-02 and closed the same day. C: opened 03-04, still open.
const b = closedEntry('B', '2020-03-02', '2020-03-02', '2020-03-31');
const c: LedgerEntry = { ...baseEntry, id: 'C', openedOn: '2020-03-04' };

describe('clearanceTimeline', () => {
  it('rebuilds open and closed counts day by day, a reopened entry open again from its reopen date', () => {
    expect(clearanceTimeline([a, b, c], { from: '2020-02-29', to: '2020-03-07' })).toEqual([
      day('2020-02-29', 0, 0),
      day('2020-03-01', 1, 0, 1),
      day('2020-03-02', 1, 1, 1, 1),
      day('2020-03-03', 0, 2, 0, 1),
      day('2020-03-04', 1, 2, 1),
      day('2020-03-05', 2, 1, 0, 0, 1),
      day('2020-03-06', 1, 2, 0, 1),
      day('2020-03-07', 1, 2),
    ]);
  });

  it('starts from the state at the end of the day before `from`', () => {
    expect(clearanceTimeline([a, b, c], { from: '2020-03-05', to: '2020-03-05' })).toEqual([day('2020-03-05', 2, 1, 0, 0, 1)]);
  });

  it('counts only the state at the end of a day when an entry is accepted and reopened on the same day', () => {
    const bounced = run({ ...baseEntry, status: 'awaiting-acceptance', openedOn: '2020-03-01' }, [
      goodEvent('accept', '2020-03-02'),
      goodEvent('reopen', '2020-03-02'),
    ]);
    expect(clearanceTimeline([bounced], { from: '2020-03-02', to: '2020-03-02' })).toEqual([day('2020-03-02', 1, 0)]);
  });

  it('leaves an entry closed without an accept in its history open, and ignores entries opened after `to`', () => {
    const imported: LedgerEntry = { ...baseEntry, status: 'closed', openedOn: '2020-03-01' };
    const later: LedgerEntry = { ...baseEntry, openedOn: '2020-04-01' };
    expect(clearanceTimeline([imported, later], { from: '2020-03-31', to: '2020-03-31' })).toEqual([day('2020-03-31', 1, 0)]);
  });

  it('reads from and to in China time', () => {
    const days = clearanceTimeline([c], { from: '2020-03-03T16:00:00Z', to: new Date('2020-03-04T15:59:59Z') });
    expect(days).toEqual([day('2020-03-04', 1, 0, 1)]);
  });

  it(`answers at most ${MAX_TIMELINE_DAYS} days and refuses a reversed range`, () => {
    expect(clearanceTimeline([], { from: '2020-01-01', to: addCalendarDays('2020-01-01', MAX_TIMELINE_DAYS - 1) })).toHaveLength(MAX_TIMELINE_DAYS);
    expect(() => clearanceTimeline([], { from: '2020-01-01', to: addCalendarDays('2020-01-01', MAX_TIMELINE_DAYS) })).toThrow(/ledger\/range-too-long/);
    expect(() => clearanceTimeline([], { from: '2020-01-02', to: '2020-01-01' })).toThrow(DomainError);
    expect(() => clearanceTimeline([], { from: '2020-02-30', to: '2020-03-01' })).toThrow(InvalidDateError);
  });

  it('does not mutate its input', () => {
    expectNoMutation([a, b, c], (input) => clearanceTimeline(input, { from: '2020-03-01', to: '2020-03-07' }));
  });

  it('balances every day, does not depend on where it starts, and ends where the statuses are (property)', () => {
    fc.assert(
      fc.property(fc.array(ledgerEntryArb, { maxLength: 30 }), fc.integer({ min: 1, max: 150 }), (list, cut) => {
        const from = '2019-12-25';
        const to = '2020-06-30'; // after every generated event (the last is in late May at most)
        const days = clearanceTimeline(list, { from, to });
        const openings = new Map<string, number>();
        for (const e of list) openings.set(e.openedOn, (openings.get(e.openedOn) ?? 0) + 1);
        let openedSoFar = 0;
        const expected = days.map((d, i) => {
          const openedThatDay = openings.get(d.date) ?? 0;
          openedSoFar += openedThatDay;
          const previousOpen = i === 0 ? 0 : (days[i - 1] as ClearanceDay).open;
          return { openedThatDay, total: openedSoFar, open: previousOpen + openedThatDay + d.reopenedThatDay - d.closedThatDay };
        });
        expect(days.map((d) => ({ openedThatDay: d.openedThatDay, total: d.open + d.closed, open: d.open }))).toEqual(expected);
        const start = addCalendarDays(from, cut);
        expect(clearanceTimeline(list, { from: start, to })).toEqual(days.slice(cut));
        const withHistory = list.filter((e) => e.status !== 'closed' || e.history.some((ev) => ev.type === 'accept'));
        const last = clearanceTimeline(withHistory, { from: to, to })[0];
        const total = ledgerSummary(withHistory, { asOf: to }).total;
        expect(last?.closed).toBe(total.closed);
        expect(last?.open).toBe(total.total - total.closed);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);
});
