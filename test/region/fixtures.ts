// Hand-built household assessments and households for the region tests: the real
// assessHousehold is written elsewhere, so these follow the HouseholdAssessment contract only.
import { CHECK_NAMES, makeReason, type CheckName, type Household, type HouseholdAssessment, type HouseholdStatus, type Village } from '../../src/index';
import type { CountyExitInput } from '../../src/index';
import type { Check, MessageCatalog } from '../../src/index';
import { makeId } from '../fixtures/ids';

const catalog = {
  'fixture/check': { 'zh-CN': () => '测试用检查结果', en: () => 'check result of a test fixture' },
} satisfies MessageCatalog;

function check(status: Check['status']): Check {
  return { status, reasons: [makeReason(catalog, 'fixture/check', [], { status })] };
}

/** An assessment whose checks are all met except those named unmet or unknown. */
export function assess(
  householdId: string,
  { unmet = [], unknown = [] }: { unmet?: readonly CheckName[]; unknown?: readonly CheckName[] } = {},
  asOf = '2020-03-01',
): HouseholdAssessment {
  const checks = {} as Record<CheckName, Check>;
  for (const name of CHECK_NAMES) {
    checks[name] = check(unmet.includes(name) ? 'unmet' : unknown.includes(name) ? 'unknown' : 'met');
  }
  const status = unmet.length > 0 ? 'unmet' : unknown.length > 0 ? 'unknown' : 'met';
  return { householdId, asOf, status, compliant: status === 'met', checks };
}

/** A household of `persons` fictional members (valid ID numbers) in a village. */
export function household(id: string, villageCode: string, status: HouseholdStatus, persons: number): Household {
  const members = Array.from({ length: persons }, (_, i) => ({
    idNumber: makeId(villageCode.slice(0, 6), '1980-01-01', i * 2 + 1),
    name: `成员${i}`,
    relation: i === 0 ? ('head' as const) : ('other' as const),
  }));
  return { id, villageCode, status, members };
}

export function village(code: string, ruralPopulation: number, name = `村${code.slice(-3)}`): Village {
  return { code, name, townshipCode: code.slice(0, 9), ruralPopulation };
}

/** Zero for every check. */
export function perCheck(values: Partial<Record<CheckName, number>> = {}): Record<CheckName, number> {
  return Object.fromEntries(CHECK_NAMES.map((name) => [name, values[name] ?? 0])) as Record<CheckName, number>;
}

/** A county that meets every exit rule (三率一度 and incidence) under the default policy. */
export const PASSING_COUNTY: CountyExitInput = {
  ruralPopulation: 100_000,
  remainingPoor: 1_000,
  missed: 0,
  wronglyExited: 0,
  sampledExited: 500,
  sampledWronglyExited: 5,
  sampledNonRegistered: 400,
  sampledMissed: 2,
  surveyedHouseholds: 300,
  approvingHouseholds: 291,
};

export { thrownDomainError } from '../fixtures/thrown';
