import type { Income } from './schema';
import { compareFractions } from '../units/compare-fractions';
import { yuanToFen } from '../units/yuan-to-fen';

/**
 * Net income in integer fen: wage + business + property + transfer − productionCosts, a
 * component that is absent counting as 0. A `number` whenever every partial sum is a safe
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
  const transfer = income.transfer === undefined ? 0 : yuanToFen(income.transfer);
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
