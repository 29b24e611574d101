import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessZoneTarget, DomainError, type Planting, type Zone } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { thrown, workedExample, workedExampleMoved } from './fixtures';

const zone = (areaMu: number, plantings: Planting[]): Zone => ({ id: 'Z', name: '区块', kind: 'slope', areaMu, plantings });
const codes = (result: { reasons: readonly { code: string }[] }) => result.reasons.map((r) => r.code);

describe('assessZoneTarget', () => {
  it('pins the worked example: gap 4,200 per 亩, 2,520,000 in total, 324 亩 of maize to vegetables', () => {
    const { reasons, ...result } = assessZoneTarget(workedExample, { targetPerMu: 8000 });
    expect(result).toEqual({
      outputValuePerMu: 3800,
      targetPerMu: 8000,
      status: 'unmet',
      met: false,
      gapPerMu: 4200,
      gapTotal: 2_520_000,
      conversion: { fromCrop: '玉米', toCrop: '蔬菜', mu: 324, availableMu: 400, sufficient: true },
    });
    expect(reasons.map((r) => r.code)).toEqual(['industry/target-missed', 'industry/conversion-sufficient']);
    expect(reasons[1]?.message).toEqual({
      'zh-CN': '将 324 亩玉米（1200 元/亩）调整为蔬菜（9000 元/亩）即可达到目标；现有玉米 400 亩，足够',
      en: 'moving 324 mu from 玉米 (1200 yuan/mu) to 蔬菜 (9000 yuan/mu) meets the target; 400 mu of 玉米 are available, enough',
    });
  });

  it('moving 324 亩 meets the target and 323 亩 does not', () => {
    expect(assessZoneTarget(workedExampleMoved(324), { targetPerMu: 8000 })).toMatchObject({ met: true, gapPerMu: 0, gapTotal: 0 });
    const after323 = assessZoneTarget(workedExampleMoved(323), { targetPerMu: 8000 });
    // 2,520,000 − 323 × 7,800 = 600 yuan short: 1 yuan per 亩, one more 亩 to move.
    expect(after323).toMatchObject({ outputValuePerMu: 7999, met: false, gapPerMu: 1, gapTotal: 600, conversion: { mu: 1 } });
  });

  it('counts reaching the target exactly as met (≥)', () => {
    const result = assessZoneTarget(workedExample, { targetPerMu: 3800 });
    expect(result).toEqual({
      outputValuePerMu: 3800,
      targetPerMu: 3800,
      status: 'met',
      met: true,
      gapPerMu: 0,
      gapTotal: 0,
      reasons: [expect.objectContaining({ code: 'industry/target-met' })],
    });
    expect(assessZoneTarget(workedExample, { targetPerMu: 3800.01 })).toMatchObject({ met: false, gapPerMu: 0.01, gapTotal: 6 });
    expect(assessZoneTarget(workedExample, { targetPerMu: 0 }).met).toBe(true);
  });

  it('decides met exactly where floats would not (512.07 亩 at exactly 8,000 per 亩)', () => {
    // In floats 4,096,560 < 8,000 × 512.07 = 4096560.0000000005, and 4,096,560 / 512.07 < 8,000.
    expect(8000 * 512.07).toBeGreaterThan(4_096_560);
    const exact = zone(512.07, [{ crop: '蔬菜', areaMu: 512.07, outputValuePerMu: 8000 }]);
    expect(assessZoneTarget(exact, { targetPerMu: 8000 })).toMatchObject({ outputValuePerMu: 8000, met: true, gapTotal: 0 });
    expect(assessZoneTarget(exact, { targetPerMu: 8000.01 })).toMatchObject({ met: false, gapPerMu: 0.01, gapTotal: 5.13 });
  });

  it('does not read met from the rounded display figure', () => {
    // 23,999.99 yuan over 3 亩 = 7,999.9966… per 亩, shown as 8,000.00, yet short of 8,000.
    const result = assessZoneTarget(zone(3, [{ crop: '蔬菜', areaMu: 1, outputValuePerMu: 23_999.99 }]), { targetPerMu: 8000 });
    expect(result).toMatchObject({ outputValuePerMu: 8000, met: false, gapPerMu: 0.01, gapTotal: 0.01 });
  });

  it('picks the lowest-value low-value planting and the highest-value other planting', () => {
    const result = assessZoneTarget(
      zone(1000, [
        { crop: '马铃薯', areaMu: 200, outputValuePerMu: 1500, lowValue: true },
        { crop: '玉米', areaMu: 300, outputValuePerMu: 1200, lowValue: true },
        { crop: '茶', areaMu: 200, outputValuePerMu: 6000 },
        { crop: '蔬菜', areaMu: 200, outputValuePerMu: 9000 },
        { crop: '烤烟', areaMu: 100, outputValuePerMu: 12_000, lowValue: true },
      ]),
      { targetPerMu: 6000 },
    );
    // 300·1200 + 200·1500 + 200·6000 + 200·9000 + 100·12000 = 4,860,000; need 6,000,000: 1,140,000 / 7,800 → 147 亩.
    expect(result).toMatchObject({
      outputValuePerMu: 4860,
      gapTotal: 1_140_000,
      conversion: { fromCrop: '玉米', toCrop: '蔬菜', mu: 147, availableMu: 300, sufficient: true },
    });
  });

  it('says when the low-value area is not enough', () => {
    const small = zone(600, [
      { crop: '玉米', areaMu: 50, outputValuePerMu: 1200, lowValue: true },
      { crop: '蔬菜', areaMu: 550, outputValuePerMu: 9000 },
    ]);
    // 5,010,000 yuan: 8,350 per 亩. Target 9,000: 390,000 / 7,800 = 50 亩 exactly, all the maize there is.
    expect(assessZoneTarget(small, { targetPerMu: 9000 }).conversion).toEqual({
      fromCrop: '玉米',
      toCrop: '蔬菜',
      mu: 50,
      availableMu: 50,
      sufficient: true,
    });
    const result = assessZoneTarget(small, { targetPerMu: 9001 });
    expect(result.conversion).toEqual({ fromCrop: '玉米', toCrop: '蔬菜', mu: 51, availableMu: 50, sufficient: false });
    expect(codes(result)).toEqual(['industry/target-missed', 'industry/conversion-insufficient']);
  });

  it('gives no conversion, and says why, without low-value plantings or a higher-value crop', () => {
    const noLow = assessZoneTarget(zone(600, [{ crop: '蔬菜', areaMu: 200, outputValuePerMu: 9000 }]), { targetPerMu: 8000 });
    expect(noLow.conversion).toBeUndefined();
    expect('conversion' in noLow).toBe(false);
    expect(codes(noLow)).toEqual(['industry/target-missed', 'industry/no-low-value']);

    const noHigher = assessZoneTarget(
      zone(600, [
        { crop: '玉米', areaMu: 400, outputValuePerMu: 1200, lowValue: true },
        { crop: '马铃薯', areaMu: 200, outputValuePerMu: 1200 },
      ]),
      { targetPerMu: 8000 },
    );
    expect(noHigher.conversion).toBeUndefined();
    expect(codes(noHigher)).toEqual(['industry/target-missed', 'industry/no-higher-value']);
    expect(noHigher.reasons[1]?.evidence).toEqual({ zoneId: 'Z', fromCrop: '玉米', fromValuePerMu: 1200 });

    const allLow = assessZoneTarget(zone(600, [{ crop: '玉米', areaMu: 400, outputValuePerMu: 1200, lowValue: true }]), { targetPerMu: 8000 });
    expect(codes(allLow)).toEqual(['industry/target-missed', 'industry/no-higher-value']);
  });

  it('assesses an empty zone as short by the whole target', () => {
    expect(assessZoneTarget(zone(600, []), { targetPerMu: 8000 })).toMatchObject({
      outputValuePerMu: 0,
      met: false,
      gapPerMu: 8000,
      gapTotal: 4_800_000,
      reasons: [{ code: 'industry/target-missed' }, { code: 'industry/no-low-value' }],
    });
  });

  it('throws a DomainError for an invalid target or a zero-area zone', () => {
    for (const targetPerMu of [Number.NaN, -1, 1.234, Number.POSITIVE_INFINITY]) {
      const error = thrown(() => assessZoneTarget(workedExample, { targetPerMu }));
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('industry/invalid-target');
    }
    expect(() => assessZoneTarget(zone(0, []), { targetPerMu: 8000 })).toThrow(/^tuopin: industry\/zone-area:/);
  });

  it('does not mutate its input', () => {
    expectNoMutation(workedExample, (input) => assessZoneTarget(input, { targetPerMu: 8000 }));
  });

  it('gives the smallest whole number of 亩 that meets the target, even with fractional values per 亩', () => {
    // Areas in tenths of a 亩, values from yield × price (not whole fen), targets to the fen.
    const arb = fc.record({
      lowTenths: fc.integer({ min: 10, max: 5000 }),
      highTenths: fc.integer({ min: 10, max: 5000 }),
      spareTenths: fc.integer({ min: 0, max: 2000 }),
      lowYield: fc.integer({ min: 0, max: 5000 }).map((n) => n / 10),
      lowPrice: fc.integer({ min: 1, max: 400 }).map((n) => n / 100),
      highYield: fc.integer({ min: 100, max: 5000 }).map((n) => n / 10),
      highPrice: fc.integer({ min: 500, max: 3000 }).map((n) => n / 100),
      targetPercent: fc.integer({ min: 1, max: 100 }),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const build = (movedMu: number): Zone => {
          const lowTenths = a.lowTenths - movedMu * 10;
          const plantings: Planting[] = [
            { crop: '高', areaMu: (a.highTenths + movedMu * 10) / 10, yieldKgPerMu: a.highYield, priceYuanPerKg: a.highPrice },
          ];
          if (lowTenths > 0) plantings.push({ crop: '低', areaMu: lowTenths / 10, yieldKgPerMu: a.lowYield, priceYuanPerKg: a.lowPrice, lowValue: true });
          return zone((a.lowTenths + a.highTenths + a.spareTenths) / 10, plantings);
        };
        // A target between nothing and the higher crop's value per 亩, in whole fen.
        const target = { targetPerMu: Math.round(a.highYield * a.highPrice * a.targetPercent) / 100 };
        const result = assessZoneTarget(build(0), target);
        if (result.met || result.conversion === undefined) return;
        const { mu, sufficient } = result.conversion;
        expect(mu).toBeGreaterThanOrEqual(1);
        expect(sufficient).toBe(mu * 10 <= a.lowTenths);
        if (!sufficient) return;
        expect(assessZoneTarget(build(mu), target).met).toBe(true);
        expect(assessZoneTarget(build(mu - 1), target).met).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
