/** Levels of the division hierarchy, top down. 行政区划层级（省、市、县、乡、村）。 */
export const DIVISION_LEVELS = ['province', 'prefecture', 'county', 'township', 'village'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

/** Digits of a code at each level (GB/T 2260 and the statistical division codes). */
export const DIVISION_CODE_LENGTH: Readonly<Record<DivisionLevel, number>> = {
  province: 2,
  prefecture: 4,
  county: 6,
  township: 9,
  village: 12,
};
