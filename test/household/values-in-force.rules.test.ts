import { describe, expect, it } from 'vitest';
import { assessHousehold, defaultPolicy, definePolicy, povertyLineEntry, type Policy } from '../../src/index';
import { deepFreeze } from '../../src/policy/default-policy';
import { valuesInForce } from '../../src/household/values-in-force';
import { household } from './fixtures';

// The memo of the values in force: it answers what a scan of the tables answers (the first line
// of a year winning), hands back the record it built for a (policy, day) even when other
// policies and days were asked in between, and never memoises a policy that is not frozen all
// the way down.

const line2020 = (policy: Policy) => valuesInForce(policy, '2020-12-31').line(2020);

describe('valuesInForce: the poverty line of an income year', () => {
  it('is the first line of that year, as povertyLineEntry scans, in a frozen policy listing a year twice', () => {
    const clone = structuredClone(defaultPolicy) as { povertyLines: { year: number; yuan: number }[] };
    const twice = deepFreeze({ ...clone, povertyLines: [{ year: 2020, yuan: 4100 }, { year: NaN, yuan: 1 }, ...clone.povertyLines, { year: 2020, yuan: 5000 }] }) as unknown as Policy;
    expect(povertyLineEntry(2020, twice)?.yuan).toBe(4100);
    const values = valuesInForce(twice, '2020-12-31');
    expect(values.line(2020)).toEqual({ year: 2020, yuan: 4100, fen: 410000 });
    expect(values.line(NaN)).toBeUndefined();
    expect(values.line(2020)).toEqual({ year: 2020, yuan: 4100, fen: 410000 });
    expect(assessHousehold(household({ income: { year: 2020, wage: 12300 } }), { asOf: '2020-12-31', policy: twice }).checks.income.status).toBe('unmet');
    expect(assessHousehold(household({ income: { year: 2020, wage: 12300.03 } }), { asOf: '2020-12-31', policy: twice }).checks.income.status).toBe('met');
  });
});

describe('valuesInForce: a policy not frozen all the way down is read afresh on every call', () => {
  it('sees a changed line when only the policy object, or the object and its list, are frozen', () => {
    const clone = () => structuredClone(defaultPolicy) as unknown as { povertyLines: { year: number; yuan: number }[] };
    const top = clone();
    const listToo = clone();
    Object.freeze(listToo.povertyLines);
    for (const policy of [Object.freeze(top), Object.freeze(listToo)]) {
      expect(line2020(policy as unknown as Policy)?.yuan).toBe(4000);
      (policy.povertyLines.find((l) => l.year === 2020) as { yuan: number }).yuan = 4500;
      expect(line2020(policy as unknown as Policy)).toEqual({ year: 2020, yuan: 4500, fen: 450000 });
    }
  });
});

describe('valuesInForce: the memo of a frozen policy', () => {
  const a = definePolicy({ name: 'memo-a' });
  const b = definePolicy({ name: 'memo-b', povertyLines: [{ year: 2020, yuan: 4200 }] });

  it('hands back the record of a (policy, day) when another policy was asked in between', () => {
    const first = valuesInForce(a, '2020-12-31');
    expect(valuesInForce(b, '2020-12-31').line(2020)?.yuan).toBe(4200);
    expect(valuesInForce(a, '2020-12-31')).toBe(first);
    expect(valuesInForce(b, '2021-06-30').line(2020)?.yuan).toBe(4200);
    expect(valuesInForce(a, '2020-12-31')).toBe(first);
    expect(first.line(2020)?.yuan).toBe(4000);
  });

  it('hands back the record of a day when other days were asked in between, by string or by Date', () => {
    const policy = definePolicy({ name: 'memo-days' });
    const first = valuesInForce(policy, '2020-12-31');
    const days = ['2021-01-01', '2019-05-05', '2020-12-30'];
    for (const day of days) expect(valuesInForce(policy, day).day).toBe(day);
    expect(valuesInForce(policy, '2020-12-31')).toBe(first);
    // A Date is read in China's calendar on every call; its day's record is the same.
    const byDate = valuesInForce(policy, new Date('2020-12-31T01:00:00Z'));
    expect(byDate.day).toBe('2020-12-31');
    expect(byDate).toBe(first);
    expect(valuesInForce(policy, '2020-12-31T08:00:00+08:00').day).toBe('2020-12-31');
  });
});

describe('valuesInForce: a Date is an instant, not a key', () => {
  it('reads the same Date object afresh after it was changed', () => {
    const policy = definePolicy({ name: 'memo-date' });
    const when = new Date('2018-06-30T04:00:00Z');
    expect(valuesInForce(policy, when).day).toBe('2018-06-30');
    expect(valuesInForce(policy, when).water).toBeUndefined();
    when.setTime(Date.parse('2020-12-31T04:00:00Z'));
    const later = valuesInForce(policy, when);
    expect(later.day).toBe('2020-12-31');
    expect(later.water).toEqual(defaultPolicy.water[0]?.value);
    expect(later).toBe(valuesInForce(policy, '2020-12-31'));
  });
});
