import { describe, expect, it } from 'vitest';
import {
  ELIMINATION_WAY_ZH,
  FOUND_BY_ZH,
  MEASURE_KIND_ZH,
  MONITORING_STATE_ZH,
  MONITORING_TYPE_ZH,
  MonitoringRecordSchema,
  PROTECTION_KIND_ZH,
  RISK_TYPE_ZH,
  validate,
} from '../../src/index';
import { MONITORING_ALIASES } from '../../src/monitoring/labels';
import {
  monitoringDate,
  monitoringMeasures,
  monitoringMonth,
  monitoringRisks,
  monitoringValue,
  splitMonitoringList,
  type MonitoringEnum,
} from '../../src/monitoring/monitoring-value';

const TABLES: Readonly<Record<MonitoringEnum, Readonly<Record<string, string>>>> = {
  type: MONITORING_TYPE_ZH,
  riskType: RISK_TYPE_ZH,
  foundBy: FOUND_BY_ZH,
  state: MONITORING_STATE_ZH,
  measureKind: MEASURE_KIND_ZH,
  protection: PROTECTION_KIND_ZH,
  eliminationWay: ELIMINATION_WAY_ZH,
};

describe('monitoringValue', () => {
  it('reads every Chinese label of the core and every English identifier', () => {
    for (const [kind, table] of Object.entries(TABLES) as [MonitoringEnum, Readonly<Record<string, string>>][]) {
      for (const [value, label] of Object.entries(table)) {
        expect(monitoringValue(kind, label), `${kind} ${label}`).toBe(value);
        expect(monitoringValue(kind, value), `${kind} ${value}`).toBe(value);
        expect(monitoringValue(kind, ` ${value.toUpperCase()} `), `${kind} ${value}`).toBe(value);
      }
    }
  });

  it('reads the other wordings, each to a value of its own enum', () => {
    for (const [kind, aliases] of Object.entries(MONITORING_ALIASES) as [MonitoringEnum, Readonly<Record<string, string>>][]) {
      for (const [alias, value] of Object.entries(aliases)) {
        expect(monitoringValue(kind, alias), `${kind} ${alias}`).toBe(value);
        expect(Object.keys(TABLES[kind]), `${kind} ${alias}`).toContain(value);
      }
    }
  });

  it('ignores spaces, full-width forms and brackets; reads a risk with or without its 因', () => {
    expect(monitoringValue('state', '已识别 (待村评议)')).toBe('identified');
    expect(monitoringValue('state', '已识别【待村评议】')).toBe('identified');
    expect(monitoringValue('type', '边缘易致贫户　')).toBe('marginal');
    expect(monitoringValue('riskType', '病')).toBe('illness');
    expect(monitoringValue('riskType', '因缺劳动力')).toBe('labour-shortage');
    expect(monitoringValue('riskType', '因意外事故')).toBe('accident');
  });

  it('reads the shortenings of the three types that clerks write (三类户：不稳定户、边缘户、突发困难户)', () => {
    expect(monitoringValue('type', '突发困难户')).toBe('sudden-hardship');
    expect(monitoringValue('type', '突发困难')).toBe('sudden-hardship');
    expect(monitoringValue('type', '不稳定户')).toBe('unstable-exited');
    expect(monitoringValue('type', '边缘户')).toBe('marginal');
    expect(monitoringValue('type', '困难户')).toBeUndefined();
  });

  it('gives undefined for a wording it does not know, or an empty cell', () => {
    expect(monitoringValue('type', '一般农户')).toBeUndefined();
    expect(monitoringValue('state', '')).toBeUndefined();
    expect(monitoringValue('riskType', '因')).toBeUndefined();
    expect(monitoringValue('eliminationWay', 'assisted-natural')).toBeUndefined();
  });
});

describe('monitoringMonth and monitoringDate', () => {
  it('reads the month forms of exports and the month of a day', () => {
    for (const cell of ['2021-03', '2021-3', '2021/3', '2021.3', '2021年3月', '2021年03月', '202103', ' 2021 年 3 月 ', '2021-03-15', '2021/3/1', '2021年3月31日', '20210331']) {
      expect(monitoringMonth(cell), cell).toBe('2021-03');
    }
    expect(monitoringMonth(202103)).toBe('2021-03');
    expect(monitoringMonth('２０２１年１２月')).toBe('2021-12');
  });

  it('refuses what is no month', () => {
    for (const cell of ['2021-13', '2021-00', '202113', '2021', '21-03', '2021-02-30', 'x', '', '2021年3', '2021-3/1', '2021年3月1']) {
      expect(monitoringMonth(cell), cell).toBeUndefined();
    }
    expect(monitoringMonth(2021.03)).toBeUndefined();
    expect(monitoringMonth(44256)).toBeUndefined();
  });

  it('reads days in the forms exports write them, real days only', () => {
    expect(monitoringDate('2021-04-15')).toBe('2021-04-15');
    expect(monitoringDate('2021/4/5')).toBe('2021-04-05');
    expect(monitoringDate('2021.4.5')).toBe('2021-04-05');
    expect(monitoringDate('20210405')).toBe('2021-04-05');
    expect(monitoringDate('2021年4月5日')).toBe('2021-04-05');
    expect(monitoringDate('2021-02-29')).toBeUndefined();
    expect(monitoringDate('2021-04')).toBeUndefined();
  });
});

describe('splitMonitoringList, monitoringRisks, monitoringMeasures', () => {
  it('splits on 、 , ， ; ； and line breaks, never inside brackets, and drops blank items', () => {
    expect(splitMonitoringList('因病,因残，因学;因灾（洪涝；滑坡）；缺劳动力\n其他、、 ')).toEqual(['因病', '因残', '因学', '因灾（洪涝；滑坡）', '缺劳动力', '其他']);
    expect(splitMonitoringList('')).toEqual([]);
  });

  it('reads risks with the kind of disaster in brackets or after a colon; keeps an unknown wording as written', () => {
    expect(monitoringRisks('因灾(冰雹)；因灾：洪涝')).toEqual([
      { type: 'disaster', disasterKind: '冰雹' },
      { type: 'disaster', disasterKind: '洪涝' },
    ]);
    expect(monitoringRisks('因病、因赌')).toEqual([{ type: 'illness' }, { type: '因赌' }]);
    // A bracket on another risk is kept: validation says only 因灾 takes a kind of disaster.
    expect(monitoringRisks('其他（缺资金）')).toEqual([{ type: 'other', disasterKind: '缺资金' }]);
  });

  it('reads measures: category, 综合保障 item, description and start date', () => {
    expect(monitoringMeasures('产业帮扶（2021-04-15）、综合保障-特困供养（2021年5月1日）；残疾人补贴(20210601)，健康：大病救助（2021/7/1）')).toEqual([
      { kind: 'industry', startedOn: '2021-04-15' },
      { kind: 'social-protection', protection: 'tekun', startedOn: '2021-05-01' },
      { kind: 'social-protection', protection: 'disability-allowance', startedOn: '2021-06-01' },
      { kind: 'health', description: '大病救助', startedOn: '2021-07-01' },
    ]);
  });

  it('keeps what it cannot read as written, so that validation names it', () => {
    expect(monitoringMeasures('产业帮扶、金融帮扶（2021-04-15）、就业帮扶（2021-04-31）、综合保障-救助（2021-04-15）')).toEqual([
      { kind: 'industry' },
      { kind: '金融帮扶', startedOn: '2021-04-15' },
      { kind: 'employment', startedOn: '2021-04-31' },
      { kind: 'social-protection', protection: '救助', startedOn: '2021-04-15' },
    ]);
  });
});

describe('validation messages of the monitoring enums', () => {
  it('name the expected values in Chinese, from the core labels', () => {
    const result = validate(MonitoringRecordSchema, {
      householdId: 'H-1', villageCode: '522601101201', type: '一般农户', risks: [{ type: 'illness' }],
      firstIdentifiedMonth: '2021-03', riskIdentifiedMonth: '2021-03', foundBy: 'cadre-screening', state: 'identified',
      elimination: undefined,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.message['zh-CN'], i.message.en])).toEqual([
      [['type'], `无效的取值：期望 ${Object.values(MONITORING_TYPE_ZH).join('、')} 之一`, 'Invalid option: expected one of unstable-exited, marginal, sudden-hardship'],
    ]);
  });

  it('name the value received when it is an enum word like the expected ones, in both locales', () => {
    const record = {
      householdId: 'H-1', villageCode: '522601101201', type: '突发困难群众', risks: [{ type: 'illness' }],
      firstIdentifiedMonth: '2021-03', riskIdentifiedMonth: '2021-03', foundBy: 'cadre-screening', state: 'identified',
    };
    const result = validate(MonitoringRecordSchema, record);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code, i.message['zh-CN'], i.message.en])).toEqual([
      [['type'], 'invalid_value', `无效的取值“突发困难群众”：期望 ${Object.values(MONITORING_TYPE_ZH).join('、')} 之一`, 'Invalid option "突发困难群众": expected one of unstable-exited, marginal, sudden-hardship'],
    ]);
    const english = validate(MonitoringRecordSchema, { ...record, type: 'sudden' });
    expect(english.ok === false && english.issues[0]?.message.en).toBe('Invalid option "sudden": expected one of unstable-exited, marginal, sudden-hardship');
    // Two to four Han characters may be a name: shown masked as a name is.
    const short = validate(MonitoringRecordSchema, { ...record, type: '突发户' });
    expect(short.ok === false && short.issues[0]?.message).toEqual({
      'zh-CN': `无效的取值“突**”：期望 ${Object.values(MONITORING_TYPE_ZH).join('、')} 之一`,
      en: 'Invalid option "突**": expected one of unstable-exited, marginal, sudden-hardship',
    });
  });

  it('never name a value that could be personal: a name, a number, a long text, a non-string', () => {
    const record = {
      householdId: 'H-1', villageCode: '522601101201', risks: [{ type: 'illness' }],
      firstIdentifiedMonth: '2021-03', riskIdentifiedMonth: '2021-03', foundBy: 'cadre-screening', state: 'identified',
    };
    for (const type of ['张三', '王边缘', '阿依古丽·边缘', '突发户13800138000', '突发户 2021', '突发严重困难户（因病住院，家住某某村三组，联系人某某）', 'Zhang Margin', 7, ['突发户']]) {
      const result = validate(MonitoringRecordSchema, { ...record, type });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const text = JSON.stringify(result.issues);
      if (typeof type === 'string') expect(text, type).not.toContain(type);
      else expect(text, String(type)).not.toContain('received');
    }
    const name = validate(MonitoringRecordSchema, { ...record, type: '王边缘' });
    expect(name.ok === false && name.issues[0]?.message['zh-CN']).toContain('“王**”');
  });
});
