import { describe, expect, it } from 'vitest';
import { DomainError, exitBlockers, type County, type HouseholdAssessment, type LedgerEntry } from '../../src/index';
import { makeId } from '../fixtures/ids';
import { assess, household, village , thrownDomainError } from './fixtures';

// Issue 17: the rules of exitBlockers each alone — the county's own villages only, the
// refusals and what they name, a day with no threshold in force, the orders of the lists.


const county: Pick<County, 'code' | 'western'> = { code: '522601', western: true };
const YI = '522601101202';
const OTHER = '522602101201'; // a village of another county

function entry(id: string, unitCode: string, deadline: string): LedgerEntry {
  return {
    id,
    unitCode,
    category: 'housing',
    source: 'unannounced-visit',
    description: '问题描述',
    responsibleUnit: '县住建局',
    responsiblePerson: '张三',
    openedOn: '2020-02-20',
    deadline,
    status: 'open',
    history: [],
  };
}

describe('exitBlockers: only the county’s villages', () => {
  it('ignores a listed village of another county, even one whose incidence cannot be computed', () => {
    const villages = [village(YI, 100, '乙村'), village(OTHER, 0, '外县村'), village('522602101202', 10, '外县二村')];
    const households = [household('B-1', YI, 'poor', 1), household('Z-1', '522602101202', 'poor', 9)];
    const result = exitBlockers(county, households, [], { villages });
    expect(result.villages.map((v) => v.code)).toEqual([]);
    // Listed in the county, the village with no population blocks as unknown.
    const own = exitBlockers(county, households, [], { villages: [...villages, village('522601101203', 0, '戊村')] });
    expect(own.villages.map((v) => [v.code, v.name, v.status])).toEqual([['522601101203', '戊村', 'unknown']]);
  });
});

describe('exitBlockers: refusals name what they refuse', () => {
  it('names a county code that is not a 6-digit county code', () => {
    for (const code of ['5226', '522601000000', null]) {
      const error = thrownDomainError(() => exitBlockers({ ...county, code: code as string }, [], [], { villages: [] }));
      expect(error.code, String(code)).toBe('blockers/invalid-county-code');
      expect(error.evidence, String(code)).toEqual({ given: JSON.stringify(code) });
    }
    expect(thrownDomainError(() => exitBlockers({ ...county, code: '5226' }, [], [], { villages: [] })).localized).toEqual({
      'zh-CN': '"5226" 不是 6 位县级代码',
      en: '"5226" is not a 6-digit county code',
    });
  });

  it('names the repeated household and the household assessed twice, masked', () => {
    const id = makeId('522601', '1980-01-01', 13);
    const masked = `5226************${id.slice(-2)}`;
    const h = household(id, YI, 'poor', 1);
    const twice = thrownDomainError(() => exitBlockers(county, [h, h], [], { villages: [] }));
    expect(twice).toMatchObject({ code: 'blockers/duplicate-household', evidence: { household: masked } });
    expect(twice.localized).toEqual({ 'zh-CN': `农户 ${masked} 重复列出`, en: `household ${masked} is listed twice` });
    const assessedTwice = thrownDomainError(() => exitBlockers(county, [h], [assess(id), assess(id)], { villages: [] }));
    expect(assessedTwice).toMatchObject({ code: 'blockers/duplicate-assessment', evidence: { household: masked } });
    expect(assessedTwice.localized?.en).toBe(`household ${masked} is assessed twice`);
    for (const error of [twice, assessedTwice]) expect(error.message).not.toContain(id);
  });

  it('needs to know whether the county is western only when a village has a known population', () => {
    const unknownWest = { code: '522601', western: undefined as unknown as boolean };
    const households = [household('B-1', YI, 'poor', 1)];
    const unlisted = exitBlockers(unknownWest, households, [], { villages: [] });
    expect(unlisted.villages.map((v) => [v.code, v.status, v.reasons[0]?.code])).toEqual([[YI, 'unknown', 'exit/population-missing']]);
    expect(thrownDomainError(() => exitBlockers(unknownWest, households, [], { villages: [village(YI, 100)] })).code).toBe('exit/western-required');
  });
});

describe('exitBlockers: a day with no threshold in force', () => {
  it('says so for a listed village, naming the day, and keeps the village unknown', () => {
    const result = exitBlockers(county, [household('B-1', YI, 'poor', 1)], [], { villages: [village(YI, 100)], asOf: '2015-06-01' });
    const [yi] = result.villages;
    expect(yi).toMatchObject({ code: YI, status: 'unknown', incidence: { numerator: 1, denominator: 100 }, threshold: undefined });
    expect(yi?.reasons.map((r) => [r.code, r.evidence])).toEqual([['exit/no-threshold', { parameter: 'villageExit', asOf: '2015-06-01' }]]);
  });

  it('gives a village missing from the list no threshold either, with the path and code of its missing population', () => {
    const result = exitBlockers(county, [household('B-1', YI, 'poor', 1)], [], { villages: [], asOf: '2015-06-01' });
    const [yi] = result.villages;
    expect(yi).toMatchObject({ code: YI, name: undefined, status: 'unknown', incidence: undefined, threshold: undefined });
    expect(yi?.reasons.map((r) => [r.code, r.path, r.evidence])).toEqual([['exit/population-missing', ['ruralPopulation'], { villageCode: YI }]]);
    // On a day with the 2016 thresholds in force, the same village shows the western one.
    const later = exitBlockers(county, [household('B-1', YI, 'poor', 1)], [], { villages: [], asOf: '2020-06-01' });
    expect(later.villages[0]?.threshold).toEqual({ numerator: 3, denominator: 100, percent: 3 });
  });
});

describe('exitBlockers: what each household and the ledger show', () => {
  it('counts a check the assessment does not hold as unknown', () => {
    const full = assess('B-1', { unmet: ['income'] });
    const { medical: _dropped, ...checks } = full.checks;
    const partial = { ...full, checks } as unknown as HouseholdAssessment;
    const result = exitBlockers(county, [household('B-1', YI, 'poor', 5)], [partial], { villages: [village(YI, 100)] });
    expect(result.villages[0]?.households).toEqual([{ id: 'B-1', unmetChecks: ['income'], unknownChecks: ['medical'] }]);
  });

  it('passes over a hand-built ledger entry whose unit code is not a string instead of failing the county', () => {
    const ledger = [entry('L-1', YI, '2020-03-31'), { ...entry('L-2', YI, '2020-03-31'), unitCode: null as unknown as string }, { ...entry('L-1', YI, '2020-03-31'), unitCode: 42 as unknown as string }];
    const result = exitBlockers(county, [household('B-1', YI, 'poor', 5)], [assess('B-1', { unmet: ['housing'] })], { villages: [village(YI, 100)], ledger });
    expect(result.villages[0]?.openLedgerEntries.map((e) => e.id)).toEqual(['L-1']);
  });

  it('lists the households by id and the open entries by deadline, then id, whatever their order given', () => {
    const ids = ['B-4', 'B-1', 'B-5', 'B-3', 'B-2'];
    const households = ids.map((id) => household(id, YI, 'poor', 2));
    const assessments = ids.map((id) => assess(id, { unmet: ['housing'] }));
    const ledger = [
      entry('L-4', YI, '2020-03-31'),
      entry('L-2', YI, '2020-03-15'),
      entry('L-5', YI, '2020-03-15'),
      entry('L-1', YI, '2020-03-31'),
      entry('L-3', YI, '2020-03-15'),
      entry('L-0', YI, '2020-04-30'),
    ];
    for (const order of [(x: readonly unknown[]) => x, (x: readonly unknown[]) => [...x].reverse()]) {
      const result = exitBlockers(county, order(households) as typeof households, order(assessments) as typeof assessments, {
        villages: [village(YI, 100)],
        ledger: order(ledger) as typeof ledger,
      });
      const [yi] = result.villages;
      expect(yi?.households.map((h) => h.id)).toEqual(['B-1', 'B-2', 'B-3', 'B-4', 'B-5']);
      expect(yi?.openLedgerEntries.map((e) => [e.deadline, e.id])).toEqual([
        ['2020-03-15', 'L-2'],
        ['2020-03-15', 'L-3'],
        ['2020-03-15', 'L-5'],
        ['2020-03-31', 'L-1'],
        ['2020-03-31', 'L-4'],
        ['2020-04-30', 'L-0'],
      ]);
    }
  });
});
