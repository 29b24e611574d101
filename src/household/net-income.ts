import type { Income } from './schema';
import { compareFractions } from '../units/compare-fractions';
import { yuanToFen } from '../units/yuan-to-fen';

/**
 * Net income in integer fen: wage + business + property + transfer − productionCosts, a
 * component that is absent counting as 0; when `transfer` is absent, the transfer items recorded
 * (低保金, 五保金, 养老金, 计划生育金, 生态补偿金) stand for it. A `number` whenever every partial sum is a safe
 * integer (always, for real households); otherwise the exact `bigint`.
 * 家庭净收入（整数分）：工资性 + 经营性 + 财产性 + 转移性 − 生产经营性支出；缺项按 0 计。
 *
 * @throws {InvalidAmountError} `amount/invalid` when a component is not yuan with at most two decimals
 * @internal
 */
export function netIncomeFen(income: Income): number | bigint {
  const wage = income.wage === undefined ? 0 : yuanToFen(income.wage);
  const business = income.business === undefined ? 0 : yuanToFen(income.business);
  const property = income.property === undefined ? 0 : yuanToFen(income.property);
  const transfer = income.transfer === undefined ? transferItemsFen(income) : yuanToFen(income.transfer);
  const costs = income.productionCosts === undefined ? 0 : yuanToFen(income.productionCosts);
  // Each component is a safe integer. A partial sum whose exact value leaves the safe range
  // rounds to a value outside it, so checking every partial sum proves the result exact.
  const s1 = wage + business;
  const s2 = s1 + property;
  const s3 = s2 + transfer;
  const net = s3 - costs;
  if (Number.isSafeInteger(s1) && Number.isSafeInteger(s2) && Number.isSafeInteger(s3) && Number.isSafeInteger(net)) {
    return net;
  }
  return BigInt(wage) + BigInt(business) + BigInt(property) + BigInt(transfer) - BigInt(costs);
}

/**
 * Compares `netFen × den` with `lineFen × members × num` exactly, i.e. the per-capita income
 * `netFen / members` with `lineFen × num / den`, through {@link compareFractions} (numbers while
 * the products are safe, BigInt otherwise). `netFen > lineFen × members` is
 * `compareIncomeToLine(netFen, lineFen, members) > 0`.
 * 精确比较净收入与贫困线（必要时用 BigInt），不做除法。
 *
 * @returns -1, 0 or 1 as `netFen × den` is below, equal to or above `lineFen × members × num`
 * @internal
 */
export function compareIncomeToLine(
  netFen: number | bigint,
  lineFen: number,
  members: number,
  num = 1,
  den = 1,
): -1 | 0 | 1 {
  // netFen × den − lineFen × (members × num): the sign of a·d − c·b with b = members × num.
  const share = members * num;
  return compareFractions(netFen, Number.isSafeInteger(share) ? share : BigInt(members) * BigInt(num), lineFen, den);
}

/** The sum of the recorded transfer items in fen (0 when none is recorded). */
function transferItemsFen(income: Income): number {
  let sum = 0;
  if (income.dibaoAllowance !== undefined) sum += yuanToFen(income.dibaoAllowance);
  if (income.destituteAllowance !== undefined) sum += yuanToFen(income.destituteAllowance);
  if (income.pension !== undefined) sum += yuanToFen(income.pension);
  if (income.familyPlanningAllowance !== undefined) sum += yuanToFen(income.familyPlanningAllowance);
  if (income.ecologicalCompensation !== undefined) sum += yuanToFen(income.ecologicalCompensation);
  return sum;
}

/**
 * Whether any of the five income components is recorded: wage, business, property, transfer or
 * production costs. Without one, the per-capita figure (when recorded) is the income. The
 * transfer items alone are not components: the register lists them beside 人均纯收入 as the detail
 * of transfer income, not as the whole income.
 * @internal
 */
export function hasIncomeComponents(income: Income): boolean {
  return (
    income.wage !== undefined ||
    income.business !== undefined ||
    income.property !== undefined ||
    income.transfer !== undefined ||
    income.productionCosts !== undefined
  );
}

/**
 * The household's net income in fen as the checks read it: from the components when any is
 * recorded, else the register's per-capita figure × `members`, else 0 (as before per-capita
 * figures were recorded). `basis` says which.
 * 检查所用的家庭净收入（分）：有分项时按分项，否则按人均纯收入 × 人数。
 * @internal
 */
export function incomeFen(income: Income, members: number): { readonly fen: number | bigint; readonly basis: 'components' | 'per-capita' } {
  if (income.perCapita === undefined || hasIncomeComponents(income)) return { fen: netIncomeFen(income), basis: 'components' };
  const perCapita = yuanToFen(income.perCapita);
  const fen = perCapita * members;
  return { fen: Number.isSafeInteger(fen) ? fen : BigInt(perCapita) * BigInt(members), basis: 'per-capita' };
}
