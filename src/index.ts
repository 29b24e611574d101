// tuopin: public API. Re-exports only, by name.

export { TuopinError, InvalidAmountError, InvalidDateError, PolicyError, DomainError } from './errors';

// reasons and validation
export { LOCALES } from './reasons/types';
export type { Locale, Message, Path, CheckStatus, Evidence, Reason, Check, MessageTemplate, MessageCatalog } from './reasons/types';
export { makeReason } from './reasons/make-reason';
export { defineCatalog, isCatalog } from './reasons/define-catalog';
export type { Catalog, CodeOf } from './reasons/define-catalog';
export { formatReason, plainReason, isLazyReason } from './reasons/reason';
export { combineStatuses } from './reasons/combine-statuses';
export { validate, toValidationIssues } from './validation/issues';
export type { ValidationIssue, ValidationResult, ValidationSuccess, ValidationFailure, ValidatedValue } from './validation/issues';
export { VALIDATION_CATALOG, VALIDATION_MESSAGES } from './validation/catalog';
export type { ValidationMessageCode } from './validation/catalog';
export { REGISTER_CATALOG, REGISTER_MESSAGES } from './register/catalog';
export type { RegisterMessageCode } from './register/catalog';
export {
  CalendarDateSchema,
  YuanSchema,
  NonNegativeYuanSchema,
  IdNumberSchema,
  DocumentNumberSchema,
  TextSchema,
  divisionCodeSchema,
} from './validation/fields';

// units
export { yuanToFen, parseYuanToFen } from './units/yuan-to-fen';
export { fenToYuan } from './units/fen-to-yuan';
export { isYuanAmount } from './units/is-yuan-amount';
export { compareYuan } from './units/compare-yuan';
export { sumYuanToFen } from './units/sum-yuan';
export { SQUARE_METRES_PER_MU, MU_PER_HECTARE } from './units/area';
export { muToSquareMetres } from './units/mu-to-square-metres';
export { squareMetresToMu } from './units/square-metres-to-mu';
export { hectaresToMu } from './units/hectares-to-mu';
export { muToHectares } from './units/mu-to-hectares';

// calendar
export { isCalendarDate, daysInMonth } from './calendar/calendar-date';
export type { CalendarDate } from './calendar/calendar-date';
export { chinaDate, CHINA_TIME_ZONE } from './calendar/china-date';
export type { DateInput } from './calendar/china-date';
export { ageOn } from './calendar/age-on';
export { epochDay, fromEpochDay } from './calendar/epoch-day';
export { addCalendarDays } from './calendar/add-calendar-days';
export { daysBetween } from './calendar/days-between';

// codes and privacy
export { DIVISION_LEVELS, DIVISION_CODE_LENGTH } from './codes/division-level';
export type { DivisionLevel } from './codes/division-level';
export { parseDivisionCode } from './codes/parse-division-code';
export type { DivisionCode, InvalidDivisionCode, DivisionCodeReason } from './codes/parse-division-code';
export { isWithin } from './codes/is-within';
export { validateIdNumber, idNumberCheckCharacter } from './codes/validate-id-number';
export { upgradeIdNumber } from './codes/upgrade-id-number';
export type { ValidIdNumber, InvalidIdNumber, IdNumberReason } from './codes/validate-id-number';
export { maskIdNumber } from './codes/mask-id-number';
export { maskName } from './privacy/mask-name';
export { maskPhone } from './privacy/mask-phone';
export { maskIdentifier } from './privacy/mask-identifier';

// policy
export {
  PolicySchema,
  PovertyLineSchema,
  RatioSchema,
  EducationAgeSchema,
  WaterThresholdsSchema,
  VillageExitThresholdsSchema,
  CountyExitThresholdsSchema,
  MonitoringThresholdsSchema,
  MonitoringRuleSchema,
  MonitoringLineSchema,
  MedicalItemsSchema,
  MedicalRequirementSchema,
  BoundarySchema,
  IndustryParametersSchema,
} from './policy/schema';
export type {
  Policy,
  PovertyLine,
  Ratio,
  Parameter,
  ParameterValue,
  ParameterName,
  EducationAge,
  WaterThresholds,
  VillageExitThresholds,
  CountyExitThresholds,
  MonitoringThresholds,
  MonitoringRule,
  MonitoringLine,
  MedicalItems,
  MedicalRequirement,
  Boundary,
  IndustryParameters,
} from './policy/schema';
export { defaultPolicy } from './policy/default-policy';
export { definePolicy } from './policy/define-policy';
export type { PolicyOverrides } from './policy/define-policy';
export { parameterOn } from './policy/parameter-on';
export { povertyLineFor, povertyLineEntry } from './policy/poverty-line-for';

// records
export {
  HouseholdSchema,
  MemberSchema,
  IncomeSchema,
  HousingSchema,
  WaterSchema,
  HouseholdStatusSchema,
  RelationSchema,
  SchoolingSchema,
  PolicySupportSchema,
  SexSchema,
  EthnicitySchema,
  EducationLevelSchema,
  StudentStatusSchema,
  HealthSchema,
  LabourSkillSchema,
  EmploymentSchema,
  DocumentTypeSchema,
  IdentificationStandardSchema,
  PovertyAttributeSchema,
  PovertyCauseSchema,
  RoadTypeSchema,
  FuelSchema,
  HousingRouteSchema,
  HousingGuaranteeSchema,
  LivingConditionsSchema,
  ResponsiblePersonSchema,
} from './household/schema';
export type {
  Household,
  HouseholdInput,
  Member,
  Income,
  Housing,
  Water,
  HouseholdStatus,
  Relation,
  Schooling,
  PolicySupport,
  Sex,
  Ethnicity,
  EducationLevel,
  StudentStatus,
  Health,
  LabourSkill,
  Employment,
  DocumentType,
  IdentificationStandard,
  PovertyAttribute,
  PovertyCause,
  RoadType,
  Fuel,
  HousingRoute,
  HousingGuarantee,
  LivingConditions,
  ResponsiblePerson,
} from './household/schema';
// -- the national register's wordings and codes (issue 11): add exports below this line
export {
  REGISTER_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  POLICY_SUPPORT_LABELS,
  RELATION_LABELS,
  SCHOOLING_LABELS,
  SEX_LABELS,
  ETHNICITY_LABELS,
  EDUCATION_LEVEL_LABELS,
  STUDENT_STATUS_LABELS,
  HEALTH_LABELS,
  LABOUR_SKILL_LABELS,
  EMPLOYMENT_LABELS,
  DOCUMENT_TYPE_LABELS,
  IDENTIFICATION_STANDARD_LABELS,
  POVERTY_ATTRIBUTE_LABELS,
  POVERTY_CAUSE_LABELS,
  ROAD_TYPE_LABELS,
  FUEL_LABELS,
  HOUSING_GRADE_LABELS,
  RENOVATION_LABELS,
  HOUSING_ROUTE_LABELS,
  HOUSING_GUARANTEE_LABELS,
} from './register/labels';
export type { LabelledEnum, LabelledValue } from './register/labels';
export { registerValue, POVERTY_ATTRIBUTE_CODES } from './register/register-value';
export type { RegisterValueOptions, RegisterValueResult } from './register/register-value';
export { registerStatus } from './register/register-status';
export type { RegisterStatus } from './register/register-status';
export { registerBoolean } from './register/register-boolean';
export { relationGroup } from './register/relation-group';
export { REGISTER_HOUSEHOLD_FIELDS, REGISTER_MEMBER_FIELDS } from './register/register-fields';
export type { RegisterField, RegisterFieldKind, RegisterHouseholdField, RegisterMemberField } from './register/register-fields';
export { householdFromRegister } from './register/household-from-register';
export type {
  RegisterCell,
  RegisterRow,
  RegisterIssue,
  HouseholdFromRegisterOptions,
  HouseholdFromRegisterResult,
} from './register/household-from-register';
export type { RelationGroup } from './register/relation-group';
export { CHECK_NAMES, CHECK_NAMES_ZH } from './household/assessment';
export type { CheckName, HouseholdAssessment } from './household/assessment';
// -- household compliance and monitoring (issue 3): add exports below this line
export { assessHousehold } from './household/assess-household';
export type { AssessHouseholdOptions } from './household/assess-household';
export { assessHouseholds } from './household/assess-households';
export type { BatchResult } from './household/assess-households';
export { monitoringFlags } from './household/monitoring-flags';
export type { MonitoringFlagsOptions, MonitoringResult, MonitoringStatus } from './household/monitoring-flags';
export { HOUSEHOLD_MESSAGES } from './household/messages';
export type { HouseholdReasonCode } from './household/messages';
export { HOUSEHOLD_CATALOG } from './household/catalog';

export { CountySchema, TownshipSchema, VillageSchema, CountyStatusSchema } from './region/schema';
export type { County, Township, Village, CountyStatus } from './region/schema';
// -- regions, roll-ups and exit tests (issue 6): add exports below this line
export type { ExactRate } from './region/exact-rate';
export { regionMessages } from './region/messages';
export type { RegionReasonCode } from './region/messages';
export { povertyIncidence } from './region/poverty-incidence';
export type { PovertyIncidenceInput } from './region/poverty-incidence';
export type { ExitCheck } from './region/exit-check';
export type { ExitOptions } from './region/exit-options';
export { assessVillageExit } from './region/assess-village-exit';
export type { VillageExitInput, VillageExitResult, VillageExitCriterion, VillageCriterionCheck } from './region/assess-village-exit';
export { assessCountyExit } from './region/assess-county-exit';
export type { CountyExitInput, CountyExitResult, CountyExitCheckName } from './region/assess-county-exit';
export { createRollup } from './region/create-rollup';
export type {
  RollupAccumulator,
  RollupCounts,
  RollupHousehold,
  RollupLevel,
  RollupOptions,
  RollupRow,
  RollupSnapshot,
} from './region/create-rollup';
export { rollup } from './region/rollup';
export type { RollupInput, RollupRowsOptions } from './region/rollup';
export { exitBlockers } from './region/exit-blockers';
export type {
  ExitBlockers,
  ExitBlockersInput,
  ExitBlockersOptions,
  ExitBlockerVillage,
  ExitBlockerHousehold,
  ExitBlockerLedgerEntry,
} from './region/exit-blockers';
export { endOfChinaMonth } from './region/end-of-china-month';
export { campaignCountdown } from './region/campaign-countdown';
export type { CampaignCountdown } from './region/campaign-countdown';

export {
  IndustryPlanSchema,
  ZoneSchema,
  ZoneKindSchema,
  PlantingSchema,
  ReductionPatchSchema,
  ElementsSchema,
  ElementStateSchema,
  LinkageSchema,
  IndustrySchema,
  INDUSTRIES,
  EIGHT_ELEMENTS,
  BAZI_MIN_AREA_MU,
} from './industry/schema';
export type {
  IndustryPlan,
  Zone,
  ZoneKind,
  Planting,
  ReductionPatch,
  Elements,
  ElementState,
  ElementKey,
  Linkage,
  Industry,
} from './industry/schema';
// -- industry plans (issue 4): add exports below this line
export { zoneOutput } from './industry/zone-output';
export type { ZoneOutput } from './industry/zone-figures';
export { assessZoneTarget } from './industry/assess-zone-target';
export type { ZoneTargetAssessment, ZoneConversion } from './industry/target-figures';
export { planSummary } from './industry/plan-summary';
export type { PlanSummary, PlanSummaryOptions, PlanTargets, PlanTotals, ZoneSummary, IndustrySummary, TargetStatus } from './industry/plan-summary';
export { reductionProgress } from './industry/reduction-progress';
export type { ReductionProgress } from './industry/reduction-progress';
export { elementGaps } from './industry/element-gaps';
export type { ElementGap } from './industry/element-gaps';
export { linkageCoverage } from './industry/linkage-coverage';
export type { LinkageCoverage } from './industry/linkage-coverage';
export { slopeAdvice, SLOPE_LIMITS } from './industry/slope-advice';
export type { SlopeAdvice, SlopeAdviceCode, SlopeAdviceOptions } from './industry/slope-advice';
export { baziAreaCheck } from './industry/bazi-area';
export type { BaziAreaCode, BaziAreaOptions } from './industry/bazi-area';
export { INDUSTRY_MESSAGES, ELEMENT_NAMES, SLOPE_CLASSES, SLOPE_ADVICE_TEXT } from './industry/messages';
export type { IndustryReasonCode, SlopeClass } from './industry/messages';

export {
  LedgerEntrySchema,
  LedgerEventSchema,
  LedgerCategorySchema,
  LedgerSourceSchema,
  LedgerStatusSchema,
  LedgerEventTypeSchema,
} from './ledger/schema';
export type { LedgerEntry, LedgerEvent, LedgerCategory, LedgerSource, LedgerStatus, LedgerEventType } from './ledger/schema';
// -- ledger workflow and queries (issue 5): add exports below this line
export { LEDGER_MESSAGES, LEDGER_STATUS_ZH, LEDGER_EVENT_ZH } from './ledger/messages';
export type { LedgerErrorCode } from './ledger/messages';
export { applyEvent } from './ledger/apply-event';
export type { ApplyEventResult, LedgerError } from './ledger/apply-event';
export { isOverdue } from './ledger/is-overdue';
export type { IsOverdueOptions } from './ledger/is-overdue';
export { ledgerSummary } from './ledger/ledger-summary';
export type { LedgerSummary, LedgerSummaryOptions, LedgerCounts, LedgerGroupBy } from './ledger/ledger-summary';
export { clearanceTimeline, MAX_TIMELINE_DAYS } from './ledger/clearance-timeline';
export type { ClearanceDay, ClearanceTimelineOptions } from './ledger/clearance-timeline';
export { entriesFromAssessment } from './ledger/entries-from-assessment';
export type { EntriesFromAssessmentOptions } from './ledger/entries-from-assessment';
export { threeLists } from './ledger/three-lists';
export type { ThreeLists, ThreeListsOptions, ProblemListRow, ResponsibilityListRow, ResponsiblePersonRow, RectificationListRow } from './ledger/three-lists';

// -- register audit, diff and policy comparison (issue 14): add exports below this line
export { AuditThresholdsSchema, AuditThresholdTableSchema } from './audit/schema';
export type { AuditThresholds } from './audit/schema';
export { defaultAuditThresholds } from './audit/default-audit-thresholds';
export { AUDIT_MESSAGES, AUDIT_CODES } from './audit/messages';
export { AUDIT_CATALOG } from './audit/catalog';
export type { AuditCode } from './audit/messages';
export type { AuditFinding } from './audit/finding';
export { createAudit } from './audit/create-audit';
export type { AuditOptions, AuditSummary, AuditVillageCounts, RegisterAudit } from './audit/create-audit';
export { auditRegister } from './audit/audit-register';
export type { AuditReport } from './audit/audit-register';
export { diffRegisters } from './audit/diff-registers';
export type { DiffOptions } from './audit/diff-registers';
export type {
  RegisterDiff,
  DiffCounts,
  DiffHousehold,
  DiffMember,
  DiffMove,
  DiffSplit,
  DiffMerge,
  DiffStatusChange,
  DiffVerdictChange,
  DiffIncomeFall,
  PerCapitaFen,
} from './audit/diff-types';
export { comparePolicies, createPolicyComparison } from './audit/compare-policies';
export type {
  ComparePoliciesOptions,
  PolicyChange,
  PolicyComparison,
  PolicyComparisonVillage,
  PolicyComparisonAccumulator,
} from './audit/compare-policies';
// -- return-to-poverty monitoring 防止返贫监测 (issue 13): add exports below this line
export {
  MonthSchema,
  MonitoringTypeSchema,
  RiskTypeSchema,
  RiskSchema,
  FoundBySchema,
  MonitoringStateSchema,
  MeasureKindSchema,
  ProtectionKindSchema,
  MeasureSchema,
  EliminationWaySchema,
  EliminationSchema,
  TwelveMonthsSchema,
  MonitoringEventTypeSchema,
  MonitoringEventSchema,
  MonitoringRecordSchema,
} from './monitoring/schema';
export type {
  MonitoringType,
  RiskType,
  Risk,
  FoundBy,
  MonitoringState,
  MeasureKind,
  ProtectionKind,
  Measure,
  EliminationWay,
  Elimination,
  TwelveMonths,
  MonitoringEventType,
  MonitoringEvent,
  MonitoringRecord,
  MonitoringRecordInput,
} from './monitoring/schema';
export type { Month } from './monitoring/month';
export {
  MONITORING_TYPE_ZH,
  RISK_TYPE_ZH,
  FOUND_BY_ZH,
  MONITORING_STATE_ZH,
  MONITORING_EVENT_ZH,
  MEASURE_KIND_ZH,
  PROTECTION_KIND_ZH,
  ELIMINATION_WAY_ZH,
} from './monitoring/labels';
export { MONITORING_MESSAGES } from './monitoring/messages';
export { MONITORING_CATALOG } from './monitoring/catalog';
export { monitoringValue, monitoringMonth, monitoringDate, monitoringRisks, monitoringMeasures, splitMonitoringList } from './monitoring/monitoring-value';
export type { MonitoringEnum, MonitoringEnumValues, RiskCell, MeasureCell } from './monitoring/monitoring-value';
export type { MonitoringReasonCode } from './monitoring/messages';
export { assessMonitoring, MONITORING_TEST_NAMES, MONITORING_TEST_NAMES_ZH } from './monitoring/assess-monitoring';
export type { AssessMonitoringOptions, MonitoringAssessment, MonitoringTestName } from './monitoring/assess-monitoring';
export { canEliminateRisk, ELIMINATION_CHECK_NAMES } from './monitoring/can-eliminate-risk';
export type { EliminationAssessment, EliminationCheckName } from './monitoring/can-eliminate-risk';
export { applyMonitoringEvent } from './monitoring/apply-monitoring-event';
export type {
  ApplyMonitoringEventOptions,
  ApplyMonitoringEventResult,
  MonitoringError,
  MonitoringRefusalCode,
} from './monitoring/apply-monitoring-event';
export { monitoringRollup } from './monitoring/monitoring-rollup';
export type {
  MonitoringRollup,
  MonitoringRollupInput,
  MonitoringRollupOptions,
  MonitoringRollupRow,
  MonitoringCounts,
  MonitoringListRow,
} from './monitoring/monitoring-rollup';
