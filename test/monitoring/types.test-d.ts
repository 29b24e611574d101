import { describe, expectTypeOf, it } from 'vitest';
import {
  applyMonitoringEvent,
  assessMonitoring,
  type CheckStatus,
  type MonitoringRecord,
  type MonitoringRecordInput,
  type MonitoringRefusalCode,
  type MonitoringTestName,
  type Risk,
} from '../../src/index';

describe('monitoring types', () => {
  it('lets an application leave out measures and history before validation, not after', () => {
    expectTypeOf<MonitoringRecordInput['measures']>().toEqualTypeOf<MonitoringRecord['measures'] | undefined>();
    expectTypeOf<MonitoringRecord['measures']>().not.toBeUndefined();
    // @ts-expect-error not a risk type of the register
    const bad: Risk = { type: 'because-of-weather' };
    void bad;
  });

  it('narrows the workflow result and names the tests', () => {
    type Result = ReturnType<typeof applyMonitoringEvent>;
    // An untrusted event is `unknown`: it is validated inside (`monitoring/invalid-event`).
    expectTypeOf(applyMonitoringEvent).parameter(1).toEqualTypeOf<unknown>();
    expectTypeOf<Extract<Result, { ok: true }>['record']>().toEqualTypeOf<MonitoringRecord>();
    expectTypeOf<Extract<Result, { ok: false }>['error']['code']>().toEqualTypeOf<MonitoringRefusalCode>();
    type Assessment = ReturnType<typeof assessMonitoring>;
    expectTypeOf<keyof Assessment['checks']>().toEqualTypeOf<MonitoringTestName>();
    expectTypeOf<Assessment['status']>().toEqualTypeOf<CheckStatus>();
    expectTypeOf<Assessment['shouldBeMonitored']>().toEqualTypeOf<boolean | null>();
  });
});
