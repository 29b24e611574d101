import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, exitBlockers, isWithin, type County, type LedgerEntry } from '../../src/index';
import { makeId } from '../fixtures/ids';
import { assess, household, thrownDomainError, village } from './fixtures';
import { cloneData } from '../fixtures/no-mutation';

// Fixture county: 2 townships, 4 villages, western (threshold 3%).
const county: County = {
  code: '522601',
  name: '示例县',
  prefectureCode: '5226',
  western: true,
  deepPoverty: true,
  status: 'proposed',
  supervised: true,
};
const JIA = '522601101201'; // 10 poor of 1,000: 1%
const YI = '522601101202'; // 9 poor of 300: exactly 3%, blocking
const BING = '522601102201'; // 20 poor of 500: 4%, blocking
const DING = '522601102202'; // 5 poor of 200: 2.5%, blocking only outside the west
const villages = [village(JIA, 1000, '甲村'), village(YI, 300, '乙村'), village(BING, 500, '丙村'), village(DING, 200, '丁村')];
const headId = makeId('522601', '1975-06-01', 31);

const households = [
  household('A-1', JIA, 'poor', 6),
  household('A-2', JIA, 'poor', 4),
  household('B-1', YI, 'poor', 5),
  household('B-2', YI, 'poor', 4),
  household(headId, YI, 'exited', 2),
  household('C-1', BING, 'poor', 8),
  household('C-2', BING, 'returned', 6),
  household('C-3', BING, 'poor', 6),
  household('D-1', DING, 'poor', 5),
  household('Z-1', '522602101201', 'poor', 9), // another county
];
const assessments = [
  assess('A-1', { unmet: ['food'] }),
  assess('A-2'),
  assess('B-1', { unmet: ['housing'] }),
  assess('B-2'),
  assess(headId, { unmet: ['water'] }),
  // C-1 not assessed
  assess('C-2', { unmet: ['income', 'education'], unknown: ['medical'] }),
  assess('C-3'),
  assess('D-1', { unmet: ['clothing'] }),
  assess('Z-1', { unmet: ['income'] }),
  assess('Q-1'), // a household of somewhere else, not given
];

function entry(id: string, unitCode: string, status: LedgerEntry['status'], deadline: string, category: LedgerEntry['category'] = 'housing'): LedgerEntry {
  return {
    id,
    unitCode,
    category,
    source: 'unannounced-visit',
    description: '问题描述',
    responsibleUnit: '县住建局',
    responsiblePerson: '张三',
    openedOn: '2020-02-20',
    deadline,
    status,
    history: [],
  };
}
const ledger = [
  entry('L-1', YI, 'open', '2020-03-31'),
  entry('L-2', YI, 'closed', '2020-03-10'),
  entry('L-3', BING, 'rectifying', '2020-03-15', 'income'),
  entry('L-4', '522601102', 'open', '2020-03-01'), // the township, not a village
  entry('L-0', '522601102201', 'awaiting-acceptance', '2020-03-15', 'education'),
  entry('L-6', '522602101201', 'open', '2020-03-01'),
];

const summary = (result: ReturnType<typeof exitBlockers>) =>
  result.villages.map((v) => ({ ...v, reasons: v.reasons.map((r) => r.code) }));

describe('exitBlockers', () => {
  it('lists the villages at or over the threshold with their households and open ledger entries', () => {
    const result = exitBlockers(county, { villages, households, assessments, ledger });
    expect(result.countyCode).toBe('522601');
    expect(summary(result)).toEqual([
      {
        code: YI,
        name: '乙村',
        status: 'unmet',
        incidence: { numerator: 9, denominator: 300, percent: 3 },
        threshold: { numerator: 3, denominator: 100, percent: 3 },
        reasons: ['exit/incidence-not-below'],
        households: [
          { id: `5226************${headId.slice(-2)}`, unmetChecks: ['water'], unknownChecks: [] },
          { id: 'B-1', unmetChecks: ['housing'], unknownChecks: [] },
        ],
        openLedgerEntries: [{ id: 'L-1', category: 'housing', deadline: '2020-03-31', status: 'open' }],
      },
      {
        code: BING,
        name: '丙村',
        status: 'unmet',
        incidence: { numerator: 20, denominator: 500, percent: 4 },
        threshold: { numerator: 3, denominator: 100, percent: 3 },
        reasons: ['exit/incidence-not-below'],
        households: [
          {
            id: 'C-1',
            unmetChecks: [],
            unknownChecks: ['income', 'food', 'clothing', 'education', 'medical', 'housing', 'water'],
          },
          { id: 'C-2', unmetChecks: ['income', 'education'], unknownChecks: ['medical'] },
        ],
        openLedgerEntries: [
          { id: 'L-0', category: 'education', deadline: '2020-03-15', status: 'awaiting-acceptance' },
          { id: 'L-3', category: 'income', deadline: '2020-03-15', status: 'rectifying' },
        ],
      },
    ]);
  });

  it('never shows an ID number in clear', () => {
    const text = JSON.stringify(exitBlockers(county, { villages, households, assessments, ledger }));
    expect(text).not.toContain(headId);
  });

  it('masks household and ledger entry ids that hold an ID number or a name (regression)', () => {
    const keyedLedger = [
      ...ledger,
      entry(`${headId}-water`, YI, 'open', '2020-03-31', 'water'),
      entry('王二家-food', YI, 'open', '2020-03-30', 'food'),
    ];
    const result = exitBlockers(county, {
      villages,
      households: [...households, household('张三家', YI, 'exited', 2)],
      assessments: [...assessments, assess('张三家', { unmet: ['income'] })],
      ledger: keyedLedger,
    });
    const yi = result.villages.find((v) => v.code === YI);
    expect(yi?.households.map((h) => h.id)).toEqual([`5226************${headId.slice(-2)}`, 'B-1', '张**']);
    expect(yi?.openLedgerEntries.map((e) => e.id)).toEqual(['王*******', `5226************${headId.slice(-2)}-water`, 'L-1']);
    const text = JSON.stringify(result);
    for (const raw of [headId, '张三', '王二']) expect(text).not.toContain(raw);
    // A 16-digit id was shown as it was before maskIdentifier replaced the ID-number-shape test.
    const long = exitBlockers(county, {
      villages,
      households: [...households, household('5226011012010042', YI, 'poor', 1)],
      assessments,
    });
    expect(long.villages[0]?.households.map((h) => h.id)).toContain('5226**********42');
  });

  it('lists only entries whose unit is the village itself, not those of its township or county', () => {
    const wider = [
      entry('W-1', '522601', 'open', '2020-03-01'), // the county
      entry('W-2', '522601000000', 'open', '2020-03-01'), // the county, zero-padded
      entry('W-3', '522601101', 'open', '2020-03-01'), // YI's township
      entry('W-4', '522601101000', 'open', '2020-03-01'), // YI's township, zero-padded
      entry('W-5', '5226011012', 'open', '2020-03-01'), // not a division code
      entry('W-6', YI, 'rectifying', '2020-03-01'),
    ];
    const result = exitBlockers(county, { villages, households, assessments, ledger: wider });
    expect(result.villages.map((v) => [v.code, v.openLedgerEntries.map((e) => e.id)])).toEqual([
      [YI, ['W-6']],
      [BING, []],
    ]);
  });

  it('groups the open entries as the isWithin filter did, whatever the ledger (property)', () => {
    const units = [JIA, YI, BING, DING, '522601101', '522601102', '522601', '522601101000', '522602101201', '5226', '52', 'x', ''];
    const item = fc.record({
      unitCode: fc.constantFrom(...units),
      status: fc.constantFrom('open' as const, 'rectifying' as const, 'awaiting-acceptance' as const, 'closed' as const),
      deadline: fc.constantFrom('2020-03-01', '2020-03-15', '2020-03-31'),
      n: fc.integer({ min: 0, max: 99 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.boolean(), (items, west) => {
        const list = items.map((it, i) => entry(`E-${it.n}-${i}`, it.unitCode, it.status, it.deadline));
        const result = exitBlockers({ ...county, western: west }, { villages, households, assessments, ledger: list });
        for (const v of result.villages) {
          // The reference: every open entry of the county within the village, by deadline then id.
          const expected = list
            .filter((e) => e.status !== 'closed' && isWithin(e.unitCode, county.code) && isWithin(e.unitCode, v.code))
            .sort((a, b) => (a.deadline !== b.deadline ? (a.deadline < b.deadline ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
            .map((e) => ({ id: e.id, category: e.category, deadline: e.deadline, status: e.status }));
          expect(v.openLedgerEntries).toEqual(expected);
        }
      }),
    );
  });

  it('uses 2% when the county is not western, or when told so', () => {
    const codes = (western?: boolean) =>
      exitBlockers({ ...county, western: western ?? county.western }, { villages, households, assessments }).villages.map((v) => v.code);
    expect(codes(false)).toEqual([YI, BING, DING]);
    expect(exitBlockers(county, { villages, households, assessments, western: false }).villages.map((v) => v.code)).toEqual([YI, BING, DING]);
    expect(codes(true)).toEqual([YI, BING]);
  });

  it('lists a village whose incidence cannot be computed as unknown', () => {
    const extra = household('E-1', '522601102203', 'poor', 3);
    const zero = village('522601101203', 0, '戊村');
    const result = exitBlockers(county, {
      villages: [...villages, zero],
      households: [...households, extra],
      assessments: [...assessments, assess('E-1')],
    });
    expect(summary(result).filter((v) => v.status === 'unknown')).toEqual([
      {
        code: '522601101203',
        name: '戊村',
        status: 'unknown',
        incidence: undefined,
        threshold: { numerator: 3, denominator: 100, percent: 3 },
        reasons: ['exit/zero-population'],
        households: [],
        openLedgerEntries: [],
      },
      {
        code: '522601102203',
        name: undefined,
        status: 'unknown',
        incidence: undefined,
        threshold: { numerator: 3, denominator: 100, percent: 3 },
        reasons: ['exit/population-missing'],
        households: [],
        openLedgerEntries: [],
      },
    ]);
  });

  it('returns no village when every village is below the threshold', () => {
    const few = households.filter((h) => h.villageCode === JIA);
    expect(exitBlockers(county, { villages, households: few, assessments })).toEqual({ countyCode: '522601', villages: [] });
  });

  it('throws on a bad county code and on duplicates within the county', () => {
    expect(() => exitBlockers({ ...county, code: '5226' }, { villages, households, assessments })).toThrow(
      /^tuopin: blockers\/invalid-county-code:/,
    );
    expect(() => exitBlockers(county, { villages, households: [...households, households[0]!], assessments })).toThrow(DomainError);
    expect(() => exitBlockers(county, { villages, households, assessments: [...assessments, assess('B-1')] })).toThrow(
      /^tuopin: blockers\/duplicate-assessment:/,
    );
    // Two entries of the county with one id, open or closed, at any level: refused, the id masked.
    for (const twin of [entry('L-1', BING, 'closed', '2020-03-01'), entry('L-1', '522601102', 'open', '2020-03-01'), entry('L-1', YI, 'open', '2020-03-31')]) {
      const error = thrownDomainError(() => exitBlockers(county, households, assessments, { villages, ledger: [...ledger, twin] }));
      expect(error).toMatchObject({ code: 'blockers/duplicate-ledger-entry', evidence: { entry: 'L-1' } });
      expect(error.message).toContain('台账条目编号 L-1 重复');
    }
    const keyed = `${headId}-water`;
    expect(thrownDomainError(() => exitBlockers(county, households, assessments, { villages, ledger: [entry(keyed, YI, 'open', '2020-03-31'), entry(keyed, JIA, 'closed', '2020-03-01')] })).evidence).toEqual({ entry: `5226************${headId.slice(-2)}-water` });
    // The same id in another county's ledger is that county's business.
    expect(() => exitBlockers(county, households, assessments, { villages, ledger: [...ledger, entry('L-1', '522602101201', 'open', '2020-03-01')] })).not.toThrow();
    const unknownWest = { ...county, western: undefined as unknown as boolean };
    expect(() => exitBlockers(unknownWest, { villages, households, assessments })).toThrow(/^tuopin: exit\/western-required:/);
  });

  it('takes the data first (county, households, assessments) and the options last; the deprecated exitBlockers(county, { households, assessments, … }) gives the same list', () => {
    expect(exitBlockers(county, households, assessments, { villages, ledger })).toEqual(
      exitBlockers(county, { villages, households, assessments, ledger }),
    );
    expect(exitBlockers(county, households, assessments, { villages, western: false })).toEqual(
      exitBlockers(county, { villages, households, assessments, western: false }),
    );
    expect(() => exitBlockers(county, [...households, households[0]!], assessments, { villages })).toThrow(
      /^tuopin: blockers\/duplicate-household:/,
    );
  });

  it('does not mutate its input', () => {
    const input = { villages, households, assessments, ledger };
    const copy = cloneData(input);
    exitBlockers(county, input);
    exitBlockers(county, households, assessments, { villages, ledger });
    expect(input).toEqual(copy);
  });
});
