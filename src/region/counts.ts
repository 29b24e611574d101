import { DomainError } from '../errors';

/**
 * @internal Throws unless `value` is a whole, non-negative, safe number (a count of persons or
 * households). `code` is the error code, `name` the argument named in the message.
 */
export function assertCount(value: unknown, name: string, code: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new DomainError(code, `${name} must be a whole number of zero or more, got ${String(value)} / ${name} 必须为非负整数`);
  }
}
