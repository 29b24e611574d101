import { idNumberCheckCharacter } from '../codes/validate-id-number';
import type { HouseholdInput } from '../household/schema';
import type { IndustryPlan } from '../industry/schema';
import type { LedgerEntry } from '../ledger/schema';
import type { County, Township, Village } from '../region/schema';

/**
 * A fictional sample county for `tuopin demo`, made deterministically (a fixed-seed generator, so
 * every run gives the same county): names are invented, ID numbers are fictional but carry valid
 * check characters, and the fictional county code 529901 belongs to no real county.
 * 演示用虚构样例县：确定性生成；姓名虚构，身份证号虚构但校验码有效；县代码 529901 不对应真实县。
 */
export interface SampleCounty {
  readonly county: County;
  readonly townships: readonly Township[];
  readonly villages: readonly Village[];
  readonly households: readonly HouseholdInput[];
  readonly ledger: readonly LedgerEntry[];
  readonly plan: IndustryPlan;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '明华建国军平志强永春秀英兰芳玉珍海林云霞伟丽敏静文杰涛超勇艳燕红梅鹏飞波宇浩然雪晨阳光辉德福贵荣祥瑞娟芬琴凤莲兴旺顺安宁';
const TOWNSHIPS = ['青山镇', '龙泉镇', '石门乡', '云雾乡', '清水镇'];
const VILLAGE_SUFFIX = ['村', '村', '村'];
const VILLAGE_WORDS = ['新寨', '坪上', '大坝', '河口', '高峰', '竹林', '茶园', '桃源', '岩脚', '水井', '松林', '花桥'];

/** A small linear congruential generator: deterministic, no global state. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Builds the sample county: 5 townships, 4 villages each, about 3,000 households.
 *
 * @param households - how many households (default 3,000)
 * @example
 * sampleCounty().households.length //=> 3000
 */
export function sampleCounty(households = 3000): SampleCounty {
  const random = generator(20200229);
  const countyCode = '529901';
  const county: County = {
    code: countyCode,
    name: '示例县',
    prefectureCode: '5299',
    western: true,
    deepPoverty: true,
    status: 'proposed',
    supervised: true,
  };
  const townships: Township[] = TOWNSHIPS.map((name, t) => ({ code: `${countyCode}${pad(100 + t + 1, 3)}`, name, countyCode }));
  const villages: Village[] = [];
  townships.forEach((township, t) => {
    for (let v = 0; v < 4; v++) {
      villages.push({
        code: `${township.code}${pad(200 + v + 1, 3)}`,
        name: `${VILLAGE_WORDS[(t * 4 + v) % VILLAGE_WORDS.length]}${VILLAGE_SUFFIX[v % VILLAGE_SUFFIX.length]}`,
        townshipCode: township.code,
        ruralPopulation: 0,
        registeredPoor: v % 2 === 0,
      });
    }
  });

  const list: HouseholdInput[] = [];
  const population = new Map<string, number>();
  let sequence = 0;
  for (let h = 0; h < households; h++) {
    const village = villages[Math.floor(random() * villages.length)] as Village;
    const surname = pick(random, [...SURNAMES]);
    const size = 1 + Math.floor(random() * 5);
    const members: HouseholdInput['members'] = [];
    const headYear = 1950 + Math.floor(random() * 45);
    for (let m = 0; m < size; m++) {
      const relation = m === 0 ? 'head' : m === 1 ? 'spouse' : 'child';
      const year = relation === 'child' ? Math.min(2019, headYear + 20 + Math.floor(random() * 15)) : headYear + Math.floor(random() * 4);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      sequence = (sequence + 1) % 1000;
      const seq = pad(sequence, 3);
      const first17 = `${countyCode}${year}${pad(month, 2)}${pad(day, 2)}${seq}`;
      const age = 2020 - year;
      const child = relation === 'child' && age >= 6 && age <= 15;
      const roll = random();
      members.push({
        idNumber: first17 + idNumberCheckCharacter(first17),
        name: surname + pick(random, [...GIVEN]) + (random() < 0.6 ? pick(random, [...GIVEN]) : ''),
        relation,
        medicalInsurance: roll > 0.015,
        ...(child ? { schooling: roll < 0.01 ? 'dropped-out' : roll < 0.03 ? 'home-taught' : 'enrolled' } : {}),
      });
    }
    population.set(village.code, (population.get(village.code) ?? 0) + size);
    const perCapita = 2800 + Math.floor(random() * 4000);
    const total = perCapita * size;
    const wage = Math.round(total * 0.6 * 100) / 100;
    const housingRoll = random();
    const waterRoll = random();
    const statusRoll = random();
    list.push({
      id: `${village.code.slice(-6)}-${pad(h + 1, 5)}`,
      villageCode: village.code,
      status: statusRoll < 0.06 ? 'poor' : statusRoll < 0.08 ? 'monitored' : statusRoll < 0.085 ? 'returned' : 'exited',
      members,
      income: {
        year: 2019,
        wage,
        business: Math.round(total * 0.25),
        transfer: Math.round((total - wage - Math.round(total * 0.25)) * 100) / 100 + 300,
        productionCosts: 300,
      },
      foodSecure: random() > 0.003,
      clothingSecure: random() > 0.003,
      ...(housingRoll < 0.97
        ? {
            housing:
              housingRoll < 0.8
                ? { grade: housingRoll < 0.5 ? 'A' : 'B' }
                : { grade: housingRoll < 0.9 ? 'C' : 'D', renovation: housingRoll < 0.95 ? 'accepted' : 'in-progress' },
          }
        : {}),
      water:
        waterRoll < 0.9
          ? { litresPerPersonPerDay: 40 + Math.floor(random() * 60), piped: true, interruptionDaysPerYear: Math.floor(random() * 20), qualityOk: true }
          : waterRoll < 0.97
            ? { litresPerPersonPerDay: 30 + Math.floor(random() * 20), piped: false, fetchMinutes: 10 + Math.floor(random() * 20), qualityOk: true }
            : { piped: false, fetchMinutes: 15 },
    });
  }
  // Rural population: registered persons plus the non-registered residents of each village.
  const withPopulation = villages.map((v) => ({ ...v, ruralPopulation: (population.get(v.code) ?? 0) * 3 + 200 }));

  const ledger: LedgerEntry[] = withPopulation.slice(0, 12).map((village, i) => {
    const opened = `2020-02-${pad(3 + i, 2)}`;
    const status = (['open', 'rectifying', 'awaiting-acceptance', 'closed'] as const)[i % 4] ?? 'open';
    const history: LedgerEntry['history'] = [];
    if (status !== 'open') history.push({ type: 'start', at: `2020-02-${pad(5 + i, 2)}`, by: '村第一书记' });
    if (status === 'awaiting-acceptance' || status === 'closed') {
      history.push({ type: 'submit', at: `2020-03-${pad(1 + i, 2)}`, by: '村第一书记', evidence: '整改照片及台账' });
    }
    if (status === 'closed') history.push({ type: 'accept', at: `2020-03-${pad(10 + i, 2)}`, by: '县扶贫办验收组' });
    return {
      id: `TZ-2020-${pad(i + 1, 3)}`,
      unitCode: village.code,
      category: (['housing', 'water', 'education', 'medical', 'income', 'data-quality'] as const)[i % 6] ?? 'other',
      source: (['unannounced-visit', 'inspection', 'cross-check', 'self-check'] as const)[i % 4] ?? 'self-check',
      description: ['危房改造未竣工验收', '饮水入户管网未通', '适龄儿童辍学未劝返', '慢病签约服务未落实', '收入核算不实', '系统数据与实际不符'][i % 6] as string,
      responsibleUnit: ['县住建局', '县水务局', '县教育局', '县卫健局', '县扶贫办', '县统计局'][i % 6] as string,
      responsiblePerson: `${pick(random, [...SURNAMES])}${pick(random, [...GIVEN])}${pick(random, [...GIVEN])}`,
      leadUnit: '县脱贫攻坚指挥部',
      measures: '明确责任人，限期整改到位',
      openedOn: opened,
      deadline: i % 3 === 0 ? '2020-03-15' : '2020-03-31',
      status,
      history,
    };
  });

  const plan: IndustryPlan = {
    id: 'PLAN-529901-2020',
    countyCode,
    year: 2020,
    zones: [
      {
        id: 'BZ-01',
        name: '龙泉坝区',
        kind: 'bazi',
        areaMu: 1200,
        slopeDegrees: 3,
        villageCodes: withPopulation.slice(4, 8).map((v) => v.code),
        plantings: [
          { crop: '辣椒', industry: 'chili', areaMu: 500, season: 'spring', outputValuePerMu: 6500, horizon: 'short' },
          { crop: '蔬菜', industry: 'vegetables', areaMu: 400, season: 'spring', outputValuePerMu: 9000, horizon: 'short' },
          { crop: '玉米', industry: 'grain', areaMu: 300, season: 'spring', outputValuePerMu: 1200, lowValue: true },
          { crop: '白菜', industry: 'vegetables', areaMu: 600, season: 'autumn', outputValuePerMu: 3000, horizon: 'short' },
        ],
      },
      {
        id: 'BZ-02',
        name: '清水坝区',
        kind: 'bazi',
        areaMu: 650,
        slopeDegrees: 5,
        plantings: [
          { crop: '食用菌', industry: 'edible-fungi', areaMu: 150, season: 'spring', yieldKgPerMu: 4000, priceYuanPerKg: 6.5 },
          { crop: '玉米', industry: 'grain', areaMu: 500, season: 'spring', outputValuePerMu: 1100, lowValue: true },
        ],
      },
      {
        id: 'SL-01',
        name: '青山茶园',
        kind: 'slope',
        areaMu: 3000,
        slopeDegrees: 18,
        plantings: [{ crop: '茶叶', industry: 'tea', areaMu: 3000, outputValuePerMu: 4200, horizon: 'long' }],
      },
      {
        id: 'WT-01',
        name: '云雾水库',
        kind: 'water',
        areaMu: 800,
        plantings: [{ crop: '生态鱼', industry: 'fishery', areaMu: 800, outputValuePerMu: 2500, horizon: 'medium' }],
      },
    ],
    elements: {
      industryChoice: { status: 'done' },
      farmerTraining: { status: 'done' },
      technicalService: { status: 'partial', note: '技术员不足' },
      funding: { status: 'done' },
      organisation: { status: 'done' },
      marketLinkage: { status: 'partial', note: '冷链未建成' },
      benefitLinkage: { status: 'done' },
    },
    patches: Array.from({ length: 40 }, (_, i) => ({
      id: `TB-${pad(i + 1, 3)}`,
      zoneId: i < 25 ? 'BZ-01' : 'BZ-02',
      areaMu: 10 + (i % 7) * 5,
      crop: '玉米',
      status: (i % 5 === 0 ? 'pending' : i % 5 === 1 ? 'converted' : 'verified') as 'pending' | 'converted' | 'verified',
      ...(i % 5 === 0 ? {} : { replacement: i % 2 === 0 ? '辣椒' : '蔬菜' }),
    })),
    linkages: [
      { mode: 'cooperative', households: 1800, poorHouseholds: 240 },
      { mode: 'order', households: 900, poorHouseholds: 120 },
      { mode: 'employment', households: 400, poorHouseholds: 90 },
    ],
  };

  return { county, townships, villages: withPopulation, households: list, ledger, plan };
}
