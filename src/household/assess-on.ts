import type { CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { Policy } from '../policy/schema';
import { combineStatuses } from '../reasons/combine-statuses';
import type { HouseholdAssessment } from './assessment';
import type { Household } from './schema';
import { checkClothing, checkFood } from './check-basic-needs';
import { checkEducation } from './check-education';
import { checkHousing } from './check-housing';
import { checkIncome } from './check-income';
import { checkMedical } from './check-medical';
import { checkWater } from './check-water';

/**
 * The seven checks of one household on a day already read in China's calendar (`assessHousehold`
 * and `assessHouseholds` read `asOf` once and share this).
 * @internal
 */
export function assessOn(household: Household, day: CalendarDate, policy: Policy): HouseholdAssessment {
  if (household.members.length === 0) {
    throw new DomainError('household/no-members', 'a household has at least one member / 家庭至少有一名成员');
  }
  const income = checkIncome(household, policy);
  const food = checkFood(household);
  const clothing = checkClothing(household);
  const education = checkEducation(household, day, policy);
  const medical = checkMedical(household, day, policy);
  const housing = checkHousing(household);
  const water = checkWater(household, day, policy);
  const status = combineStatuses([income.status, food.status, clothing.status, education.status, medical.status, housing.status, water.status]);
  return {
    householdId: household.id,
    asOf: day,
    status,
    compliant: status === 'met',
    checks: { income, food, clothing, education, medical, housing, water },
  };
}
