import type { Check } from '../reasons/types';
import type { Policy } from '../policy/schema';
import { povertyLineEntry } from '../policy/poverty-line-for';
import { yuanToFen } from '../units/yuan-to-fen';
import type { Household } from './schema';
import { compareIncomeToLine, netIncomeFen } from './net-income';
import { fixedCheck, fixedPath, kind, reason, reasonOf } from './reasons';

const INCOME = fixedPath('income');
const YEAR = fixedPath('income', 'year');
const MISSING = fixedCheck('unknown', 'income/missing', INCOME);
const ABOVE = kind('income/above-line');
const NOT_ABOVE = kind('income/not-above-line');

/**
 * 一达标: per-capita net income strictly above the poverty line of the income year, decided in
 * integer fen without division (`netFen > lineFen × members`).
 * @internal
 */
export function checkIncome(household: Household, policy: Policy): Check {
  const income = household.income;
  if (income === undefined) return MISSING;
  const year = income.year;
  const line = povertyLineEntry(year, policy);
  if (line === undefined) return { status: 'unknown', reasons: [reason('income/no-line', YEAR, { year })] };
  const members = household.members.length;
  const net = netIncomeFen(income);
  const above = compareIncomeToLine(net, yuanToFen(line.yuan), members) > 0;
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
  return above
    ? { status: 'met', reasons: [reasonOf(ABOVE, INCOME, evidence)] }
    : { status: 'unmet', reasons: [reasonOf(NOT_ABOVE, INCOME, evidence)] };
}
