// Register audit, diff and policy comparison (issue 14) against assessing the same households:
// per-household throughput on 2,000 pre-validated four-member households, generated on the first
// call (deterministic). Run: npm run bench -- audit. The 1,000,000-household runs with peak
// memory are `npm run bench:audit` (bench/audit-scale.ts).
import type { BenchTask } from '../index';
import { assessHousehold, auditRegister, comparePolicies, defaultPolicy, definePolicy, diffRegisters, type Household } from '../../src/index';
import { makeHousehold } from '../register-generator';

const COUNT = 2000;
const AS_OF = '2020-12-31';
let before: Household[] | undefined;
let after: Household[] | undefined;
function fixtures(): { before: Household[]; after: Household[] } {
  before ??= Array.from({ length: COUNT }, (_, i) => makeHousehold(i, 0));
  after ??= Array.from({ length: COUNT }, (_, i) => makeHousehold(i, 1));
  return { before, after };
}
const provincial = definePolicy({ name: 'province-4600', povertyLines: [{ year: 2020, yuan: 4600 }] });

export const tasks: readonly BenchTask[] = [
  {
    name: 'audit: assessHousehold (baseline, 4 members)',
    unitsPerOp: COUNT,
    unit: 'households',
    fn: () => {
      let n = 0;
      for (const h of fixtures().before) if (assessHousehold(h, { asOf: AS_OF }).compliant) n++;
      return n;
    },
  },
  {
    name: 'audit: auditRegister (4 members)',
    unitsPerOp: COUNT,
    unit: 'households',
    fn: () => auditRegister(fixtures().before, { asOf: AS_OF }).findings,
  },
  {
    name: 'audit: diffRegisters, sorted, 10% changed (per household pair)',
    unitsPerOp: COUNT,
    unit: 'household pairs',
    fn: () => diffRegisters(fixtures().before, fixtures().after, { asOf: AS_OF, sorted: true }).counts.verdictChanges,
  },
  {
    name: 'audit: comparePolicies (two assessments per household)',
    unitsPerOp: COUNT,
    unit: 'households',
    fn: () => comparePolicies(fixtures().before, defaultPolicy, provincial, { asOf: AS_OF }).changed,
  },
];
