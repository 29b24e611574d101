// Issue 17: the cell readers' rules each alone, where a mutation run of monitoring-value.ts
// showed the tests let a change through: only risk types take 因, a whole cell is a month or a
// day (nothing before or after it), spaces inside a day, an unbalanced closing bracket, a bracket
// that does not end the item, and what each reader trims and leaves out. Written from the
// documented readings, not from the mutants.
import { describe, expect, it } from 'vitest';
import { monitoringDate, monitoringMeasures, monitoringMonth, monitoringRisks, monitoringValue, splitMonitoringList } from '../../src/monitoring/monitoring-value';

describe('monitoringValue', () => {
  it('only a risk type is read with or without a leading 因', () => {
    expect(monitoringValue('riskType', '产业失败')).toBe('industry-failure');
    expect(monitoringValue('measureKind', '因产业')).toBeUndefined();
    expect(monitoringValue('type', '因边缘户')).toBeUndefined();
    expect(monitoringValue('eliminationWay', '因自然')).toBeUndefined();
  });

  it('ASCII square brackets and 〔〕 do not matter either', () => {
    expect(monitoringValue('state', '已识别[待村评议]')).toBe('identified');
    expect(monitoringValue('state', '已识别〔待村评议〕')).toBe('identified');
  });

  it('only ASCII letters are folded: a dotless ı is not an i', () => {
    expect(monitoringValue('riskType', 'ILLNESS')).toBe('illness');
    expect(monitoringValue('riskType', 'ıllness')).toBeUndefined();
  });

  it('a blank cell is no wording', () => {
    expect(monitoringValue('riskType', '   ')).toBeUndefined();
    expect(monitoringValue('type', '()')).toBeUndefined();
  });
});

describe('monitoringMonth and monitoringDate: the whole cell', () => {
  it('nothing may come before or after a day', () => {
    for (const cell of ['12021-04-05', '2021-04-051', 'x2021-04-05', '2021-04-05x', '2021年4月5日x', '202104051']) {
      expect(monitoringDate(cell), cell).toBeUndefined();
    }
  });

  it('a day may be written with spaces, and with two-digit months in 年月日', () => {
    expect(monitoringDate(' 2021 / 4 / 5 ')).toBe('2021-04-05');
    expect(monitoringDate('2021 年 12 月 5 日')).toBe('2021-12-05');
    expect(monitoringDate('2021年12月25日')).toBe('2021-12-25');
    expect(monitoringMonth('2021年12月25日')).toBe('2021-12');
  });

  it('the separators of a day must be the same twice', () => {
    expect(monitoringDate('2021-4/5')).toBeUndefined();
    expect(monitoringDate('2021.4.5')).toBe('2021-04-05');
  });
});

describe('splitMonitoringList', () => {
  it('a closing bracket with none open is kept and does not stop the splitting', () => {
    expect(splitMonitoringList('因病）、因残')).toEqual(['因病）', '因残']);
    expect(splitMonitoringList('因病)、因灾（洪涝、滑坡）')).toEqual(['因病)', '因灾（洪涝、滑坡）']);
  });

  it('brackets nest: the item ends only when every one is closed', () => {
    expect(splitMonitoringList('其他（说明（甲、乙）、丙）；因残')).toEqual(['其他（说明（甲、乙）、丙）', '因残']);
  });
});

describe('monitoringRisks', () => {
  it('a bracket that does not end the item is part of the wording', () => {
    expect(monitoringRisks('因灾（洪涝）后')).toEqual([{ type: '因灾（洪涝）后' }]);
  });

  it('trims the kind of disaster and a wording kept as written', () => {
    expect(monitoringRisks('因灾（ 洪涝 ）')).toEqual([{ type: 'disaster', disasterKind: '洪涝' }]);
    expect(monitoringRisks('因灾： 洪涝')).toEqual([{ type: 'disaster', disasterKind: '洪涝' }]);
    expect(monitoringRisks('因赌 ：输光')).toEqual([{ type: '因赌', disasterKind: '输光' }]);
  });

  it('a bracket wins over a colon: the colon stays in the wording', () => {
    expect(monitoringRisks('因灾：洪涝（2021）')).toEqual([{ type: '因灾：洪涝', disasterKind: '2021' }]);
  });
});

describe('monitoringMeasures', () => {
  it('an English identifier with a hyphen is read whole, not as category and item', () => {
    expect(monitoringMeasures('social-protection（2021-05-01）')).toStrictEqual([{ kind: 'social-protection', startedOn: '2021-05-01' }]);
  });

  it('an unknown category before a dash is kept as written, the item read', () => {
    expect(monitoringMeasures('金融-低保（2021-05-01）')).toStrictEqual([{ kind: '金融', protection: 'dibao', startedOn: '2021-05-01' }]);
  });

  it('trims the category and the description', () => {
    expect(monitoringMeasures('金融帮扶 ：小额信贷（2021-04-15）')).toStrictEqual([{ kind: '金融帮扶', description: '小额信贷', startedOn: '2021-04-15' }]);
    expect(monitoringMeasures('就业帮扶： 公益性岗位 （2021-05-01）')).toStrictEqual([{ kind: 'employment', description: '公益性岗位', startedOn: '2021-05-01' }]);
  });

  it('leaves out what it did not read: no protection, no description, no start date from empty brackets', () => {
    expect(monitoringMeasures('产业帮扶（）、就业帮扶：')).toStrictEqual([{ kind: 'industry' }, { kind: 'employment' }]);
    expect(monitoringMeasures('产业帮扶（2021-04-15）').map((m) => Object.keys(m))).toEqual([['kind', 'startedOn']]);
  });
});
