import { describe, expect, it } from 'vitest';
import { canEliminateRisk, ELIMINATION_CHECK_NAMES } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { household, months, policy, record, withObservation } from './fixtures';

const decided = (overrides = {}) => record({ state: 'under-assistance', measures: [{ kind: 'health', startedOn: '2021-04-01' }], ...overrides });

describe('canEliminateRisk', () => {
  it('says when no observation period is set (it has no default), and is then not eliminable', () => {
    const r = canEliminateRisk(household(), decided(), { asOf: '2021-12-31', policy });
    expect(r.checks.observation).toEqual({
      status: 'unknown',
      reasons: [
        {
          code: 'monitoring/observation-unset',
          path: [],
          evidence: {},
          message: {
            'zh-CN': '政策未设定风险消除观察期（无默认值），无法判断观察期是否已满',
            en: 'the policy sets no observation period for risk elimination (it has no default): whether it has passed cannot be judged',
          },
        },
      ],
    });
    expect(ELIMINATION_CHECK_NAMES.map((n) => r.checks[n].status)).toEqual(['met', 'met', 'met', 'met', 'unknown']);
    expect(r).toMatchObject({ householdId: 'H-0001', asOf: '2021-12-31', status: 'unknown', eliminable: false });
  });

  it('is eliminable once every check is met and the observation period has passed', () => {
    const six = withObservation(6);
    // identified 2021-03: six whole months by 2021-09
    expect(canEliminateRisk(household(), decided(), { asOf: '2021-09-01', policy: six })).toMatchObject({ status: 'met', eliminable: true });
    const short = canEliminateRisk(household(), decided(), { asOf: '2021-08-31', policy: six });
    expect(short.checks.observation).toMatchObject({ status: 'unmet', reasons: [{ code: 'monitoring/observation-short', evidence: { from: '2021-03', months: 5, required: 6 } }] });
    expect(short.eliminable).toBe(false);
  });

  describe('is refused while a test is unmet', () => {
    const six = withObservation(6);
    it('income below the line', () => {
      const r = canEliminateRisk(household(), decided({ twelveMonths: months({ netIncome: 23999.99 }) }), { asOf: '2021-12-31', policy: six });
      expect(r.checks.income.status).toBe('unmet');
      expect(r).toMatchObject({ status: 'unmet', eliminable: false });
    });
    it('a 两不愁三保障 problem', () => {
      const r = canEliminateRisk(household({ clothingSecure: false }), decided(), { asOf: '2021-12-31', policy: six });
      expect(r.checks.basicNeeds).toMatchObject({ status: 'unmet', reasons: [{ code: 'clothing/insecure' }] });
      expect(r.eliminable).toBe(false);
    });
    it('unsafe water', () => {
      const r = canEliminateRisk(household({ water: { litresPerPersonPerDay: 10, piped: true, interruptionDaysPerYear: 3, qualityOk: true } }), decided(), { asOf: '2021-12-31', policy: six });
      expect(r.checks.water.status).toBe('unmet');
      expect(r.eliminable).toBe(false);
    });
    it('a record not yet decided by the county, or already closed', () => {
      expect(canEliminateRisk(household(), record({ state: 'township-checked' }), { asOf: '2021-12-31', policy: six }).checks.state.reasons[0]!.code).toBe('monitoring/record-not-decided');
      const closed = canEliminateRisk(household(), decided({ state: 'risk-eliminated', elimination: { way: 'natural', month: '2021-10' } }), { asOf: '2021-12-31', policy: six });
      expect(closed.checks.state).toMatchObject({ status: 'unmet', reasons: [{ code: 'monitoring/record-closed' }] });
    });
  });

  it('does not mutate its input', () => {
    expectNoMutation({ h: household(), r: decided() }, ({ h, r }) => canEliminateRisk(h, r, { asOf: '2021-12-31', policy }));
  });
});
