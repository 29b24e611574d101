import { deepFreeze } from '../policy/default-policy';
import type { Parameter } from '../policy/schema';
import type { AuditThresholds } from './schema';

/**
 * The default thresholds of the register audit, dated and sourced like a policy parameter. None
 * of them is a national figure we could confirm (`confirmed: false`): they are the plausibility
 * bounds that data-cleaning rules commonly use, to be overridden with the `thresholds` option.
 * 户表核查默认阈值（均未核实为全国统一口径，可通过 thresholds 选项覆盖）。
 *
 * @example
 * defaultAuditThresholds[0].value
 * //=> { maxAge: 110, minParentAgeAtBirth: 15, minGrandparentAgeAtBirth: 30, minSpouseAge: 16 }
 */
export const defaultAuditThresholds: Parameter<AuditThresholds> = deepFreeze([
  {
    from: '1900-01-01',
    value: { maxAge: 110, minParentAgeAtBirth: 15, minGrandparentAgeAtBirth: 30, minSpouseAge: 16 },
    source: 'plausibility bounds of register data cleaning (数据清洗): age over 110, generation gaps, spouse age',
    confirmed: false,
    note: 'no national text with these figures was found; override with the thresholds option',
  },
]);
