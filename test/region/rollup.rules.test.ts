import { describe, expect, it } from 'vitest';
import { DomainError, rollup } from '../../src/index';
import { makeId } from '../fixtures/ids';
import { assess, household , thrownDomainError } from './fixtures';

// Issue 17: rollup's refusals each alone, with the level or the (masked) household they name.


const A = '522601101201';
const id = makeId('522601', '1980-01-01', 15);
const masked = `5226************${id.slice(-2)}`;

describe('rollup refusals', () => {
  it('refuse a bad level before reading any household', () => {
    const h = household('h1', A, 'poor', 1);
    // Households that would be refused too: the level is named first.
    const error = thrownDomainError(() => rollup([h, h], [assess('h9')], { level: 'province' as never }));
    expect(error.code).toBe('rollup/invalid-level');
    expect(error.evidence).toEqual({ given: '"province"' });
    expect(error.localized?.en).toBe('"province" is not village, township or county');
  });

  it('name the repeated household, masked', () => {
    const h = household(id, A, 'poor', 1);
    const error = thrownDomainError(() => rollup([h, h], [], { level: 'village' }));
    expect(error).toMatchObject({ code: 'rollup/duplicate-household', evidence: { household: masked } });
    expect(error.localized).toEqual({ 'zh-CN': `农户 ${masked} 重复列出`, en: `household ${masked} is listed twice` });
    expect(error.message).not.toContain(id);
  });

  it('name the household of an assessment that is not in the list, masked', () => {
    const error = thrownDomainError(() => rollup([household('h1', A, 'poor', 1)], [assess(id)], { level: 'village' }));
    expect(error).toMatchObject({ code: 'rollup/unknown-household', evidence: { household: masked } });
    expect(error.localized?.en).toBe(`assessment of household ${masked}, which is not in households`);
  });

  it('name the household assessed twice, masked', () => {
    const error = thrownDomainError(() => rollup([household(id, A, 'poor', 1)], [assess(id), assess(id)], { level: 'village' }));
    expect(error).toMatchObject({ code: 'rollup/duplicate-assessment', evidence: { household: masked } });
    expect(error.localized?.en).toBe(`household ${masked} is assessed twice`);
  });
});
