import { describe, expect, it } from 'vitest';
import { INDUSTRY_MESSAGES, LOCALES, makeReason, type IndustryReasonCode } from '../../src/index';

const evidence = {
  zoneId: 'Z1',
  outputValuePerMu: 3800,
  targetPerMu: 8000,
  gapPerMu: 4200,
  gapTotal: 2_520_000,
  fromCrop: '玉米',
  fromValuePerMu: 1200,
  toCrop: '蔬菜',
  toValuePerMu: 9000,
  mu: 324,
  availableMu: 400,
};

describe('INDUSTRY_MESSAGES', () => {
  it('renders every code as a non-empty message in every locale', () => {
    const codes = Object.keys(INDUSTRY_MESSAGES) as IndustryReasonCode[];
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      const reason = makeReason(INDUSTRY_MESSAGES, code, [], evidence);
      for (const locale of LOCALES) {
        expect(reason.message[locale].trim(), `${code} ${locale}`).not.toBe('');
        expect(reason.message[locale], `${code} ${locale}`).not.toContain('undefined');
      }
    }
  });
});
