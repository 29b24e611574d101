/**
 * Converts mu to hectares (1 亩 = 10000/15 m² exactly; 15 亩 = 1 ha). 亩转公顷。
 *
 * @param mu - a finite area
 * @returns the area in hectares
 * @example
 * muToHectares(30) //=> 2
 */
export function muToHectares(mu: number): number {
  return mu / 15;
}
