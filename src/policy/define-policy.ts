import { PolicyError } from '../errors';
import type { Path } from '../reasons/types';
import { catalogIssue, issuesLine, issuesMessage, toValidationIssues, type ValidationIssue } from '../validation/issues';
import { deepFreeze, defaultPolicy } from './default-policy';
import { PolicySchema, type MonitoringLine, type ParameterName, type Policy, type PovertyLine } from './schema';
import { POLICY_ERRORS } from './catalog';

type ValueOf<K extends ParameterName> = NonNullable<Policy[K]>[number]['value'];

/**
 * Overrides for {@link definePolicy}. A dated parameter is given either as a bare value (it then
 * replaces the parameter for every date, recorded with `source` and `confirmed: false` unless
 * given) or as a full list of dated values. Poverty lines replace the base's line of the same year
 * and add the others.
 */
export type PolicyOverrides = {
  readonly name?: string;
  /** Where the overriding figures come from, e.g. a province's document. 覆盖值出处。 */
  readonly source?: string;
  readonly povertyLines?: readonly (Omit<PovertyLine, 'basis' | 'confirmed' | 'source'> &
    Partial<Pick<PovertyLine, 'basis' | 'confirmed' | 'source'>>)[];
  /**
   * Provincial monitoring lines: each replaces the base's line of the same province and year, the
   * others are added; `confirmed: false` and the overrides' `source` unless given.
   */
  readonly monitoringLines?: readonly (Omit<MonitoringLine, 'confirmed' | 'source'> & Partial<Pick<MonitoringLine, 'confirmed' | 'source'>>)[];
} & { readonly [K in ParameterName]?: ValueOf<K> | NonNullable<Policy[K]> };

const PARAMETER_NAMES: readonly ParameterName[] = ['educationAge', 'water', 'villageExit', 'countyExit', 'monitoring', 'medical', 'industry', 'monitoringRule'];

/**
 * Returns a new policy with some figures replaced (a province's higher line, a 6–16 education age
 * range, a 1% missed-registration threshold), validated as a whole. The base is never changed.
 * 返回替换部分参数后的新政策表（如省级更高的贫困线、6–16 岁义务教育年龄），并整体校验。
 *
 * @param overrides - the figures to replace
 * @param base - the policy to start from (defaults to {@link defaultPolicy})
 * @returns a frozen, validated policy
 * @throws {PolicyError} `policy/invalid` listing every problem with its path in the overrides
 *   (`povertyLines.0.yuan` for the first line given, `educationAge.max` for a bare value), in
 *   Chinese and English, also as `error.issues`; or naming an unknown override key, or a year
 *   given twice
 * @example
 * const guizhou = definePolicy({
 *   name: 'guizhou-2020',
 *   source: 'provincial document',
 *   povertyLines: [{ year: 2020, yuan: 4200 }],
 *   educationAge: { min: 6, max: 16 },
 * });
 * povertyLineFor(2020, guizhou) //=> 4200
 */
export function definePolicy(overrides: PolicyOverrides, base: Policy = defaultPolicy): Policy {
  // A misspelt key (`povertyLine`) would otherwise leave the default figure silently in force.
  const known = new Set<string>(['name', 'source', 'povertyLines', 'monitoringLines', ...PARAMETER_NAMES]);
  const unknown = Object.keys(overrides).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    const evidence = { unknown, known: [...known] };
    const localized = POLICY_ERRORS.message('policy/unknown-keys', evidence);
    throw new PolicyError('policy/invalid', `${localized['zh-CN']} / ${localized.en}`, [], { evidence, localized });
  }
  const source = overrides.source ?? `override in policy ${overrides.name ?? base.name}`;
  const draft: Record<string, unknown> = { ...base, name: overrides.name ?? base.name };

  // Where each figure of the merged table came from, so that a problem is reported at the
  // caller's path (`povertyLines.0.yuan`), not at the merged table's (`povertyLines.9.yuan`).
  let lineOrigins: readonly (number | undefined)[] = [];
  const bare = new Set<string>();

  if (overrides.povertyLines !== undefined) {
    const byYear = new Map<number, unknown>(base.povertyLines.map((l) => [l.year, l]));
    const givenAt = new Map<number, number>();
    for (const [k, given] of overrides.povertyLines.entries()) {
      const first = givenAt.get(given.year);
      if (first !== undefined) {
        const issue = lineTwice(k, first, given.year);
        throw invalid([issue]);
      }
      givenAt.set(given.year, k);
      byYear.set(given.year, {
        basis: given.year <= 2013 ? 'net-income' : 'disposable-income',
        confirmed: false,
        source,
        ...given,
      });
    }
    const years = [...byYear.keys()].sort((a, b) => a - b);
    draft.povertyLines = years.map((year) => byYear.get(year));
    lineOrigins = years.map((year) => givenAt.get(year));
  }

  if (overrides.monitoringLines !== undefined) {
    const key = (l: { province: string; year: number }) => `${l.province}/${l.year}`;
    const byKey = new Map<string, unknown>(base.monitoringLines.map((l) => [key(l), l]));
    for (const given of overrides.monitoringLines) byKey.set(key(given), { confirmed: false, source, ...given });
    draft.monitoringLines = [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, l]) => l);
  }

  for (const name of PARAMETER_NAMES) {
    const given = overrides[name];
    if (given === undefined) continue;
    if (!Array.isArray(given)) bare.add(name);
    draft[name] = Array.isArray(given) ? given : [{ from: '1900-01-01', value: given, source, confirmed: false }];
  }

  const parsed = PolicySchema.safeParse(draft);
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error).map((issue) => ({ ...issue, path: overridePath(issue.path, lineOrigins, bare) }));
    throw invalid(issues);
  }
  return deepFreeze(parsed.data);
}

/** The path of a merged-table problem in the caller's overrides. */
function overridePath(path: Path, lineOrigins: readonly (number | undefined)[], bare: ReadonlySet<string>): Path {
  const [head, index, ...rest] = path;
  if (
    head === 'povertyLines' &&
    // Stryker disable next-line ConditionalExpression: zod gives array positions as numbers; the one path here without one, ['povertyLines'] of the one-line-per-year refinement, reads lineOrigins[undefined], undefined, and is returned as it is
    typeof index === 'number'
  ) {
    const given = lineOrigins[index];
    return given === undefined ? path : ['povertyLines', given, ...rest];
  }
  // A bare value was wrapped as [{ from, value, source, confirmed }]: its problems are the value's.
  if (
    typeof head === 'string' &&
    bare.has(head) &&
    // Stryker disable next-line ConditionalExpression: a bare value is wrapped as a one-entry list, so every path into its value is at index 0
    index === 0 &&
    rest[0] === 'value'
  ) {
    return [head, ...rest.slice(1)];
  }
  return path;
}

/** `policy/invalid` for these issues: `message` gives each in both locales, `localized` all in each. */
function invalid(issues: readonly ValidationIssue[]): PolicyError {
  const whole = POLICY_ERRORS.message('policy/whole', {});
  return new PolicyError('policy/invalid', issuesLine(issues, whole), issues, { evidence: { count: issues.length }, localized: issuesMessage(issues, whole) });
}

function lineTwice(k: number, first: number, year: number): ValidationIssue {
  return catalogIssue('policy/duplicate-year', 'policy/duplicate-year', ['povertyLines', k, 'year'], { year, first });
}

