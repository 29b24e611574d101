import { describe, expect, it } from 'vitest';
import {
  EIGHT_ELEMENTS,
  ELEMENT_NAMES,
  INDUSTRY_MESSAGES,
  LOCALES,
  makeReason,
  SLOPE_ADVICE_TEXT,
  SLOPE_CLASSES,
  type IndustryReasonCode,
} from '../../src/index';

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
  linkedPoorHouseholds: 450,
  poorHouseholds: 600,
  capped: false,
  areaMu: 499.5,
  minimumMu: 500,
  below: 15,
  upTo: 25,
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

describe('ELEMENT_NAMES', () => {
  it('names each of the eight elements in every locale, Chinese as in EIGHT_ELEMENTS', () => {
    expect(Object.keys(ELEMENT_NAMES)).toEqual(EIGHT_ELEMENTS.map((e) => e.key));
    for (const { key, zh } of EIGHT_ELEMENTS) {
      expect(ELEMENT_NAMES[key]['zh-CN']).toBe(zh);
      for (const locale of LOCALES) expect(ELEMENT_NAMES[key][locale].trim()).not.toBe('');
    }
  });
});

describe('SLOPE_ADVICE_TEXT', () => {
  it('gives advice for each slope class in every locale', () => {
    expect(Object.keys(SLOPE_ADVICE_TEXT)).toEqual([...SLOPE_CLASSES]);
    for (const cls of SLOPE_CLASSES) {
      for (const locale of LOCALES) expect(SLOPE_ADVICE_TEXT[cls][locale].trim()).not.toBe('');
    }
  });
});
