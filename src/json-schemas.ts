import type { z } from 'zod';
import { HouseholdSchema, MemberSchema } from './household/schema';
import { CountySchema, TownshipSchema, VillageSchema } from './region/schema';
import { IndustryPlanSchema, PlantingSchema, ReductionPatchSchema, ZoneSchema } from './industry/schema';
import { LedgerEntrySchema } from './ledger/schema';
import { PolicySchema } from './policy/schema';
import { MonitoringEventSchema, MonitoringRecordSchema } from './monitoring/schema';

/** A record type published as a JSON Schema under `dist/schemas/<name>.json`. */
export interface JsonSchemaTarget {
  readonly name: string;
  readonly title: string;
  readonly schema: z.ZodType;
  /** Rules JSON Schema cannot express, which only tuopin's own validation checks. */
  readonly comment: string;
}

/** The record types published as JSON Schemas. 以 JSON Schema 发布的记录类型。 */
export const jsonSchemaTargets: readonly JsonSchemaTarget[] = [
  {
    name: 'household',
    title: 'Household 建档立卡户',
    schema: HouseholdSchema,
    comment:
      'Also checked by tuopin: GB 11643 ID check characters and birth dates, birthDate agreeing with the ID number, no ID number twice in a household, amounts with at most two decimals, real calendar dates, villageCode a valid 12-digit code.',
  },
  { name: 'member', title: 'Member 家庭成员', schema: MemberSchema, comment: 'Also checked: GB 11643 ID numbers; birthDate agrees with the ID number.' },
  { name: 'county', title: 'County 县', schema: CountySchema, comment: 'Also checked: code is a county code inside prefectureCode.' },
  { name: 'township', title: 'Township 乡（镇）', schema: TownshipSchema, comment: 'Also checked: code is a township code inside countyCode.' },
  { name: 'village', title: 'Village 村', schema: VillageSchema, comment: 'Also checked: code is a village code inside townshipCode.' },
  {
    name: 'industry-plan',
    title: 'IndustryPlan 产业规划',
    schema: IndustryPlanSchema,
    comment: 'Also checked: a bazi zone has at least 500 mu; plantings of one season fit the zone; each planting gives an output value; zone ids unique.',
  },
  { name: 'zone', title: 'Zone 产业区块', schema: ZoneSchema, comment: 'Also checked: a bazi zone has at least 500 mu; plantings of one season fit the zone.' },
  { name: 'planting', title: 'Planting 种植项目', schema: PlantingSchema, comment: 'Also checked: outputValuePerMu, or yieldKgPerMu and priceYuanPerKg.' },
  { name: 'reduction-patch', title: 'ReductionPatch 调减图斑', schema: ReductionPatchSchema, comment: 'Also checked: villageCode is a valid 12-digit code.' },
  {
    name: 'ledger-entry',
    title: 'LedgerEntry 问题台账条目',
    schema: LedgerEntrySchema,
    comment: 'Also checked: real calendar dates, deadline not before openedOn, history in date order, unitCode a valid division code.',
  },
  {
    name: 'monitoring-record',
    title: 'MonitoringRecord 防止返贫监测对象记录',
    schema: MonitoringRecordSchema,
    comment:
      'Also checked: a disaster risk names its kind and no other risk does; a social-protection measure names its protection; no risk twice; riskIdentifiedMonth not before firstIdentifiedMonth; elimination present exactly when state is risk-eliminated and not before riskIdentifiedMonth; history in date order; real calendar dates; amounts with at most two decimals; villageCode a valid 12-digit code.',
  },
  { name: 'monitoring-event', title: 'MonitoringEvent 监测流程事件', schema: MonitoringEventSchema, comment: 'Also checked: real calendar dates; the measure and elimination rules of MonitoringRecord.' },
  { name: 'policy', title: 'Policy 政策参数表', schema: PolicySchema, comment: 'Also checked: dated values in increasing order; one poverty line per year.' },
];
