// Writes test/register/fixtures/register-export.csv: a fictional county register of 216 households
// written the way the national poverty register (全国扶贫开发信息系统) exports it: one row per
// member, the register's column names and wordings (脱贫状态 codes, 之X relations, 是/否 findings,
// per-capita income only, some old 15-digit ID numbers, 无房户 in 保障安全 housing). Every name and
// number is made up. Deterministic (seeded): `npx tsx scripts/make-register-fixture.ts`.
import { writeFileSync } from 'node:fs';
import { idNumberCheckCharacter } from '../src/index';

let seed = 20201231;
/** mulberry32: a small seeded generator, so the file is the same on every run. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number) => random() < p;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

const COLUMNS = [
  '户编号', '行政区划代码', '脱贫状态', '家庭人口数', '识别标准', '贫困户属性', '主要致贫原因', '其他致贫原因', '新识别年度', '脱贫年度',
  '人均纯收入', '低保金', '养老金', '不愁吃', '不愁穿', '饮水是否安全', '饮水是否困难', '是否危房户', '危房级别', '危房改造情况',
  '是否无房户', '住房安全保障途径', '保障安全方式', '入户路类型', '有无卫生厕所', '帮扶责任人', '帮扶单位',
  '姓名', '证件类型', '证件号码', '与户主关系', '性别', '民族', '出生日期', '文化程度', '在校生状况', '健康状况', '劳动技能', '务工状况', '务工时间',
  '是否参加城乡居民基本医疗保险', '是否参加大病保险', '是否参加城乡居民基本养老保险', '是否享受低保',
] as const;
type Column = (typeof COLUMNS)[number];

const VILLAGES = ['522601101201', '522601101202', '522601102203', '522623104205', '441900003001'];
const SURNAMES = ['王', '李', '张', '杨', '吴', '龙', '潘', '石'];
const GIVEN = ['明', '芳', '强', '秀', '军', '英', '华', '兰', '勇', '梅'];
const name = () => pick(SURNAMES) + pick(GIVEN) + pick(GIVEN);
const CAUSES = ['因病', '因残', '因学', '因灾', '缺土地', '缺水', '缺技术', '缺劳力', '缺资金', '交通条件落后', '自身发展动力不足'];
const STAGES = ['学前教育', '小学一年级', '小学三年级', '小学六年级', '七年级', '初中二年级', '九年级', '高中一年级', '中职二年级'];

function date(fromYear: number, toYear: number): { y: number; m: number; d: number } {
  return { y: fromYear + Math.floor(random() * (toYear - fromYear + 1)), m: 1 + Math.floor(random() * 12), d: 1 + Math.floor(random() * 28) };
}
let sequence = 0;
function id18(birth: { y: number; m: number; d: number }, male: boolean): string {
  sequence = (sequence + 1) % 500;
  const first17 = `522601${birth.y}${pad(birth.m, 2)}${pad(birth.d, 2)}${pad(sequence * 2 + (male ? 1 : 0), 3)}`.slice(0, 17);
  return first17 + idNumberCheckCharacter(first17);
}
function id15(birth: { y: number; m: number; d: number }, male: boolean): string {
  sequence = (sequence + 1) % 500;
  return `522601${String(birth.y).slice(2)}${pad(birth.m, 2)}${pad(birth.d, 2)}${pad(sequence * 2 + (male ? 1 : 0), 3)}`;
}

const rows: Record<Column, string>[] = [];
for (let h = 1; h <= 216; h++) {
  const household: Partial<Record<Column, string>> = {};
  household['户编号'] = `5226011012${pad(h, 4)}`;
  household['行政区划代码'] = h % 40 === 0 ? '441900003001' : pick(VILLAGES.slice(0, 4));
  const status = pick(['1', '1', '1', '4', '4', '0', '3', '已脱贫（享受政策）', '已脱贫(不再享受政策)', '未脱贫']);
  household['脱贫状态'] = status;
  household['识别标准'] = pick(['国家标准', '国家标准', '省定标准']);
  household['贫困户属性'] = pick(['一般贫困户', '低保贫困户', '特困供养贫困户', '一般脱贫户', '低保脱贫户', '01', '05']);
  household['主要致贫原因'] = pick(CAUSES);
  household['其他致贫原因'] = chance(0.5) ? `${pick(CAUSES)}、${pick(CAUSES)}` : '';
  household['新识别年度'] = String(pick([2014, 2014, 2015, 2016, 2017]));
  household['脱贫年度'] = status === '0' || status === '未脱贫' ? '' : String(pick([2016, 2017, 2018, 2019, 2020]));
  // per-capita income only, some exactly at the 2020 line of 4,000 and one fen above it
  household['人均纯收入'] = h % 23 === 0 ? '4000' : h % 29 === 0 ? '4000.01' : pick(['3650.5', '4520', '5210.36', '6891', '8800.2', '11320', '3999.99']);
  household['低保金'] = chance(0.3) ? pick(['1200', '2280.5']) : '';
  household['养老金'] = chance(0.3) ? '1236' : '';
  household['不愁吃'] = chance(0.97) ? '是' : '否';
  household['不愁穿'] = chance(0.97) ? '是' : '否';
  household['饮水是否安全'] = chance(0.93) ? '是' : '否';
  household['饮水是否困难'] = chance(0.94) ? '否' : '是';
  // housing: 无房户 in 保障安全 every 12th household; otherwise the register's 危房户 findings
  if (h % 12 === 0) {
    household['是否无房户'] = '是';
    household['住房安全保障途径'] = '保障安全';
    household['保障安全方式'] = pick(['公租房', '敬老院', '投亲靠友', '租住']);
  } else if (chance(0.2)) {
    household['是否危房户'] = '是';
    household['危房级别'] = pick(['C级', 'D级', 'C', 'D']);
    household['危房改造情况'] = pick(['已竣工验收', '已竣工验收', '施工中', '未改造']);
  } else {
    household['是否危房户'] = '否';
  }
  household['入户路类型'] = pick(['水泥路', '砂石路', '泥土路']);
  household['有无卫生厕所'] = pick(['有', '无']);
  household['帮扶责任人'] = name();
  household['帮扶单位'] = pick(['县农业农村局', '县教育局', '县卫健局']);

  const size = 1 + Math.floor(random() * 5);
  household['家庭人口数'] = String(size);
  for (let m = 0; m < size; m++) {
    const member: Partial<Record<Column, string>> = m === 0 ? { ...household } : { 户编号: household['户编号'] };
    const male = m === 0 ? chance(0.8) : chance(0.5);
    let relation: string;
    let birth: { y: number; m: number; d: number };
    if (m === 0) {
      relation = pick(['户主', '户主', 'Head']);
      birth = date(1935, 1985);
    } else if (m === 1 && chance(0.6)) {
      relation = '配偶';
      birth = date(1938, 1988);
    } else {
      const kind = pick(['child', 'child', 'child', 'grandchild', 'elder', 'other']);
      if (kind === 'child') {
        relation = male ? pick(['之子', '儿子']) : pick(['之女', '女儿', '之儿媳']);
        birth = date(1990, 2016);
      } else if (kind === 'grandchild') {
        relation = pick(['之孙子', '之孙女', '之外孙子', '之外孙女', '之曾孙子', '之曾孙女']);
        birth = date(2006, 2019);
      } else if (kind === 'elder') {
        relation = pick(['之父', '之母', '之岳父', '之岳母', '之公公', '之婆婆', '之祖母']);
        birth = date(1925, 1950);
      } else {
        relation = pick(['之兄弟姐妹', '之女婿', '其他']);
        birth = date(1960, 1995);
      }
    }
    const schoolAge = birth.y >= 2004 && birth.y <= 2015;
    member['姓名'] = name();
    member['与户主关系'] = relation;
    member['性别'] = male ? '男' : '女';
    member['民族'] = pick(['汉族', '苗族', '侗族', '布依族', '06', '01', '水族', '仡佬族']);
    // ID numbers: old 15-digit ones for some born before 1980, a 残疾人证 now and then
    if (birth.y < 1980 && chance(0.25)) {
      member['证件类型'] = '居民身份证';
      member['证件号码'] = id15(birth, male);
    } else if (chance(0.03)) {
      member['证件类型'] = '残疾人证';
      member['证件号码'] = `${id18(birth, male)}${pick(['12', '23', '44'])}`;
      member['出生日期'] = `${birth.y}-${pad(birth.m, 2)}-${pad(birth.d, 2)}`;
    } else {
      member['证件号码'] = id18(birth, male);
    }
    member['文化程度'] = schoolAge ? pick(['小学', '初中']) : birth.y > 2016 ? '学龄前儿童' : pick(['文盲或半文盲', '小学', '初中', '高中']);
    member['在校生状况'] = schoolAge ? (h % 31 === 0 && m > 0 ? '失学或辍学' : h % 37 === 0 && m > 0 ? '非在校生' : pick(STAGES.slice(1))) : '非在校生';
    member['健康状况'] = pick(['健康', '健康', '健康', '长期慢性病', '残疾', '患有大病', '残疾、长期慢性病']);
    member['劳动技能'] = schoolAge ? '无劳动力' : pick(['普通劳动力', '技能劳动力', '弱劳动力或半劳动力', '丧失劳动力']);
    member['务工状况'] = schoolAge ? '' : pick(['', '乡（镇）内务工', '乡(镇)外县内务工', '县外省内务工', '省外务工']);
    member['务工时间'] = member['务工状况'] === '' ? '' : String(1 + Math.floor(random() * 12));
    member['是否参加城乡居民基本医疗保险'] = chance(0.98) ? '是' : '否';
    member['是否参加大病保险'] = chance(0.9) ? '是' : chance(0.6) ? '' : '否';
    member['是否参加城乡居民基本养老保险'] = schoolAge ? '' : pick(['是', '否']);
    member['是否享受低保'] = pick(['是', '否', '否']);
    rows.push(Object.fromEntries(COLUMNS.map((c) => [c, member[c] ?? ''])) as Record<Column, string>);
  }
}

const csv = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((c) => row[c]).join(','))].join('\n') + '\n';
if (csv.split('\n').some((line) => line.split(',').length !== COLUMNS.length && line !== '')) throw new Error('a cell holds a comma');
writeFileSync(new URL('../test/register/fixtures/register-export.csv', import.meta.url), csv);
console.log(`wrote ${rows.length} rows of 216 households`);
