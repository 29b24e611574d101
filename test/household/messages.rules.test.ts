import { describe, expect, it } from 'vitest';
import { assessHousehold, HOUSEHOLD_MESSAGES, type Evidence, type HouseholdReasonCode, type Household } from '../../src/index';
import { household } from './fixtures';

// The words the household messages build from their evidence, in both languages: a grade or a
// fact not recorded (null, or absent from evidence given by a caller) said to be unrecorded, a
// recorded yes said as yes, a list of fields joined, and amounts of yuan printed exactly.

const both = (code: HouseholdReasonCode, evidence: Evidence) => [HOUSEHOLD_MESSAGES[code]['zh-CN'](evidence), HOUSEHOLD_MESSAGES[code].en(evidence)];
const housing = (h: Household['housing']) => assessHousehold(household({ housing: h }), { asOf: '2020-12-31' }).checks.housing.reasons[0];

describe('housing messages: the danger, by grade or by the register', () => {
  it('names the grade of a dangerous house made safe, and the register when no grade is recorded', () => {
    const accepted = housing({ grade: 'C', renovation: 'accepted' });
    expect([accepted?.message['zh-CN'], accepted?.message.en]).toEqual([
      '住房鉴定为 C 级危房，危房改造已竣工验收',
      'the house is graded C (dangerous) and its renovation has been completed and accepted',
    ]);
    const elsewhere = housing({ grade: 'D', livesInSafeHousing: true });
    expect([elsewhere?.message['zh-CN'], elsewhere?.message.en]).toEqual([
      '住房鉴定为 D 级危房，但家庭已住进其他安全住房',
      'the house is graded D (dangerous) but the household lives in other safe housing',
    ]);
    for (const grade of [null, undefined]) {
      const evidence = grade === null ? { grade } : {};
      expect(both('housing/renovation-accepted', evidence)).toEqual([
        '登记为危房户，危房改造已竣工验收',
        'the register records the house as dangerous and its renovation has been completed and accepted',
      ]);
      expect(both('housing/lives-in-safe-housing', evidence)).toEqual([
        '登记为危房户，但家庭已住进其他安全住房',
        'the register records the house as dangerous but the household lives in other safe housing',
      ]);
    }
  });

  it('says yes, no or not recorded for living in other safe housing, and not recorded for a renovation absent', () => {
    const said = (livesInSafeHousing: boolean | null | undefined) =>
      both('housing/dangerous', livesInSafeHousing === undefined ? { grade: 'D' } : { grade: 'D', livesInSafeHousing });
    expect(said(true)).toEqual([
      '住房鉴定为 D 级危房，危房改造：未记录，是否已住进其他安全住房：是',
      'the house is graded D (dangerous); renovation: not recorded; lives in other safe housing: yes',
    ]);
    expect(said(false)).toEqual([
      '住房鉴定为 D 级危房，危房改造：未记录，是否已住进其他安全住房：否',
      'the house is graded D (dangerous); renovation: not recorded; lives in other safe housing: no',
    ]);
    for (const unrecorded of [null, undefined]) {
      expect(said(unrecorded)).toEqual([
        '住房鉴定为 D 级危房，危房改造：未记录，是否已住进其他安全住房：未记录',
        'the house is graded D (dangerous); renovation: not recorded; lives in other safe housing: not recorded',
      ]);
    }
    expect(both('housing/register-dangerous', {})[1]).toBe(
      'the register records the house as dangerous (grade not recorded); renovation: not recorded; not living in other safe housing (recorded: not recorded)',
    );
    expect(both('housing/register-dangerous', { renovation: 'in-progress', livesInSafeHousing: false })).toEqual([
      '登记为危房户，未记录危房级别，危房改造状态：改造中，未住进其他安全住房（是否已住进其他安全住房：否）',
      'the register records the house as dangerous (grade not recorded); renovation: in-progress; not living in other safe housing (recorded: no)',
    ]);
  });
});

describe('water messages: the options not recorded', () => {
  it('lists each field not recorded, joined in each language', () => {
    const check = assessHousehold(household({ water: { litresPerPersonPerDay: 40, piped: false, fetchMinutes: 30, interruptionDaysPerYear: 3, qualityOk: true } }), {
      asOf: '2020-12-31',
    }).checks.water;
    const reason = check.reasons[1];
    expect(reason?.evidence.missing).toEqual(['horizontalMetres', 'verticalMetres']);
    expect([reason?.message['zh-CN'], reason?.message.en]).toEqual([
      '已记录的取水方式均不达标，未记录：取水水平距离、取水垂直距离',
      'no recorded way of fetching water meets the standard, and these are not recorded: horizontal distance, vertical distance',
    ]);
    expect(both('water/convenience-unknown', { missing: ['verticalMetres', 'piped', 'fetchMinutes'] })).toEqual([
      '已记录的取水方式均不达标，未记录：取水垂直距离、是否供水入户、往返取水时间',
      'no recorded way of fetching water meets the standard, and these are not recorded: vertical distance, piped supply, round-trip fetching time',
    ]);
    // A field the words do not know is named as it is.
    expect(both('water/convenience-unknown', { missing: ['bucket', 'piped'] })).toEqual([
      '已记录的取水方式均不达标，未记录：bucket、是否供水入户',
      'no recorded way of fetching water meets the standard, and these are not recorded: bucket, piped supply',
    ]);
  });

  it('counts one person or member in the singular in English', () => {
    const line = { year: 2020, netIncomeYuan: 5000, perCapitaYuan: 5000, lineYuan: 4000 };
    expect(both('income/above-line', { ...line, members: 1 })[1]).toContain('for 1 person (about 5000 yuan each)');
    expect(both('income/above-line', { ...line, members: 2 })[1]).toContain('for 2 persons (about');
    expect(both('income/per-capita-not-above-line', { year: 2020, perCapitaYuan: 3000, lineYuan: 4000, members: 1 })[1]).toContain('(decided by the per-capita figure, 1 person)');
    expect(both('medical/all-insured', { members: 1 })[1]).toBe('the 1 member is enrolled in basic medical insurance');
    expect(both('medical/all-insured', { members: 3 })[1]).toBe('all 3 members are enrolled in basic medical insurance');
    expect(both('medical/all-insured-with-critical', { members: 1, critical: 1 })[1]).toBe(
      'the 1 member is enrolled in basic medical insurance; 1 is recorded in critical-illness insurance and none as not enrolled in it',
    );
    expect(both('medical/none-recorded-uninsured', { members: 1, insured: 1, critical: 0 })[1]).toBe(
      'of 1 member, 1 is recorded in basic medical insurance and 0 in critical-illness insurance; none is recorded as not enrolled in an insurance the policy in force requires',
    );
    expect(both('education/all-in-school', { children: 1, min: 6, max: 15 })[1]).toBe(
      'the 1 member of compulsory-education age (6–15) is enrolled, taught at home, exempted or graduated',
    );
    expect(both('education/all-in-school', { children: 2, min: 6, max: 15 })[1]).toBe(
      'all 2 members of compulsory-education age (6–15) are enrolled, taught at home, exempted or graduated',
    );
    // The Chinese has no plural to agree with.
    expect(both('medical/all-insured', { members: 1 })[0]).toBe('全部 1 名成员均参加基本医疗保险');
  });
});

describe('amounts of yuan', () => {
  const line = (lineYuan: unknown) => both('income/per-capita-above-line', { year: 2020, members: 3, perCapitaYuan: 4000.01, lineYuan } as Evidence)[1];

  it('print whole yuan as they are and other amounts with two decimals, ten fen included', () => {
    expect(line(4000)).toContain('poverty line of 4000 yuan');
    expect(line(4000.1)).toContain('poverty line of 4000.10 yuan');
    expect(line(4000.09)).toContain('poverty line of 4000.09 yuan');
    expect(line(4000.11)).toContain('poverty line of 4000.11 yuan');
    expect(line(-12.1)).toContain('poverty line of -12.10 yuan');
    expect(line(0.5)).toContain('poverty line of 0.50 yuan');
    expect(line(-0)).toContain('poverty line of 0 yuan');
  });

  it('print what is not a finite number as it is', () => {
    for (const [value, text] of [[Infinity, 'Infinity'], [-Infinity, '-Infinity'], [NaN, 'NaN'], ['12.5', '12.5'], [null, 'null'], [undefined, 'undefined']] as const) {
      expect(line(value), String(value)).toContain(`poverty line of ${text} yuan`);
    }
  });
});
