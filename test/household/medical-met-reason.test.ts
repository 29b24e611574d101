import { describe, expect, it } from 'vitest';
import { assessHousehold, definePolicy, type Member, type Reason } from '../../src/index';
import { child, head, household, spouse } from './fixtures';

// A met medical check says only what the record shows. "All N members are enrolled in basic
// medical insurance" is true only when the policy requires basic insurance of every member; when
// it asks for it where recorded, or not at all, a member may be recorded as not enrolled, or
// not recorded, and the household still passes.

const policy = (basicInsurance: string, criticalIllnessInsurance: string) =>
  definePolicy({ name: `${basicInsurance}/${criticalIllnessInsurance}`, medical: { basicInsurance, criticalIllnessInsurance } as never });
const medical = (members: Member[], basic: string, critical: string) =>
  assessHousehold(household({ members }), { asOf: '2020-12-31', policy: policy(basic, critical) }).checks.medical;
const three = (extra: Partial<Member>[]) => [head, spouse, child].map((m, i) => ({ ...m, ...extra[i] }));
const texts = (reasons: readonly Reason[]) => reasons.map((r) => [r.message['zh-CN'], r.message.en]);

describe('the met medical check claims basic insurance only where the policy requires it', () => {
  it('does not say everyone is insured when basic insurance is not required and a member is recorded without it', () => {
    const check = medical(three([{ medicalInsurance: false }]), 'not-required', 'where-recorded');
    expect(check).toEqual({
      status: 'met',
      reasons: [expect.objectContaining({ code: 'medical/none-recorded-uninsured', path: ['members'], evidence: { members: 3, insured: 2, critical: 0 } })],
    });
    expect(texts(check.reasons)).toEqual([
      [
        '3 名成员中 2 名记录参加基本医疗保险、0 名记录参加大病保险，无成员记录未参加现行政策要求的保险',
        'of 3 members, 2 are recorded in basic medical insurance and 0 in critical-illness insurance; none is recorded as not enrolled in an insurance the policy in force requires',
      ],
    ]);
  });

  it('counts 大病保险 when only it is required and every member has it', () => {
    const all = three([
      { medicalInsurance: undefined, criticalIllnessInsurance: true },
      { medicalInsurance: false, criticalIllnessInsurance: true },
      { criticalIllnessInsurance: true },
    ]);
    expect(medical(all, 'not-required', 'required')).toMatchObject({
      status: 'met',
      reasons: [{ code: 'medical/none-recorded-uninsured', evidence: { members: 3, insured: 1, critical: 3 } }],
    });
  });

  it('counts the members recorded insured under where-recorded, none of them recorded "no"', () => {
    const check = medical(three([{ medicalInsurance: undefined }, { medicalInsurance: undefined }, { criticalIllnessInsurance: true }]), 'where-recorded', 'where-recorded');
    expect(check).toMatchObject({ status: 'met', reasons: [{ code: 'medical/none-recorded-uninsured', evidence: { members: 3, insured: 1, critical: 1 } }] });
  });

  it('keeps "all enrolled" where basic insurance is required, with or without 大病保险 recorded', () => {
    expect(medical(three([]), 'required', 'where-recorded')).toMatchObject({ status: 'met', reasons: [{ code: 'medical/all-insured', evidence: { members: 3 } }] });
    expect(medical(three([{ criticalIllnessInsurance: true }]), 'required', 'not-required')).toMatchObject({
      status: 'met',
      reasons: [{ code: 'medical/all-insured-with-critical', evidence: { members: 3, critical: 1 } }],
    });
  });

  it('still says nothing is required when neither item is', () => {
    expect(medical(three([{ medicalInsurance: false }]), 'not-required', 'not-required').reasons[0]?.code).toBe('medical/nothing-required');
  });
});
