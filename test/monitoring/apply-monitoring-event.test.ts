import { describe, expect, it } from 'vitest';
import { applyMonitoringEvent, type MonitoringEvent, type MonitoringRecord, type Policy } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { household, months, policy, record, refusal } from './fixtures';

const measure = { kind: 'health', startedOn: '2021-06-01' } as const;
const decided = (overrides = {}) => record({ state: 'county-decided', ...overrides });
const assisted = (overrides = {}) => record({ state: 'under-assistance', measures: [measure], ...overrides });
const eliminate = (way: 'assisted' | 'natural', month = '2021-10'): MonitoringEvent => ({ type: 'eliminate-risk', at: '2021-10-20', by: '钱七', elimination: { way, month } });


describe('applyMonitoringEvent', () => {
  it('walks the whole workflow: identified → village review → township check → county decision → under assistance → risk eliminated', () => {
    let r = record();
    const steps: [MonitoringEvent, MonitoringRecord['state']][] = [
      [{ type: 'village-review', at: '2021-03-10', by: '孙一' }, 'village-reviewed'],
      [{ type: 'township-check', at: '2021-03-20', by: '周二' }, 'township-checked'],
      [{ type: 'county-decision', at: '2021-04-01', by: '吴三' }, 'county-decided'],
      [{ type: 'add-measure', at: '2021-06-01', by: '郑四', measure }, 'under-assistance'],
      [{ type: 'add-measure', at: '2021-06-05', by: '郑四', measure: { kind: 'social-protection', protection: 'dibao', startedOn: '2021-06-05' } }, 'under-assistance'],
      [eliminate('assisted'), 'risk-eliminated'],
    ];
    for (const [event, state] of steps) {
      const result = applyMonitoringEvent(r, event, { household: household(), policy });
      if (!result.ok) throw new Error(result.error.code);
      expect(result.record.state).toBe(state);
      r = result.record;
    }
    expect(r.measures).toHaveLength(2);
    expect(r.elimination).toEqual({ way: 'assisted', month: '2021-10' });
    expect(r.history.map((e) => e.type)).toEqual(['village-review', 'township-check', 'county-decision', 'add-measure', 'add-measure', 'eliminate-risk']);
  });

  it('matches its JSDoc example', () => {
    expect(applyMonitoringEvent(record(), { type: 'village-review', at: '2021-05-10', by: '王五' })).toEqual({
      ok: true,
      record: { ...record(), state: 'village-reviewed', history: [{ type: 'village-review', at: '2021-05-10', by: '王五' }] },
    });
  });

  it('eliminates naturally without a measure', () => {
    const result = applyMonitoringEvent(decided(), eliminate('natural'), { household: household(), policy });
    expect(result.ok && result.record.state).toBe('risk-eliminated');
  });

  it('rejects before the county decision, with a reason', () => {
    const result = applyMonitoringEvent(record({ state: 'village-reviewed' }), { type: 'reject', at: '2021-03-15', by: '周二', reason: '收入核实后高于监测范围' });
    expect(result.ok && result.record.state).toBe('not-included');
  });

  describe('refuses, with a stable code', () => {
    it('monitoring/invalid-event: a malformed event, with its issues', () => {
      const error = refusal(record(), { type: 'village-review', at: '2021-02-30', by: '' } as MonitoringEvent);
      expect(error.code).toBe('monitoring/invalid-event');
      expect(error.message['zh-CN']).toBe('事件格式无效（字段：at、by）');
      expect(error.issues?.map((i) => i.path)).toEqual([['at'], ['by']]);
    });
    it('monitoring/unexpected-field: a field the event type does not take', () => {
      expect(refusal(record(), { type: 'village-review', at: '2021-03-10', by: '孙一', measure })).toMatchObject({
        code: 'monitoring/unexpected-field',
        message: { en: 'a village-review event cannot carry the field measure' },
      });
    });
    it('monitoring/transition-not-allowed: skipping a step or acting on a closed record', () => {
      expect(refusal(record(), { type: 'county-decision', at: '2021-03-10', by: '吴三' }).message['zh-CN']).toBe(
        '状态为「已识别（待村评议）」的监测记录不能执行「县确定」',
      );
      expect(refusal(decided(), { type: 'reject', at: '2021-04-10', by: '吴三', reason: 'x' }).code).toBe('monitoring/transition-not-allowed');
      expect(refusal(record({ state: 'risk-eliminated', elimination: { way: 'natural', month: '2021-09' } }), { type: 'add-measure', at: '2021-10-01', by: '郑四', measure }).code).toBe(
        'monitoring/transition-not-allowed',
      );
    });
    it('monitoring/event-before-last', () => {
      const r = record({ state: 'village-reviewed', history: [{ type: 'village-review', at: '2021-03-10', by: '孙一' }] });
      expect(refusal(r, { type: 'township-check', at: '2021-03-09', by: '周二' })).toMatchObject({ code: 'monitoring/event-before-last', message: { en: 'the event is dated 2021-03-09, before the last event on 2021-03-10' } });
    });
    it('monitoring/event-before-identification', () => {
      expect(refusal(record(), { type: 'village-review', at: '2021-02-28', by: '孙一' }).code).toBe('monitoring/event-before-identification');
    });
    it('monitoring/recorder-decides: the data recorder cannot make the county decision or eliminate the risk (name masked)', () => {
      const error = refusal(record({ state: 'township-checked', recordedBy: '李四' }), { type: 'county-decision', at: '2021-05-20', by: ' 李四 ' });
      expect(error).toEqual({
        code: 'monitoring/recorder-decides',
        message: { 'zh-CN': '李* 是该户的信息采集人，不能作出「县确定」决定', en: '李* recorded this household\'s data and cannot make the county-decision decision' },
      });
      expect(refusal(assisted({ recordedBy: '钱七' }), eliminate('assisted')).code).toBe('monitoring/recorder-decides');
      // the recorder may still take part in the village review
      expect(applyMonitoringEvent(record({ recordedBy: '李四' }), { type: 'village-review', at: '2021-03-10', by: '李四' }).ok).toBe(true);
    });
    it('monitoring/reason-required: reject without a reason', () => {
      expect(refusal(record(), { type: 'reject', at: '2021-03-10', by: '孙一', reason: '  ' }).code).toBe('monitoring/reason-required');
    });
    it('monitoring/measure-required: add-measure without the measure', () => {
      expect(refusal(decided(), { type: 'add-measure', at: '2021-06-01', by: '郑四' }).code).toBe('monitoring/measure-required');
    });
    it('monitoring/elimination-required: eliminate-risk without way and month', () => {
      expect(refusal(assisted(), { type: 'eliminate-risk', at: '2021-10-20', by: '钱七' }).code).toBe('monitoring/elimination-required');
    });
    it('monitoring/no-measure-for-assisted: 帮扶消除 with no measure', () => {
      expect(refusal(decided(), eliminate('assisted'))).toMatchObject({ code: 'monitoring/no-measure-for-assisted', message: { 'zh-CN': '没有任何帮扶措施，不能以「帮扶消除」方式消除风险' } });
    });
    it('monitoring/elimination-before-identification: the month before the risk identification month', () => {
      expect(refusal(assisted(), eliminate('assisted', '2021-02'))).toMatchObject({
        code: 'monitoring/elimination-before-identification',
        message: { en: 'the elimination month 2021-02 is before the risk identification month 2021-03' },
      });
    });
    it('monitoring/elimination-after-event: a month after the event', () => {
      expect(refusal(assisted(), eliminate('assisted', '2021-11')).code).toBe('monitoring/elimination-after-event');
    });
    it('monitoring/household-required and monitoring/household-mismatch', () => {
      expect(refusal(assisted(), eliminate('assisted'), { policy }).code).toBe('monitoring/household-required');
      const error = refusal(assisted(), eliminate('assisted'), { household: household({ id: '11010519491231002X' }), policy });
      expect(error.code).toBe('monitoring/household-mismatch');
      expect(JSON.stringify(error)).not.toContain('11010519491231002X');
    });
    it('monitoring/test-unmet: elimination while the income test is unmet', () => {
      const error = refusal(assisted({ twelveMonths: months({ netIncome: 23999.99 }) }), eliminate('assisted'));
      expect(error).toEqual({
        code: 'monitoring/test-unmet',
        message: { 'zh-CN': '以下检查未达标，不能消除风险：收入不低于监测范围', en: 'these tests are unmet, so the risk cannot be eliminated: income' },
      });
    });
    it('monitoring/test-unmet: elimination while a 两不愁三保障 or water test is unmet', () => {
      const options = { household: household({ housing: { grade: 'C' as const }, water: { litresPerPersonPerDay: 10, piped: true, interruptionDaysPerYear: 1, qualityOk: true } }), policy };
      expect(refusal(assisted(), eliminate('assisted'), options).message.en).toBe('these tests are unmet, so the risk cannot be eliminated: basicNeeds, water');
    });
    it('monitoring/test-unknown: elimination while income cannot be judged (no line for the province)', () => {
      const noLine: Policy = { ...policy, monitoringLines: [] };
      expect(refusal(assisted(), eliminate('natural'), { household: household(), policy: noLine }).code).toBe('monitoring/test-unknown');
    });
  });

  it('does not mutate its input', () => {
    expectNoMutation({ r: assisted(), h: household() }, ({ r, h }) => applyMonitoringEvent(r, eliminate('assisted'), { household: h, policy }));
    expectNoMutation(decided(), (r) => applyMonitoringEvent(r, { type: 'add-measure', at: '2021-06-01', by: '郑四', measure }));
  });
});
