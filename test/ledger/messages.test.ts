import { describe, expect, it } from 'vitest';
import { LEDGER_EVENT_ZH, LEDGER_MESSAGES, LEDGER_STATUS_ZH, LedgerEventTypeSchema, LedgerStatusSchema, LOCALES } from '../../src/index';

const SAMPLE = { fields: ['at', 'by'], status: 'closed', type: 'extend', at: '2020-03-01', last: '2020-03-02', by: '李*', deadline: '2020-04-01', current: '2020-03-31' };

describe('LEDGER_MESSAGES', () => {
  it('renders every code in every locale (parity)', () => {
    for (const [code, template] of Object.entries(LEDGER_MESSAGES)) {
      for (const locale of LOCALES) {
        expect(template[locale](SAMPLE).trim(), `${code} ${locale}`).not.toBe('');
        expect(template[locale]({}).trim(), `${code} ${locale} without evidence`).not.toBe('');
      }
      expect(Object.keys(template).sort(), code).toEqual([...LOCALES].sort());
    }
  });

  it('names every status and event type in Chinese', () => {
    expect(Object.keys(LEDGER_STATUS_ZH).sort()).toEqual([...LedgerStatusSchema.options].sort());
    expect(Object.keys(LEDGER_EVENT_ZH).sort()).toEqual([...LedgerEventTypeSchema.options].sort());
  });
});
