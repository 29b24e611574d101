import type { Check } from '../reasons/types';
import type { Household } from './schema';
import { fixedCheck, fixedPath, reason } from './reasons';

const HOUSING = fixedPath('housing');
const GRADE = fixedPath('housing', 'grade');
const RENOVATION = fixedPath('housing', 'renovation');
const SAFE_HOUSING = fixedPath('housing', 'livesInSafeHousing');
const MISSING = fixedCheck('unknown', 'housing/missing', HOUSING);
const SAFE_A = fixedCheck('met', 'housing/safe-grade', GRADE, { grade: 'A' });
const SAFE_B = fixedCheck('met', 'housing/safe-grade', GRADE, { grade: 'B' });
const RENOVATED_C = fixedCheck('met', 'housing/renovation-accepted', RENOVATION, { grade: 'C' });
const RENOVATED_D = fixedCheck('met', 'housing/renovation-accepted', RENOVATION, { grade: 'D' });
const ELSEWHERE_C = fixedCheck('met', 'housing/lives-in-safe-housing', SAFE_HOUSING, { grade: 'C' });
const ELSEWHERE_D = fixedCheck('met', 'housing/lives-in-safe-housing', SAFE_HOUSING, { grade: 'D' });

/**
 * 住房安全有保障: grade A or B; or grade C or D with the renovation accepted or the household
 * living in other safe housing. No grade: unknown.
 * @internal
 */
export function checkHousing(household: Household): Check {
  const housing = household.housing;
  if (housing === undefined) return MISSING;
  const grade = housing.grade;
  if (grade === 'A') return SAFE_A;
  if (grade === 'B') return SAFE_B;
  if (housing.renovation === 'accepted') return grade === 'C' ? RENOVATED_C : RENOVATED_D;
  if (housing.livesInSafeHousing === true) return grade === 'C' ? ELSEWHERE_C : ELSEWHERE_D;
  const evidence = {
    grade,
    renovation: housing.renovation ?? null,
    livesInSafeHousing: housing.livesInSafeHousing ?? null,
  };
  return { status: 'unmet', reasons: [reason('housing/dangerous', HOUSING, evidence)] };
}
