import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePolicy, PolicyError, type PolicyOverrides } from '../../src/index';
import { loadPolicy } from '../../src/node/load';

function policyError(overrides: PolicyOverrides): PolicyError {
  try {
    definePolicy(overrides);
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
  throw new Error('definePolicy accepted the overrides');
}

describe('definePolicy errors', () => {
  it('point into the caller’s override (povertyLines.0.yuan), not into the merged table (povertyLines.9.yuan)', () => {
    const error = policyError({ povertyLines: [{ year: 2021, yuan: 4500.123 }] });
    expect(error.issues.map((i) => i.path)).toEqual([['povertyLines', 0, 'yuan']]);
    expect(error.message).toBe('tuopin: policy/invalid: povertyLines.0.yuan: 金额（元）至多两位小数 / an amount in yuan has at most two decimals');
  });

  it('point at the second of two lines the override gives', () => {
    const error = policyError({ povertyLines: [{ year: 2022, yuan: 5000 }, { year: 2021, yuan: -1 }] });
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[['povertyLines', 1, 'yuan'], 'too_small']]);
  });

  it('point into a bare value, not into the dated list it is wrapped in', () => {
    const error = policyError({ educationAge: { min: 10, max: 6 } });
    expect(error.issues).toEqual([
      { path: ['educationAge', 'max'], code: 'policy/age-range', evidence: {}, message: { 'zh-CN': 'max 不得小于 min', en: 'min must not exceed max' } },
    ]);
  });

  it('keep the path of a full dated list as given', () => {
    const value = { min: 6, max: 15 };
    const error = policyError({ educationAge: [{ from: '2020-02-30', value, source: 's', confirmed: false }] });
    expect(error.issues.map((i) => i.path)).toEqual([['educationAge', 0, 'from']]);
  });

  it('say every problem in Chinese and in English', () => {
    const error = policyError({ povertyLines: [{ year: 2021, yuan: -1 }] });
    for (const issue of error.issues) {
      expect(issue.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(error.message).toContain(`${issue.message['zh-CN']} / ${issue.message.en}`);
    }
  });

  it('refuse a year given twice instead of keeping the last one silently', () => {
    const error = policyError({ povertyLines: [{ year: 2021, yuan: 4500 }, { year: 2021, yuan: 4600 }] });
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[['povertyLines', 1, 'year'], 'policy/duplicate-year']]);
  });

  it('reach the command through loadPolicy with the override file’s paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-policy-'));
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ povertyLines: [{ year: 2021, yuan: 4500.123 }] }));
    await expect(loadPolicy(file)).rejects.toThrow(/: 政策文件无效：povertyLines\.0\.yuan: 金额（元）至多两位小数 \/ invalid policy file: povertyLines\.0\.yuan: an amount in yuan has at most two decimals$/);
  });
});
