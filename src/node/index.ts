// tuopin/node: file readers and the `tuopin` command (Node only). Re-exports only, by name.
export { runCli, HELP } from './cli';
export { processIo, UsageError } from './cli-io';
export type { CliIo } from './cli-io';
export { assessFile, summaryRows, renderAssess } from './commands/assess';
export type { AssessReport, AssessFileOptions } from './commands/assess';
export { ledgerFile, ledgerReport } from './commands/ledger';
export type { LedgerReport, OverdueRow } from './commands/ledger';
export { loadPlan, planReport, parseTargets } from './commands/plan';
export type { PlanReport } from './commands/plan';
export { demoReport, writeSampleFiles, DEMO_BAZI_TARGET } from './commands/demo';
export type { DemoReport } from './commands/demo';
export { assessItems, assessItemsSync } from './assess-records';
export type { Rejection, RejectionIssue } from './assess-records';
export { readRecords, formatOf } from './read-records';
export type { SourceItem, ReadOptions, InputFormat } from './read-records';
export { HOUSEHOLD_COLUMNS, VILLAGE_COLUMNS, convertCell, mapHeader } from './columns';
export type { ColumnSpec, CellKind } from './columns';
export { InputError } from './input-error';
export { loadPolicy, loadVillages } from './load';
export { parseCsv, CsvSyntaxError } from './csv';
export { readXlsxRows, XlsxError } from './xlsx';
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
export type { RenderOptions } from '../report/render-html';
export { REPORT_MESSAGES } from '../report/messages';
export type { ReportMessageCode } from '../report/messages';
export { reportFromFiles, demoReportModel, loadCountyFile, loadSurvey } from './commands/report';
export type { ReportFiles } from './commands/report';
