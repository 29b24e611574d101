/**
 * Converts mu to square metres (1 亩 = 10000/15 m² exactly; 15 亩 = 1 ha). 亩转平方米。
 *
 * @param mu - a finite area
 * @returns the area in square metres
 * @example
 * muToSquareMetres(15) //=> 10000
 */
export function muToSquareMetres(mu: number): number {
  return (mu * 10000) / 15;
}
