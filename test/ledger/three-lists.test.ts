import { describe, expect, it } from 'vitest';
import { InvalidDateError, threeLists, type LedgerEntry } from '../../src/index';
import { makeId } from '../fixtures/ids';
import { expectNoMutation } from '../fixtures/no-mutation';
import { baseEntry, closedEntry } from './fixtures';

const { measures: _, ...withoutMeasures } = baseEntry;

const entries: LedgerEntry[] = [
  { ...baseEntry, id: 'L-3', unitCode: '522601101202', responsibleUnit: '水务局', responsiblePerson: '王五', category: 'water', status: 'rectifying', deadline: '2020-03-20' },
  closedEntry('L-2', '2020-02-10', '2020-03-01', '2020-03-31'),
  { ...withoutMeasures, id: 'L-1', deadline: '2020-04-30' },
  { ...baseEntry, id: 'L-4', responsiblePerson: '李四四', deadline: '2020-03-25', source: 'inspection', status: 'awaiting-acceptance' },
];

describe('threeLists', () => {
  it('gives the problem, responsibility and rectification lists (三单), names masked', () => {
    expect(threeLists(entries, { asOf: '2020-03-24T16:30:00Z' })).toEqual({
      problems: [
        { id: 'L-1', unitCode: '522601101201', category: 'housing', source: 'unannounced-visit', description: '危房未改造', status: 'open' },
        { id: 'L-2', unitCode: '522601101201', category: 'housing', source: 'unannounced-visit', description: '危房未改造', status: 'closed' },
        { id: 'L-4', unitCode: '522601101201', category: 'housing', source: 'inspection', description: '危房未改造', status: 'awaiting-acceptance' },
        { id: 'L-3', unitCode: '522601101202', category: 'water', source: 'unannounced-visit', description: '危房未改造', status: 'rectifying' },
      ],
      responsibilities: [
        {
          responsibleUnit: '住建局',
          persons: [
            { responsiblePerson: '李*', entryIds: ['L-1', 'L-2'], unclosed: 1, overdue: 0 },
            { responsiblePerson: '李**', entryIds: ['L-4'], unclosed: 1, overdue: 0 },
          ],
        },
        { responsibleUnit: '水务局', persons: [{ responsiblePerson: '王*', entryIds: ['L-3'], unclosed: 1, overdue: 1 }] },
      ],
      rectifications: [
        { id: 'L-3', measures: '实施危房改造并验收', deadline: '2020-03-20', status: 'rectifying', overdue: true },
        { id: 'L-4', measures: '实施危房改造并验收', deadline: '2020-03-25', status: 'awaiting-acceptance', overdue: false },
        { id: 'L-2', measures: '实施危房改造并验收', deadline: '2020-03-31', status: 'closed', overdue: false },
        { id: 'L-1', measures: null, deadline: '2020-04-30', status: 'open', overdue: false },
      ],
    });
  });

  it('does not depend on the input order and never shows a raw name', () => {
    const lists = threeLists(entries, { asOf: '2020-03-26' });
    expect(threeLists([...entries].reverse(), { asOf: '2020-03-26' })).toEqual(lists);
    const text = JSON.stringify(lists);
    for (const name of ['李四', '王五', '李四四']) expect(text).not.toContain(name);
    expect(lists.rectifications.filter((r) => r.overdue).map((r) => r.id)).toEqual(['L-3', 'L-4']);
  });

  it('masks entry ids that hold an ID number or a name, keeping the order of the ids as they are (regression)', () => {
    const idNumber = makeId('522601', '1975-06-01', 31);
    const keyed: LedgerEntry[] = [
      { ...baseEntry, id: `${idNumber}-housing` },
      { ...baseEntry, id: `${idNumber}-food`, deadline: '2020-03-30' },
      { ...baseEntry, id: '张三家-water', deadline: '2020-03-29' },
      { ...baseEntry, id: 'L-9' },
    ];
    const masked = `5226************${idNumber.slice(-2)}`;
    const lists = threeLists(keyed, { asOf: '2020-03-26' });
    expect(lists.problems.map((p) => p.id)).toEqual([`${masked}-food`, `${masked}-housing`, 'L-9', '张********']);
    expect(lists.responsibilities[0]?.persons[0]?.entryIds).toEqual([`${masked}-food`, `${masked}-housing`, 'L-9', '张********']);
    expect(lists.rectifications.map((r) => r.id)).toEqual(['张********', `${masked}-food`, `${masked}-housing`, 'L-9']);
    const text = JSON.stringify(lists);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain('张三');
    expect(threeLists([...keyed].reverse(), { asOf: '2020-03-26' })).toEqual(lists);
  });

  it('works without options, as threeLists(entries), leaving the overdue counts and flags out (regression)', () => {
    const withDay = threeLists(entries, { asOf: '2020-03-26' });
    const withoutOverdue = {
      problems: withDay.problems,
      responsibilities: withDay.responsibilities.map((unit) => ({
        ...unit,
        persons: unit.persons.map(({ overdue: _o, ...person }) => person),
      })),
      rectifications: withDay.rectifications.map(({ overdue: _o, ...row }) => row),
    };
    expect(threeLists(entries)).toEqual(withoutOverdue);
    expect(threeLists(entries, {})).toEqual(withoutOverdue);
    expect(threeLists(entries, { asOf: undefined })).toEqual(withoutOverdue);
    for (const row of threeLists(entries).rectifications) expect(Object.keys(row)).not.toContain('overdue');
    expect(threeLists(entries).responsibilities[1]).toEqual({
      responsibleUnit: '水务局',
      persons: [{ responsiblePerson: '王*', entryIds: ['L-3'], unclosed: 1 }],
    });
  });

  it('gives empty lists for an empty ledger and throws on a bad date', () => {
    expect(threeLists([], { asOf: '2020-03-26' })).toEqual({ problems: [], responsibilities: [], rectifications: [] });
    expect(() => threeLists(entries, { asOf: '2020-03-32' })).toThrow(InvalidDateError);
  });

  it('does not mutate its input', () => {
    expectNoMutation(entries, (input) => threeLists(input, { asOf: '2020-03-26' }));
  });
});
