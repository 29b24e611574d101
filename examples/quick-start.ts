// A short tour of tuopin on a fictional household: validate an untrusted record, read the
// policy tables and the codes. Run with `npx tsx examples/quick-start.ts` (`npm run example` runs
// the `tuopin demo` command instead).
import {
  defaultPolicy,
  HouseholdSchema,
  idNumberCheckCharacter,
  maskIdNumber,
  parseDivisionCode,
  povertyLineFor,
  sumYuanToFen,
  validate,
  yuanToFen,
} from '../src/index';

function fictionalId(first17: string): string {
  return first17 + idNumberCheckCharacter(first17);
}

const record: unknown = {
  id: 'DEMO-0001',
  villageCode: '522601101201',
  status: 'exited',
  members: [
    { idNumber: fictionalId('52260119800101001'), name: '示例甲', relation: 'head', medicalInsurance: true },
    { idNumber: fictionalId('52260120130501002'), name: '示例乙', relation: 'child', schooling: 'enrolled' },
  ],
  income: { year: 2020, wage: 6230.02, transfer: 1769.98 },
  foodSecure: true,
  clothingSecure: true,
};

const parsed = validate(HouseholdSchema, record);
if (!parsed.ok) {
  for (const issue of parsed.issues) console.log(issue.path.join('.'), issue.message['zh-CN'], '/', issue.message.en);
  process.exit(1);
}
const household = parsed.value;
const line = povertyLineFor(household.income?.year ?? 0, defaultPolicy);
const incomeFen = sumYuanToFen([household.income?.wage ?? 0, household.income?.transfer ?? 0]);
const members = household.members.length;

console.log('村 / village:', parseDivisionCode(household.villageCode));
console.log('户主 / head:', maskIdNumber(household.members[0]!.idNumber));
console.log(`收入 / income: ${incomeFen / 100} 元 for ${members} persons; line ${line} 元/人`);
if (line !== undefined) {
  // Exact: compare totals in fen, never divide.
  const above = incomeFen > yuanToFen(line) * members;
  console.log(above ? '人均收入高于贫困线 / above the line' : '人均收入未高于贫困线 / not above the line');
}
