import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DocumentTypeSchema,
  EducationLevelSchema,
  EmploymentSchema,
  EthnicitySchema,
  FuelSchema,
  HealthSchema,
  HouseholdSchema,
  HouseholdStatusSchema,
  HousingGuaranteeSchema,
  HousingRouteSchema,
  HousingSchema,
  IdentificationStandardSchema,
  LabourSkillSchema,
  MemberSchema,
  PolicySupportSchema,
  PovertyAttributeSchema,
  PovertyCauseSchema,
  REGISTER_LABELS,
  RelationSchema,
  RoadTypeSchema,
  SchoolingSchema,
  SexSchema,
  StudentStatusSchema,
  validate,
} from '../../src/index';
import { makeId } from '../fixtures/ids';

const SCHEMAS = {
  status: HouseholdStatusSchema,
  policySupport: PolicySupportSchema,
  relation: RelationSchema,
  schooling: SchoolingSchema,
  sex: SexSchema,
  ethnicity: EthnicitySchema,
  educationLevel: EducationLevelSchema,
  studentStatus: StudentStatusSchema,
  health: HealthSchema,
  labourSkill: LabourSkillSchema,
  employment: EmploymentSchema,
  documentType: DocumentTypeSchema,
  identificationStandard: IdentificationStandardSchema,
  povertyAttribute: PovertyAttributeSchema,
  povertyCause: PovertyCauseSchema,
  roadType: RoadTypeSchema,
  fuel: FuelSchema,
  housingRoute: HousingRouteSchema,
  housingGuarantee: HousingGuaranteeSchema,
} as const;

describe('REGISTER_LABELS', () => {
  it('labels every value of every enum, in the schema’s order, with Chinese', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      const table = REGISTER_LABELS[name as keyof typeof SCHEMAS] as Record<string, string>;
      expect(Object.keys(table), name).toEqual((schema as z.ZodEnum).options);
      for (const label of Object.values(table)) expect(label, name).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(Object.keys(REGISTER_LABELS.housingGrade)).toEqual(HousingSchema.shape.grade.unwrap().options);
  });

  it('has 56 ethnic groups plus the two GB/T 3304 extras', () => {
    expect(Object.keys(REGISTER_LABELS.ethnicity)).toHaveLength(58);
    expect(new Set(Object.values(REGISTER_LABELS.ethnicity)).size).toBe(58);
  });
});

describe('validate (enum values in Chinese)', () => {
  const member = { idNumber: makeId('522601', '1980-01-01', 11), name: '张三', relation: 'head' };

  it('names the expected relations by the register’s wordings', () => {
    const result = validate(MemberSchema, { ...member, relation: '之子' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.path).toEqual(['relation']);
    expect(result.issues[0]?.code).toBe('invalid_value');
    expect(result.issues[0]?.message['zh-CN']).toContain('期望 户主、配偶、子女、之子、之女、之儿媳');
    expect(result.issues[0]?.message['zh-CN']).toMatch(/之曾孙女、其他 之一$/);
    expect(result.issues[0]?.message['zh-CN']).not.toMatch(/"head"|spouse/);
    expect(result.issues[0]?.message.en).toContain('head, spouse, child, son');
  });

  it('names the expected statuses in Chinese', () => {
    const result = validate(HouseholdSchema, { id: 'H', villageCode: '522601101201', status: 'rich', members: [member] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message['zh-CN']).toBe('无效的取值：期望 未脱贫、已脱贫、监测户、返贫 之一');
  });
});
