import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  assessHouseholds,
  assessMonitoring,
  auditRegister,
  chinaDate,
  comparePolicies,
  createAudit,
  defaultPolicy,
  diffRegisters,
  InvalidDateError,
  ledgerSummary,
  monitoringFlags,
  type Household,
} from '../../src/index';
import { thrown } from '../fixtures/thrown';

// A rule's day is required (date functions take asOf): leaving the options out, or the asOf in
// them, is a structured InvalidDateError saying no date was given, not a TypeError from reading
// a property of undefined.

const household = {
  id: 'H-1',
  villageCode: '522601101201',
  status: 'poor',
  members: [{ idNumber: '110105194912310021', name: '张三', relation: 'head' }],
} as Household;

const MISSING = { 'zh-CN': '未给出日期（例如评估日期 asOf）', en: 'no date was given (such as the asOf of an assessment)' };


describe('a missing asOf', () => {
  it('chinaDate(undefined) says that no date was given', () => {
    const error = thrown(() => chinaDate(undefined as never));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error).toMatchObject({ code: 'date/invalid', message: `tuopin: date/invalid: ${MISSING['zh-CN']} / ${MISSING.en}` });
  });

  const calls: Record<string, (options: never) => unknown> = {
    assessHousehold: (o) => assessHousehold(household, o),
    assessHouseholds: (o) => [...assessHouseholds([household], o)],
    auditRegister: (o) => auditRegister([household], o),
    createAudit: (o) => createAudit(o),
    monitoringFlags: (o) => monitoringFlags(household, o),
    comparePolicies: (o) => comparePolicies([household], defaultPolicy, defaultPolicy, o),
    diffRegisters: (o) => diffRegisters([household], [household], o),
    ledgerSummary: (o) => ledgerSummary([], o),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(`${name} without options, or without asOf, throws InvalidDateError`, () => {
      for (const options of [undefined, {}]) {
        const error = thrown(() => call(options as never));
        expect(error, String(options)).toBeInstanceOf(InvalidDateError);
        expect((error as InvalidDateError).message).toContain(MISSING.en);
      }
    });
  }

  it('assessMonitoring without asOf throws InvalidDateError too', () => {
    const record = { householdId: 'H-1', type: 'unstable-exited', state: 'monitored', firstIdentifiedMonth: '2021-04', riskIdentifiedMonth: '2021-04', risks: ['illness'] };
    const error = thrown(() => assessMonitoring(household, record as never, {} as never));
    expect(error).toBeInstanceOf(InvalidDateError);
  });
});
