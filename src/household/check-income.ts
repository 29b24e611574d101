import type { Check, Reason } from '../reasons/types';
import { yuanToFen } from '../units/yuan-to-fen';
import type { Household } from './schema';
import type { ValuesInForce } from './values-in-force';
import { compareIncomeToLine, hasIncomeComponents, netIncomeFen } from './net-income';
import { fixedCheck, fixedPath, kind, reasonOf } from './reasons';

const INCOME = fixedPath('income');
const YEAR = fixedPath('income', 'year');
const PER_CAPITA = fixedPath('income', 'perCapita');
const MISSING = fixedCheck('unknown', 'income/missing', INCOME);
const ABOVE = kind('income/above-line');
const NOT_ABOVE = kind('income/not-above-line');
const NO_LINE = kind('income/no-line');
const PER_CAPITA_ABOVE_LINE = kind('income/per-capita-above-line');
const PER_CAPITA_NOT_ABOVE_LINE = kind('income/per-capita-not-above-line');
const PER_CAPITA_DISAGREES = kind('income/per-capita-disagrees');

/**
 * 一达标: per-capita net income strictly above the poverty line of the income year, decided in
 * integer fen without division (`netFen > lineFen × members`). The income is the components
 * when any is recorded, else the register's per-capita figure 人均纯收入 (`perCapitaFen >
 * lineFen`). When both are recorded and the per-capita figure differs from the components'
 * by more than a fen (`|perCapitaFen × members − netFen| > members`), the components decide and
 * an `income/per-capita-disagrees` reason says so.
 * @internal
 */
export function checkIncome(household: Household, values: ValuesInForce): Check {
  const income = household.income;
  if (income === undefined) return MISSING;
  const year = income.year;
  const line = values.line(year);
  if (line === undefined) return { status: 'unknown', reasons: [reasonOf(NO_LINE, YEAR, { year })] };
  const members = household.members.length;
  const lineFen = line.fen;
  const perCapita = income.perCapita;
  if (perCapita !== undefined && !hasIncomeComponents(income)) {
    const above = yuanToFen(perCapita) > lineFen;
    const evidence = { year, members, perCapitaYuan: perCapita, lineYuan: line.yuan };
    return above
      ? { status: 'met', reasons: [reasonOf(PER_CAPITA_ABOVE_LINE, PER_CAPITA, evidence)] }
      : { status: 'unmet', reasons: [reasonOf(PER_CAPITA_NOT_ABOVE_LINE, PER_CAPITA, evidence)] };
  }
  const net = netIncomeFen(income);
  // netFen > lineFen × members: with both sides safe integers (always, for real households) the
  // comparison compareIncomeToLine makes, without its general path.
  const share = lineFen * members;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path: compareIncomeToLine gives the same answer for every input
  const above = typeof net === 'number' && Number.isSafeInteger(share) ? net > share : compareIncomeToLine(net, lineFen, members) > 0;
  const netNumber = Number(net);
  const evidence = {
    year,
    members,
    netIncomeYuan: netNumber / 100,
    // Display only, rounded to the fen towards the verdict, so that the message never reads
    // "about 4000, above 4000": up when above the line, down when not.
    perCapitaYuan: (above ? Math.ceil(netNumber / members) : Math.floor(netNumber / members)) / 100,
    lineYuan: line.yuan,
  };
  const reasons: Reason[] = [reasonOf(above ? ABOVE : NOT_ABOVE, INCOME, evidence)];
  if (perCapita !== undefined) {
    // |perCapita × members − net| > members (in fen): the figures differ by more than a fen a head.
    const recorded = BigInt(yuanToFen(perCapita)) * BigInt(members);
    const gap = recorded - BigInt(net);
    if ((gap < 0n ? -gap : gap) > BigInt(members)) {
      reasons.push(
        reasonOf(PER_CAPITA_DISAGREES, PER_CAPITA, {
          year,
          members,
          perCapitaYuan: perCapita,
          componentsPerCapitaYuan: evidence.perCapitaYuan,
          used: 'components',
        }),
      );
    }
  }
  return { status: above ? 'met' : 'unmet', reasons };
}
