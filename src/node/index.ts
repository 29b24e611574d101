// tuopin/node: file readers and the `tuopin` command (Node only). Re-exports only, by name.
export { runCli, HELP } from './cli';
export { processIo, UsageError } from './cli-io';
export type { CliIo } from './cli-io';
export { assessFile, summaryRows, renderAssess } from './commands/assess';
export type { AssessReport, AssessFileOptions } from './commands/assess';
export { auditFile, renderAudit } from './commands/audit';
export type { AuditFileReport } from './commands/audit';
export { diffFiles, renderDiff } from './commands/diff';
export type { DiffFileReport } from './commands/diff';
export { compareFile, renderCompare } from './commands/compare';
export type { CompareFileReport } from './commands/compare';
export { ledgerFile, ledgerReport } from './commands/ledger';
export type { LedgerReport, OverdueRow } from './commands/ledger';
export { loadPlan, readPlanFile, planFile, planReport, parseTargets } from './commands/plan';
export type { PlanReport, PlanFile, PlanReadOptions } from './commands/plan';
export { monitorFile, readMonitoring, renderMonitor } from './commands/monitor';
export type { MonitorReport, MonitorFileOptions } from './commands/monitor';
export { demoReport, writeSampleFiles, DEMO_BAZI_TARGET } from './commands/demo';
export type { DemoReport } from './commands/demo';
export { assessFileRecords } from './assess-file-records';
export type { AssessedFileRecord, RejectedFileRecord, FileRecordResult, AssessFileRecordsOptions } from './assess-file-records';
export { assessItems, assessItemsSync } from './assess-records';
export type { Rejection, RejectionIssue } from './assess-records';
export { readRecords, formatOf } from './read-records';
export type { SourceItem, ReadOptions, InputFormat } from './read-records';
export { HOUSEHOLD_COLUMNS, VILLAGE_COLUMNS, PLAN_COLUMNS, MONITORING_COLUMNS } from './columns';
export type { ColumnSpec, CellKind } from './columns';
export { NODE_CATALOG, NODE_MESSAGES } from './messages';
export type { ReadWarning, NodeMessageCode } from './messages';
export { ENCODINGS } from './decode';
export type { Encoding } from './decode';
export { InputError } from './input-error';
export { loadPolicy, loadVillages } from './load';
export { sampleCounty } from './sample-county';
export type { SampleCounty } from './sample-county';
export { reportModel } from '../report/report-model';
export type {
  ReportModel,
  ReportInput,
  ReportHousehold,
  ReportVillage,
  ReportTownship,
  ReportHouseholdRow,
  ReportLedgerRow,
  ReportCountyCheck,
  RateModel,
  CountyExitSurvey,
  MonitoringGroup,
} from '../report/report-model';
export { chartSpecs } from '../report/charts';
export type { ChartSpec } from '../report/charts';
export { renderReportHtml } from '../report/render-html';
export { monitoringGroups } from '../report/monitoring-groups';
export type { RenderOptions } from '../report/render-html';
export { REPORT_MESSAGES } from '../report/messages';
export { REPORT_CATALOG } from '../report/catalog';
export type { ReportMessageCode } from '../report/messages';
export { reportFromFiles, demoReportModel, loadCountyFile, loadSurvey } from './commands/report';
export type { ReportFiles } from './commands/report';
