/**
 * Converts squareMetres to 亩 (1 亩 = 10000/15 m² exactly; 15 亩 = 1 ha). 平方米转亩。
 *
 * @param squareMetres - a finite area
 * @returns the area in 亩
 * @example
 * squareMetresToMu(10000) //=> 15
 */
export function squareMetresToMu(squareMetres: number): number {
  return (squareMetres * 15) / 10000;
}
