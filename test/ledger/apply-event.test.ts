import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, LedgerEntrySchema, validate, type LedgerEntry, type LedgerEvent, type LedgerEventType, type LedgerStatus } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { ACCEPTOR, ACTOR, baseEntry, EVENT_TYPES, goodEvent, ledgerEntryArb, PROPERTY_TIMEOUT, RESPONSIBLE, run, STATUSES } from './fixtures';

/** Where each event may go from each status; `undefined` = refused with ledger/transition-not-allowed. */
const EXPECTED: Readonly<Record<LedgerStatus, Partial<Record<LedgerEventType, LedgerStatus>>>> = {
  open: { start: 'rectifying', extend: 'open' },
  rectifying: { submit: 'awaiting-acceptance', extend: 'rectifying' },
  'awaiting-acceptance': { accept: 'closed', reject: 'rectifying', extend: 'awaiting-acceptance' },
  closed: { reopen: 'open' },
};

const at = (status: LedgerStatus): LedgerEntry => ({ ...baseEntry, status });

function refusal(entry: LedgerEntry, event: LedgerEvent): string {
  const result = applyEvent(entry, event);
  return result.ok ? 'accepted' : result.error.code;
}

describe('applyEvent', () => {
  describe('transition table: every status × every event type', () => {
    const cases = STATUSES.flatMap((status) => EVENT_TYPES.map((type) => [status, type, EXPECTED[status][type]] as const));

    it.each(cases)('%s + %s → %s', (status, type, to) => {
      const entry = at(status);
      const event = goodEvent(type);
      const result = applyEvent(entry, event);
      if (to === undefined) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('ledger/transition-not-allowed');
          expect(result.error.message['zh-CN']).not.toBe('');
          expect(result.error.message.en).toContain(status);
          expect(result.error.message.en).toContain(type);
        }
      } else {
        expect(result).toEqual({
          ok: true,
          entry: { ...entry, status: to, deadline: type === 'extend' ? '2020-04-30' : entry.deadline, history: [event] },
        });
      }
    });

    it('covers 24 cases, 8 of them allowed', () => {
      expect(cases).toHaveLength(24);
      expect(cases.filter(([, , to]) => to !== undefined)).toHaveLength(8);
    });
  });

  it('refuses a transition with a message in both languages', () => {
    expect(applyEvent(at('closed'), goodEvent('start'))).toEqual({
      ok: false,
      error: {
        code: 'ledger/transition-not-allowed',
        path: ['type'],
        evidence: { status: 'closed', type: 'start' },
        message: { 'zh-CN': '状态为「已销号」的条目不能执行「开始整改」', en: 'an entry that is closed cannot take a start event' },
      },
    });
  });

  it('runs the whole workflow: start, submit, reject, submit, accept (销号), reopen after 回头看', () => {
    const events: LedgerEvent[] = [
      goodEvent('start', '2020-02-12'),
      goodEvent('submit', '2020-03-01'),
      goodEvent('reject', '2020-03-02'),
      goodEvent('submit', '2020-03-20'),
      goodEvent('accept', '2020-03-25'),
      goodEvent('reopen', '2020-06-10'),
    ];
    const statuses: LedgerStatus[] = [];
    let entry = baseEntry;
    for (const event of events) {
      entry = run(entry, [event]);
      statuses.push(entry.status);
    }
    expect(statuses).toEqual(['rectifying', 'awaiting-acceptance', 'rectifying', 'awaiting-acceptance', 'closed', 'open']);
    expect(entry.history).toEqual(events);
    expect(validate(LedgerEntrySchema, entry)).toEqual({ ok: true, value: entry });
    // After reopening, the cycle starts again.
    expect(run(entry, [goodEvent('start', '2020-06-11')]).status).toBe('rectifying');
  });

  describe('event dates', () => {
    it('refuses an event dated before openedOn when the history is empty, and accepts the same day', () => {
      expect(applyEvent(baseEntry, goodEvent('start', '2020-02-09'))).toEqual({
        ok: false,
        error: {
          code: 'ledger/event-before-last',
          path: ['at'],
          evidence: { at: '2020-02-09', last: '2020-02-10' },
          message: {
            'zh-CN': '事件日期 2020-02-09 早于上一事件（或建账）日期 2020-02-10',
            en: 'the event is dated 2020-02-09, before the last event (or the opening) on 2020-02-10',
          },
        },
      });
      expect(applyEvent(baseEntry, goodEvent('start', '2020-02-10')).ok).toBe(true);
    });

    it('refuses an event dated before the last one in history, and accepts the same day', () => {
      const started = run(baseEntry, [goodEvent('start', '2020-03-01')]);
      expect(refusal(started, goodEvent('submit', '2020-02-29'))).toBe('ledger/event-before-last');
      expect(refusal(started, goodEvent('submit', '2020-03-01'))).toBe('accepted');
    });
  });

  describe('submit', () => {
    const rectifying = at('rectifying');
    it.each([
      ['missing', undefined],
      ['an empty string', ''],
      ['a blank string', '  '],
      ['an empty list', []],
      ['a list of blanks', ['', ' ']],
    ])('refuses evidence that is %s', (_, evidence) => {
      const event = { type: 'submit', at: '2020-03-01', by: ACTOR, ...(evidence === undefined ? {} : { evidence }) } as LedgerEvent;
      expect(applyEvent(rectifying, event)).toEqual({
        ok: false,
        error: {
          code: 'ledger/evidence-required',
          path: ['evidence'],
          evidence: {},
          message: { 'zh-CN': '提交验收须附整改佐证材料', en: 'submitting for acceptance needs evidence of the rectification' },
        },
      });
    });

    it('accepts one document, or a list with at least one', () => {
      expect(refusal(rectifying, { type: 'submit', at: '2020-03-01', by: ACTOR, evidence: '验收表.pdf' })).toBe('accepted');
      expect(refusal(rectifying, { type: 'submit', at: '2020-03-01', by: ACTOR, evidence: ['', '照片.jpg'] })).toBe('accepted');
    });
  });

  describe('accept', () => {
    const awaiting = at('awaiting-acceptance');
    it('refuses acceptance by the responsible person, comparing trimmed names, and masks the name', () => {
      expect(JSON.parse(JSON.stringify(applyEvent(awaiting, { type: 'accept', at: '2020-03-25', by: RESPONSIBLE })))).toMatchInlineSnapshot(`
        {
          "error": {
            "code": "ledger/self-acceptance",
            "evidence": {
              "by": "李*",
            },
            "message": {
              "en": "李* is the responsible person of this entry and cannot accept it",
              "zh-CN": "验收人 李* 是该问题的责任人，不能自己验收销号",
            },
            "path": [
              "by",
            ],
          },
          "ok": false,
        }
      `);
      expect(refusal(awaiting, { type: 'accept', at: '2020-03-25', by: ` ${RESPONSIBLE} ` })).toBe('ledger/self-acceptance');
      expect(refusal({ ...awaiting, responsiblePerson: `${RESPONSIBLE} ` }, { type: 'accept', at: '2020-03-25', by: RESPONSIBLE })).toBe(
        'ledger/self-acceptance',
      );
    });

    it('accepts another person and stores the trimmed name', () => {
      const result = applyEvent(awaiting, { type: 'accept', at: '2020-03-25', by: ` ${ACCEPTOR} ` });
      expect(result).toEqual({ ok: true, entry: { ...awaiting, status: 'closed', history: [{ type: 'accept', at: '2020-03-25', by: ACCEPTOR }] } });
    });

    it('needs an actor: a blank `by` is an invalid event', () => {
      expect(refusal(awaiting, { type: 'accept', at: '2020-03-25', by: '  ' })).toBe('ledger/invalid-event');
    });
  });

  describe('reasons', () => {
    it.each([
      ['reject', 'awaiting-acceptance', '退回整改'],
      ['reopen', 'closed', '重新打开'],
      ['extend', 'rectifying', '延期'],
    ] as const)('%s needs a non-blank reason', (type, status, zh) => {
      const { reason: _, ...withoutReason } = goodEvent(type, '2020-03-01');
      for (const event of [withoutReason, { ...withoutReason, reason: '' }, { ...withoutReason, reason: ' \n ' }]) {
        expect(applyEvent(at(status), event)).toEqual({
          ok: false,
          error: { code: 'ledger/reason-required', path: ['reason'], evidence: { type }, message: { 'zh-CN': `「${zh}」须说明理由`, en: `a ${type} event needs a reason` } },
        });
      }
    });
  });

  describe('extend', () => {
    const rectifying = at('rectifying');
    const extend = (deadline?: string): LedgerEvent => ({
      type: 'extend',
      at: '2020-03-20',
      by: ACTOR,
      reason: '雨季无法施工',
      ...(deadline === undefined ? {} : { deadline }),
    });

    it('moves the deadline later and keeps the status', () => {
      const result = applyEvent(rectifying, extend('2020-04-01'));
      expect(result).toEqual({ ok: true, entry: { ...rectifying, deadline: '2020-04-01', history: [extend('2020-04-01')] } });
    });

    it('refuses the same or an earlier deadline', () => {
      expect(applyEvent(rectifying, extend('2020-03-31'))).toEqual({
        ok: false,
        error: {
          code: 'ledger/deadline-not-later',
          path: ['deadline'],
          evidence: { deadline: '2020-03-31', current: '2020-03-31' },
          message: {
            'zh-CN': '新的整改时限 2020-03-31 须晚于当前时限 2020-03-31',
            en: 'the new deadline 2020-03-31 must be later than the current one, 2020-03-31',
          },
        },
      });
      expect(refusal(rectifying, extend('2020-03-15'))).toBe('ledger/deadline-not-later');
    });

    it('needs a new deadline', () => {
      expect(refusal(rectifying, extend())).toBe('ledger/deadline-required');
    });

    it('is refused on a closed entry', () => {
      expect(refusal(at('closed'), extend('2020-05-01'))).toBe('ledger/transition-not-allowed');
    });

    it('can be repeated, each time later', () => {
      const twice = run(rectifying, [extend('2020-04-15'), { ...extend('2020-05-15'), at: '2020-04-10' }]);
      expect(twice.deadline).toBe('2020-05-15');
      expect(twice.history).toHaveLength(2);
    });
  });

  describe('malformed events', () => {
    it.each([
      ['null', null, ['event']],
      ['a string', 'start', ['event']],
      ['an unknown type', { type: 'close', at: '2020-03-01', by: ACTOR }, ['type']],
      ['an impossible date', { type: 'start', at: '2020-02-30', by: ACTOR }, ['at']],
      ['no actor', { type: 'start', at: '2020-03-01' }, ['by']],
      ['an unknown field', { type: 'start', at: '2020-03-01', by: ACTOR, note: 'x' }, ['event']],
      ['a bad deadline', { type: 'extend', at: '2020-03-01', by: ACTOR, reason: 'r', deadline: '2020/04/01' }, ['deadline']],
    ])('refuses %s without throwing', (_, event, fields) => {
      const result = applyEvent(baseEntry, event as LedgerEvent);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('ledger/invalid-event');
        expect(result.error.issues?.length).toBeGreaterThan(0);
        expect(result.error.message.en).toBe(`the event is not valid (fields: ${fields.join(', ')})`);
      }
    });

    it('refuses a deadline on an event other than extend', () => {
      expect(applyEvent(baseEntry, { ...goodEvent('start'), deadline: '2020-05-01' })).toEqual({
        ok: false,
        error: {
          code: 'ledger/unexpected-deadline',
          path: ['deadline'],
          evidence: { type: 'start' },
          message: {
            'zh-CN': '只有延期事件可以带新的整改时限，「开始整改」事件不能带',
            en: 'only an extend event may carry a new deadline, not a start event',
          },
        },
      });
    });
  });

  it('does not mutate its input', () => {
    const started = run(baseEntry, [goodEvent('start', '2020-02-12')]);
    expectNoMutation({ entry: started, event: goodEvent('submit', '2020-03-01') }, (input) => applyEvent(input.entry, input.event));
    const entry = structuredClone(started);
    const result = applyEvent(entry, goodEvent('submit', '2020-03-01'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.entry).not.toBe(entry);
      expect(result.entry.history).not.toBe(entry.history);
      expect(result.entry.history).toHaveLength(2);
    }
  });

  it('never puts a raw name in a message (property)', () => {
    const names = [RESPONSIBLE, ACTOR, ACCEPTOR, '欧阳娜娜', 'Li Lei'];
    fc.assert(
      fc.property(
        ledgerEntryArb,
        fc.constantFrom(...EVENT_TYPES),
        fc.constantFrom(...names),
        fc.constantFrom(...names),
        fc.integer({ min: -5, max: 90 }),
        fc.constantFrom('good', 'bare', 'bad-type', 'bad-date', 'extra-field'),
        (generated, type, by, person, offset, shape) => {
          const date = new Date(Date.UTC(2020, 1, 10 + offset)).toISOString().slice(0, 10);
          const events: Record<typeof shape, unknown> = {
            good: { ...goodEvent(type, date), by },
            bare: { type, at: date, by },
            'bad-type': { type: by, at: date, by },
            'bad-date': { type, at: by, by },
            'extra-field': { type, at: date, by, [by]: by },
          };
          const entry = { ...generated, responsiblePerson: person };
          const result = applyEvent(entry, events[shape] as LedgerEvent);
          if (result.ok) return;
          const text = JSON.stringify(result.error);
          for (const name of names) expect(text).not.toContain(name);
        },
      ),
      { numRuns: 600 },
    );
  }, PROPERTY_TIMEOUT);

  it('keeps every entry it returns valid against LedgerEntrySchema (property)', () => {
    fc.assert(
      fc.property(ledgerEntryArb, (entry) => {
        expect(validate(LedgerEntrySchema, entry).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);
});
