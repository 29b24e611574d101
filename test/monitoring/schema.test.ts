import { describe, expect, it } from 'vitest';
import { MonitoringRecordSchema, validate } from '../../src/index';
import { record } from './fixtures';

const base = () => ({ ...record() }) as Record<string, unknown>;
const codes = (value: unknown) => {
  const result = validate(MonitoringRecordSchema, value);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
};

describe('MonitoringRecordSchema', () => {
  it('accepts the baseline record and defaults measures and history to empty lists', () => {
    const { measures: _m, history: _h, ...rest } = base();
    const parsed = MonitoringRecordSchema.parse(rest);
    expect(parsed.measures).toEqual([]);
    expect(parsed.history).toEqual([]);
  });

  it('checks months, risks, measures and the elimination', () => {
    expect(codes({ ...base(), riskIdentifiedMonth: '2021-13' })).toEqual([['month/invalid', 'riskIdentifiedMonth']]);
    expect(codes({ ...base(), riskIdentifiedMonth: '2021-02' })).toEqual([['monitoring/risk-before-first', 'riskIdentifiedMonth']]);
    expect(codes({ ...base(), risks: [{ type: 'disaster' }] })).toEqual([['risk/disaster-kind-required', 'risks.0.disasterKind']]);
    expect(codes({ ...base(), risks: [{ type: 'illness', disasterKind: '洪涝' }] })).toEqual([['risk/disaster-kind-unexpected', 'risks.0.disasterKind']]);
    expect(codes({ ...base(), risks: [{ type: 'disaster', disasterKind: '洪涝' }, { type: 'disaster', disasterKind: '干旱' }] })).toEqual([]);
    expect(codes({ ...base(), risks: [{ type: 'illness' }, { type: 'illness' }] })).toEqual([['monitoring/duplicate-risk', 'risks.1']]);
    expect(codes({ ...base(), risks: Array.from({ length: 6 }, (_, i) => ({ type: 'disaster', disasterKind: `k${i}` })) }).map((c) => c[1])).toEqual(['risks']);
    expect(codes({ ...base(), measures: [{ kind: 'social-protection', startedOn: '2021-04-01' }] })).toEqual([['measure/protection-required', 'measures.0.protection']]);
    expect(codes({ ...base(), state: 'risk-eliminated' })).toEqual([['monitoring/elimination-missing', 'elimination']]);
    expect(codes({ ...base(), elimination: { way: 'natural', month: '2021-06' } })).toEqual([['monitoring/elimination-unexpected', 'elimination']]);
    expect(codes({ ...base(), state: 'risk-eliminated', elimination: { way: 'natural', month: '2021-01' } })).toEqual([
      ['monitoring/elimination-before-identification', 'elimination.month'],
    ]);
  });
});
