import { describe, expect, it } from 'vitest';
import { CountySchema, TownshipSchema, validate, VillageSchema } from '../../src/index';

// Issue 17: the division records' cross-field issues name the codes they compare.

const issues = (schema: Parameters<typeof validate>[0], input: unknown) => {
  const result = validate(schema, input);
  return result.ok ? [] : result.issues.map((i) => ({ path: i.path, code: i.code, evidence: i.evidence, en: i.message.en }));
};

describe('division records outside their parent', () => {
  it('name the child, the parent and the field of the parent', () => {
    const county = { code: '522601', name: '示例县', prefectureCode: '5227', western: true, deepPoverty: true, status: 'proposed', supervised: true };
    expect(issues(CountySchema, county)).toEqual([
      {
        path: ['code'],
        code: 'division/not-within-parent',
        evidence: { child: '522601', parent: '5227', parentKey: 'prefectureCode' },
        en: 'code 522601 is not inside prefectureCode 5227',
      },
    ]);
    expect(issues(TownshipSchema, { code: '522602101', name: '甲镇', countyCode: '522601' })).toEqual([
      {
        path: ['code'],
        code: 'division/not-within-parent',
        evidence: { child: '522602101', parent: '522601', parentKey: 'countyCode' },
        en: 'code 522602101 is not inside countyCode 522601',
      },
    ]);
    expect(issues(VillageSchema, { code: '522601102201', name: '甲村', townshipCode: '522601101', ruralPopulation: 12 })).toEqual([
      {
        path: ['code'],
        code: 'division/not-within-parent',
        evidence: { child: '522601102201', parent: '522601101', parentKey: 'townshipCode' },
        en: 'code 522601102201 is not inside townshipCode 522601101',
      },
    ]);
  });

  it('name the city of a township of a city without counties given a county code', () => {
    expect(issues(TownshipSchema, { code: '441900003', name: '石碣镇', countyCode: '441901', prefectureCode: '4419' })).toEqual([
      {
        path: ['countyCode'],
        code: 'township/county-less',
        evidence: { prefectureCode: '4419' },
        en: 'this township belongs to 4419, a city without counties: give prefectureCode, not countyCode',
      },
    ]);
  });
});
