import { describe, expect, it } from 'vitest';
import {
  assessCountyExit,
  assessVillageExit,
  definePolicy,
  exitBlockers,
  makeReason,
  regionMessages,
  type Boundary,
  type CountyExitInput,
  type Reason,
} from '../../src/index';
import { assess, household, village , PASSING_COUNTY } from './fixtures';

// The full text of every region message, in both languages, from the evidence the rules really
// build: the verdict words follow the boundary (strict: 低于 / 未低于; inclusive: 不高于 / 高于),
// the incidence names the region it was judged for, the missing and empty figures are named in
// Chinese with the field beside it.

/** The zh-CN and en texts of some reasons, in order. */
const texts = (reasons: readonly Reason[]) => reasons.map((r) => [r.message['zh-CN'], r.message.en]);

/** A county PASSING_COUNTY every check of 三率一度 under the default policy. */

/** Every threshold 2/100 (approval 90/100), western or not, with one boundary for all. */
const policyWith = (boundary: Boundary) => {
  const two = { numerator: 2, denominator: 100 };
  return definePolicy({
    name: boundary,
    villageExit: { maxIncidence: two, maxIncidenceWestern: two, boundaries: { incidence: boundary } },
    countyExit: {
      maxIncidence: two,
      maxIncidenceWestern: two,
      maxWrongfulExitRate: two,
      maxMissedRate: two,
      minApproval: { numerator: 90, denominator: 100 },
      boundaries: { incidence: boundary, wrongfulExitRate: boundary, missedRate: boundary, approval: boundary },
    },
  });
};
const inclusive = policyWith('inclusive');

const countyTexts = (input: CountyExitInput, options: Parameters<typeof assessCountyExit>[1]) => {
  const { checks } = assessCountyExit(input, options);
  return {
    incidence: texts(checks.incidence.reasons),
    wrongfulExitRate: texts(checks.wrongfulExitRate.reasons),
    missedRate: texts(checks.missedRate.reasons),
    approval: texts(checks.approval.reasons),
  };
};

describe('regionMessages: the text of each verdict under a strict boundary', () => {
  it('says a PASSING_COUNTY non-western county is below each threshold and above the approval one', () => {
    expect(countyTexts(PASSING_COUNTY, { western: false })).toEqual({
      incidence: [['贫困发生率 1000/100000 (1%) 低于阈值 2/100 (2%)（非西部地区）', 'poverty incidence 1000/100000 (1%) is below the threshold 2/100 (2%) (non-western region)']],
      wrongfulExitRate: [['错退率 5/500 (1%) 低于阈值 2/100 (2%)', 'the wrongful-exit rate 5/500 (1%) is below the threshold 2/100 (2%)']],
      missedRate: [['漏评率 2/400 (0.5%) 低于阈值 2/100 (2%)', 'the missed-registration rate 2/400 (0.5%) is below the threshold 2/100 (2%)']],
      approval: [['群众认可度 291/300 (97%) 高于阈值 90/100 (90%)', 'public approval 291/300 (97%) is above the threshold 90/100 (90%)']],
    });
  });

  it('says a western county exactly at each threshold is not below (not above) it', () => {
    const atThresholds = { ...PASSING_COUNTY, remainingPoor: 3_000, sampledWronglyExited: 10, sampledMissed: 8, approvingHouseholds: 270 };
    expect(countyTexts(atThresholds, { western: true })).toEqual({
      incidence: [['贫困发生率 3000/100000 (3%) 未低于阈值 3/100 (3%)（西部地区）', 'poverty incidence 3000/100000 (3%) is not below the threshold 3/100 (3%) (western region)']],
      wrongfulExitRate: [['错退率 10/500 (2%) 未低于阈值 2/100 (2%)', 'the wrongful-exit rate 10/500 (2%) is not below the threshold 2/100 (2%)']],
      missedRate: [['漏评率 8/400 (2%) 未低于阈值 2/100 (2%)', 'the missed-registration rate 8/400 (2%) is not below the threshold 2/100 (2%)']],
      approval: [['群众认可度 270/300 (90%) 未高于阈值 90/100 (90%)', 'public approval 270/300 (90%) is not above the threshold 90/100 (90%)']],
    });
  });

  it('says the known part of the incidence already fails while another part is missing, then names the missing part', () => {
    const { incidence } = countyTexts({ ...PASSING_COUNTY, remainingPoor: 2_000, missed: undefined }, { western: false });
    expect(incidence).toEqual([
      [
        '仅已知部分的综合贫困发生率已达 2000/100000 (2%)，未低于阈值 2/100 (2%)（非西部地区）',
        'the known part of the comprehensive poverty incidence is already 2000/100000 (2%), not below the threshold 2/100 (2%) (non-western region)',
      ],
      ['缺少漏评人口（missed），无法计算综合贫困发生率', 'missed is missing: the comprehensive poverty incidence cannot be computed'],
    ]);
  });
});

describe('regionMessages: the text of each verdict under an inclusive boundary', () => {
  it('says a county exactly at each threshold is at or below (at or above) it', () => {
    const atThresholds = { ...PASSING_COUNTY, remainingPoor: 2_000, sampledWronglyExited: 10, sampledMissed: 8, approvingHouseholds: 270 };
    expect(countyTexts(atThresholds, { western: false, policy: inclusive })).toEqual({
      incidence: [['贫困发生率 2000/100000 (2%) 不高于阈值 2/100 (2%)（非西部地区）', 'poverty incidence 2000/100000 (2%) is at or below the threshold 2/100 (2%) (non-western region)']],
      wrongfulExitRate: [['错退率 10/500 (2%) 不高于阈值 2/100 (2%)', 'the wrongful-exit rate 10/500 (2%) is at or below the threshold 2/100 (2%)']],
      missedRate: [['漏评率 8/400 (2%) 不高于阈值 2/100 (2%)', 'the missed-registration rate 8/400 (2%) is at or below the threshold 2/100 (2%)']],
      approval: [['群众认可度 270/300 (90%) 不低于阈值 90/100 (90%)', 'public approval 270/300 (90%) is at or above the threshold 90/100 (90%)']],
    });
  });

  it('says a county just past each threshold is above (below) it', () => {
    const past = { ...PASSING_COUNTY, remainingPoor: 2_001, sampledWronglyExited: 11, sampledMissed: 9, approvingHouseholds: 269 };
    expect(countyTexts(past, { western: true, policy: inclusive })).toEqual({
      incidence: [['贫困发生率 2001/100000 (2.001%) 高于阈值 2/100 (2%)（西部地区）', 'poverty incidence 2001/100000 (2.001%) is above the threshold 2/100 (2%) (western region)']],
      wrongfulExitRate: [['错退率 11/500 (2.2%) 高于阈值 2/100 (2%)', 'the wrongful-exit rate 11/500 (2.2%) is above the threshold 2/100 (2%)']],
      missedRate: [['漏评率 9/400 (2.25%) 高于阈值 2/100 (2%)', 'the missed-registration rate 9/400 (2.25%) is above the threshold 2/100 (2%)']],
      approval: [['群众认可度 269/300 (≈89.666%) 低于阈值 90/100 (90%)', 'public approval 269/300 (≈89.666%) is below the threshold 90/100 (90%)']],
    });
  });

  it('says the known part of the incidence is already above the threshold while another part is missing', () => {
    const { incidence } = countyTexts({ ...PASSING_COUNTY, remainingPoor: 2_001, wronglyExited: undefined }, { western: true, policy: inclusive });
    expect(incidence).toEqual([
      [
        '仅已知部分的综合贫困发生率已达 2001/100000 (2.001%)，高于阈值 2/100 (2%)（西部地区）',
        'the known part of the comprehensive poverty incidence is already 2001/100000 (2.001%), above the threshold 2/100 (2%) (western region)',
      ],
      ['缺少错退人口（wronglyExited），无法计算综合贫困发生率', 'wronglyExited is missing: the comprehensive poverty incidence cannot be computed'],
    ]);
  });
});

describe('regionMessages: figures that cannot be judged', () => {
  it('names each missing sample figure in Chinese with its field', () => {
    const missing = {
      ...PASSING_COUNTY,
      sampledExited: undefined,
      sampledMissed: undefined,
      surveyedHouseholds: undefined,
      approvingHouseholds: undefined,
    };
    expect(countyTexts(missing, { western: false })).toMatchObject({
      wrongfulExitRate: [['缺少抽样数据抽查脱贫人口（sampledExited）', 'the sample figure sampledExited is missing']],
      missedRate: [['缺少抽样数据抽查漏评人口（sampledMissed）', 'the sample figure sampledMissed is missing']],
      approval: [
        ['缺少抽样数据认可户数（approvingHouseholds）', 'the sample figure approvingHouseholds is missing'],
        ['缺少抽样数据调查户数（surveyedHouseholds）', 'the sample figure surveyedHouseholds is missing'],
      ],
    });
    const others = countyTexts({ ...PASSING_COUNTY, sampledWronglyExited: undefined, sampledNonRegistered: undefined }, { western: false });
    expect(others.wrongfulExitRate).toEqual([['缺少抽样数据抽查错退人口（sampledWronglyExited）', 'the sample figure sampledWronglyExited is missing']]);
    expect(others.missedRate).toEqual([['缺少抽样数据抽查非建档立卡人口（sampledNonRegistered）', 'the sample figure sampledNonRegistered is missing']]);
  });

  it('says an empty sample cannot give a rate', () => {
    const empty = { ...PASSING_COUNTY, sampledExited: 0, sampledWronglyExited: 0, sampledNonRegistered: 0, sampledMissed: 0, surveyedHouseholds: 0, approvingHouseholds: 0 };
    expect(countyTexts(empty, { western: false })).toMatchObject({
      wrongfulExitRate: [['抽查脱贫人口（sampledExited）为 0，样本为空，无法计算比率', 'sampledExited is 0: the sample is empty and the rate cannot be computed']],
      missedRate: [['抽查非建档立卡人口（sampledNonRegistered）为 0，样本为空，无法计算比率', 'sampledNonRegistered is 0: the sample is empty and the rate cannot be computed']],
      approval: [['调查户数（surveyedHouseholds）为 0，样本为空，无法计算比率', 'surveyedHouseholds is 0: the sample is empty and the rate cannot be computed']],
    });
  });

  it('says a rural population of 0 gives no incidence', () => {
    const { incidence } = countyTexts({ ...PASSING_COUNTY, ruralPopulation: 0, remainingPoor: 0 }, { western: false });
    expect(incidence).toEqual([['农村户籍人口为 0，无法计算贫困发生率', 'the rural population is 0: the poverty incidence cannot be computed']]);
  });

  it('shows the parts that exceed their whole, with both figures', () => {
    const { incidence } = countyTexts({ ...PASSING_COUNTY, remainingPoor: 99_000, missed: 1_000, wronglyExited: 1_000 }, { western: false });
    expect(incidence).toEqual([
      [
        'remainingPoor + missed + wronglyExited（101000）超过 ruralPopulation（100000），数据不一致',
        'remainingPoor + missed + wronglyExited (101000) exceeds ruralPopulation (100000): the figures disagree',
      ],
    ]);
  });

  it('names the parameter and the day when no threshold is in force', () => {
    const { wrongfulExitRate } = countyTexts(PASSING_COUNTY, { western: false, asOf: '2015-06-01' });
    expect(wrongfulExitRate).toEqual([['政策表中 countyExit 在 2015-06-01 没有生效的阈值', 'the policy has no countyExit threshold in force on 2015-06-01']]);
  });

  it('says a village missing from the village list has no known population', () => {
    const A = '522601101201';
    const blockers = exitBlockers({ code: '522601', western: true }, [household('h1', A, 'poor', 2)], [assess('h1')], { villages: [] });
    expect(texts(blockers.villages[0]?.reasons ?? [])).toEqual([
      ['村名单中没有该村，农村户籍人口未知，无法计算贫困发生率', 'the village is not in the village list: its rural population, and so its incidence, is unknown'],
    ]);
    // Listed, the same village is judged on its incidence.
    const listed = exitBlockers({ code: '522601', western: true }, [household('h1', A, 'poor', 2)], [assess('h1')], { villages: [village(A, 50)] });
    expect(texts(listed.villages[0]?.reasons ?? [])).toEqual([
      ['贫困发生率 2/50 (4%) 未低于阈值 3/100 (3%)（西部地区）', 'poverty incidence 2/50 (4%) is not below the threshold 3/100 (3%) (western region)'],
    ]);
  });
});

describe('regionMessages: village exit criteria', () => {
  it('quotes the label in Chinese and names the id in English, for met, unmet and unrecorded', () => {
    const criteria = [
      { id: 'paved-road', label: '通硬化路', met: true },
      { id: 'clinic', label: '标准化卫生室', met: false },
      { id: 'collective-income', label: '村集体经济收入', met: undefined },
    ];
    const result = assessVillageExit({ ruralPopulation: 1000, remainingPoor: 10, criteria }, { western: true });
    expect(result.checks.criteria?.map((c) => texts(c.reasons))).toEqual([
      [['出列条件“通硬化路”已达到', 'the exit criterion paved-road is met']],
      [['出列条件“标准化卫生室”未达到', 'the exit criterion clinic is not met']],
      [['出列条件“村集体经济收入”未记录核查结论', 'the exit criterion collective-income has no finding recorded']],
    ]);
  });
});

describe('regionMessages: evidence the rules do not give', () => {
  const rate = { numerator: 29, denominator: 1000, thresholdNumerator: 3, thresholdDenominator: 100 };

  it('names no region when the evidence does not say', () => {
    for (const code of ['exit/incidence-below', 'exit/incidence-not-below', 'exit/incidence-lower-bound-not-below'] as const) {
      const { message } = makeReason(regionMessages, code, [], rate);
      expect(message['zh-CN'], code).not.toMatch(/西部/);
      expect(message.en, code).not.toMatch(/western/);
      expect(message['zh-CN'], code).toMatch(/阈值 3\/100 \(3%\)$/);
      expect(message.en, code).toMatch(/threshold 3\/100 \(3%\)$/);
    }
  });

  it('shows a field it has no Chinese name for by the field alone', () => {
    const { message } = makeReason(regionMessages, 'exit/sample-missing', [], { field: 'sampledSomething' });
    expect(message).toEqual({ 'zh-CN': '缺少抽样数据sampledSomething（sampledSomething）', en: 'the sample figure sampledSomething is missing' });
  });
});
