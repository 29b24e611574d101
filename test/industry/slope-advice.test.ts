import { describe, expect, it } from 'vitest';
import { DomainError, SLOPE_LIMITS, slopeAdvice } from '../../src/index';
import { thrown } from './fixtures';

describe('slopeAdvice', () => {
  it('advises vegetables and mushrooms below 15°', () => {
    expect(slopeAdvice(14.99)).toEqual({
      class: 'vegetables-fungi',
      zh: '坡度小于 15°：宜种蔬菜、食用菌',
      en: 'slope under 15°: vegetables and edible fungi',
    });
    expect(slopeAdvice(0).class).toBe('vegetables-fungi');
  });

  it('advises herbs, tea and fruit from 15° to 25°, both included', () => {
    const middle = {
      class: 'herbs-tea-fruit',
      zh: '坡度 15°–25°（含 15° 和 25°）：宜种中药材、茶、水果',
      en: 'slope from 15° to 25° (both included): herbal medicine, tea and fruit',
    };
    expect(slopeAdvice(15)).toEqual(middle);
    expect(slopeAdvice(20)).toEqual(middle);
    expect(slopeAdvice(25)).toEqual(middle);
  });

  it('advises returning to forest or grassland above 25°', () => {
    expect(slopeAdvice(25.01)).toEqual({
      class: 'forest-grass',
      zh: '坡度大于 25°：退耕还林还草',
      en: 'slope over 25°: return to forest or grassland',
    });
    expect(slopeAdvice(90).class).toBe('forest-grass');
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
