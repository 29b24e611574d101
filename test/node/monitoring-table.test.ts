import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, TABLE_HEADER } from '../../scripts/make-monitoring-fixture';
import { definePolicy, type PolicyOverrides } from '../../src/index';
import { MONITORING_COLUMNS } from '../../src/node/columns';
import { monitorFile, readMonitoring } from '../../src/node/commands/monitor';
import { reportFromFiles } from '../../src/node/commands/report';
import { InputError } from '../../src/node/input-error';
import { loadVillages } from '../../src/node/load';
import { mapHeader } from '../../src/node/columns';
import { run } from './cli-harness';

const at = (name: string) => join(FIXTURE_DIR, name);
const policy = definePolicy(JSON.parse(readFileSync(at('policy.json'), 'utf8')) as PolicyOverrides);
const TABLES = ['monitoring-utf8.csv', 'monitoring-gbk.csv', 'monitoring.xlsx', 'monitoring.xls', 'monitoring.ods'] as const;
const codes = (warnings: readonly { code: string }[]) => warnings.map((w) => w.code);

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tuopin-monitoring-')), name);
  writeFileSync(file, text);
  return file;
}

describe('monitoring records from the monitoring system’s tables (MONITORING_COLUMNS)', () => {
  it('maps every header of the committed export to a column', () => {
    const map = mapHeader([...TABLE_HEADER], MONITORING_COLUMNS);
    expect(map.unknown).toEqual([]);
    expect(map.columns).toHaveLength(TABLE_HEADER.length);
  });

  it('reads every table version of the fixture to exactly the records of the NDJSON', async () => {
    const json = await readMonitoring(at('monitoring.ndjson'));
    expect(json.records).toHaveLength(120);
    expect(json.warnings).toEqual([]);
    for (const name of TABLES) {
      const table = await readMonitoring(at(name));
      expect(table.rejections, name).toEqual([]);
      expect(table.records, name).toEqual(json.records);
    }
  });

  it('warns about the layout: the encoding, the title row, the sheet, the unknown column', async () => {
    expect(codes((await readMonitoring(at('monitoring-utf8.csv'))).warnings)).toEqual([]);
    const gbk = (await readMonitoring(at('monitoring-gbk.csv'))).warnings;
    expect(codes(gbk)).toEqual(['warn/encoding', 'warn/header-row']);
    expect(gbk[1]?.message).toEqual({ 'zh-CN': '表头在第 2 行（其上的标题行已跳过）', en: 'header found on row 2 (title rows above it skipped)' });
    for (const name of ['monitoring.xlsx', 'monitoring.xls', 'monitoring.ods']) {
      const warnings = (await readMonitoring(at(name))).warnings;
      expect(codes(warnings), name).toEqual(['warn/sheet', 'warn/header-row', 'warn/unknown-columns']);
      expect(warnings[2]?.message, name).toEqual({ 'zh-CN': '未识别的列（已忽略）：备注', en: 'unrecognised column(s), ignored: 备注' });
    }
  });

  it('gives the same monitoring report from every table version as from the NDJSON', async () => {
    const options = { asOf: '2021-12-31', policy, longerThanMonths: 6 };
    const { warnings: _none, ...expected } = await monitorFile(at('register.ndjson'), { ...options, monitoring: at('monitoring.ndjson') });
    expect(expected.input.monitoringValid).toBe(120);
    for (const name of TABLES) {
      const { warnings, ...report } = await monitorFile(at('register.ndjson'), { ...options, monitoring: at(name) });
      expect(report, name).toEqual(expected);
      expect(warnings.length, name).toBe((await readMonitoring(at(name))).warnings.length);
    }
  });

  it('reads the record’s English field names as headers too', async () => {
    const json = await readMonitoring(at('monitoring.ndjson'));
    const first = json.records[0]!;
    const file = tempFile(
      'english.csv',
      [
        'householdId,villageCode,type,risks,firstIdentifiedMonth,riskIdentifiedMonth,foundBy,state,recordedBy,twelveMonths.through,twelveMonths.netIncome,twelveMonths.previousNetIncome,twelveMonths.compliantMedicalSpending,twelveMonths.otherRigidSpending',
        [first.householdId, first.villageCode, first.type, first.risks.map((r) => r.type).join(';'), first.firstIdentifiedMonth, first.riskIdentifiedMonth, first.foundBy, first.state, first.recordedBy, '2021-10', 14600, 14600, 0, 0].join(','),
      ].join('\n'),
    );
    const read = await readMonitoring(file);
    expect(read.rejections).toEqual([]);
    expect(read.records).toEqual([first]);
    expect(codes(read.warnings)).toEqual(['warn/missing-monitoring-columns']);
  });

  it('reads numbered risk columns with a 灾害类型 column, measures with their 综合保障 item, Excel-style months', async () => {
    const file = tempFile(
      'numbered.csv',
      [
        '户编号,村代码,监测对象类型,风险类型1,风险类型2,风险类型3,灾害类型,首次识别时间,风险识别时间,发现方式,监测状态,帮扶措施,风险消除方式,风险消除时间',
        'H-1,529901101201,边缘户,因病,因灾,,冰雹,2021/3,2021-04-02,自主申报,已消除,"综合保障-低保（2021-05-01）,就业：公益性岗位（2021年6月1日）",帮扶消除,2021年11月',
      ].join('\r\n'),
    );
    const read = await readMonitoring(file);
    expect(read.rejections).toEqual([]);
    expect(read.records).toEqual([
      {
        householdId: 'H-1', villageCode: '529901101201', type: 'marginal', risks: [{ type: 'illness' }, { type: 'disaster', disasterKind: '冰雹' }],
        firstIdentifiedMonth: '2021-03', riskIdentifiedMonth: '2021-04', foundBy: 'self-reported', state: 'risk-eliminated',
        measures: [
          { kind: 'social-protection', protection: 'dibao', startedOn: '2021-05-01' },
          { kind: 'employment', description: '公益性岗位', startedOn: '2021-06-01' },
        ],
        elimination: { way: 'assisted', month: '2021-11' }, history: [],
      },
    ]);
  });

  it('rejects bad cells, each with its row, field path and both languages; the household id masked; nothing dropped', async () => {
    const head = '户编号,村代码,监测对象类别,风险类型,首次识别时间,风险识别时间,识别方式,流程状态,帮扶措施,灾害类型,合规自付医疗支出（元）,其他刚性支出（元）,统计截至月份,备注';
    const good = 'H-0,529901101201,边缘易致贫户,因病,2021年3月,202103,干部排查,帮扶中,产业帮扶（2021-04-15）,,0,0,2021-10,';
    const file = tempFile(
      'bad.csv',
      [
        head,
        good,
        'H-1,529901101201,一般农户,因病,2021年3月,202103,干部排查,帮扶中,,,,,,',
        'H-2,529901101201,边缘易致贫户,因病,2021年13月,2021-3-1,干部排查,帮扶中,,,,,,',
        'H-3,529901101201,边缘易致贫户,因病、因残、因学、因灾（洪涝）、缺劳动力、其他,2021年3月,202103,干部排查,帮扶中,,,,,,',
        'H-4,529901101201,边缘易致贫户,因病,2021年3月,202103,干部排查,帮扶中,,,-100,"1,200.5",2021-10,',
        '52990119800101001X,529901101201,边缘易致贫户,因病,2021年3月,202103,干部排查,帮扶中,金融帮扶（2021-04-31）,洪涝,,,,',
      ].join('\n'),
    );
    const read = await readMonitoring(file);
    expect(read.records.map((r) => r.householdId)).toEqual(['H-0']);
    expect(read.rejections).toHaveLength(5);
    const issues = read.rejections.map((r) => [r.row, r.householdId, r.issues.map((i) => [i.path.join('.'), i.code])]);
    expect(issues).toEqual([
      [3, 'H-1', [['type', 'invalid_value']]],
      [4, 'H-2', [['firstIdentifiedMonth', 'month/invalid']]],
      [5, 'H-3', [['risks', 'too_big']]],
      [6, 'H-4', [['twelveMonths.compliantMedicalSpending', 'too_small']]],
      [7, '5299************1X', [['risks', 'input/disaster-kind-unused'], ['measures.0.kind', 'invalid_value'], ['measures.0.startedOn', 'date/invalid']]],
    ]);
    const messages = read.rejections.flatMap((r) => r.issues.map((i) => i.message));
    expect(messages[0]).toEqual({ 'zh-CN': '无效的取值：期望 脱贫不稳定户、边缘易致贫户、突发严重困难户 之一', en: 'Invalid option: expected one of unstable-exited, marginal, sudden-hardship' });
    expect(messages[1]).toEqual({ 'zh-CN': '应为 YYYY-MM 格式的月份', en: 'expected a month written YYYY-MM' });
    expect(messages[2]).toEqual({ 'zh-CN': '至多应有 5 项', en: 'expected at most 5 items' });
    expect(messages[3]).toEqual({ 'zh-CN': '数值应不小于 0', en: 'expected a number of at least 0' });
    expect(messages[4]).toEqual({ 'zh-CN': '第 7 行填写了灾害类型，但风险类型中没有因灾', en: 'row 7: a kind of disaster is given but no risk is 因灾 (disaster)' });
    for (const r of read.rejections) for (const i of r.issues) expect(i.row).toBe(r.row);
    expect(JSON.stringify(read.rejections)).not.toContain('52990119800101001X');
    expect(codes(read.warnings)).toEqual(['warn/unknown-columns', 'warn/missing-monitoring-columns']);
    expect(read.warnings[0]?.message.en).toBe('unrecognised column(s), ignored: 备注');
  });

  it('reads the types’ shortenings (突发困难户, 不稳定户) and names a rejected enum word in both locales', async () => {
    const head = '户编号,村代码,监测对象类型,风险类型,首次识别时间,风险识别时间,识别方式,流程状态';
    const file = tempFile(
      'short.csv',
      [
        head,
        'H-0,529901101201,突发困难户,因病,2021年3月,202103,干部排查,县确定',
        'H-1,529901101201,不稳定户,因病,2021年3月,202103,干部排查,县确定',
        'H-2,529901101201,突发困难群众,因病,2021年3月,202103,干部排查,县确定',
        'H-3,529901101201,张三,因病,2021年3月,202103,干部排查,县确定',
      ].join('\n'),
    );
    const read = await readMonitoring(file);
    expect(read.records.map((r) => [r.householdId, r.type])).toEqual([['H-0', 'sudden-hardship'], ['H-1', 'unstable-exited']]);
    expect(read.rejections.map((r) => [r.row, r.issues.map((i) => i.message)])).toEqual([
      [4, [{ 'zh-CN': '无效的取值“突发困难群众”：期望 脱贫不稳定户、边缘易致贫户、突发严重困难户 之一', en: 'Invalid option "突发困难群众": expected one of unstable-exited, marginal, sudden-hardship' }]],
      [5, [{ 'zh-CN': '无效的取值：期望 脱贫不稳定户、边缘易致贫户、突发严重困难户 之一', en: 'Invalid option: expected one of unstable-exited, marginal, sudden-hardship' }]],
    ]);
    expect(JSON.stringify(read.rejections)).not.toContain('张三');
  });

  it('checks 风险是否消除 against the state instead of reading it as a field', async () => {
    const file = tempFile(
      'eliminated.csv',
      [
        '户编号,村代码,监测对象类别,风险类型,首次识别时间,风险识别时间,识别方式,流程状态,风险是否消除,帮扶措施,风险消除方式,风险消除时间',
        'H-1,529901101201,边缘易致贫户,因病,2021-03,2021-03,干部排查,风险已消除,是,产业帮扶（2021-04-15）,帮扶消除,2021-11',
        'H-2,529901101201,边缘易致贫户,因病,2021-03,2021-03,干部排查,帮扶中,否,产业帮扶（2021-04-15）,,',
        'H-3,529901101201,边缘易致贫户,因病,2021-03,2021-03,干部排查,帮扶中,是,产业帮扶（2021-04-15）,,',
        'H-4,529901101201,边缘易致贫户,因病,2021-03,2021-03,干部排查,风险已消除,也许,产业帮扶（2021-04-15）,自然消除,2021-11',
      ].join('\n'),
    );
    const read = await readMonitoring(file);
    expect(read.records.map((r) => [r.householdId, r.state])).toEqual([
      ['H-1', 'risk-eliminated'],
      ['H-2', 'under-assistance'],
    ]);
    expect(read.rejections.map((r) => [r.row, r.issues.map((i) => [i.path.join('.'), i.code, i.message['zh-CN'], i.message.en])])).toEqual([
      [4, [['state', 'input/risk-eliminated-disagrees', '第 4 行的“风险是否消除”与流程状态不一致（流程状态为风险已消除时填是，否则填否）', 'row 4: 风险是否消除 (risk eliminated) disagrees with the state (yes exactly when the state is risk-eliminated)']]],
      [5, [['state', 'input/risk-eliminated-not-yes-no', '第 5 行的“风险是否消除”应为是或否', 'row 5: 风险是否消除 (risk eliminated) should be 是 (yes) or 否 (no)']]],
    ]);
  });

  it('stops on a table without a required column, naming it (exit 2)', async () => {
    const file = tempFile('no-state.csv', '户编号,村代码,监测对象类别,风险类型,首次识别时间,风险识别时间,识别方式\nH-1,529901101201,边缘易致贫户,因病,2021-03,2021-03,干部排查\n');
    await expect(readMonitoring(file)).rejects.toThrow(InputError);
    await expect(readMonitoring(file)).rejects.toThrow(/缺少必需列：流程状态 \(state\)/);
    expect((await run('monitor', at('register.ndjson'), '--monitoring', file, '--as-of', '2021-12-31')).code).toBe(2);
  });
});

describe('a monitoring table with village names and no 村代码 (--villages)', () => {
  const head = '户编号,乡镇,村,监测对象类型,风险类型,首次识别时间,风险识别时间,识别方式,流程状态';
  const table = () =>
    tempFile(
      'names.csv',
      [
        head,
        'H-0,一乡,甲村,边缘户,因病,2021年3月,202103,干部排查,县确定',
        'H-1,一乡,乙村,突发困难户,因病,2021年3月,202103,干部排查,县确定',
        'H-2,一乡,无此村,边缘户,因病,2021年3月,202103,干部排查,县确定',
      ].join('\n'),
    );
  const villages = [
    { code: '529901101201', name: '甲村' },
    { code: '529901101202', name: '乙村' },
  ];

  it('maps each village name to its code through the village table, as the register is mapped', async () => {
    const byName = new Map(villages.map((v) => [v.name, v.code]));
    const read = await readMonitoring(table(), { villageCodeOf: (name) => byName.get(name) });
    expect(read.records.map((r) => [r.householdId, r.villageCode])).toEqual([['H-0', '529901101201'], ['H-1', '529901101202']]);
    expect(read.rejections.map((r) => [r.row, r.issues.map((i) => [i.path.join('.'), i.code, i.message['zh-CN'], i.message.en])])).toEqual([
      [4, [['villageCode', 'input/unknown-village', '第 4 行的村名在村表（--villages）中找不到或不唯一', 'row 4: the village name is not in the village table (--villages), or not unique there']]],
    ]);
    // The place-name columns are neither unknown nor missing.
    expect(codes(read.warnings)).toEqual(['warn/missing-monitoring-columns']);
    const report = await monitorFile(at('register.ndjson'), { asOf: '2021-12-31', policy, monitoring: table(), villages });
    expect(report.input.monitoringValid).toBe(2);
    expect(report.summary.find((r) => r.code === '529901101202')?.byType['sudden-hardship']).toBe(1);
  });

  it('stops without --villages (exit 2), in both languages, and reads the table with it from the command', async () => {
    const file = table();
    const without = await run('monitor', at('register.ndjson'), '--monitoring', file, '--as-of', '2021-12-31', '--policy', at('policy.json'));
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('表中只有乡镇、村名而没有村代码：请用 --villages 提供村表（含村名与村代码）');
    expect(without.stderr).toContain('the table has township and village names but no village codes: give a village table with --villages');
    const villageFile = join(__dirname, 'fixtures', 'villages.csv');
    const withVillages = await run('monitor', at('register.ndjson'), '--monitoring', file, '--villages', villageFile, '--as-of', '2021-12-31', '--policy', at('policy.json'), '--format', 'json');
    expect(withVillages.code, withVillages.stderr).toBe(0);
    const report = JSON.parse(withVillages.stdout) as { input: { monitoringValid: number; monitoringRejected: number } };
    expect(report.input).toMatchObject({ monitoringValid: 2, monitoringRejected: 1 });
    // tuopin report maps them through its --villages too.
    const model = await reportFromFiles(at('register.ndjson'), { asOf: '2021-12-31', policy, villages: await loadVillages(villageFile), monitoring: file });
    expect(model.monitoring?.[0]?.counts.map((c) => [c.key, c.count])).toEqual([['unstable-exited', 0], ['marginal', 1], ['sudden-hardship', 1]]);
  });
});

describe('tuopin report --monitoring <table>', () => {
  it('counts the same monitoring section from the .xlsx as from the NDJSON', async () => {
    const files = { asOf: '2021-12-31', policy, longerThanMonths: 6 };
    const json = await reportFromFiles(at('register.ndjson'), { ...files, monitoring: at('monitoring.ndjson') });
    const xlsx = await reportFromFiles(at('register.ndjson'), { ...files, monitoring: at('monitoring.xlsx') });
    expect(json.monitoring).toHaveLength(4);
    expect(xlsx.monitoring).toEqual(json.monitoring);
  });

  it('lists the table’s layout warnings after the register’s, each naming its file, in the model and on the page', async () => {
    const files = { asOf: '2021-12-31', policy };
    const register = join(__dirname, 'fixtures', 'households.csv');
    const model = await reportFromFiles(register, { ...files, monitoring: at('monitoring-gbk.csv') });
    expect(model.warnings.map((w) => [w.file, w.row, w.code])).toEqual([
      ['households.csv', 1, 'warn/missing-optional-columns'],
      ['monitoring-gbk.csv', undefined, 'warn/encoding'],
      ['monitoring-gbk.csv', 2, 'warn/header-row'],
    ]);
    expect(model.warnings[2]?.message).toEqual({ 'zh-CN': '表头在第 2 行（其上的标题行已跳过）', en: 'header found on row 2 (title rows above it skipped)' });
    expect((await reportFromFiles(at('register.ndjson'), { ...files, monitoring: at('monitoring.ndjson') })).warnings).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-monitoring-'));
    const out = join(dir, 'report.html');
    const page = await run('report', register, '--monitoring', at('monitoring-gbk.csv'), '--as-of', '2021-12-31', '--policy', at('policy.json'), '--out', out);
    expect(page.code, page.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    const section = html.slice(html.indexOf('<section id="warnings">'), html.indexOf('</section>', html.indexOf('<section id="warnings">')));
    expect(section).toContain('读取文件的警告 <span class="en">Warnings about the files read</span>');
    expect(section).toContain('<span class="num" data-field="warnings.length">3</span>');
    expect(section).toContain('<li><span class="mono">monitoring-gbk.csv</span>, 第 2 行 <span class="en">row 2</span>: 表头在第 2 行（其上的标题行已跳过） <span class="en">header found on row 2 (title rows above it skipped)</span>');
    expect(section).toContain('<li><span class="mono">monitoring-gbk.csv</span>: 文件编码识别为 gb18030 <span class="en">file decoded as gb18030</span>');
    // Without warnings the page has no such section.
    const clean = join(dir, 'clean.html');
    expect((await run('report', at('register.ndjson'), '--monitoring', at('monitoring.ndjson'), '--as-of', '2021-12-31', '--policy', at('policy.json'), '--out', clean)).code).toBe(0);
    expect(readFileSync(clean, 'utf8')).not.toContain('id="warnings"');
  });
});

describe('tuopin monitor --monitoring <table>', () => {
  it('prints the warnings of the table after the report, with nothing personal', async () => {
    const recorders = readFileSync(at('monitoring.ndjson'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { recordedBy: string }).recordedBy);
    const { code, stdout, stderr } = await run('monitor', at('register.ndjson'), '--monitoring', at('monitoring.xlsx'), '--as-of', '2021-12-31', '--policy', at('policy.json'));
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('监测记录 monitoring records: 120   有效 valid: 120   无效 rejected: 0');
    expect(stdout).toContain('警告（3） / Warnings (3)');
    expect(stdout).toContain('[warn/unknown-columns] 未识别的列（已忽略）：备注 / unrecognised column(s), ignored: 备注');
    expect(recorders.filter((name) => stdout.includes(name))).toEqual([]);
    const csv = await run('monitor', at('register.ndjson'), '--monitoring', at('monitoring-gbk.csv'), '--as-of', '2021-12-31', '--policy', at('policy.json'), '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain('[warn/header-row]');
    const json = JSON.parse((await run('monitor', at('register.ndjson'), '--monitoring', at('monitoring-gbk.csv'), '--as-of', '2021-12-31', '--format', 'json')).stdout) as { warnings: { code: string }[] };
    expect(codes(json.warnings)).toEqual(['warn/encoding', 'warn/header-row']);
  });

  it('names the file of each warning when it read two files (the register and the table), masked', async () => {
    const register = join(__dirname, 'fixtures', 'households.csv');
    const { code, stdout } = await run('monitor', register, '--monitoring', at('monitoring-gbk.csv'), '--as-of', '2021-12-31', '--policy', at('policy.json'));
    expect(code).toBe(0);
    const lines = stdout.slice(stdout.indexOf('警告（3） / Warnings (3)')).split('\n').slice(1, 4);
    expect(lines[0]).toMatch(/^ {2}- households\.csv, 第 1 行 row 1, \[warn\/missing-optional-columns\] 表中没有的其他 \d+ 列（可选，仅供参考）.* \/ \d+ other column\(s\) not in the file/);
    expect(lines[1]).toBe('  - monitoring-gbk.csv, [warn/encoding] 文件编码识别为 gb18030 / file decoded as gb18030');
    expect(lines[2]).toBe('  - monitoring-gbk.csv, 第 2 行 row 2, [warn/header-row] 表头在第 2 行（其上的标题行已跳过） / header found on row 2 (title rows above it skipped)');
    // Only the table has warnings: still named, since there are two inputs; on stderr with CSV too.
    const csv = await run('monitor', at('register.ndjson'), '--monitoring', at('monitoring-gbk.csv'), '--as-of', '2021-12-31', '--policy', at('policy.json'), '--format', 'csv');
    expect(csv.stderr).toContain('  - monitoring-gbk.csv, 第 2 行 row 2, [warn/header-row]');
    // A file named after a person's ID number is masked, as every message masks it.
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-monitoring-'));
    const named = join(dir, '52990119800101001X.csv');
    writeFileSync(named, readFileSync(at('monitoring-gbk.csv')));
    const masked = await run('monitor', at('register.ndjson'), '--monitoring', named, '--as-of', '2021-12-31', '--policy', at('policy.json'));
    expect(masked.stdout).not.toContain('52990119800101001X');
    expect(masked.stdout).toMatch(/ {2}- 5299\*+1X\.csv, 第 2 行 row 2, \[warn\/header-row\]/);
    // One input: no file named.
    const alone = await run('monitor', register, '--as-of', '2021-12-31', '--policy', at('policy.json'));
    expect(alone.stdout).toContain('  - 第 1 行 row 1, [warn/missing-optional-columns]');
  });
});
