import type { Check } from '../reasons/types';
import type { Household, Housing } from './schema';
import { fixedCheck, fixedPath, kind, reasonOf } from './reasons';

const HOUSING = fixedPath('housing');
const GRADE = fixedPath('housing', 'grade');
const DANGEROUS = fixedPath('housing', 'dangerous');
const RENOVATION = fixedPath('housing', 'renovation');
const SAFE_HOUSING = fixedPath('housing', 'livesInSafeHousing');
const ROUTE = fixedPath('housing', 'route');
const NO_HOUSE = fixedPath('housing', 'noHouse');
const MISSING = fixedCheck('unknown', 'housing/missing', HOUSING);
const SAFE_A = fixedCheck('met', 'housing/safe-grade', GRADE, { grade: 'A' });
const SAFE_B = fixedCheck('met', 'housing/safe-grade', GRADE, { grade: 'B' });
const RENOVATED_C = fixedCheck('met', 'housing/renovation-accepted', RENOVATION, { grade: 'C' });
const RENOVATED_D = fixedCheck('met', 'housing/renovation-accepted', RENOVATION, { grade: 'D' });
const ELSEWHERE_C = fixedCheck('met', 'housing/lives-in-safe-housing', SAFE_HOUSING, { grade: 'C' });
const ELSEWHERE_D = fixedCheck('met', 'housing/lives-in-safe-housing', SAFE_HOUSING, { grade: 'D' });
const NOT_DANGEROUS = fixedCheck('met', 'housing/register-not-dangerous', DANGEROUS);
const APPRAISED = fixedCheck('met', 'housing/appraised-safe', ROUTE);
const NO_HOUSE_ROUTE_MISSING = fixedCheck('unknown', 'housing/no-house-route-missing', NO_HOUSE);
const NO_HOUSE_APPRAISED = fixedCheck('unknown', 'housing/no-house-appraised', ROUTE);
const GUARANTEED_SAFE = kind('housing/guaranteed-safe');
const RENOVATED_SAFE = kind('housing/renovated-safe');
const DANGEROUS_KIND = kind('housing/dangerous');
const RENOVATION_ACCEPTED = kind('housing/renovation-accepted');
const LIVES_IN_SAFE_HOUSING = kind('housing/lives-in-safe-housing');
const REGISTER_DANGEROUS = kind('housing/register-dangerous');

/** 改造安全 or 保障安全 as recorded (a route, or relocation under 易地扶贫搬迁), else undefined. */
function saferRoute(housing: Housing): Check | undefined {
  const grade = housing.grade ?? null;
  if (housing.route === 'guaranteed-safe') {
    return {
      status: 'met',
      reasons: [reasonOf(GUARANTEED_SAFE, ROUTE, { grade, guarantee: housing.guarantee ?? null, noHouse: housing.noHouse === true })],
    };
  }
  if (housing.route === 'renovated-safe' || housing.relocated === true) {
    const path = housing.route === 'renovated-safe' ? ROUTE : fixedPath('housing', 'relocated');
    return { status: 'met', reasons: [reasonOf(RENOVATED_SAFE, path, { grade, relocated: housing.relocated ?? null })] };
  }
  return undefined;
}

/**
 * 住房安全有保障. With a grade: A or B is safe; C or D is safe once the renovation is accepted or
 * the household lives in other safe housing, or by the route 改造安全 (renovated, or relocated) or
 * 保障安全 (public rental housing, a care home, rented housing, relatives…). Without a grade, the
 * register's findings: 无房户 is safe only by 改造安全 or 保障安全 (unknown without a route);
 * 是否危房户 否 is safe; 是 is unsafe until renovated or otherwise safely housed; a route alone
 * decides when nothing else is recorded. No housing recorded: unknown.
 * @internal
 */
export function checkHousing(household: Household): Check {
  const housing = household.housing;
  if (housing === undefined) return MISSING;
  const grade = housing.grade;
  if (grade === 'A') return SAFE_A;
  if (grade === 'B') return SAFE_B;
  if (grade === 'C' || grade === 'D') {
    if (housing.renovation === 'accepted') return grade === 'C' ? RENOVATED_C : RENOVATED_D;
    if (housing.livesInSafeHousing === true) return grade === 'C' ? ELSEWHERE_C : ELSEWHERE_D;
    const route = saferRoute(housing);
    if (route !== undefined) return route;
    const evidence = {
      grade,
      renovation: housing.renovation ?? null,
      livesInSafeHousing: housing.livesInSafeHousing ?? null,
    };
    return { status: 'unmet', reasons: [reasonOf(DANGEROUS_KIND, HOUSING, evidence)] };
  }
  if (housing.noHouse === true) {
    const route = saferRoute(housing);
    if (route !== undefined) return route;
    return housing.route === 'appraised-safe' ? NO_HOUSE_APPRAISED : NO_HOUSE_ROUTE_MISSING;
  }
  if (housing.dangerous === false) return NOT_DANGEROUS;
  if (housing.dangerous === true) {
    if (housing.renovation === 'accepted') {
      return { status: 'met', reasons: [reasonOf(RENOVATION_ACCEPTED, RENOVATION, { grade: null })] };
    }
    if (housing.livesInSafeHousing === true) {
      return { status: 'met', reasons: [reasonOf(LIVES_IN_SAFE_HOUSING, SAFE_HOUSING, { grade: null })] };
    }
    const route = saferRoute(housing);
    if (route !== undefined) return route;
    const evidence = { renovation: housing.renovation ?? null, livesInSafeHousing: housing.livesInSafeHousing ?? null };
    return { status: 'unmet', reasons: [reasonOf(REGISTER_DANGEROUS, DANGEROUS, evidence)] };
  }
  if (housing.route === 'appraised-safe') return APPRAISED;
  return saferRoute(housing) ?? MISSING;
}
