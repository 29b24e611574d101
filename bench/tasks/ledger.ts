import type { BenchTask } from '../index';
import { addCalendarDays, applyEvent, clearanceTimeline, ledgerSummary, threeLists, type LedgerEntry, type LedgerEvent } from '../../src/index';

const N = 10_000;
const STATUSES = ['open', 'rectifying', 'awaiting-acceptance', 'closed'] as const;

/** 10,000 entries opened over 2020, a quarter of them through the whole workflow to 销号. */
const entries: LedgerEntry[] = Array.from({ length: N }, (_, i) => {
  const openedOn = addCalendarDays('2020-01-01', i % 300);
  const status = STATUSES[i % 4] ?? 'open';
  const history: LedgerEvent[] =
    status === 'closed'
      ? [
          { type: 'start', at: addCalendarDays(openedOn, 1), by: '王五' },
          { type: 'submit', at: addCalendarDays(openedOn, 10), by: '王五', evidence: '照片' },
          { type: 'accept', at: addCalendarDays(openedOn, 12 + (i % 40)), by: '赵六' },
        ]
      : [];
  return {
    id: `L-${i}`,
    unitCode: `5226011012${String(i % 100).padStart(2, '0')}`,
    category: 'housing',
    source: 'self-check',
    description: '危房未改造',
    responsibleUnit: `单位${i % 20}`,
    responsiblePerson: `责任人${i % 200}`,
    openedOn,
    deadline: addCalendarDays(openedOn, 30),
    status,
    history,
  };
});
const open = entries.filter((e) => e.status === 'open');
const start: LedgerEvent = { type: 'start', at: '2020-12-31', by: '王五' };

export const tasks: readonly BenchTask[] = [
  { name: 'ledger: applyEvent (start)', unitsPerOp: open.length, unit: 'events', fn: () => open.map((e) => applyEvent(e, start)) },
  { name: 'ledger: ledgerSummary by unit', unitsPerOp: N, unit: 'entries', fn: () => ledgerSummary(entries, { asOf: '2020-06-30', by: 'unit' }) },
  {
    name: 'ledger: clearanceTimeline, 366 days',
    unitsPerOp: N,
    unit: 'entries',
    fn: () => clearanceTimeline(entries, { from: '2020-01-01', to: '2020-12-31' }),
  },
  { name: 'ledger: threeLists', unitsPerOp: N, unit: 'entries', fn: () => threeLists(entries, { asOf: '2020-06-30' }) },
];
