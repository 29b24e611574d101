import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError, reductionProgress, type ReductionPatch } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { thrown } from './fixtures';

const patch = (id: string, areaMu: number, status: ReductionPatch['status']): ReductionPatch => ({ id, areaMu, crop: '玉米', status });

describe('reductionProgress', () => {
  it('counts every status and clears only verified patches', () => {
    const result = reductionProgress([
      patch('P1', 10, 'pending'),
      patch('P2', 20, 'converted'),
      { ...patch('P3', 30, 'verified'), replacement: '蔬菜', villageCode: '522601101201', zoneId: 'Z1' },
      patch('P4', 40, 'verified'),
    ]);
    expect(result).toEqual({
      total: 4,
      pending: 1,
      converted: 1,
      verified: 2,
      areaMu: 100,
      clearedAreaMu: 70,
      clearedShare: { numerator: 7, denominator: 10 },
      percent: 70,
      cleared: false,
    });
  });

  it('does not count converted but unverified patches as cleared', () => {
    expect(reductionProgress([patch('P1', 5, 'converted'), patch('P2', 5, 'converted')])).toMatchObject({
      converted: 2,
      clearedAreaMu: 0,
      clearedShare: { numerator: 0, denominator: 1 },
      percent: 0,
      cleared: false,
    });
    expect(reductionProgress([patch('P1', 5, 'pending')])).toMatchObject({ pending: 1, clearedAreaMu: 0, cleared: false });
  });

  it('reports all cleared (图斑清零) when every patch is verified', () => {
    expect(reductionProgress([patch('P1', 2.5, 'verified'), patch('P2', 7.5, 'verified')])).toEqual({
      total: 2,
      pending: 0,
      converted: 0,
      verified: 2,
      areaMu: 10,
      clearedAreaMu: 10,
      clearedShare: { numerator: 1, denominator: 1 },
      percent: 100,
      cleared: true,
    });
  });

  it('does not report an empty list as cleared', () => {
    expect(reductionProgress([])).toEqual({
      total: 0,
      pending: 0,
      converted: 0,
      verified: 0,
      areaMu: 0,
      clearedAreaMu: 0,
      clearedShare: null,
      percent: null,
      cleared: false,
    });
  });

  it('adds areas exactly and gives the share as an exact fraction', () => {
    const result = reductionProgress([patch('P1', 0.1, 'verified'), patch('P2', 0.2, 'pending')]);
    expect(result).toMatchObject({ areaMu: 0.3, clearedAreaMu: 0.1, clearedShare: { numerator: 1, denominator: 3 }, percent: 33.33 });
  });

  it('rounds the percent down, so it shows 100 only when all is cleared', () => {
    const result = reductionProgress([patch('P1', 99_999, 'verified'), patch('P2', 1, 'converted')]);
    expect(result).toMatchObject({ clearedShare: { numerator: 99_999, denominator: 100_000 }, percent: 99.99, cleared: false });
  });

  it('throws a DomainError for a patch without a positive area or with an unknown status', () => {
    for (const areaMu of [0, -1, Number.NaN]) {
      const error = thrown(() => reductionProgress([patch('P1', areaMu, 'pending')]));
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('industry/patch-area');
    }
    const odd = { ...patch('P1', 1, 'pending'), status: 'done' } as unknown as ReductionPatch;
    expect(() => reductionProgress([odd])).toThrow(/^tuopin: industry\/patch-status:/);
  });

  it('does not mutate its input', () => {
    expectNoMutation([patch('P1', 1, 'pending'), patch('P2', 2, 'verified')], (input) => reductionProgress(input));
  });

  it('counts add up and do not depend on order', () => {
    const arb = fc.array(
      fc.record({
        areaMu: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
        status: fc.constantFrom('pending', 'converted', 'verified') as fc.Arbitrary<ReductionPatch['status']>,
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const patches = raw.map((p, i) => patch(`P${i}`, p.areaMu, p.status));
        const result = reductionProgress(patches);
        expect(result.pending + result.converted + result.verified).toBe(result.total);
        expect(reductionProgress([...patches].reverse())).toEqual(result);
        const hundredths = patches.reduce((sum, p) => sum + Math.round(p.areaMu * 100), 0);
        expect(result.areaMu).toBe(hundredths / 100);
      }),
    );
  });
});
