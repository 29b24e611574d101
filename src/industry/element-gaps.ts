import { ELEMENT_NAMES } from './messages';
import { EIGHT_ELEMENTS, type ElementKey, type IndustryPlan } from './schema';

/** An element of the eight not yet done. 未落实的要素。 */
export interface ElementGap {
  readonly key: ElementKey;
  /** 中文名称. */
  readonly zh: string;
  /** English name. */
  readonly en: string;
  /** `partial` 部分落实, or `missing` 缺失 (also for an element left out of the plan). */
  readonly status: 'partial' | 'missing';
  /** The plan's note on the element, when it has one. */
  readonly note?: string;
}

/**
 * The elements of the eight (八要素) that a plan has not done, in the canonical order of
 * `EIGHT_ELEMENTS` (产业选择, 培训农民, 技术服务, 资金筹措, 组织方式, 产销对接, 利益联结, 基层党建),
 * with their Chinese and English names. An element left out of `plan.elements`, or a plan with
 * no `elements` at all, counts as `missing`. An empty result means all eight are done.
 *
 * 列出规划中未落实（部分落实或缺失）的八要素，按规范顺序，附中英文名称。未填写的要素按缺失计。
 *
 * @param plan - a validated industry plan
 * @returns the gaps, in canonical order; `[]` when all eight are `done`
 * @throws never
 * @example
 * elementGaps({ id: 'P', countyCode: '522601', year: 2020, zones: [], elements: {
 *   industryChoice: { status: 'done' }, funding: { status: 'partial', note: '缺口 200 万' } } })
 * //=> [{ key: 'farmerTraining', zh: '培训农民', en: 'farmer training', status: 'missing' },
 * //    { key: 'technicalService', zh: '技术服务', en: 'technical service', status: 'missing' },
 * //    { key: 'funding', zh: '资金筹措', en: 'funding', status: 'partial', note: '缺口 200 万' }, …]
 * // … and five more `missing`: seven gaps in all
 */
export function elementGaps(plan: IndustryPlan): ElementGap[] {
  const gaps: ElementGap[] = [];
  for (const { key, zh } of EIGHT_ELEMENTS) {
    const state = plan.elements?.[key];
    const status = state?.status ?? 'missing';
    if (status === 'done') continue;
    const gap = { key, zh, en: ELEMENT_NAMES[key].en, status };
    gaps.push(state?.note === undefined ? gap : { ...gap, note: state.note });
  }
  return gaps;
}
