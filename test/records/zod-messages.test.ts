import { describe, expect, it } from 'vitest';
import { HouseholdSchema, LedgerEntrySchema, validate } from '../../src/index';
import { makeId } from '../fixtures/ids';

const member = { idNumber: makeId('522601', '1980-01-01', 11), name: '张三', relation: 'head' };

describe('validate: zod’s own issues in the register’s words', () => {
  it('gives every zod issue a domain message in both locales, never zod’s half-translated text', () => {
    const result = validate(HouseholdSchema, {
      id: 5,
      status: 'exited',
      members: [],
      householdSize: 0,
      foodSecure: 'yes',
      income: { year: 2020.5 },
      conditions: { roadType: 'dirt' },
      housing: { grade: 'E' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code, i.message['zh-CN'], i.message.en])).toEqual([
      [['id'], 'invalid_type', '类型不符：应为文本', 'wrong type: expected text'],
      [['villageCode'], 'invalid_type', '缺少必填字段（应为文本）', 'required: expected text'],
      [['members'], 'too_small', '至少应有 1 项', 'expected at least 1 item'],
      [['householdSize'], 'too_small', '数值应不小于 1', 'expected a number of at least 1'],
      [['income', 'year'], 'invalid_type', '类型不符：应为整数', 'wrong type: expected a whole number'],
      [['foodSecure'], 'invalid_type', '类型不符：应为是/否（布尔值）', 'wrong type: expected true or false'],
      [['housing', 'grade'], 'invalid_value', '无效的取值：期望 A 级（安全）、B 级（基本安全）、C 级（局部危险）、D 级（整体危险） 之一', 'Invalid option: expected one of A, B, C, D'],
      [['conditions', 'roadType'], 'invalid_value', '无效的取值：期望 泥土路、砂石路、水泥路、沥青（柏油）路、其他 之一', 'Invalid option: expected one of earth, gravel, cement, asphalt, other'],
    ]);
    for (const issue of result.issues) expect(issue.message['zh-CN']).not.toMatch(/string|number|array|undefined|boolean|期望 [a-z]/);
  });

  it('covers formats and upper bounds too', () => {
    const result = validate(HouseholdSchema, {
      id: 'H',
      villageCode: '522601101201',
      status: 'poor',
      members: [{ ...member, phone: 'call me', employmentMonths: 13 }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path, i.message['zh-CN']])).toEqual([
        [['members', 0, 'employmentMonths'], '数值应不大于 12'],
        [['members', 0, 'phone'], '格式不正确'],
      ]);
      expect(JSON.stringify(result)).not.toContain('call me');
    }
  });

  it('names the ledger’s enum values in Chinese too, from the ledger’s labels (issue 11)', () => {
    const result = validate(LedgerEntrySchema, { status: 'done' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const status = result.issues.find((i) => i.path[0] === 'status');
      expect(status?.message['zh-CN']).toBe('无效的取值：期望 待整改、整改中、待验收、已销号 之一');
      expect(status?.message.en).toBe('Invalid option: expected one of open, rectifying, awaiting-acceptance, closed');
    }
  });
});
