// Issue 17: the full text of every monitoring message, in both languages, from the evidence the
// rules really build (assessMonitoring, canEliminateRisk, applyMonitoringEvent, monitoringRollup):
// which income was read (the 12 months or the register's year), which line was applied (a
// province's, confirmed or not, or the 2020 multiple of the national line), the verdict word on
// each side of each boundary, the Chinese names of states and events with the identifiers in
// English. Figures are worked out by hand from the rules, not read back from a run.
import { describe, expect, it } from 'vitest';
import {
  applyMonitoringEvent,
  assessMonitoring,
  canEliminateRisk,
  definePolicy,
  DomainError,
  MONITORING_MESSAGES,
  monitoringRollup,
  type MonitoringEvent,
  type Policy,
  type Reason,
} from '../../src/index';
import { household, months, policy, record, refusal, TEST_LINE, withObservation } from './fixtures';

/** The zh-CN and en texts of some reasons, in order. */
const texts = (reasons: readonly Reason[]) => reasons.map((r) => [r.message['zh-CN'], r.message.en]);
const both = (m: { 'zh-CN': string; en: string }) => [m['zh-CN'], m.en];

const ASOF = '2021-06-15';
/** The fixture's policy with its line confirmed. */
const confirmedLine = definePolicy({ monitoringLines: [{ ...TEST_LINE, confirmed: true }] }, policy);
/** The fixture's policy under the 2020 rule (the national line × 3/2) from 2021 too. */
const nationalFrom2021 = (povertyLines: boolean): Policy =>
  definePolicy(
    {
      monitoringRule: [{ ...policy.monitoringRule[0]!, from: '2020-01-01' }],
      ...(povertyLines ? {} : { povertyLines: policy.povertyLines.filter((l) => l.year !== 2021) }),
    },
    policy,
  );

const assess = (r = record(), p: Policy = policy, asOf = ASOF, h = household()) => assessMonitoring(h, r, { asOf, policy: p }).checks;

describe('the income test: which income, which line, which side', () => {
  it('at the line is not below it; a fen less for three persons is below (province line, unconfirmed)', () => {
    expect(texts(assess(record({ twelveMonths: months({ netIncome: 24000 }) })).income.reasons)).toEqual([
      [
        '截至 2021-05 的近 12 个月家庭纯收入 24000 元，3 人，人均约 8000 元，不低于52 省 2021 年监测范围 8000 元（未核实）',
        "net income over the 12 months to 2021-05 of 24000 yuan for 3 persons (about 8000 yuan each) is not below province 52's monitoring line for 2021 of 8000 yuan (unconfirmed)",
      ],
    ]);
    expect(texts(assess(record({ twelveMonths: months({ netIncome: 23999.99 }) })).income.reasons)).toEqual([
      [
        '截至 2021-05 的近 12 个月家庭纯收入 23999.99 元，3 人，人均约 7999.99 元，低于52 省 2021 年监测范围 8000 元（未核实）',
        "net income over the 12 months to 2021-05 of 23999.99 yuan for 3 persons (about 7999.99 yuan each) is below province 52's monitoring line for 2021 of 8000 yuan (unconfirmed)",
      ],
    ]);
  });

  it('a confirmed line carries no “unconfirmed”', () => {
    expect(texts(assess(record(), confirmedLine).income.reasons)).toEqual([
      [
        '截至 2021-05 的近 12 个月家庭纯收入 36000 元，3 人，人均约 12000 元，不低于52 省 2021 年监测范围 8000 元',
        "net income over the 12 months to 2021-05 of 36000 yuan for 3 persons (about 12000 yuan each) is not below province 52's monitoring line for 2021 of 8000 yuan",
      ],
    ]);
  });

  it('without the 12 months, the register’s yearly income is read and named with its year', () => {
    // 9,000 + 2,500 + 1,800 − 300 = 13,000 yuan for three: 4,333.33 each, rounded down as it is below
    expect(texts(assess(record({ twelveMonths: undefined })).income.reasons)).toEqual([
      [
        '户表 2020 年家庭纯收入 13000 元，3 人，人均约 4333.33 元，低于52 省 2021 年监测范围 8000 元（未核实）',
        "net income for 2020 in the register of 13000 yuan for 3 persons (about 4333.33 yuan each) is below province 52's monitoring line for 2021 of 8000 yuan (unconfirmed)",
      ],
    ]);
  });

  it('under the 2020 rule the line is 3/2 × the national line of the year, named with both', () => {
    // 2020: national line 4,000 yuan × 3/2 = 6,000; 36,000 for three is 12,000 each
    expect(texts(assess(record({ twelveMonths: months({ through: '2020-11' }) }), policy, '2020-12-15').income.reasons)).toEqual([
      [
        '截至 2020-11 的近 12 个月家庭纯收入 36000 元，3 人，人均约 12000 元，不低于监测线约 6000 元（2020 年贫困线 4000 元的 3/2 倍）',
        'net income over the 12 months to 2020-11 of 36000 yuan for 3 persons (about 12000 yuan each) is not below the monitoring line of about 6000 yuan (3/2 × the 2020 poverty line of 4000 yuan)',
      ],
    ]);
  });

  it('names what is missing: the rule, the province’s line, the national line, the income', () => {
    expect(texts(assess(record(), policy, '2019-12-31').income.reasons)).toEqual([
      ['2019-12-31 没有生效的防返贫监测认定口径', 'the policy has no monitoring rule in force on 2019-12-31'],
    ]);
    expect(texts(assess(record(), definePolicy({}), ASOF).income.reasons)).toEqual([
      [
        '政策表中没有 52 省 2021 年的监测范围（monitoringLines），无法判断收入',
        'the policy has no monitoring line for province 52 in 2021 (monitoringLines): income cannot be judged',
      ],
    ]);
    expect(texts(assess(record(), nationalFrom2021(false)).income.reasons)).toEqual([
      [
        '政策表中没有 2021 年的全国贫困线，无法计算 2020 年口径的监测线',
        'the policy has no national poverty line for 2021: the 2020-rule monitoring line cannot be computed',
      ],
    ]);
    const { income: _, ...noIncome } = household();
    expect(texts(assess(record({ twelveMonths: undefined }), policy, ASOF, noIncome).income.reasons)).toEqual([
      [
        '未记录近 12 个月家庭纯收入，户表中也没有收入，无法判断是否低于监测范围',
        'no income over the 12 months is recorded and the register has none: the monitoring line cannot be checked',
      ],
    ]);
  });
});

describe('the spending test', () => {
  it('from 2021: the income left after rigid spending, on each side of the line', () => {
    // 36,000 − 3,000 − 1,000 = 32,000 for three: 10,666.67 each, rounded up as it is not below
    expect(texts(assess().spending.reasons)).toEqual([
      [
        '近 12 个月家庭纯收入 36000 元扣除合规自付医疗支出 3000 元和其他刚性支出 1000 元后，人均约 10666.67 元，不低于52 省 2021 年监测范围 8000 元（未核实）',
        "net income over the 12 months of 36000 yuan, less 3000 yuan of compliant out-of-pocket medical spending and 1000 yuan of other rigid spending, leaves about 10666.67 yuan each, not below province 52's monitoring line for 2021 of 8000 yuan (unconfirmed)",
      ],
    ]);
    // 36,000 − 11,000.01 − 1,000 = 23,999.99: 7,999.99 each, below
    expect(texts(assess(record({ twelveMonths: months({ compliantMedicalSpending: 11000.01 }) })).spending.reasons)).toEqual([
      [
        '近 12 个月家庭纯收入 36000 元扣除合规自付医疗支出 11000.01 元和其他刚性支出 1000 元后，人均约 7999.99 元，低于52 省 2021 年监测范围 8000 元（未核实）',
        "net income over the 12 months of 36000 yuan, less 11000.01 yuan of compliant out-of-pocket medical spending and 1000 yuan of other rigid spending, leaves about 7999.99 yuan each, below province 52's monitoring line for 2021 of 8000 yuan (unconfirmed)",
      ],
    ]);
  });

  it('in 2020: rigid spending against 1/1 × the income — equal is not above, a fen more is', () => {
    const in2020 = (medical: number, other: number) =>
      texts(assess(record({ twelveMonths: months({ through: '2020-11', netIncome: 18000, compliantMedicalSpending: medical, otherRigidSpending: other }) }), policy, '2020-12-15').spending.reasons);
    expect(in2020(9000, 9000)).toEqual([
      [
        '刚性支出 18000 元（合规自付医疗 9000 元、其他 9000 元）未超过家庭纯收入 18000 元的 1/1 倍',
        'rigid spending of 18000 yuan (9000 compliant out-of-pocket medical, 9000 other) does not exceed 1/1 × the net income of 18000 yuan',
      ],
    ]);
    expect(in2020(9000, 9000.01)).toEqual([
      [
        '刚性支出 18000.01 元（合规自付医疗 9000 元、其他 9000.01 元）超过家庭纯收入 18000 元的 1/1 倍',
        'rigid spending of 18000.01 yuan (9000 compliant out-of-pocket medical, 9000.01 other) exceeds 1/1 × the net income of 18000 yuan',
      ],
    ]);
  });

  it('names missing spending', () => {
    expect(texts(assess(record({ twelveMonths: months({ otherRigidSpending: undefined }) })).spending.reasons)).toEqual([
      [
        '未记录近 12 个月合规自付医疗支出和其他刚性支出，无法检查支出',
        'no compliant out-of-pocket medical spending or other rigid spending over the 12 months is recorded: spending cannot be checked',
      ],
    ]);
  });
});

describe('the sharp-drop test', () => {
  const drop = (previous: number | undefined, current: number, p: Policy = policy) =>
    texts(assess(record({ twelveMonths: months({ previousNetIncome: previous, netIncome: current }) }), p).drop.reasons);

  it('a drop of exactly 3/10 is sharp; a fen less is not', () => {
    expect(drop(40000, 28000)).toEqual([
      ['家庭纯收入由上一个 12 个月的 40000 元降至 28000 元，降幅不低于 3/10', 'net income fell from 40000 yuan over the 12 months before to 28000 yuan, a drop of at least 3/10'],
    ]);
    expect(drop(40000, 28000.01)).toEqual([
      [
        '家庭纯收入由上一个 12 个月的 40000 元变为 28000.01 元，降幅低于 3/10',
        'net income went from 40000 yuan over the 12 months before to 28000.01 yuan, a drop of less than 3/10',
      ],
    ]);
  });

  it('a previous income that is not positive gives no drop, named with its figure', () => {
    expect(drop(-500.5, 28000)).toEqual([
      ['上一个 12 个月家庭纯收入为 -500.50 元，不为正，不存在收入骤降', 'net income over the 12 months before was -500.50 yuan, not positive: there is no drop to measure'],
    ]);
  });

  it('names what is missing: the share, the previous income', () => {
    const noShare = definePolicy({ monitoring: [{ ...policy.monitoring[0]!, value: { ...policy.monitoring[0]!.value, incomeDropShare: null } }] }, policy);
    expect(drop(40000, 28000, noShare)).toEqual([
      ['政策未设定收入骤降比例（无默认值），未检查收入骤降', 'the policy sets no income-drop share (it has no default): the sharp-drop check was not made'],
    ]);
    expect(drop(undefined, 28000)).toEqual([
      ['未记录上一个 12 个月的家庭纯收入，无法检查收入骤降', 'no net income for the 12 months before is recorded: the sharp-drop check cannot be made'],
    ]);
  });

  it('两不愁三保障 assured is said in full', () => {
    expect(texts(assess().basicNeeds.reasons)).toEqual([
      ['两不愁三保障（不愁吃、不愁穿、义务教育、基本医疗、住房安全）均有保障', 'food, clothing, compulsory education, basic medical care and safe housing are all assured'],
    ]);
  });
});

describe('risk elimination: the state and the observation period', () => {
  const eliminate = (state: Parameters<typeof record>[0] extends infer O ? O : never, asOf = '2021-09-30', p: Policy = withObservation(6)) =>
    canEliminateRisk(household(), record(state), { asOf, policy: p }).checks;

  it('names the state in Chinese and as its identifier in English', () => {
    expect(texts(eliminate({ state: 'county-decided' }).state.reasons)).toEqual([
      ['监测记录状态为「县确定」，可以考虑风险消除', 'the monitoring record is county-decided: its risk may be considered for elimination'],
    ]);
    expect(texts(eliminate({ state: 'village-reviewed' }).state.reasons)).toEqual([
      ['监测记录状态为「村评议」，尚未经县级确定纳入监测，不能消除风险', 'the monitoring record is village-reviewed: not yet decided by the county, its risk cannot be eliminated'],
    ]);
    expect(texts(eliminate({ state: 'not-included' }).state.reasons)).toEqual([
      ['监测记录状态为「未纳入」，已结束', 'the monitoring record is not-included: it is closed'],
    ]);
  });

  it('six months from 2021-03 to 2021-09 pass a period of six; five do not', () => {
    expect(texts(eliminate({ state: 'county-decided' }).observation.reasons)).toEqual([
      [
        '自风险识别（2021-03）起已监测 6 个月，不少于观察期 6 个月',
        'monitored for 6 months since the risk was identified (2021-03), at least the observation period of 6 months',
      ],
    ]);
    expect(texts(eliminate({ state: 'county-decided' }, '2021-08-31').observation.reasons)).toEqual([
      [
        '自风险识别（2021-03）起仅监测 5 个月，不足观察期 6 个月',
        'monitored for only 5 months since the risk was identified (2021-03), less than the observation period of 6 months',
      ],
    ]);
    expect(texts(eliminate({ state: 'county-decided' }, '2021-09-30', policy).observation.reasons)).toEqual([
      [
        '政策未设定风险消除观察期（无默认值），无法判断观察期是否已满',
        'the policy sets no observation period for risk elimination (it has no default): whether it has passed cannot be judged',
      ],
    ]);
  });
});

describe('workflow refusals', () => {
  const decided = record({ state: 'county-decided' });
  const assisted = record({ state: 'under-assistance', measures: [{ kind: 'health', startedOn: '2021-06-01' }] });
  const eliminate = (elimination?: { way: 'assisted' | 'natural'; month: string }, at = '2021-10-20'): MonitoringEvent =>
    elimination === undefined ? { type: 'eliminate-risk', at, by: '钱七' } : { type: 'eliminate-risk', at, by: '钱七', elimination };

  it('a malformed event names its bad fields, joined in each language’s way', () => {
    expect(both(refusal(record(), { type: 'village-review' }).message)).toEqual(['事件格式无效（字段：at、by）', 'the event is not valid (fields: at, by)']);
  });

  it('a field the event does not take, and a step the state does not allow, name the event in Chinese', () => {
    expect(both(refusal(record(), { type: 'village-review', at: '2021-03-10', by: '孙一', reason: '无' }).message)).toEqual([
      '「村评议」事件不能带字段 reason',
      'a village-review event cannot carry the field reason',
    ]);
    expect(both(refusal(record(), { type: 'county-decision', at: '2021-03-10', by: '孙一' }).message)).toEqual([
      '状态为「已识别（待村评议）」的监测记录不能执行「县确定」',
      'a monitoring record that is identified cannot take a county-decision event',
    ]);
  });

  it('an event before the last one names both days', () => {
    const r = record({ state: 'village-reviewed', history: [{ type: 'village-review', at: '2021-03-10', by: '孙一' }] });
    expect(both(refusal(r, { type: 'township-check', at: '2021-03-09', by: '周二' }).message)).toEqual([
      '事件日期 2021-03-09 早于上一事件日期 2021-03-10',
      'the event is dated 2021-03-09, before the last event on 2021-03-10',
    ]);
  });

  it('the recorder named (masked) and the decision in Chinese', () => {
    expect(both(refusal(record({ state: 'township-checked', recordedBy: '李四' }), { type: 'county-decision', at: '2021-05-20', by: '李四' }).message)).toEqual([
      '李* 是该户的信息采集人，不能作出「县确定」决定',
      "李* recorded this household's data and cannot make the county-decision decision",
    ]);
  });

  it('what each event must carry', () => {
    expect(both(refusal(record(), { type: 'reject', at: '2021-03-10', by: '孙一' }).message)).toEqual(['不予纳入须说明理由', 'a reject event needs a reason']);
    expect(both(refusal(decided, { type: 'add-measure', at: '2021-06-01', by: '孙一' }).message)).toEqual(['落实帮扶措施须写明措施', 'an add-measure event needs the measure']);
    expect(both(refusal(decided, eliminate()).message)).toEqual(['风险消除须写明消除方式和月份', 'an eliminate-risk event needs the way and month of elimination']);
    expect(both(refusal(decided, eliminate({ way: 'assisted', month: '2021-10' })).message)).toEqual([
      '没有任何帮扶措施，不能以「帮扶消除」方式消除风险',
      'no assistance measure is recorded: the risk cannot be eliminated through assistance',
    ]);
    expect(both(refusal(assisted, eliminate({ way: 'assisted', month: '2021-10' }), { policy }).message)).toEqual([
      '风险消除须提供该户户表记录，以检查收入和两不愁三保障',
      'eliminating a risk needs the household record, to check income and the two assurances and three guarantees',
    ]);
  });

  it('an elimination month before identification names both months', () => {
    expect(both(refusal(assisted, eliminate({ way: 'natural', month: '2021-02' })).message)).toEqual([
      '风险消除月份 2021-02 早于风险识别月份 2021-03',
      'the elimination month 2021-02 is before the risk identification month 2021-03',
    ]);
  });

  it('another household’s record names both, masked', () => {
    expect(both(refusal(assisted, eliminate({ way: 'natural', month: '2021-10' }), { household: household({ id: 'H-0002' }), policy }).message)).toEqual([
      '提供的户表记录（H-0002）与监测记录（H-0001）不是同一户',
      'the household given (H-0002) is not the one of the monitoring record (H-0001)',
    ]);
  });

  it('the unmet and the unknown tests, by their Chinese names and their identifiers', () => {
    // 23,999.99 yuan for three is below the line, and a house of grade D is not safe
    const poor = record({ state: 'under-assistance', measures: assisted.measures, twelveMonths: months({ netIncome: 23999.99 }) });
    expect(both(refusal(poor, eliminate({ way: 'assisted', month: '2021-10' }), { household: household({ housing: { grade: 'D' } }), policy }).message)).toEqual([
      '以下检查未达标，不能消除风险：收入不低于监测范围、两不愁三保障',
      'these tests are unmet, so the risk cannot be eliminated: income, basicNeeds',
    ]);
    // no line for 2021: the income cannot be judged
    expect(both(refusal(assisted, eliminate({ way: 'assisted', month: '2021-10' }), { household: household(), policy: definePolicy({}) }).message)).toEqual([
      '以下检查无法判定，不能消除风险：收入不低于监测范围',
      'these tests cannot be judged, so the risk cannot be eliminated: income',
    ]);
  });

  it('an accepted event leaves no message to render', () => {
    expect(applyMonitoringEvent(record(), { type: 'village-review', at: '2021-03-10', by: '孙一' }).ok).toBe(true);
  });
});

describe('the helpers under the templates, rendered directly', () => {
  it('a state, event or test the Chinese tables do not hold is shown as given', () => {
    expect(MONITORING_MESSAGES['monitoring/record-closed']['zh-CN']({ state: 'archived' })).toBe('监测记录状态为「archived」，已结束');
    expect(MONITORING_MESSAGES['monitoring/transition-not-allowed']['zh-CN']({ state: 'identified', type: 'appeal' })).toBe('状态为「已识别（待村评议）」的监测记录不能执行「appeal」');
    expect(MONITORING_MESSAGES['monitoring/test-unmet']['zh-CN']({ tests: ['income'], testsZh: '收入' })).toBe('以下检查未达标，不能消除风险：收入');
  });

  it('a figure given as text and a ratio given as text are shown as given', () => {
    expect(MONITORING_MESSAGES['monitoring/previous-income-not-positive'].en({ previousNetIncomeYuan: '0.00' })).toBe(
      'net income over the 12 months before was 0.00 yuan, not positive: there is no drop to measure',
    );
    expect(MONITORING_MESSAGES['monitoring/sharp-drop']['zh-CN']({ previousNetIncomeYuan: 40000, netIncomeYuan: 28000, incomeDropShare: '30%' })).toBe(
      '家庭纯收入由上一个 12 个月的 40000 元降至 28000 元，降幅不低于 30%',
    );
  });

  it('a value recorded as unknown (null) or absent is said to be not recorded, in each language, never left out', () => {
    const m = MONITORING_MESSAGES;
    expect([m['monitoring/no-rule']['zh-CN']({ asOf: null }), m['monitoring/no-rule'].en({ asOf: null })]).toEqual([
      '未记录 没有生效的防返贫监测认定口径',
      'the policy has no monitoring rule in force on not recorded',
    ]);
    expect([m['monitoring/event-before-last']['zh-CN']({ at: '2021-03-09' }), m['monitoring/event-before-last'].en({ at: '2021-03-09' })]).toEqual([
      '事件日期 2021-03-09 早于上一事件日期 未记录',
      'the event is dated 2021-03-09, before the last event on not recorded',
    ]);
    // Through the yuan and ratio helpers and the Chinese labels too.
    const drop = { previousNetIncomeYuan: null, netIncomeYuan: 28000 };
    expect([m['monitoring/sharp-drop']['zh-CN'](drop), m['monitoring/sharp-drop'].en(drop)]).toEqual([
      '家庭纯收入由上一个 12 个月的 未记录 元降至 28000 元，降幅不低于 未记录',
      'net income fell from not recorded yuan over the 12 months before to 28000 yuan, a drop of at least not recorded',
    ]);
    expect([m['monitoring/record-closed']['zh-CN']({ state: null }), m['monitoring/record-closed'].en({})]).toEqual([
      '监测记录状态为「未记录」，已结束',
      'the monitoring record is not recorded: it is closed',
    ]);
  });
});

describe('MONITORING_ERRORS: the roll-up’s and the assessment’s refusals', () => {
  const thrown = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof DomainError) return [e.code, e.localized?.['zh-CN'], e.localized?.en];
      throw e;
    }
    throw new Error('expected a DomainError');
  };
  const records = [record()];

  it('name the bad period, months, village code and household, as given', () => {
    expect(thrown(() => monitoringRollup({ records }, { asOf: '2021-12-31', period: { from: '2021-12', to: '2021-01' } }))).toEqual([
      'monitoring/invalid-period',
      '统计期 "2021-12".."2021-01" 无效：应为两个 YYYY-MM 月份，且起不晚于止',
      'the period "2021-12".."2021-01" is not two months YYYY-MM with from not after to',
    ]);
    expect(thrown(() => monitoringRollup({ records }, { asOf: '2021-12-31', longerThanMonths: 1.5 }))).toEqual([
      'monitoring/invalid-months',
      '月数（longerThanMonths）应为非负整数，实际为 1.5',
      'longerThanMonths is a whole number of 0 or more, got 1.5',
    ]);
    expect(thrown(() => monitoringRollup({ records: [{ ...record(), villageCode: '522601101' }] }, { asOf: '2021-12-31' }))).toEqual([
      'monitoring/invalid-village-code',
      '监测记录或筛查结果的村级代码 "522601101" 不是有效的 12 位村级代码',
      'a record or assessment has no valid 12-digit village code ("522601101")',
    ]);
    const a = assessMonitoring(household(), record(), { asOf: ASOF, policy });
    expect(thrown(() => monitoringRollup({ records, assessments: [a, a] }, { asOf: '2021-12-31' }))).toEqual([
      'monitoring/duplicate-assessment',
      '农户 H-0001 有两条筛查结果',
      'household H-0001 is assessed twice',
    ]);
  });

  it('the assessment of another household’s record names both', () => {
    expect(thrown(() => assessMonitoring(household({ id: 'H-0002' }), record(), { asOf: ASOF, policy }))).toEqual([
      'monitoring/household-mismatch',
      '农户 H-0001 的监测记录被用于农户 H-0002，二者不对应',
      'record of H-0001 given for household H-0002',
    ]);
  });
});
