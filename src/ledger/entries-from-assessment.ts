import { chinaDate, type DateInput } from '../calendar/china-date';
import { parseDivisionCode } from '../codes/parse-division-code';
import { CHECK_NAMES, CHECK_NAMES_ZH, type CheckName, type HouseholdAssessment } from '../household/assessment';
import { holdsPersonalData, maskIdentifier } from '../privacy/mask-identifier';
import type { Check } from '../reasons/types';
import type { LedgerEntry } from './schema';
import { LEDGER_ERRORS } from './catalog';
import { catalogError, given } from '../reasons/catalog-error';

/** Options of {@link entriesFromAssessment}. */
export interface EntriesFromAssessmentOptions {
  /** The day the entries are opened (read in China's calendar): their `openedOn`. 建账日期 */
  readonly asOf: DateInput;
  /** 整改时限, not before `asOf`. */
  readonly deadline: DateInput;
  /** 责任单位 */
  readonly responsibleUnit: string;
  /** 责任人 (personal data) */
  readonly responsiblePerson: string;
  /** Division code of the village (or township, county) concerned. 涉及单位区划代码 */
  readonly unitCode: string;
  /**
   * Prefix of the entry ids; the household id by default. Required when the household id holds a
   * run of 15 or more digits or a Chinese character (the head's ID number or name, perhaps), so
   * that no entry id carries personal data. 编号前缀；户编号含身份证号或姓名时必须指定。
   */
  readonly idPrefix?: string;
  /** Also open one `data-quality` entry listing the `unknown` checks (default `false`). */
  readonly includeDataGaps?: boolean;
}

/** Drops the closing punctuation of a message, so that messages can be joined with '；'. */
const clause = (message: string): string => message.trim().replace(/[。；;.\s]+$/u, '');

const reasonsOf = (check: Check): string[] => check.reasons.map((reason) => clause(reason.message['zh-CN'])).filter((m) => m !== '');

/**
 * Opens ledger entries from a household assessment (自查建账): one new `open` entry for each
 * `unmet` check, in the checks' canonical order, with the check's name as category,
 * `source: 'self-check'`, a Chinese description built from the check's reasons (their zh-CN
 * messages, already masked), `openedOn` = `asOf` in China's calendar, empty history and a
 * deterministic id `${idPrefix ?? householdId}-${check}`. Registers sometimes key households by the
 * head's ID number or name: when `idPrefix` is not given and the household id holds a run of 15 or
 * more digits or a Chinese character, no id is made from it and a `DomainError` asks for an
 * `idPrefix` (the entries' `householdId` field still links them to the household). An `unknown`
 * check is a data gap, not a finding: it opens no entry of its own; with `includeDataGaps: true`
 * the unknown checks are listed together in one `data-quality` entry (id
 * `${prefix}-data-quality`). Met checks open nothing.
 * 由户评估结果自查建账：每个未达标检查生成一条待整改条目（来源为自查，描述取自判定理由）；
 * “未知”是数据缺失而非问题，默认不建账，`includeDataGaps: true` 时合并为一条数据质量问题。
 * 户编号含 15 位以上数字串或汉字（可能是身份证号或姓名）时须指定 `idPrefix`，否则抛错。
 *
 * @param assessment - the verdict on one household
 * @param options - `asOf`, `deadline`, `responsibleUnit`, `responsiblePerson`, `unitCode`,
 *   optional `idPrefix` and `includeDataGaps`
 * @returns new entries, valid against `LedgerEntrySchema` (empty when every check is met)
 * @throws {InvalidDateError} `date/invalid` when `asOf` or `deadline` is not a valid date
 * @throws {DomainError} `ledger/deadline-before-opened` when the deadline is before `asOf`;
 *   `ledger/invalid-unit-code` when `unitCode` is not a division code; `ledger/missing-text` when
 *   the responsible unit or person, or the id prefix, is blank; `ledger/id-prefix-required` when
 *   `idPrefix` is not given and the household id holds a run of 15 or more digits or a Chinese
 *   character
 * @example
 * entriesFromAssessment(assessmentWithHousingUnmet, {
 *   asOf: '2020-02-10', deadline: '2020-03-31', responsibleUnit: '住建局', responsiblePerson: '李四', unitCode: '522601101201',
 * })
 * //=> [{ id: 'H-1-housing', unitCode: '522601101201', householdId: 'H-1', category: 'housing', source: 'self-check',
 * //      description: '「住房安全有保障」检查未通过：住房鉴定为 D 级危房，危房改造：未记录，是否已住进其他安全住房：未记录',
 * //      responsibleUnit: '住建局', responsiblePerson: '李四',
 * //      openedOn: '2020-02-10', deadline: '2020-03-31', status: 'open', history: [] }]
 */
export function entriesFromAssessment(assessment: HouseholdAssessment, options: EntriesFromAssessmentOptions): LedgerEntry[] {
  const openedOn = chinaDate(options?.asOf);
  const deadline = chinaDate(options.deadline);
  if (deadline < openedOn) {
    throw catalogError(LEDGER_ERRORS, 'ledger/deadline-before-opened', { deadline, openedOn });
  }
  if (!parseDivisionCode(options.unitCode).ok) {
    throw catalogError(LEDGER_ERRORS, 'ledger/invalid-unit-code', { given: given(options.unitCode) });
  }
  const responsibleUnit = options.responsibleUnit.trim();
  const responsiblePerson = options.responsiblePerson.trim();
  if (options.idPrefix === undefined && holdsPersonalData(assessment.householdId)) {
    throw catalogError(LEDGER_ERRORS, 'ledger/id-prefix-required', { household: maskIdentifier(assessment.householdId) });
  }
  const prefix = (options.idPrefix ?? assessment.householdId).trim();
  if (responsibleUnit === '' || responsiblePerson === '' || prefix === '') {
    throw catalogError(LEDGER_ERRORS, 'ledger/missing-text');
  }

  const entry = (id: string, category: LedgerEntry['category'], description: string): LedgerEntry => {
    const base: LedgerEntry = {
      id,
      unitCode: options.unitCode,
      category,
      source: 'self-check',
      description,
      responsibleUnit,
      responsiblePerson,
      openedOn,
      deadline,
      status: 'open',
      history: [],
    };
    return assessment.householdId.trim() === '' ? base : { ...base, householdId: assessment.householdId };
  };

  const entries: LedgerEntry[] = [];
  const gaps: { name: CheckName; reasons: string[] }[] = [];
  for (const name of CHECK_NAMES) {
    const check = assessment.checks[name] as Check | undefined;
    if (check === undefined) continue;
    if (check.status === 'unmet') {
      const reasons = reasonsOf(check);
      const title = `「${CHECK_NAMES_ZH[name]}」检查未通过`;
      entries.push(entry(`${prefix}-${name}`, name, reasons.length === 0 ? title : `${title}：${reasons.join('；')}`));
    } else if (check.status === 'unknown') {
      gaps.push({ name, reasons: reasonsOf(check) });
    }
  }
  if (options.includeDataGaps === true && gaps.length > 0) {
    const listed = gaps.map(({ name, reasons }) => `「${CHECK_NAMES_ZH[name]}」${reasons.length === 0 ? '' : `（${reasons.join('；')}）`}`);
    entries.push(entry(`${prefix}-data-quality`, 'data-quality', `以下检查缺少数据、无法判定：${listed.join('；')}`));
  }
  return entries;
}
