import { REGION_ERRORS } from './catalog';
import { catalogError, given } from '../reasons/catalog-error';

/**
 * @internal Throws unless `value` is a whole, non-negative, safe number (a count of persons or
 * households). `code` is the error code, `name` the argument named in the message.
 */
export function assertCount(value: unknown, name: string, code: string): asserts value is number {
  // Stryker disable next-line ConditionalExpression: Number.isSafeInteger is already false for anything but a number
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw catalogError(REGION_ERRORS, 'region/not-a-count', { field: name, given: given(value) }, { code });
  }
}
