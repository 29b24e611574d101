import type { CalendarDate } from '../calendar/calendar-date';
import type { Policy } from '../policy/schema';
import type { CheckStatus } from '../reasons/types';
import type { HouseholdAssessment } from './assessment';
import type { Household } from './schema';
import { checkClothing, checkFood } from './check-basic-needs';
import { checkEducation } from './check-education';
import { checkHousing } from './check-housing';
import { checkIncome } from './check-income';
import { checkMedical } from './check-medical';
import { checkWater } from './check-water';
import { valuesInForce, type ValuesInForce } from './values-in-force';
import { HOUSEHOLD_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/**
 * The seven checks of one household on a day already read in China's calendar (`auditRegister`,
 * `comparePolicies`, `diffRegisters` and monitoring share this); the policy values in force are
 * looked up once per (policy, day), not per household.
 * @internal
 */
export function assessOn(household: Household, day: CalendarDate, policy: Policy): HouseholdAssessment {
  return assessWith(household, valuesInForce(policy, day));
}

/**
 * The seven checks of one household with the policy values in force already looked up
 * (`assessHousehold` and `assessHouseholds` look them up once per call or batch).
 * @internal
 */
export function assessWith(household: Household, values: ValuesInForce): HouseholdAssessment {
  if (household.members.length === 0) {
    throw catalogError(HOUSEHOLD_ERRORS, 'household/no-members');
  }
  const income = checkIncome(household, values);
  const food = checkFood(household);
  const clothing = checkClothing(household);
  const education = checkEducation(household, values);
  const medical = checkMedical(household, values);
  const housing = checkHousing(household);
  const water = checkWater(household, values);
  // combineStatuses, written out: no array and no call for seven statuses on the hot path.
  const status: CheckStatus =
    income.status === 'unmet' ||
    food.status === 'unmet' ||
    clothing.status === 'unmet' ||
    education.status === 'unmet' ||
    medical.status === 'unmet' ||
    housing.status === 'unmet' ||
    water.status === 'unmet'
      ? 'unmet'
      : income.status === 'met' &&
          food.status === 'met' &&
          clothing.status === 'met' &&
          education.status === 'met' &&
          medical.status === 'met' &&
          housing.status === 'met' &&
          water.status === 'met'
        ? 'met'
        : 'unknown';
  return {
    householdId: household.id,
    asOf: values.day,
    status,
    compliant: status === 'met',
    checks: { income, food, clothing, education, medical, housing, water },
  };
}

