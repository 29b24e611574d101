import { describe, expect, it } from 'vitest';
import { assessHousehold, type Household } from '../../src/index';
import { household } from './fixtures';

function housingMessage(housing: NonNullable<Household['housing']>) {
  return assessHousehold(household({ housing }), { asOf: '2020-12-31' }).checks.housing.reasons[0]!.message;
}

describe('housing/dangerous message', () => {
  it('says an unrecorded safe-housing finding is unrecorded instead of stating that the family does not live in one', () => {
    const message = housingMessage({ grade: 'D' });
    expect(message).toEqual({
      'zh-CN': '住房鉴定为 D 级危房，危房改造：未记录，是否已住进其他安全住房：未记录',
      en: 'the house is graded D (dangerous); renovation: not recorded; lives in other safe housing: not recorded',
    });
    expect(message['zh-CN']).not.toContain('未住进');
  });

  it('states the recorded findings, in Chinese words in the Chinese message', () => {
    expect(housingMessage({ grade: 'C', renovation: 'in-progress', livesInSafeHousing: false })).toEqual({
      'zh-CN': '住房鉴定为 C 级危房，危房改造：改造中，是否已住进其他安全住房：否',
      en: 'the house is graded C (dangerous); renovation: in-progress; lives in other safe housing: no',
    });
  });
});
