import { registerMessage } from './catalog';
import { normalise, type RegisterValueResult } from './register-value';

const TRUE = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '已参加', '参加', '已享受', '享受', '安全', '困难', '通']);
const FALSE = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '×', '✗', '未参加', '不参加', '未享受', '不安全', '不困难', '未通', '不通']);

/**
 * Reads a register yes/no cell (`是` / `否`, `有` / `无`, `Y` / `N`, `1` / `0`, `已参加` / `未参加`,
 * `√` / `×` …) into a boolean. 读取登记系统的“是/否”类取值。
 *
 * @param raw - the register cell, or a boolean
 * @returns `{ ok: true, value }` or `{ ok: false, code, message }`
 * @example
 * registerBoolean('是') //=> { ok: true, value: true }
 * registerBoolean('无') //=> { ok: true, value: false }
 * registerBoolean('也许').ok //=> false
 */
export function registerBoolean(raw: string | number | boolean): RegisterValueResult<boolean> {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  const key = normalise(String(raw));
  if (key === '') return { ok: false, code: 'register/empty', message: registerMessage('register/empty-finding') };
  if (TRUE.has(key)) return { ok: true, value: true };
  if (FALSE.has(key)) return { ok: true, value: false };
  return {
    ok: false,
    code: 'register/unknown-value',
    message: registerMessage('register/unknown-finding'),
  };
}
