import type { Check } from '../reasons/types';
import type { Household } from './schema';
import { fixedCheck, fixedPath } from './reasons';

const FOOD = fixedPath('foodSecure');
const CLOTHING = fixedPath('clothingSecure');
const FOOD_MET = fixedCheck('met', 'food/secure', FOOD);
const FOOD_UNMET = fixedCheck('unmet', 'food/insecure', FOOD);
const FOOD_UNKNOWN = fixedCheck('unknown', 'food/missing', FOOD);
const CLOTHING_MET = fixedCheck('met', 'clothing/secure', CLOTHING);
const CLOTHING_UNMET = fixedCheck('unmet', 'clothing/insecure', CLOTHING);
const CLOTHING_UNKNOWN = fixedCheck('unknown', 'clothing/missing', CLOTHING);

/**
 * 不愁吃: the finding recorded at the household visit.
 * @internal
 */
export function checkFood(household: Household): Check {
  const value = household.foodSecure;
  return value === true ? FOOD_MET : value === false ? FOOD_UNMET : FOOD_UNKNOWN;
}

/**
 * 不愁穿: the finding recorded at the household visit.
 * @internal
 */
export function checkClothing(household: Household): Check {
  const value = household.clothingSecure;
  return value === true ? CLOTHING_MET : value === false ? CLOTHING_UNMET : CLOTHING_UNKNOWN;
}
