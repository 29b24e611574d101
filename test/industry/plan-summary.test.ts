import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError, planSummary, zoneOutput, type IndustryPlan, type Zone } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { plan, thrown, workedExample } from './fixtures';

const hills: Zone = {
  id: 'Z2',
  name: '东山坡地',
  kind: 'slope',
  areaMu: 300,
  slopeDegrees: 20,
  plantings: [
    { crop: '茶', industry: 'tea', areaMu: 200, outputValuePerMu: 5000, horizon: 'long' },
    { crop: '辣椒', industry: 'chili', areaMu: 100, yieldKgPerMu: 1500, priceYuanPerKg: 4.2, horizon: 'short' },
  ],
};
const reservoir: Zone = {
  id: 'Z3',
  name: '水库',
  kind: 'water',
  areaMu: 50,
  plantings: [{ crop: '鱼', industry: 'fishery', areaMu: 50, outputValuePerMu: 4000 }],
};
const flats: Zone = {
  id: 'Z4',
  name: '第二坝区',
  kind: 'bazi',
  areaMu: 500,
  plantings: [
    { crop: '蔬菜', industry: 'vegetables', areaMu: 500, outputValuePerMu: 9000, season: 'spring' },
    { crop: '食用菌', areaMu: 100, outputValuePerMu: 20_000, season: 'winter' },
  ],
};
const county: IndustryPlan = plan({ zones: [workedExample, hills, reservoir, flats] });

describe('planSummary', () => {
  it('summarises each zone, applying targets by zone id before zone kind', () => {
    const summary = planSummary(county, { targets: { byKind: { bazi: 8000 }, byZoneId: { Z2: 4000 } } });
    expect(summary.planId).toBe('PLAN-2020');
    expect(summary.zones.map((z) => z.baziArea?.status)).toEqual(['met', undefined, undefined, 'met']);
    expect(summary.zones.map(({ assessment, baziArea, ...zone }) => zone)).toEqual([
      {
        zoneId: 'Z1',
        name: '示例坝区',
        kind: 'bazi',
        landMu: 600,
        sownMu: 600,
        outputValue: 2_280_000,
        outputValuePerMu: 3800,
        targetPerMu: 8000,
        met: false,
        status: 'unmet',
      },
      {
        zoneId: 'Z2',
        name: '东山坡地',
        kind: 'slope',
        landMu: 300,
        sownMu: 300,
        outputValue: 1_630_000,
        outputValuePerMu: 5433.33,
        targetPerMu: 4000,
        met: true,
        status: 'met',
      },
      {
        zoneId: 'Z3',
        name: '水库',
        kind: 'water',
        landMu: 50,
        sownMu: 50,
        outputValue: 200_000,
        outputValuePerMu: 4000,
        targetPerMu: undefined,
        met: undefined,
        status: 'no-target',
      },
      {
        zoneId: 'Z4',
        name: '第二坝区',
        kind: 'bazi',
        landMu: 500,
        sownMu: 600,
        outputValue: 6_500_000,
        outputValuePerMu: 13_000,
        targetPerMu: 8000,
        met: true,
        status: 'met',
      },
    ]);
    expect(summary.zones[0]?.assessment).toMatchObject({ gapTotal: 2_520_000, conversion: { mu: 324 } });
    expect(summary.zones[2]?.assessment).toBeUndefined();
  });

  it('totals the plan and reports whether every zone with a target meets it', () => {
    const summary = planSummary(county, { targets: { byKind: { bazi: 8000 } } });
    expect(summary.totals).toEqual({
      landMu: 1450,
      sownMu: 1550,
      outputValue: 10_610_000,
      outputValuePerMu: 7317.24,
      zonesWithTarget: 2,
      zonesMet: 1,
      met: false,
      status: 'unmet',
    });
    expect(planSummary(county, { targets: { byZoneId: { Z4: 13_000 } } }).totals).toMatchObject({
      zonesWithTarget: 1,
      zonesMet: 1,
      met: true,
      status: 'met',
    });
  });

  it('has no default target: without targets every zone is no-target', () => {
    const summary = planSummary(county);
    expect(summary.zones.map((z) => z.status)).toEqual(['no-target', 'no-target', 'no-target', 'no-target']);
    expect(summary.totals).toMatchObject({ zonesWithTarget: 0, zonesMet: 0, met: undefined, status: 'no-target' });
    expect(planSummary(county, { targets: {} })).toEqual(summary);
  });

  it('sums area and output value by industry in the order of INDUSTRIES, without an industry as other', () => {
    expect(planSummary(county).byIndustry).toEqual([
      { industry: 'tea', sownMu: 200, outputValue: 1_000_000 },
      { industry: 'vegetables', sownMu: 700, outputValue: 6_300_000 },
      { industry: 'chili', sownMu: 100, outputValue: 630_000 },
      { industry: 'fishery', sownMu: 50, outputValue: 200_000 },
      { industry: 'grain', sownMu: 400, outputValue: 480_000 },
      { industry: 'other', sownMu: 100, outputValue: 2_000_000 },
    ]);
  });

  it('summarises a plan without zones without dividing by zero', () => {
    expect(planSummary(plan(), { targets: { byKind: { bazi: 8000 } } })).toEqual({
      planId: 'PLAN-2020',
      zones: [],
      totals: {
        landMu: 0,
        sownMu: 0,
        outputValue: 0,
        outputValuePerMu: null,
        zonesWithTarget: 0,
        zonesMet: 0,
        met: undefined,
        status: 'no-target',
      },
      byIndustry: [],
    });
  });

  it('throws a DomainError for a target naming a zone the plan does not have', () => {
    const error = thrown(() => planSummary(county, { targets: { byZoneId: { Z9: 8000 } } }));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('industry/unknown-target-zone');
    expect(() => planSummary(county, { targets: { byKind: { bazi: -1 } } })).toThrow(/^tuopin: industry\/invalid-target:/);
  });

  it('does not take inherited keys for targets', () => {
    const withProto = planSummary(plan({ zones: [{ ...hills, id: 'toString' }] }), { targets: { byZoneId: {}, byKind: {} } });
    expect(withProto.zones[0]?.status).toBe('no-target');
  });

  it('does not mutate its input', () => {
    expectNoMutation({ county, targets: { byKind: { bazi: 8000 }, byZoneId: { Z2: 4000 } } }, (input) =>
      planSummary(input.county, { targets: input.targets }),
    );
  });

  it('totals equal the sum of the zones, in any order of zones', () => {
    const zoneArb = fc
      .record({
        areaTenths: fc.integer({ min: 1, max: 100_000 }),
        plantings: fc.array(
          fc.record({
            crop: fc.constantFrom('玉米', '茶', '蔬菜'),
            areaMu: fc.integer({ min: 1, max: 1000 }).map((n) => n / 10),
            outputValuePerMu: fc.integer({ min: 0, max: 2_000_000 }).map((n) => n / 100),
          }),
          { maxLength: 5 },
        ),
      })
      .map(({ areaTenths, plantings }) => ({ name: '区块', kind: 'slope' as const, areaMu: areaTenths / 10, plantings }));
    fc.assert(
      fc.property(fc.array(zoneArb, { maxLength: 8 }), (raw) => {
        const zones: Zone[] = raw.map((z, i) => ({ ...z, id: `Z${i}` }));
        const totals = planSummary(plan({ zones })).totals;
        const reversed = planSummary(plan({ zones: [...zones].reverse() })).totals;
        expect(reversed).toEqual(totals);
        const fen = zones.reduce((sum, z) => sum + Math.round(zoneOutput(z).outputValue * 100), 0);
        const tenths = zones.reduce((sum, z) => sum + Math.round(z.areaMu * 10), 0);
        expect(Math.round(totals.outputValue * 100)).toBe(fen);
        expect(totals.landMu).toBe(tenths / 10);
      }),
    );
  });
});
