/**
 * @internal The sign of `a·d − c·b`, exactly: with `b` and `d` positive, how `a/b` compares with
 * `c/d` (-1 below, 0 equal, 1 above), decided by cross-multiplication, never by dividing. All four
 * are integers, as numbers or bigints. Multiplies in numbers while every product stays within
 * ±(2^53 − 1) (checked on absolute values, so the products are exact), in BigInt otherwise or
 * when any argument is a bigint. The one exact comparison of fractions that the rules share
 * (incomes against the line, monitoring triggers, exit rates).
 * 精确判定 a·d − c·b 的符号（即 a/b 与 c/d 的大小），交叉相乘，不做除法；可能超出 2^53 时用 BigInt。
 */
export function compareFractions(a: number | bigint, b: number | bigint, c: number | bigint, d: number | bigint): -1 | 0 | 1 {
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: the number branch is a fast path; skipping it falls through to the BigInt comparison, which gives the same sign for every input
  if (typeof a === 'number' && typeof b === 'number' && typeof c === 'number' && typeof d === 'number') {
    const left = a * d;
    const right = c * b;
    // A product of two integers whose exact value leaves the safe range rounds to a value outside
    // it too, so these two tests prove both products exact.
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: equivalent unless both products are unsafe — with one product safe (|x| ≤ 2^53 − 1) and the other not (rounded to ≥ 2^53), comparing the doubles still gives the exact sign, and the BigInt path below gives it always
    if (Math.abs(left) <= Number.MAX_SAFE_INTEGER && Math.abs(right) <= Number.MAX_SAFE_INTEGER) {
      return left < right ? -1 : left > right ? 1 : 0;
    }
  }
  const left = BigInt(a) * BigInt(d);
  const right = BigInt(c) * BigInt(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
