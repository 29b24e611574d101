/**
 * Masks a phone number: keeps the first 3 and the last 4 digits of an 11-digit mobile number
 * (`138****5678`); shorter numbers keep only their last 2 digits.
 * 电话号码脱敏：手机号保留前 3 位和后 4 位。
 *
 * @example
 * maskPhone('13812345678') //=> '138****5678'
 */
export function maskPhone(phone: string): string {
  const s = String(phone).replace(/\s+/g, '');
  if (s.length >= 11) return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
  if (s.length <= 2) return '*'.repeat(s.length);
  return '*'.repeat(s.length - 2) + s.slice(-2);
}
