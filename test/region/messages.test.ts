import { describe, expect, it } from 'vitest';
import { LOCALES, makeReason, regionMessages } from '../../src/index';

const evidence = {
  field: 'sampledExited',
  numerator: 2999,
  denominator: 100000,
  thresholdNumerator: 3,
  thresholdDenominator: 100,
  western: true,
  part: 'remainingPoor + missed + wronglyExited',
  partValue: 12,
  whole: 'ruralPopulation',
  wholeValue: 10,
  parameter: 'countyExit',
  asOf: '2015-06-01',
  villageCode: '522601101201',
  id: 'clinic',
  label: '标准化卫生室',
};

describe('regionMessages', () => {
  it('renders every code as a non-empty message in every locale', () => {
    const codes = Object.keys(regionMessages) as (keyof typeof regionMessages)[];
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      const reason = makeReason(regionMessages, code, [], evidence);
      for (const locale of LOCALES) {
        expect(reason.message[locale], `${code} in ${locale}`).toMatch(/\S/);
        expect(reason.message[locale], `${code} in ${locale}`).not.toMatch(/undefined|NaN/);
      }
    }
  });

  it('shows the exact fraction so a value just under the threshold never reads as equal to it', () => {
    const reason = makeReason(regionMessages, 'exit/incidence-below', ['remainingPoor'], evidence);
    expect(reason.message).toEqual({
      'zh-CN': '贫困发生率 2999/100000 (2.999%) 低于阈值 3/100 (3%)（西部地区）',
      en: 'poverty incidence 2999/100000 (2.999%) is below the threshold 3/100 (3%) (western region)',
    });
    const third = makeReason(regionMessages, 'exit/approval-not-above', [], { ...evidence, numerator: 1, denominator: 3 });
    expect(third.message.en).toBe('public approval 1/3 (≈33.333%) is not above the threshold 3/100 (3%)');
  });
});
