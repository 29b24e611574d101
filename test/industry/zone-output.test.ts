import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError, zoneOutput, type Planting, type Zone } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { thrown, workedExample } from './fixtures';

const zone = (areaMu: number, plantings: Planting[]): Zone => ({ id: 'Z', name: '区块', kind: 'slope', areaMu, plantings });

describe('zoneOutput', () => {
  it('gives the worked example: 600 亩, 400 maize at 1,200 and 200 vegetables at 9,000 → 3,800 per 亩', () => {
    expect(zoneOutput(workedExample)).toEqual({ landMu: 600, sownMu: 600, outputValue: 2_280_000, outputValuePerMu: 3800 });
  });

  it('takes the output value per 亩 given directly or as yield × price', () => {
    const direct = zoneOutput(zone(10, [{ crop: '辣椒', areaMu: 10, outputValuePerMu: 6300 }]));
    const fromYield = zoneOutput(zone(10, [{ crop: '辣椒', areaMu: 10, yieldKgPerMu: 1500, priceYuanPerKg: 4.2 }]));
    expect(direct).toEqual({ landMu: 10, sownMu: 10, outputValue: 63_000, outputValuePerMu: 6300 });
    expect(fromYield).toEqual(direct);
  });

  it('prefers outputValuePerMu when both are given', () => {
    const both = zoneOutput(zone(10, [{ crop: '辣椒', areaMu: 10, outputValuePerMu: 5000, yieldKgPerMu: 1500, priceYuanPerKg: 4.2 }]));
    expect(both.outputValue).toBe(50_000);
  });

  it('multiplies yield × price exactly and rounds each planting total once to the fen, half away from zero', () => {
    // 333.3 kg × 2.35 yuan = 783.255 yuan/亩; × 10.5 亩 = 8,224.1775 yuan → 8,224.18.
    expect(zoneOutput(zone(20, [{ crop: '马铃薯', areaMu: 10.5, yieldKgPerMu: 333.3, priceYuanPerKg: 2.35 }])).outputValue).toBe(8224.18);
    // 0.5 kg × 0.01 yuan = 0.5 fen: half a fen rounds away from zero, to 1 fen.
    expect(zoneOutput(zone(1, [{ crop: '试验', areaMu: 1, yieldKgPerMu: 0.5, priceYuanPerKg: 0.01 }])).outputValue).toBe(0.01);
    // Per planting, then summed: two plantings of half a fen each make 2 fen.
    const halves: Planting[] = [
      { crop: '甲', areaMu: 1, yieldKgPerMu: 0.5, priceYuanPerKg: 0.01, season: 'spring' },
      { crop: '乙', areaMu: 1, yieldKgPerMu: 0.5, priceYuanPerKg: 0.01, season: 'autumn' },
    ];
    expect(zoneOutput(zone(1, halves)).outputValue).toBe(0.02);
  });

  it('is exact where float multiplication is not (1.005 亩 × 1 yuan = 100.5 fen → 1.01 yuan)', () => {
    expect(Math.round(1.005 * 100)).toBe(100); // the float trap
    expect(zoneOutput(zone(2, [{ crop: '甲', areaMu: 1.005, outputValuePerMu: 1 }])).outputValue).toBe(1.01);
  });

  it('divides by the land area under multiple cropping, where the sown area exceeds it', () => {
    const result = zoneOutput(
      zone(100, [
        { crop: '油菜', areaMu: 100, outputValuePerMu: 1500, season: 'spring' },
        { crop: '蔬菜', areaMu: 100, outputValuePerMu: 6000, season: 'autumn' },
      ]),
    );
    expect(result).toEqual({ landMu: 100, sownMu: 200, outputValue: 750_000, outputValuePerMu: 7500 });
  });

  it('adds areas exactly as decimals', () => {
    const result = zoneOutput(
      zone(0.3, [
        { crop: '甲', areaMu: 0.1, outputValuePerMu: 100 },
        { crop: '乙', areaMu: 0.2, outputValuePerMu: 100 },
      ]),
    );
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(result).toEqual({ landMu: 0.3, sownMu: 0.3, outputValue: 30, outputValuePerMu: 100 });
  });

  it('rounds the per-亩 figure to the fen for display, half away from zero', () => {
    // 2,000 yuan over 3 亩 = 666.666… → 666.67.
    expect(zoneOutput(zone(3, [{ crop: '甲', areaMu: 2, outputValuePerMu: 1000 }])).outputValuePerMu).toBe(666.67);
    // 0.04 yuan over 8 亩 = half a fen per 亩 → 0.01.
    expect(zoneOutput(zone(8, [{ crop: '甲', areaMu: 4, outputValuePerMu: 0.01 }])).outputValuePerMu).toBe(0.01);
  });

  it('gives 0 output and 0 per 亩 for a zone without plantings (no NaN)', () => {
    expect(zoneOutput(zone(600, []))).toEqual({ landMu: 600, sownMu: 0, outputValue: 0, outputValuePerMu: 0 });
  });

  it('throws a DomainError for a zone of zero area, never NaN or Infinity', () => {
    for (const areaMu of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => zoneOutput(zone(areaMu, []))).toThrow(DomainError);
      expect(() => zoneOutput(zone(areaMu, [{ crop: '甲', areaMu: 1, outputValuePerMu: 100 }]))).toThrow(/^tuopin: industry\/zone-area: 区块 Z 的土地面积应为正数（亩）.* \/ zone Z: land area/);
    }
  });

  it('throws a DomainError for a planting without a usable output value or area', () => {
    expect(() => zoneOutput(zone(10, [{ crop: '辣椒', areaMu: 10, yieldKgPerMu: 1500 }]))).toThrow(/^tuopin: industry\/planting-value:/);
    expect(() => zoneOutput(zone(10, [{ crop: '辣椒', areaMu: 10, outputValuePerMu: 12.345 }]))).toThrow(/^tuopin: industry\/planting-value:/);
    expect(() => zoneOutput(zone(10, [{ crop: '辣椒', areaMu: 10, outputValuePerMu: -1 }]))).toThrow(/^tuopin: industry\/planting-value:/);
    expect(() => zoneOutput(zone(10, [{ crop: '辣椒', areaMu: 10, yieldKgPerMu: Number.NaN, priceYuanPerKg: 2 }]))).toThrow(
      /^tuopin: industry\/planting-value:/,
    );
    expect(() => zoneOutput(zone(10, [{ crop: '辣椒', areaMu: 0, outputValuePerMu: 100 }]))).toThrow(/^tuopin: industry\/planting-area:/);
    const error = thrown(() => zoneOutput(zone(0, [])));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('industry/zone-area');
  });

  it('does not mutate its input', () => {
    expectNoMutation(workedExample, (input) => zoneOutput(input));
  });

  const plantingArb: fc.Arbitrary<Planting> = fc.oneof(
    fc.record({
      crop: fc.constantFrom('玉米', '蔬菜', '茶', '辣椒'),
      areaMu: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
      outputValuePerMu: fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 100),
    }),
    fc.record({
      crop: fc.constantFrom('马铃薯', '食用菌'),
      areaMu: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
      yieldKgPerMu: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10),
      priceYuanPerKg: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    }),
  );

  it('does not depend on the order of the plantings', () => {
    fc.assert(
      fc.property(
        fc.array(plantingArb, { maxLength: 12 }).chain((plantings) =>
          fc.tuple(fc.constant(plantings), fc.shuffledSubarray(plantings, { minLength: plantings.length, maxLength: plantings.length })),
        ),
        fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 100),
        ([plantings, shuffled], land) => {
          expect(zoneOutput(zone(land, shuffled))).toEqual(zoneOutput(zone(land, plantings)));
        },
      ),
    );
  });

  it('totals the parts: a zone’s output is the sum of its plantings’ outputs, in fen', () => {
    fc.assert(
      fc.property(fc.array(plantingArb, { maxLength: 12 }), (plantings) => {
        const parts = plantings.map((p) => Math.round(zoneOutput(zone(1, [p])).outputValue * 100));
        const whole = Math.round(zoneOutput(zone(1, plantings)).outputValue * 100);
        expect(whole).toBe(parts.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
