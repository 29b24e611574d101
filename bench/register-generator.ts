// Deterministic four-member households for the audit benchmarks: household `i` of snapshot
// `version` (0 = before, 1 = after: one household in ten changes its status or income, one in
// fifty loses a member to the next household). Ids are zero-padded so that string order is
// numeric order (the sorted, streaming diff). No Math.random.
import { idNumberCheckCharacter, type Household, type Member } from '../src/index';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function id(i: number, m: number, year: number): string {
  const month = 1 + ((i * 7 + m) % 12);
  const day = 1 + ((i * 13 + m) % 28);
  // Unique per household and member whatever the birth date: k = 4i + m spread over the last
  // four digits of the address code and the three of the sequence.
  const k = i * 4 + m;
  const first17 = `52${pad(Math.floor(k / 1000) % 10000, 4)}${year}${pad(month, 2)}${pad(day, 2)}${pad(k % 1000, 3)}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** Household `i` of the register, as `version` 0 (before) or 1 (after). */
export function makeHousehold(i: number, version: 0 | 1): Household {
  const base = 1960 + (i % 25);
  const members: Member[] = [
    { idNumber: id(i, 0, base), name: '示例甲', relation: 'head', medicalInsurance: true },
    { idNumber: id(i, 1, base + 2), name: '示例乙', relation: 'spouse', medicalInsurance: true },
    { idNumber: id(i, 2, 2006 + (i % 8)), name: '示例丙', relation: 'child', schooling: 'enrolled', medicalInsurance: true },
    { idNumber: id(i, 3, 2008 + (i % 6)), name: '示例丁', relation: 'child', schooling: 'enrolled', medicalInsurance: i % 50 !== 0 },
  ];
  const changed = version === 1 && i % 10 === 3;
  const leaves = version === 1 && i % 50 === 7;
  return {
    id: `H${pad(i, 8)}`,
    villageCode: `5226011${pad(1 + (i % 9), 2)}2${pad(1 + (i % 20), 2)}`,
    status: changed ? 'returned' : i % 10 === 0 ? 'poor' : 'exited',
    members: leaves ? members.slice(0, 3) : members,
    income: { year: 2020, wage: changed ? 6000 : 16000 + (i % 9000), transfer: 1200.5, productionCosts: 300 },
    foodSecure: true,
    clothingSecure: true,
    housing: { grade: i % 20 === 0 ? 'C' : 'B', renovation: 'accepted' },
    water: { litresPerPersonPerDay: 50, piped: true, interruptionDaysPerYear: 5, qualityOk: true },
  };
}
