/**
 * Converts hectares to 亩 (1 亩 = 10000/15 m² exactly; 15 亩 = 1 ha). 公顷转亩。
 *
 * @param hectares - a finite area
 * @returns the area in 亩
 * @example
 * hectaresToMu(2) //=> 30
 */
export function hectaresToMu(hectares: number): number {
  return hectares * 15;
}
