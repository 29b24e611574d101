import { describe, expect, it } from 'vitest';
import { applyEvent, type LedgerEntry, type LedgerEvent } from '../../src/index';
import { ACCEPTOR, ACTOR, baseEntry, goodEvent, RESPONSIBLE, run } from './fixtures';

// 销号 rules: the responsible person never accepts their own entry, however the names are
// padded; a submission carries evidence; a rejection, reopening or extension gives a reason; an
// extension moves the deadline later; events never go back in time.

const refusal = (entry: LedgerEntry, event: LedgerEvent): string => {
  const result = applyEvent(entry, event);
  return result.ok ? 'accepted' : result.error.code;
};
const awaiting = run(baseEntry, [goodEvent('start', '2020-02-12'), goodEvent('submit', '2020-03-01')]);

describe('applyEvent: self-acceptance', () => {
  it('refuses the responsible person however either name is padded', () => {
    for (const responsiblePerson of [RESPONSIBLE, ` ${RESPONSIBLE} `, `　${RESPONSIBLE}`, `${RESPONSIBLE}\t`]) {
      for (const by of [RESPONSIBLE, ` ${RESPONSIBLE} `, `${RESPONSIBLE} `]) {
        expect(refusal({ ...awaiting, responsiblePerson }, { type: 'accept', at: '2020-03-02', by })).toBe('ledger/self-acceptance');
      }
    }
  });

  it('masks the name in the refusal', () => {
    const result = applyEvent({ ...awaiting, responsiblePerson: ` ${RESPONSIBLE} ` }, { type: 'accept', at: '2020-03-02', by: RESPONSIBLE });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message['zh-CN']).toBe('验收人 李* 是该问题的责任人，不能自己验收销号');
      expect(JSON.stringify(result.error)).not.toContain(RESPONSIBLE);
    }
  });

  it('accepts another person, even one whose name contains the responsible person’s', () => {
    expect(refusal(awaiting, { type: 'accept', at: '2020-03-02', by: ACCEPTOR })).toBe('accepted');
    expect(refusal(awaiting, { type: 'accept', at: '2020-03-02', by: `${RESPONSIBLE}明` })).toBe('accepted');
  });
});

describe('applyEvent: what each event needs', () => {
  const rectifying = run(baseEntry, [goodEvent('start', '2020-02-12')]);

  it('needs evidence to submit: a blank text or a list of blanks is none', () => {
    for (const evidence of ['', '  ', [], ['', ' ']]) {
      expect(refusal(rectifying, { type: 'submit', at: '2020-03-01', by: ACTOR, evidence })).toBe('ledger/evidence-required');
    }
    expect(refusal(rectifying, { type: 'submit', at: '2020-03-01', by: ACTOR })).toBe('ledger/evidence-required');
    expect(refusal(rectifying, { type: 'submit', at: '2020-03-01', by: ACTOR, evidence: ['', '照片.jpg'] })).toBe('accepted');
    expect(refusal(rectifying, { type: 'submit', at: '2020-03-01', by: ACTOR, evidence: '照片.jpg' })).toBe('accepted');
  });

  it('needs a reason to reject, reopen or extend', () => {
    const closed = run(awaiting, [goodEvent('accept', '2020-03-02')]);
    const cases: [LedgerEntry, LedgerEvent][] = [
      [awaiting, { type: 'reject', at: '2020-03-02', by: ACCEPTOR, reason: ' ' }],
      [closed, { type: 'reopen', at: '2020-03-03', by: ACCEPTOR }],
      [rectifying, { type: 'extend', at: '2020-03-01', by: ACTOR, reason: '', deadline: '2020-04-30' }],
    ];
    for (const [entry, event] of cases) expect(refusal(entry, event)).toBe('ledger/reason-required');
  });

  it('extends only to a later deadline, and keeps the status', () => {
    const extend = (deadline?: string): LedgerEvent =>
      deadline === undefined
        ? { type: 'extend', at: '2020-03-01', by: ACTOR, reason: '雨季' }
        : { type: 'extend', at: '2020-03-01', by: ACTOR, reason: '雨季', deadline };
    expect(refusal(rectifying, extend('2020-03-31'))).toBe('ledger/deadline-not-later');
    expect(refusal(rectifying, extend('2020-03-30'))).toBe('ledger/deadline-not-later');
    expect(refusal(rectifying, extend())).toBe('ledger/deadline-required');
    const result = applyEvent(rectifying, extend('2020-04-01'));
    expect(result).toMatchObject({ ok: true, entry: { status: 'rectifying', deadline: '2020-04-01' } });
  });

  it('refuses a deadline on any event but an extension', () => {
    expect(refusal(rectifying, { ...goodEvent('submit', '2020-03-01'), deadline: '2020-05-01' } as LedgerEvent)).toBe(
      'ledger/unexpected-deadline',
    );
  });

  it('takes an event on the day of the last one, not the day before', () => {
    expect(refusal(rectifying, goodEvent('submit', '2020-02-12'))).toBe('accepted');
    expect(refusal(rectifying, goodEvent('submit', '2020-02-11'))).toBe('ledger/event-before-last');
    expect(refusal(baseEntry, goodEvent('start', '2020-02-10'))).toBe('accepted');
    expect(refusal(baseEntry, goodEvent('start', '2020-02-09'))).toBe('ledger/event-before-last');
  });
});
