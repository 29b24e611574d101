import fc from 'fast-check';
import {
  addCalendarDays,
  applyEvent,
  LedgerCategorySchema,
  LedgerEventTypeSchema,
  LedgerSourceSchema,
  LedgerStatusSchema,
  type LedgerEntry,
  type LedgerEvent,
  type LedgerEventType,
  type LedgerStatus,
} from '../../src/index';

/**
 * Room for a property test on a loaded machine (three TZ runs, other suites in parallel). A limit
 * against hanging, not a speed check: speed lives in bench/tasks/ledger.ts.
 */
export const PROPERTY_TIMEOUT = 60_000;

/** Names used in the tests. Raw names must never appear in a message. */
export const RESPONSIBLE = '李四';
export const ACTOR = '王五';
export const ACCEPTOR = '赵六';

export const STATUSES: readonly LedgerStatus[] = LedgerStatusSchema.options;
export const EVENT_TYPES: readonly LedgerEventType[] = LedgerEventTypeSchema.options;

/** A valid open entry: opened 2020-02-10, deadline 2020-03-31, no history. */
export const baseEntry: LedgerEntry = {
  id: 'L-1',
  unitCode: '522601101201',
  householdId: 'H-1',
  category: 'housing',
  source: 'unannounced-visit',
  description: '危房未改造',
  responsibleUnit: '住建局',
  responsiblePerson: RESPONSIBLE,
  measures: '实施危房改造并验收',
  openedOn: '2020-02-10',
  deadline: '2020-03-31',
  status: 'open',
  history: [],
};

/** An event of each type that meets every requirement of its type (date, evidence, reason, actor). */
export function goodEvent(type: LedgerEventType, at = '2020-02-12'): LedgerEvent {
  switch (type) {
    case 'start':
      return { type, at, by: ACTOR };
    case 'submit':
      return { type, at, by: ACTOR, evidence: ['改造前后照片.jpg', '验收表.pdf'] };
    case 'accept':
      return { type, at, by: ACCEPTOR };
    case 'reject':
      return { type, at, by: ACCEPTOR, reason: '佐证材料不足' };
    case 'reopen':
      return { type, at, by: ACCEPTOR, reason: '回头看发现问题反弹' };
    case 'extend':
      return { type, at, by: ACTOR, reason: '雨季无法施工', deadline: '2020-04-30' };
  }
}

/** Applies events one after another; throws when one is refused (test helper only). */
export function run(entry: LedgerEntry, events: readonly LedgerEvent[]): LedgerEntry {
  return events.reduce((current, event) => {
    const result = applyEvent(current, event);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.error.code}`);
    return result.entry;
  }, entry);
}

/** A closed entry: opened on `openedOn`, accepted on `acceptedOn`. */
export function closedEntry(id: string, openedOn: string, acceptedOn: string, deadline: string): LedgerEntry {
  return run({ ...baseEntry, id, openedOn, deadline }, [
    goodEvent('start', openedOn),
    goodEvent('submit', acceptedOn),
    goodEvent('accept', acceptedOn),
  ]);
}

const DAY0 = '2020-01-01';

/** The usual next event in each status, so that random walks often get as far as 销号 and back. */
const NEXT: Readonly<Record<LedgerStatus, LedgerEventType>> = {
  open: 'start',
  rectifying: 'submit',
  'awaiting-acceptance': 'accept',
  closed: 'reopen',
};

/**
 * Valid entries of every shape: a random walk of events applied with `applyEvent` (refused steps
 * skipped; mostly the usual next step), so status and history agree; and about one in six
 * "imported" with any status and an empty history.
 */
export const ledgerEntryArb: fc.Arbitrary<LedgerEntry> = fc
  .record({
    id: fc.integer({ min: 1, max: 9999 }).map((n) => `L-${n}`),
    unitCode: fc.constantFrom('522601', '522601101', '522601101201', '522602101203'),
    category: fc.constantFrom(...LedgerCategorySchema.options),
    source: fc.constantFrom(...LedgerSourceSchema.options),
    responsibleUnit: fc.constantFrom('住建局', '教育局', '水务局'),
    responsiblePerson: fc.constantFrom(RESPONSIBLE, ACTOR),
    opened: fc.integer({ min: 0, max: 60 }),
    window: fc.integer({ min: 0, max: 60 }),
    steps: fc.array(
      fc.record({
        type: fc.oneof({ weight: 3, arbitrary: fc.constant('next' as const) }, { weight: 2, arbitrary: fc.constantFrom(...EVENT_TYPES) }),
        gap: fc.integer({ min: 0, max: 6 }),
        by: fc.constantFrom(RESPONSIBLE, ACTOR, ACCEPTOR),
        more: fc.integer({ min: 1, max: 20 }),
      }),
      { maxLength: 14 },
    ),
    imported: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...STATUSES) }),
  })
  .map((r) => {
    const openedOn = addCalendarDays(DAY0, r.opened);
    let entry: LedgerEntry = {
      id: r.id,
      unitCode: r.unitCode,
      category: r.category,
      source: r.source,
      description: '问题描述',
      responsibleUnit: r.responsibleUnit,
      responsiblePerson: r.responsiblePerson,
      openedOn,
      deadline: addCalendarDays(openedOn, r.window),
      status: 'open',
      history: [],
    };
    if (r.imported !== null) return { ...entry, status: r.imported };
    let at = openedOn;
    for (const step of r.steps) {
      at = addCalendarDays(at, step.gap);
      const type = step.type === 'next' ? NEXT[entry.status] : step.type;
      const event: LedgerEvent = {
        ...goodEvent(type, at),
        by: step.by,
        ...(type === 'extend' ? { deadline: addCalendarDays(entry.deadline, step.more) } : {}),
      };
      const result = applyEvent(entry, event);
      if (result.ok) entry = result.entry;
    }
    return entry;
  });
