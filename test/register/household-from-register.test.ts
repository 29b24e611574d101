import { describe, expect, it } from 'vitest';
import { householdFromRegister, REGISTER_HOUSEHOLD_FIELDS, REGISTER_MEMBER_FIELDS } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';

describe('householdFromRegister', () => {
  const rows = [
    {
      id: 'H1',
      status: '1',
      'income.perCapita': '5210.5',
      'water.safe': '是',
      idNumber: '522601198001010011',
      name: '张三',
      relation: '户主',
      medicalInsurance: '是',
    },
    { idNumber: '522601201005200314', name: '张小', relation: '之子', studentStatus: '小学五年级' },
  ];

  it('reads each cell into the record’s value (the JSDoc example)', () => {
    expect(householdFromRegister(rows, { incomeYear: 2020, villageCode: '522601101201' })).toEqual({
      ok: true,
      value: {
        id: 'H1',
        villageCode: '522601101201',
        status: 'exited',
        policySupport: 'continuing',
        income: { year: 2020, perCapita: 5210.5 },
        water: { safe: true },
        members: [
          { idNumber: '522601198001010011', name: '张三', relation: 'head', medicalInsurance: true },
          { idNumber: '522601201005200314', name: '张小', relation: 'son', studentStatus: 'primary' },
        ],
      },
    });
  });

  it('reads numbers, dates, lists and the responsible person; leaves blank cells out', () => {
    const result = householdFromRegister([
      {
        id: ' H2 ',
        villageCode: '441900003001',
        status: '已脱贫（不再享受政策）',
        householdSize: '2人',
        otherCauses: '因病、缺资金、因病',
        'income.perCapita': '3,999.99',
        'housing.noHouse': '是',
        'housing.route': '保障安全',
        'housing.guarantee': '敬老院',
        'responsiblePerson.name': '李帮扶',
        'responsiblePerson.unit': '县教育局',
        idNumber: '52260120100520311142',
        documentType: '残疾人证',
        birthDate: '2010年5月20日',
        name: '王某',
        relation: 'Head',
        employmentMonths: '8个月',
        health: '残疾、长期慢性病',
        criticalIllnessInsurance: '',
      },
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'H2',
        villageCode: '441900003001',
        status: 'exited',
        policySupport: 'ended',
        householdSize: 2,
        otherCauses: ['illness', 'lack-of-funds'],
        income: { perCapita: 3999.99 },
        housing: { noHouse: true, route: 'guaranteed-safe', guarantee: 'care-home' },
        responsiblePersons: [{ name: '李帮扶', unit: '县教育局' }],
        members: [
          {
            idNumber: '52260120100520311142',
            documentType: 'disability-certificate',
            birthDate: '2010-05-20',
            name: '王某',
            relation: 'head',
            employmentMonths: 8,
            health: 'disabled',
          },
        ],
      },
    });
  });

  it('names the row and field of every cell it cannot read, in Chinese first, never repeating the cell', () => {
    const result = householdFromRegister([
      { id: 'H3', status: '2', idNumber: 'x', name: '赵六', relation: '之友张三' },
      { idNumber: 'y', name: '赵七', relation: '之子', 'income.perCapita': '4000.001', birthDate: '2010-02-30' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [0, 'status', 'register/unknown-value'],
      [0, 'relation', 'register/unknown-value'],
      [1, 'income.perCapita', 'register/not-a-number'],
      [1, 'birthDate', 'register/not-a-date'],
    ]);
    expect(result.issues[1]?.message['zh-CN']).toMatch(/^与户主关系：与户主关系的取值无法识别：期望 户主、配偶/);
    expect(JSON.stringify(result)).not.toContain('张三');
  });

  it('does not mutate its input', () => {
    expectNoMutation(rows, (value) => householdFromRegister(value, { incomeYear: 2020 }));
  });

  it('has a register column name for every field, each name once', () => {
    const names = [...Object.values(REGISTER_HOUSEHOLD_FIELDS), ...Object.values(REGISTER_MEMBER_FIELDS)].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
