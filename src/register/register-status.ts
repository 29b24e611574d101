import { registerMessage } from './catalog';
import type { HouseholdStatus, PolicySupport } from '../household/schema';
import { registerValue, normalise, unknownValueEvidence, type RegisterValueResult } from './register-value';

/** The record fields a register 脱贫状态 stands for. */
export interface RegisterStatus {
  readonly status: HouseholdStatus;
  readonly policySupport?: PolicySupport;
}

const CODES: Readonly<Record<string, RegisterStatus>> = {
  '0': { status: 'poor' },
  '1': { status: 'exited', policySupport: 'continuing' },
  '3': { status: 'returned' },
  '4': { status: 'exited', policySupport: 'ended' },
};

const WORDINGS: Readonly<Record<string, RegisterStatus>> = {
  [normalise('已脱贫（享受政策）')]: CODES['1'] as RegisterStatus,
  [normalise('脱贫（享受政策）')]: CODES['1'] as RegisterStatus,
  [normalise('享受政策')]: CODES['1'] as RegisterStatus,
  [normalise('已脱贫（不再享受政策）')]: CODES['4'] as RegisterStatus,
  [normalise('脱贫（不再享受政策）')]: CODES['4'] as RegisterStatus,
  [normalise('不再享受政策')]: CODES['4'] as RegisterStatus,
  [normalise('稳定脱贫')]: CODES['4'] as RegisterStatus,
};

/**
 * Reads the register's 脱贫状态 into `status` and, for an exited household, `policySupport`: the
 * codes `0` 未脱贫, `1` 已脱贫（享受政策）, `3` 返贫, `4` 已脱贫（不再享受政策）, their wordings
 * (full- or half-width brackets), the plain wordings 未脱贫 / 已脱贫 / 返贫 / 监测户 and the
 * identifiers (`Exited`). A plain 已脱贫 leaves `policySupport` out.
 * 读取登记系统的脱贫状态：代码 0/1/3/4 及其写法，返回 status 与（已脱贫户的）policySupport。
 *
 * @param raw - the register cell
 * @returns `{ ok: true, value: { status, policySupport? } }` or `{ ok: false, code, message }`
 * @example
 * registerStatus('已脱贫（享受政策）') //=> { ok: true, value: { status: 'exited', policySupport: 'continuing' } }
 * registerStatus(4) //=> { ok: true, value: { status: 'exited', policySupport: 'ended' } }
 * registerStatus('Exited') //=> { ok: true, value: { status: 'exited' } }
 * registerStatus('2').ok //=> false
 */
export function registerStatus(raw: string | number): RegisterValueResult<RegisterStatus> {
  const key = normalise(String(raw));
  const known = CODES[key] ?? WORDINGS[key];
  if (known !== undefined) return { ok: true, value: known };
  const plain = registerValue('status', raw);
  if (!plain.ok) {
    return plain.code === 'register/empty' ? plain : { ok: false, code: plain.code, message: registerMessage('register/unknown-status', unknownValueEvidence('status')) };
  }
  return { ok: true, value: { status: plain.value } };
}
