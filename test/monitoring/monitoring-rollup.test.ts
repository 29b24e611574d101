import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessMonitoring,
  DomainError,
  monitoringRollup,
  MonitoringStateSchema,
  MonitoringTypeSchema,
  RiskTypeSchema,
  type MonitoringCounts,
  type MonitoringRecord,
  type MonitoringRollupRow,
} from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { household, months, policy, record } from './fixtures';

const V1 = '522601101201';
const V2 = '522601101202';
const V3 = '522601102201'; // another township
const ASOF = '2021-12-31';

const records: MonitoringRecord[] = [
  record({ householdId: 'A', villageCode: V1, type: 'marginal', risks: [{ type: 'illness' }, { type: 'disability' }], riskIdentifiedMonth: '2021-03', state: 'under-assistance', measures: [{ kind: 'health', startedOn: '2021-04-01' }] }),
  record({ householdId: 'B', villageCode: V1, type: 'unstable-exited', risks: [{ type: 'disaster', disasterKind: '洪涝' }], riskIdentifiedMonth: '2021-03', state: 'risk-eliminated', elimination: { way: 'natural', month: '2021-09' } }),
  record({ householdId: 'C', villageCode: V2, type: 'sudden-hardship', risks: [{ type: 'accident' }], firstIdentifiedMonth: '2020-05', riskIdentifiedMonth: '2020-05', state: 'county-decided' }),
  record({ householdId: 'D', villageCode: V3, type: 'marginal', risks: [{ type: 'illness' }], riskIdentifiedMonth: '2021-06', state: 'not-included' }),
];

const row = (rows: readonly MonitoringRollupRow[], code: string) => rows.find((r) => r.code === code)!;

describe('monitoringRollup', () => {
  it('counts by type, risk type and state, per village, township and county', () => {
    const r = monitoringRollup({ records }, { asOf: ASOF, period: { from: '2021-01', to: '2021-12' }, longerThanMonths: 12 });
    expect(r.rows.map((x) => [x.level, x.code])).toEqual([
      ['county', '522601'],
      ['township', '522601101'],
      ['village', V1],
      ['village', V2],
      ['township', '522601102'],
      ['village', V3],
    ]);
    const county = row(r.rows, '522601');
    expect(county).toMatchObject({
      records: 4,
      monitored: 3,
      eliminated: 1,
      identifiedInPeriod: 2,
      eliminatedInPeriod: 1,
      longMonitored: 1, // C: 2020-05 → 2021-12 is 19 months
      eliminationRate: { numerator: 1, denominator: 3 },
    });
    expect(county.byType).toEqual({ 'unstable-exited': 1, marginal: 1, 'sudden-hardship': 1 });
    expect(county.byRisk).toMatchObject({ illness: 1, disability: 1, disaster: 1, accident: 1, other: 0 });
    expect(county.byState).toEqual({
      identified: 0,
      'village-reviewed': 0,
      'township-checked': 0,
      'county-decided': 1,
      'under-assistance': 1,
      'risk-eliminated': 1,
      'not-included': 1,
    });
    expect(row(r.rows, V3)).toMatchObject({ records: 1, monitored: 0, eliminationRate: null });
    expect(r.longMonitored).toEqual([{ householdId: 'C', villageCode: V2, state: 'county-decided', months: 19 }]);
  });

  it('leaves the period and long-monitoring counts null when not asked', () => {
    const county = monitoringRollup({ records }, { asOf: ASOF }).rows[0]!;
    expect([county.identifiedInPeriod, county.eliminatedInPeriod, county.longMonitored]).toEqual([null, null, null]);
  });

  it('lists 应纳未纳 (flagged, not in the register) and 帮扶未到位 (decided, a test unmet, no measure), ids masked', () => {
    // 20,000 yuan for three: below the line, after spending too, and a fall of 4/9 from 36,000
    const poor = { twelveMonths: months({ netIncome: 20000 }) };
    const assessments = [
      // flagged, no record at all
      assessMonitoring(household({ id: '52260119800101001X' }), undefined, { asOf: ASOF, policy }),
      // flagged, record not included: still not in the register
      assessMonitoring(household({ id: 'D', villageCode: V3 }), record({ householdId: 'D', villageCode: V3, ...poor }), { asOf: ASOF, policy }),
      // flagged, decided without a measure: 帮扶未到位
      assessMonitoring(household({ id: 'C', villageCode: V2 }), record({ householdId: 'C', villageCode: V2, ...poor }), { asOf: ASOF, policy }),
      // flagged, under assistance with a measure: neither list
      assessMonitoring(household({ id: 'A' }), record({ householdId: 'A', ...poor }), { asOf: ASOF, policy }),
      // not flagged
      assessMonitoring(household({ id: 'E' }), record({ householdId: 'E' }), { asOf: ASOF, policy }),
    ];
    const r = monitoringRollup({ records, assessments }, { asOf: ASOF });
    expect(r.notInRegister).toEqual([
      { householdId: '5226************1X', villageCode: V1, tests: ['income'] },
      { householdId: 'D', villageCode: V3, tests: ['income', 'spending', 'drop'] },
    ]);
    expect(r.assistanceMissing).toEqual([{ householdId: 'C', villageCode: V2, state: 'county-decided', tests: ['income', 'spending', 'drop'] }]);
    expect(row(r.rows, '522601')).toMatchObject({ notInRegister: 2, assistanceMissing: 1 });
    expect(JSON.stringify(r)).not.toContain('52260119800101001X');
  });

  it('refuses bad options and duplicate assessments', () => {
    expect(() => monitoringRollup({ records }, { asOf: ASOF, period: { from: '2021-12', to: '2021-01' } })).toThrow(DomainError);
    expect(() => monitoringRollup({ records }, { asOf: ASOF, longerThanMonths: -1 })).toThrow(/monitoring\/invalid-months/);
    const a = assessMonitoring(household(), undefined, { asOf: ASOF, policy });
    expect(() => monitoringRollup({ records, assessments: [a, a] }, { asOf: ASOF })).toThrow(/monitoring\/duplicate-assessment/);
  });

  it('does not mutate its input', () => {
    expectNoMutation({ records }, (input) => monitoringRollup(input, { asOf: ASOF, period: { from: '2021-01', to: '2021-12' }, longerThanMonths: 3 }));
  });

  describe('laws', () => {
    const villages = ['522601101201', '522601101202', '522601102201', '522601102202', '522602101201'];
    const months2 = fc.constantFrom('2020-06', '2021-01', '2021-03', '2021-07', '2021-11');
    const arbRecord = (i: number) =>
      fc
        .record({
          villageCode: fc.constantFrom(...villages),
          type: fc.constantFrom(...MonitoringTypeSchema.options),
          risk: fc.constantFrom(...RiskTypeSchema.options.filter((r) => r !== 'disaster')),
          state: fc.constantFrom(...MonitoringStateSchema.options),
          month: months2,
          measured: fc.boolean(),
        })
        .map(({ villageCode, type, risk, state, month, measured }) =>
          record({
            householdId: `H-${i}`,
            villageCode,
            type,
            risks: [{ type: risk }],
            firstIdentifiedMonth: month,
            riskIdentifiedMonth: month,
            state,
            measures: measured ? [{ kind: 'employment', startedOn: '2021-12-01' }] : [],
            ...(state === 'risk-eliminated' ? { elimination: { way: 'natural' as const, month: '2021-12' } } : {}),
          }),
        );
    const arbRecords = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbRecord(i))));
    const options = { asOf: ASOF, period: { from: '2021-01', to: '2021-12' }, longerThanMonths: 6 };
    const scalar = (c: MonitoringCounts): number[] => [
      c.records,
      c.monitored,
      c.eliminated,
      c.identifiedInPeriod!,
      c.eliminatedInPeriod!,
      c.longMonitored!,
      ...Object.values(c.byType),
      ...Object.values(c.byRisk),
      ...Object.values(c.byState),
    ];

    it('every total is the sum of its parts (county = Σ townships = Σ villages)', () => {
      fc.assert(
        fc.property(arbRecords, (rs) => {
          const r = monitoringRollup({ records: rs }, options);
          for (const parent of r.rows.filter((x) => x.level !== 'village')) {
            const childLevel = parent.level === 'county' ? 'township' : 'village';
            const children = r.rows.filter((x) => x.level === childLevel && x.code.startsWith(parent.code));
            const sum = children.reduce((acc, c) => acc.map((v, i) => v + scalar(c)[i]!), scalar(parent).map(() => 0));
            expect(sum).toEqual(scalar(parent));
          }
          const counties = r.rows.filter((x) => x.level === 'county');
          expect(counties.reduce((n, c) => n + c.records, 0)).toBe(rs.length);
          for (const x of r.rows) {
            expect(Object.values(x.byState).reduce((a, b) => a + b, 0)).toBe(x.records);
            expect(Object.values(x.byType).reduce((a, b) => a + b, 0)).toBe(x.monitored);
          }
        }),
        { numRuns: 60 },
      );
    });

    it('does not depend on the order of the records', () => {
      fc.assert(
        fc.property(arbRecords.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), ([rs, shuffled]) => {
          expect(monitoringRollup({ records: shuffled }, options)).toEqual(monitoringRollup({ records: rs }, options));
        }),
        { numRuns: 60 },
      );
    });
  });
});
