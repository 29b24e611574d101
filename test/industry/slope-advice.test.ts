import { describe, expect, it } from 'vitest';
import { definePolicy, DomainError, SLOPE_LIMITS, slopeAdvice } from '../../src/index';
import { thrown } from './fixtures';

describe('slopeAdvice', () => {
  it('advises vegetables and mushrooms below 15°', () => {
    expect(slopeAdvice(14.99)).toEqual({
      class: 'vegetables-fungi',
      code: 'slope/vegetables-fungi',
      path: [],
      evidence: { slopeDegrees: 14.99, below: 15, upTo: 25 },
      message: { 'zh-CN': '坡度小于 15°：宜种蔬菜、食用菌', en: 'slope under 15°: vegetables and edible fungi' },
      zh: '坡度小于 15°：宜种蔬菜、食用菌',
      en: 'slope under 15°: vegetables and edible fungi',
    });
    expect(slopeAdvice(0).class).toBe('vegetables-fungi');
  });

  it('advises herbs, tea and fruit from 15° to 25°, both included', () => {
    const middle = {
      class: 'herbs-tea-fruit',
      code: 'slope/herbs-tea-fruit',
      message: { 'zh-CN': '坡度 15°–25°（含 15° 和 25°）：宜种中药材、茶、水果', en: 'slope from 15° to 25° (both included): herbal medicine, tea and fruit' },
      zh: '坡度 15°–25°（含 15° 和 25°）：宜种中药材、茶、水果',
    };
    expect(slopeAdvice(15)).toMatchObject(middle);
    expect(slopeAdvice(20)).toMatchObject(middle);
    expect(slopeAdvice(25)).toMatchObject(middle);
  });

  it('advises returning to forest or grassland above 25°', () => {
    expect(slopeAdvice(25.01)).toMatchObject({
      class: 'forest-grass',
      code: 'slope/forest-grass',
      message: { 'zh-CN': '坡度大于 25°：退耕还林还草', en: 'slope over 25°: return to forest or grassland' },
      en: 'slope over 25°: return to forest or grassland',
    });
    expect(slopeAdvice(90).class).toBe('forest-grass');
  });

  it('names the limits of the policy in force, not the default bands', () => {
    const policy = definePolicy({ industry: [{ from: '2016-01-01', value: { baziMinAreaMu: 500, vegetablesFungiBelow: 10, herbsTeaFruitUpTo: 20 }, source: 'test', confirmed: false }] });
    expect(slopeAdvice(12, { policy }).message['zh-CN']).toBe('坡度 10°–20°（含 10° 和 20°）：宜种中药材、茶、水果');
    expect(slopeAdvice(21, { policy }).message.en).toBe('slope over 20°: return to forest or grassland');
  });

  it('reads its limits from SLOPE_LIMITS', () => {
    expect(SLOPE_LIMITS).toEqual({ vegetablesFungiBelow: 15, herbsTeaFruitUpTo: 25 });
  });

  it('throws a DomainError for a slope that is not 0–90°', () => {
    for (const slope of [-0.01, 90.01, Number.NaN, Number.POSITIVE_INFINITY, '20' as unknown as number]) {
      const error = thrown(() => slopeAdvice(slope));
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('industry/slope');
    }
  });
});
