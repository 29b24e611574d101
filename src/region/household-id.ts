import { maskIdNumber } from '../codes/mask-id-number';

const ID_NUMBER_SHAPE = /^(?:\d{15}|\d{17}[\dXx])$/;

/**
 * @internal A household id fit for a message or report: registers sometimes key households by the
 * head's ID number, so an id shaped like one (15 digits, or 17 digits and a check character,
 * whether or not the check character is right) is masked; other ids are shown as they are.
 */
export function displayHouseholdId(id: string): string {
  return ID_NUMBER_SHAPE.test(id) ? maskIdNumber(id) : id;
}
