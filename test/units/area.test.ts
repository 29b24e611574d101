import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hectaresToMu, muToHectares, muToSquareMetres, squareMetresToMu, SQUARE_METRES_PER_MU } from '../../src/index';

describe('muToSquareMetres', () => {
  it('uses 1 亩 = 10000/15 m² exactly', () => {
    expect(muToSquareMetres(15)).toBe(10000);
    expect(muToSquareMetres(1)).toBeCloseTo(666.6667, 4);
    expect(SQUARE_METRES_PER_MU).toBeCloseTo(666.6667, 4);
  });
});

describe('squareMetresToMu', () => {
  it('is the inverse of muToSquareMetres', () => {
    expect(squareMetresToMu(10000)).toBe(15);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (mu) => {
        expect(squareMetresToMu(muToSquareMetres(mu))).toBeCloseTo(mu, 6);
      }),
    );
  });
});

describe('hectaresToMu', () => {
  it('gives 15 亩 per hectare', () => {
    expect(hectaresToMu(2)).toBe(30);
  });
});

describe('muToHectares', () => {
  it('gives hectares', () => {
    expect(muToHectares(30)).toBe(2);
    expect(muToHectares(500)).toBeCloseTo(33.3333, 4);
  });
});
