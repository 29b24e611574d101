import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter, parseDivisionCode, reductionProgress, validateIdNumber, type ReductionPatch } from '../../src/index';

// One word for one idea (issue 16): results say `ok` (as validate, assessHouseholds, applyEvent
// and householdFromRegister do) and `cleared` (as ledgerSummary does). The old names stay for one
// minor version as deprecated, non-enumerable aliases: old code reads them, new output omits them.
const id = (first17: string): string => first17 + idNumberCheckCharacter(first17);
const patch = (id: string, status: ReductionPatch['status']): ReductionPatch =>
  ({ id, villageCode: '522601101201', areaMu: 2, crop: '玉米', status });

describe('deprecated aliases', () => {
  it('parseDivisionCode says ok; valid reads the same and is not enumerable', () => {
    const good = parseDivisionCode('522601');
    const bad = parseDivisionCode('5226011');
    expect(good.ok).toBe(true);
    expect(bad.ok).toBe(false);
    expect(good.valid).toBe(true);
    expect(bad.valid).toBe(false);
    expect(Object.keys(good)).not.toContain('valid');
    expect(Object.keys(bad)).not.toContain('valid');
    expect(JSON.parse(JSON.stringify(good))).toEqual({
      ok: true,
      code: '522601',
      level: 'county',
      provinceCode: '52',
      prefectureCode: '5226',
      countyCode: '522601',
    });
  });

  it('validateIdNumber says ok; valid reads the same and is not enumerable', () => {
    const good = validateIdNumber(id('52260119800101001'));
    const legacy = validateIdNumber('110105491231002');
    const bad = validateIdNumber('5226');
    expect([good.ok, legacy.ok, bad.ok]).toEqual([true, true, false]);
    expect([good.valid, legacy.valid, bad.valid]).toEqual([true, true, false]);
    for (const result of [good, legacy, bad]) expect(Object.keys(result)).not.toContain('valid');
    expect(JSON.stringify(bad)).not.toContain('valid');
  });

  it('reductionProgress says cleared; allCleared reads the same and is not enumerable', () => {
    const done = reductionProgress([patch('P1', 'verified')]);
    const open = reductionProgress([patch('P1', 'verified'), patch('P2', 'converted')]);
    expect([done.cleared, open.cleared]).toEqual([true, false]);
    expect([done.allCleared, open.allCleared]).toEqual([true, false]);
    expect(Object.keys(done)).toContain('cleared');
    expect(Object.keys(done)).not.toContain('allCleared');
    expect(JSON.stringify(open)).not.toContain('allCleared');
  });
});
