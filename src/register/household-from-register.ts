import { registerMessage } from './catalog';
import type { HouseholdInput } from '../household/schema';
import type { Message } from '../reasons/types';
import { isCalendarDate } from '../calendar/calendar-date';
import {
  REGISTER_HOUSEHOLD_FIELDS,
  REGISTER_MEMBER_FIELDS,
  type RegisterField,
  type RegisterHouseholdField,
  type RegisterMemberField,
} from './register-fields';
import { registerBoolean } from './register-boolean';
import { registerStatus } from './register-status';
import { normalise, registerValue, type RegisterValueOptions } from './register-value';

/** A register cell as a reader hands it over. 登记表单元格。 */
export type RegisterCell = string | number | boolean | null | undefined;

/**
 * One row of a register export (one member), keyed by record field: the household fields
 * (`REGISTER_HOUSEHOLD_FIELDS`, e.g. `income.perCapita`) and the member fields
 * (`REGISTER_MEMBER_FIELDS`, e.g. `relation`). A reader maps the export's column names onto
 * these keys (each field's register column name is given in those tables). 登记表的一行（一名成员）。
 */
export type RegisterRow = Readonly<Partial<Record<RegisterHouseholdField | RegisterMemberField, RegisterCell>>>;

/** A cell that could not be read: the row, the field and why; the cell itself is never repeated. */
export interface RegisterIssue {
  /** Index of the row in the rows given. */
  readonly row: number;
  readonly field: string;
  readonly code: string;
  readonly message: Message;
}

/** Options of {@link householdFromRegister}. */
export interface HouseholdFromRegisterOptions extends RegisterValueOptions {
  /** The income year when the rows carry no `income.year` (an export holds one year's figures). 收入年度。 */
  readonly incomeYear?: number | undefined;
  /** The village code when the rows carry none (exports often name places instead). 村代码。 */
  readonly villageCode?: string | undefined;
}

/** The result of {@link householdFromRegister}. */
export type HouseholdFromRegisterResult =
  | { readonly ok: true; readonly value: HouseholdInput }
  | { readonly ok: false; readonly issues: readonly RegisterIssue[] };

type Read = { ok: true; value: unknown } | { ok: false; code: string; message: Message };

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function readNumber(cell: string, integer: boolean, yuan: boolean): Read {
  const text = normalise(cell).replace(/,/g, '').replace(/元$|亩$|平方米$|㎡$|m2$|个月$|月$|人$/, '');
  if (!NUMBER.test(text) || (integer && text.includes('.')) || (yuan && /\.\d{3,}$/.test(text))) {
    return {
      ok: false,
      code: 'register/not-a-number',
      message: registerMessage(yuan ? 'register/not-an-amount' : integer ? 'register/not-an-integer' : 'register/not-a-number'),
    };
  }
  return { ok: true, value: Number(text) };
}

function readDate(cell: string): Read {
  const text = normalise(cell);
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(text);
  const date = m === null ? '' : `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  if (!isCalendarDate(date)) {
    return { ok: false, code: 'register/not-a-date', message: registerMessage('register/not-a-date') };
  }
  return { ok: true, value: date };
}

function read(field: RegisterField, raw: Exclude<RegisterCell, null | undefined>, options: RegisterValueOptions): Read {
  const kind = field.kind;
  if (typeof raw === 'boolean' && kind.type !== 'boolean') {
    return { ok: false, code: 'register/unknown-value', message: registerMessage('register/wrong-type') };
  }
  const cell = String(raw);
  switch (kind.type) {
    case 'text':
    case 'division-code':
      return { ok: true, value: cell.normalize('NFKC').trim() };
    case 'status':
      return registerStatus(cell);
    case 'enum':
      return registerValue(kind.enum, cell, options);
    case 'enum-list': {
      const values: unknown[] = [];
      for (const part of cell.split(/[,，、;；/]/)) {
        if (part.trim() === '') continue;
        const one = registerValue(kind.enum, part, options);
        if (!one.ok) return one;
        if (!values.includes(one.value)) values.push(one.value);
      }
      return { ok: true, value: values };
    }
    case 'boolean':
      return registerBoolean(raw);
    case 'yuan':
      return readNumber(cell, false, true);
    case 'number':
      return readNumber(cell, false, false);
    case 'integer':
      return readNumber(cell, true, false);
    case 'date':
      return readDate(cell);
  }
}

function blank(cell: RegisterCell): cell is null | undefined {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Builds one household record from the register's rows of its members (one row a member, the
 * household's fields repeated on each row, as the national system exports them): every cell is
 * read from the register's wording into the record's value (`之子` → `son`, `1` →
 * `exited` + `policySupport: 'continuing'`, `是` → `true`, `3,200.5` → `3200.5`), blank cells are
 * left out, the household fields are taken from the first row that has them, and one
 * responsible person is built from the 帮扶责任人 columns. The result is the record as an
 * application writes it: validate it with `validate(HouseholdSchema, value)`. Pure: no I/O.
 * 由一户各成员的登记行构建户记录：逐格把登记写法转换为记录值，空格不记，户级字段取首个有值的行。
 * 结果仍需用 HouseholdSchema 校验。不回显任何单元格内容。
 *
 * @param rows - the household's rows, keyed by record field (see `REGISTER_HOUSEHOLD_FIELDS`,
 *   `REGISTER_MEMBER_FIELDS`)
 * @param options - `incomeYear` and `villageCode` when the rows lack them; `povertyAttributeCodes`
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`, each issue naming the row and field
 * @example
 * householdFromRegister([
 *   { id: 'H1', status: '1', 'income.perCapita': '5210.5', 'water.safe': '是',
 *     idNumber: '522601198001010011', name: '张三', relation: '户主', medicalInsurance: '是' },
 *   { idNumber: '522601201005200314', name: '张小', relation: '之子', studentStatus: '小学五年级' },
 * ], { incomeYear: 2020, villageCode: '522601101201' })
 * //=> { ok: true, value: { id: 'H1', villageCode: '522601101201', status: 'exited', policySupport: 'continuing',
 * //     income: { year: 2020, perCapita: 5210.5 }, water: { safe: true }, members: [ … ] } }
 */
export function householdFromRegister(rows: readonly RegisterRow[], options: HouseholdFromRegisterOptions = {}): HouseholdFromRegisterResult {
  const issues: RegisterIssue[] = [];
  const household: Record<string, unknown> = {};
  const nested: Record<string, Record<string, unknown>> = {};
  const members: Record<string, unknown>[] = [];
  const householdFields = Object.entries(REGISTER_HOUSEHOLD_FIELDS) as [RegisterHouseholdField, RegisterField][];
  const memberFields = Object.entries(REGISTER_MEMBER_FIELDS) as [RegisterMemberField, RegisterField][];
  rows.forEach((row, index) => {
    for (const [key, field] of householdFields) {
      const cell = row[key];
      if (blank(cell)) continue;
      const dot = key.indexOf('.');
      const group = dot < 0 ? undefined : key.slice(0, dot);
      const name = dot < 0 ? key : key.slice(dot + 1);
      const target = group === undefined ? household : (nested[group] ??= {});
      if (name in target || (key === 'status' && 'status' in household)) continue;
      const result = read(field, cell, options);
      if (!result.ok) {
        issues.push({ row: index, field: key, code: result.code, message: prefix(key, field, result.message) });
        continue;
      }
      if (field.kind.type === 'status') {
        const status = result.value as { status: string; policySupport?: string };
        household.status = status.status;
        if (status.policySupport !== undefined) household.policySupport = status.policySupport;
      } else target[name] = result.value;
    }
    const member: Record<string, unknown> = {};
    for (const [key, field] of memberFields) {
      const cell = row[key];
      if (blank(cell)) continue;
      const result = read(field, cell, options);
      if (!result.ok) issues.push({ row: index, field: key, code: result.code, message: prefix(key, field, result.message) });
      else member[key] = result.value;
    }
    members.push(member);
  });
  if (issues.length > 0) return { ok: false, issues };
  if (household.villageCode === undefined && options.villageCode !== undefined) household.villageCode = options.villageCode;
  const { responsiblePerson, income, ...groups } = nested;
  if (income !== undefined) {
    const withYear = { ...income };
    if (withYear.year === undefined && options.incomeYear !== undefined) withYear.year = options.incomeYear;
    household.income = withYear;
  }
  for (const [group, value] of Object.entries(groups)) household[group] = value;
  if (responsiblePerson !== undefined) household.responsiblePersons = [responsiblePerson];
  household.members = members;
  return { ok: true, value: household as HouseholdInput };
}

function prefix(key: string, field: RegisterField, message: Message): Message {
  return { 'zh-CN': `${field.name}：${message['zh-CN']}`, en: `${key}: ${message.en}` };
}
