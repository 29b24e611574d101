import { createAudit, type AuditSummary } from '../../audit/create-audit';
import { finding, type AuditFinding } from '../../audit/finding';
import { AUDIT_CODES } from '../../audit/messages';
import type { Policy } from '../../policy/schema';
import type { Rejection } from '../assess-records';
import { asOfFrom, formatFrom, oneFile, parse, READ_OPTIONS, readOptionsFrom } from './args';
import { emit, type CliIo } from '../cli-io';
import { loadPolicy, loadVillages } from '../load';
import { createProgressBar } from '../progress';
import { csvField, textTable } from '../text-table';
import type { ReadWarning } from '../messages';
import type { SourceItem } from '../read-records';
import { rejectionLines, warningSection } from './assess';
import { validHouseholds, type RegisterInputCounts, type FileReadOptions } from './register-input';
import { tableLabel } from '../tables/catalog';

/**
 * A finding of `tuopin audit`, placed in the file as `tuopin assess` places a rejected record:
 * `index` is the record's position among all the file's records (from 0, rejected ones counted),
 * `row` the row it starts on as the clerk sees it (the spreadsheet's row number, header and
 * title rows counted; the CSV or NDJSON line; the JSON element number), and for a finding about
 * one member, `memberRow` that member's row (spreadsheets and CSV). A finding that names another
 * household (`otherIndex` in its evidence) names it the same way, with `otherRow`.
 * 核查发现在文件中的位置：与 assess 的被拒记录一致（记录序号、起始行号、成员所在行）。
 */
export interface AuditFileFinding extends AuditFinding {
  readonly row: number;
  readonly memberRow?: number;
}

/** The result of auditing a register file. 户表核查结果。 */
export interface AuditFileReport {
  readonly asOf: string;
  readonly input: RegisterInputCounts;
  readonly summary: AuditSummary;
  readonly findings: readonly AuditFileFinding[];
  readonly rejections: readonly Rejection[];
  /** Warnings about the file's layout or encoding, as `tuopin assess` gives them. */
  readonly warnings: readonly ReadWarning[];
}

/**
 * Reads a register file as a stream and audits every valid household (`createAudit`); records
 * that fail validation are listed as `tuopin assess` lists them.
 * 流式读取户表并核查每个有效户；未通过校验的记录照 assess 的方式列出。
 */
export async function auditFile(
  file: string,
  options: {
    readonly asOf: string;
    readonly policy: Policy;
    readonly quiet?: boolean | undefined;
  } & FileReadOptions,
  io?: CliIo,
): Promise<AuditFileReport> {
  const audit = createAudit({ asOf: options.asOf, policy: options.policy });
  const counts: RegisterInputCounts = { records: 0, valid: 0, rejected: 0 };
  const rejections: Rejection[] = [];
  const findings: AuditFileFinding[] = [];
  const warnings: ReadWarning[] = [];
  // The audit counts valid households only: the record index and row of each, by its position
  // there, so that a finding (and the other household it names) is placed as the clerk sees it.
  const records: number[] = [];
  const rows: number[] = [];
  let item: SourceItem | undefined;
  const progress = io === undefined ? undefined : createProgressBar(io.stderr, { quiet: options.quiet === true, now: io.now });
  try {
    const households = validHouseholds(file, counts, (r) => rejections.push(r), {
      onBytes: (bytes, total) => progress?.update(bytes, total, counts.records),
      onWarning: (w) => warnings.push(w),
      onValid: (valid) => {
        item = valid;
      },
      encoding: options.encoding,
      sheet: options.sheet,
      strictColumns: options.strictColumns,
    });
    for await (const household of households) {
      const source = item as SourceItem;
      records.push(source.index);
      rows.push(source.row);
      for (const f of audit.add(household)) findings.push(placed(f, source, records, rows));
    }
  } finally {
    progress?.finish();
  }
  return { asOf: options.asOf, input: counts, summary: audit.summary(), findings, rejections, warnings };
}

/** A finding placed in the file: record index, rows, and the other household it names, if any. */
function placed(f: AuditFinding, source: SourceItem, records: readonly number[], rows: readonly number[]): AuditFileFinding {
  const memberRow = f.member === undefined ? undefined : source.memberRows?.[f.member];
  const subject = { index: source.index, householdId: f.householdId, villageCode: f.villageCode };
  const other = f.evidence.otherIndex;
  const base =
    typeof other === 'number'
      ? finding(f.code, subject, f.path, { ...f.evidence, otherIndex: records[other] ?? other, otherRow: rows[other] ?? null }, f.member)
      : { ...f, index: source.index };
  return memberRow === undefined ? { ...base, row: source.row } : { ...base, row: source.row, memberRow };
}

const CSV_HEADER = ['index', 'row', 'householdId', 'villageCode', 'member', 'memberRow', 'code', 'path', 'message_zh', 'message_en'];

/** Renders an audit report: JSON, CSV (one row per finding) or a text table. 输出核查报告。 */
export function renderAudit(report: AuditFileReport, format: 'table' | 'json' | 'csv', names: ReadonlyMap<string, string>): { out: string; err: string } {
  if (format === 'json') return { out: JSON.stringify({ ...report, warnings: report.warnings ?? [] }, null, 2), err: '' };
  if (format === 'csv') {
    const rows = report.findings.map((f) =>
      [f.index, f.row, f.householdId, f.villageCode, f.member, f.memberRow, f.code, f.path.join('.'), f.message['zh-CN'], f.message.en].map((v) => csvField(v)).join(','),
    );
    const lines = [...warningSection([[undefined, report.warnings]]), ...rejectionLines(report.rejections)];
    const err = lines.length > 0 ? `${lines.join('\n')}\n` : '';
    return { out: [CSV_HEADER.join(','), ...rows].join('\n'), err };
  }
  const s = report.summary;
  const parts = [
    `${tableLabel('audit/title')} — ${tableLabel('audit/as-of')}: ${report.asOf}`,
    `${tableLabel('table/records')}: ${report.input.records}   ${tableLabel('audit/audited')}: ${report.input.valid}   ${tableLabel('table/rejected')}: ${report.input.rejected}   ${tableLabel('audit/findings')}: ${s.findings}`,
    '',
    tableLabel('audit/by-village'),
    textTable(
      (['col/village-code', 'col/name', 'col/hh', 'audit/hh-with-findings', 'audit/findings'] as const).map((c) => tableLabel(c)),
      s.villages.map((v) => [v.villageCode, names.get(v.villageCode) ?? '', v.households, v.householdsWithFindings, v.findings]),
    ),
    '',
    tableLabel('audit/by-code'),
    textTable(
      [tableLabel('col/code'), tableLabel('audit/count')],
      AUDIT_CODES.filter((c) => s.byCode[c] > 0).map((c) => [c, s.byCode[c]]),
    ),
  ];
  if (report.findings.length > 0) {
    parts.push('', `${tableLabel('audit/findings-heading')} (${report.findings.length})`);
    for (const f of report.findings) {
      // As `assess` lists a rejected record: the record's number and row, then the member's row.
      const at = f.memberRow !== undefined && f.memberRow !== f.row ? `${tableLabel('line/row', { row: f.memberRow })}, ` : '';
      parts.push(`#${f.index + 1} (${tableLabel('line/row', { row: f.row })}) ${f.householdId} (${f.villageCode}) [${f.code}] ${at}${f.message['zh-CN']} / ${f.message.en}`);
    }
  }
  const warned = warningSection([[undefined, report.warnings]]);
  if (warned.length > 0) parts.push('', ...warned);
  if (report.rejections.length > 0) {
    parts.push('', `${tableLabel('table/rejected-records')} (${report.rejections.length})`, ...rejectionLines(report.rejections));
  }
  return { out: parts.join('\n'), err: '' };
}

/** `tuopin audit <file>`: reads the options, audits the file, prints the report; returns the exit code. */
export async function auditCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    'as-of': { type: 'string' },
    policy: { type: 'string' },
    villages: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean' },
    ...READ_OPTIONS,
  }, 'audit');
  const file = oneFile(positionals, 'audit');
  const read = readOptionsFrom(values, file);
  const format = formatFrom(values.format as string | undefined, ['table', 'json', 'csv'] as const);
  const asOf = asOfFrom(values['as-of'] as string | undefined, io);
  const policy = await loadPolicy(values.policy as string | undefined);
  const villages = values.villages === undefined ? undefined : await loadVillages(values.villages as string);
  const report = await auditFile(file, { asOf, policy, quiet: values.quiet === true, ...read }, io);
  const { out, err } = renderAudit(report, format, new Map((villages ?? []).map((v) => [v.code, v.name])));
  await emit(io, out, values.out as string | undefined);
  if (err !== '') io.stderr.write(err);
  return values.strict === true && (report.input.rejected > 0 || report.summary.findings > 0) ? 1 : 0;
}
