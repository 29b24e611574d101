/**
 * Square metres in one 亩 (mu): exactly 10000/15 (≈ 666.67). 15 亩 = 1 hectare.
 * 1 亩 = 10000/15 平方米；15 亩 = 1 公顷。
 */
export const SQUARE_METRES_PER_MU = 10000 / 15;

/** 亩 per hectare: exactly 15. 每公顷 15 亩。 */
export const MU_PER_HECTARE = 15;
