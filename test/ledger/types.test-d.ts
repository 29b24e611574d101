import { describe, expectTypeOf, it } from 'vitest';
import { applyEvent, isOverdue, threeLists, type ApplyEventResult, type LedgerEntry, type LedgerError, type LedgerErrorCode } from '../../src/index';

declare const entry: LedgerEntry;

describe('ledger types', () => {
  it('narrows the result of applyEvent on ok', () => {
    const result = applyEvent(entry, { type: 'start', at: '2020-02-12', by: '王五' });
    if (result.ok) expectTypeOf(result.entry).toEqualTypeOf<LedgerEntry>();
    else expectTypeOf(result.error).toEqualTypeOf<LedgerError>();
  });

  it('has a closed set of refusal codes', () => {
    expectTypeOf<'ledger/self-acceptance'>().toExtend<LedgerErrorCode>();
    // @ts-expect-error not a ledger refusal code
    const code: LedgerErrorCode = 'ledger/no-such-code';
    void code;
  });

  it('takes threeLists options as optional, and overdue flags as optional in its rows', () => {
    expectTypeOf(threeLists([entry]).rectifications[0]?.overdue).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(threeLists([entry], { asOf: '2020-03-26' }).responsibilities[0]?.persons[0]?.overdue).toEqualTypeOf<number | undefined>();
    // @ts-expect-error asOf is a date, not a number of days
    threeLists([entry], { asOf: 5 });
  });

  it('takes an untrusted event as unknown (it is validated inside), so a request body needs no cast', () => {
    const body: unknown = JSON.parse('{"type":"start","at":"2020-02-12","by":"王五"}');
    expectTypeOf(applyEvent).parameter(1).toEqualTypeOf<unknown>();
    expectTypeOf(applyEvent(entry, body)).toEqualTypeOf<ApplyEventResult>();
    // An event of an unknown type compiles and is refused at run time (`ledger/invalid-event`).
    expectTypeOf(applyEvent(entry, { type: 'close', at: '2020-02-12', by: '王五' })).toEqualTypeOf<ApplyEventResult>();
  });
});

describe('isOverdue types', () => {
  it('takes { asOf } last, and the deprecated positional asOf until 0.3.0', () => {
    expectTypeOf(isOverdue(entry, { asOf: '2020-04-01' })).toEqualTypeOf<boolean>();
    expectTypeOf(isOverdue(entry, new Date())).toEqualTypeOf<boolean>();
    // @ts-expect-error asOf is a date, not a number
    isOverdue(entry, { asOf: 5 });
  });
});
