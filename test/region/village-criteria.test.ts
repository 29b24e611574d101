import { describe, expect, it } from 'vitest';
import { assessVillageExit } from '../../src/index';

describe('assessVillageExit with extra criteria', () => {
  const village = { ruralPopulation: 1000, remainingPoor: 10 };

  it('takes none by default', () => {
    const result = assessVillageExit(village, { western: true });
    expect(result.checks.criteria).toBeUndefined();
    expect(result.eligible).toBe(true);
  });

  it('judges each criterion as recorded, all required', () => {
    const criteria = [
      { id: 'paved-road', label: '通硬化路', met: true },
      { id: 'clinic', label: '标准化卫生室', met: undefined },
    ];
    const unknown = assessVillageExit({ ...village, criteria }, { western: true });
    expect(unknown.status).toBe('unknown');
    expect(unknown.eligible).toBe(false);
    expect(unknown.checks.criteria?.map((c) => [c.id, c.status, c.reasons[0]?.code])).toEqual([
      ['paved-road', 'met', 'exit/criterion-met'],
      ['clinic', 'unknown', 'exit/criterion-missing'],
    ]);
    expect(unknown.checks.criteria?.[1]?.reasons[0]?.message['zh-CN']).toBe('出列条件“标准化卫生室”未记录核查结论');
    const unmet = assessVillageExit({ ...village, criteria: [{ id: 'collective-income', label: '村集体经济收入', met: false }] }, { western: true });
    expect(unmet).toMatchObject({ status: 'unmet', eligible: false });
    const met = assessVillageExit({ ...village, criteria: [{ ...criteria[0], met: true }, { ...criteria[1], met: true }] } as never, { western: true });
    expect(met).toMatchObject({ status: 'met', eligible: true });
    // the incidence still decides first
    const high = assessVillageExit({ ruralPopulation: 1000, remainingPoor: 30, criteria: [{ id: 'x', label: '通电', met: true }] }, { western: true });
    expect(high.status).toBe('unmet');
  });
});

describe('slopeAdvice with the dated industry parameter', () => {
  it('reads the slope limits from the policy in force', async () => {
    const { definePolicy, slopeAdvice, defaultPolicy, parameterOn } = await import('../../src/index');
    expect(parameterOn(defaultPolicy.industry ?? [], '2020-06-01')?.value).toEqual({ baziMinAreaMu: 500, vegetablesFungiBelow: 15, herbsTeaFruitUpTo: 25 });
    expect(slopeAdvice(14).class).toBe('vegetables-fungi');
    const steep = definePolicy({ name: 'steep', industry: { baziMinAreaMu: 300, vegetablesFungiBelow: 10, herbsTeaFruitUpTo: 20 } });
    expect(slopeAdvice(14, { policy: steep }).class).toBe('herbs-tea-fruit');
    expect(slopeAdvice(20.5, { policy: steep }).class).toBe('forest-grass');
    expect(() => definePolicy({ industry: { baziMinAreaMu: 500, vegetablesFungiBelow: 30, herbsTeaFruitUpTo: 25 } })).toThrow(/policy\/invalid/);
  });
});
