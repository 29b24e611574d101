import { describe, expect, it } from 'vitest';
import { assessCountyExit, assessVillageExit, DomainError, povertyIncidence } from '../../src/index';

// Issue 17: each refusal of the region concept names what it refused.

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('povertyIncidence refusals', () => {
  it('name the field that is not a count, each alone', () => {
    const valid = { remainingPoor: 1, missed: 0, wronglyExited: 0, ruralPopulation: 100 };
    for (const field of ['remainingPoor', 'missed', 'wronglyExited', 'ruralPopulation'] as const) {
      const error = thrown(() => povertyIncidence({ ...valid, [field]: -1 }));
      expect(error.code, field).toBe('incidence/invalid-count');
      expect(error.message, field).toContain(`${field} must be a whole number of zero or more, got -1`);
    }
  });

  it('say how many poor persons exceed which population', () => {
    const error = thrown(() => povertyIncidence({ remainingPoor: 90, missed: 8, wronglyExited: 5, ruralPopulation: 100 }));
    expect(error.code).toBe('incidence/exceeds-population');
    expect(error.message).toContain('103 poor persons in a rural population of 100');
  });
});

describe('exit options that are not an object', () => {
  it('are refused as a missing western flag, not with a TypeError', () => {
    const village = { ruralPopulation: 100, remainingPoor: 1 };
    for (const options of [null, undefined, 'western', true]) {
      expect(thrown(() => assessVillageExit(village, options as never)).code).toBe('exit/western-required');
    }
    const county = { ruralPopulation: 100, remainingPoor: 1 };
    expect(thrown(() => assessCountyExit(county as never, null as never)).code).toBe('exit/western-required');
  });
});
