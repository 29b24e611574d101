import { describe, expect, it } from 'vitest';
import {
  baziAreaCheck,
  CountySchema,
  definePolicy,
  IndustryPlanSchema,
  LedgerEntrySchema,
  PlantingSchema,
  TownshipSchema,
  validate,
  VillageSchema,
  ZoneSchema,
} from '../../src/index';

const county = {
  code: '522601',
  name: '示例县',
  prefectureCode: '5226',
  western: true,
  deepPoverty: true,
  status: 'proposed',
  supervised: true,
};

describe('CountySchema', () => {
  it('accepts a county inside its prefecture and refuses one outside', () => {
    expect(validate(CountySchema, county).ok).toBe(true);
    const result = validate(CountySchema, { ...county, prefectureCode: '5227' });
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['code'], code: 'division/not-within-parent' }] });
  });
});

describe('TownshipSchema', () => {
  it('needs a 9-digit code inside its county', () => {
    expect(validate(TownshipSchema, { code: '522601101', name: '甲镇', countyCode: '522601' }).ok).toBe(true);
    expect(validate(TownshipSchema, { code: '522602101', name: '甲镇', countyCode: '522601' }).ok).toBe(false);
    expect(validate(TownshipSchema, { code: '522601', name: '甲镇', countyCode: '522601' })).toMatchObject({
      ok: false,
      issues: [{ path: ['code'], code: 'division/level' }],
    });
  });

  it('records a township of a city without counties (东莞, 中山, 儋州, 嘉峪关) by its city, not a county', () => {
    const issues = (input: unknown) => {
      const r = validate(TownshipSchema, input);
      return r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code]);
    };
    expect(issues({ code: '441900003', name: '石碣镇', prefectureCode: '4419' })).toEqual([]);
    expect(issues({ code: '460400100', name: '那大镇', prefectureCode: '4604' })).toEqual([]);
    expect(issues({ code: '441900003', name: '石碣镇' })).toEqual([['prefectureCode', 'township/prefecture-required']]);
    expect(issues({ code: '441900003', name: '石碣镇', countyCode: '441901', prefectureCode: '4419' })).toEqual([['countyCode', 'township/county-less']]);
    expect(issues({ code: '441900003', name: '石碣镇', prefectureCode: '4420' })).toEqual([['code', 'division/not-within-parent']]);
    // An ordinary township still needs its county, and names no city.
    expect(issues({ code: '522601101', name: '甲镇' })).toEqual([['countyCode', 'township/county-required']]);
    expect(issues({ code: '522601101', name: '甲镇', countyCode: '522601', prefectureCode: '5226' })).toEqual([['prefectureCode', 'township/prefecture-unexpected']]);
    const r = validate(TownshipSchema, { code: '441900003', name: '石碣镇' });
    expect(r.ok ? '' : r.issues[0]!.message['zh-CN']).toBe('该乡镇属于不设区县的地级市，应填所属市代码 prefectureCode（4419）');
  });
});

describe('VillageSchema', () => {
  it('needs a 12-digit code inside its township and a whole population', () => {
    expect(validate(VillageSchema, { code: '522601101201', name: '甲村', townshipCode: '522601101', ruralPopulation: 1200 }).ok).toBe(true);
    expect(validate(VillageSchema, { code: '522601102201', name: '甲村', townshipCode: '522601101', ruralPopulation: 12 })).toMatchObject({
      ok: false,
      issues: [{ path: ['code'], code: 'division/not-within-parent' }],
    });
    // Cross-field checks run once every field is valid (zod's order): the population comes first.
    const result = validate(VillageSchema, { code: '522601102201', name: '甲村', townshipCode: '522601101', ruralPopulation: 12.5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([['ruralPopulation']]);
  });
});

describe('PlantingSchema', () => {
  it('needs an output value given directly or as yield × price', () => {
    expect(PlantingSchema.safeParse({ crop: '玉米', areaMu: 10, outputValuePerMu: 1200 }).success).toBe(true);
    expect(PlantingSchema.safeParse({ crop: '辣椒', areaMu: 10, yieldKgPerMu: 1500, priceYuanPerKg: 4.2 }).success).toBe(true);
    const result = validate(PlantingSchema, { crop: '辣椒', areaMu: 10, yieldKgPerMu: 1500 });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'planting/no-output-value' }] });
  });
});

describe('ZoneSchema', () => {
  const zone = { id: 'Z1', name: '坝区一', kind: 'bazi' as const, areaMu: 600, plantings: [] };

  it('accepts a 坝区 under 500 亩: the minimum is a policy parameter, judged by baziAreaCheck', () => {
    expect(validate(ZoneSchema, zone).ok).toBe(true);
    expect(validate(ZoneSchema, { ...zone, areaMu: 499.5 }).ok).toBe(true);
    expect(baziAreaCheck({ ...zone, areaMu: 500 })?.status).toBe('met');
    const small = baziAreaCheck({ ...zone, areaMu: 499.5 });
    expect(small?.status).toBe('unmet');
    expect(small?.reasons[0]).toMatchObject({ path: ['areaMu'], code: 'zone/bazi-too-small', evidence: { areaMu: 499.5, minimumMu: 500 } });
    expect(small?.reasons[0]?.message['zh-CN']).toBe('坝区面积应不小于 500 亩，实际为 499.5 亩');
    // A province's own minimum, dated: 300 亩 from 2021.
    const policy = definePolicy({
      industry: [
        { from: '2016-01-01', value: { baziMinAreaMu: 500, vegetablesFungiBelow: 15, herbsTeaFruitUpTo: 25 }, source: 'test', confirmed: false },
        { from: '2021-01-01', value: { baziMinAreaMu: 300, vegetablesFungiBelow: 15, herbsTeaFruitUpTo: 25 }, source: 'test', confirmed: false },
      ],
    });
    expect(baziAreaCheck({ ...zone, areaMu: 300 }, { policy, asOf: '2021-06-30' })?.status).toBe('met');
    expect(baziAreaCheck({ ...zone, areaMu: 300 }, { policy, asOf: '2020-06-30' })?.status).toBe('unmet');
    expect(baziAreaCheck({ ...zone, kind: 'slope', areaMu: 80 })).toBeUndefined();
  });

  it('allows multiple cropping across seasons but not within one', () => {
    const across = {
      ...zone,
      plantings: [
        { crop: '辣椒', areaMu: 600, season: 'spring', outputValuePerMu: 5000 },
        { crop: '白菜', areaMu: 600, season: 'autumn', outputValuePerMu: 3000 },
      ],
    };
    expect(validate(ZoneSchema, across).ok).toBe(true);
    const within = {
      ...zone,
      plantings: [
        { crop: '辣椒', areaMu: 400, season: 'spring', outputValuePerMu: 5000 },
        { crop: '玉米', areaMu: 300, season: 'spring', outputValuePerMu: 1200 },
      ],
    };
    expect(validate(ZoneSchema, within)).toMatchObject({ ok: false, issues: [{ code: 'zone/season-over-area', path: ['plantings'] }] });
  });
});

describe('IndustryPlanSchema', () => {
  it('refuses duplicate zone ids', () => {
    const zone = { id: 'Z1', name: '坡地', kind: 'slope', areaMu: 100, plantings: [] };
    const result = validate(IndustryPlanSchema, { id: 'P', countyCode: '522601', year: 2020, zones: [zone, zone] });
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['zones', 1, 'id'], code: 'plan/duplicate-zone' }] });
  });
});

describe('LedgerEntrySchema', () => {
  const entry = {
    id: 'L-1',
    unitCode: '522601101201',
    category: 'housing',
    source: 'unannounced-visit',
    description: '危房未改造',
    responsibleUnit: '住建局',
    responsiblePerson: '李四',
    openedOn: '2020-02-10',
    deadline: '2020-03-31',
    status: 'open',
    history: [],
  };

  it('accepts an entry and refuses a deadline before the opening day', () => {
    expect(validate(LedgerEntrySchema, entry).ok).toBe(true);
    expect(validate(LedgerEntrySchema, { ...entry, deadline: '2020-02-01' })).toMatchObject({
      ok: false,
      issues: [{ path: ['deadline'], code: 'ledger/deadline-before-opened' }],
    });
  });

  it('refuses history out of date order and invalid dates', () => {
    const result = validate(LedgerEntrySchema, {
      ...entry,
      openedOn: '2020-02-30',
      history: [
        { type: 'start', at: '2020-02-12', by: '王五' },
        { type: 'submit', at: '2020-02-11', by: '王五', evidence: 'photo' },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toContain('ledger/history-order');
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContainEqual(['openedOn']);
  });
});
