import { readFile } from 'node:fs/promises';
import { definePolicy, type PolicyOverrides } from '../policy/define-policy';
import { defaultPolicy } from '../policy/default-policy';
import type { Policy } from '../policy/schema';
import { VillageSchema, type Village } from '../region/schema';
import { issuesMessage, validate } from '../validation/issues';
import { PolicyError } from '../errors';
import { TABLE_CATALOG } from './tables/catalog';
import type { ZodType } from 'zod';
import { VILLAGE_COLUMNS } from './columns';
import { InputError } from './input-error';
import { nodeMessageWith } from './messages';
import type { Message } from '../reasons/types';
import { jsonErrorDetail } from './json-error';
import { readRecords } from './read-records';

/**
 * Reads a policy file: a JSON object of overrides for {@link definePolicy}.
 * @throws {InputError} when the file cannot be read or the overrides are invalid
 */
export async function loadPolicy(file: string | undefined): Promise<Policy> {
  if (file === undefined) return defaultPolicy;
  let overrides: PolicyOverrides;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw InputError.of(file, 'read/cannot-read', { reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  try {
    overrides = JSON.parse(text) as PolicyOverrides;
  } catch (error) {
    throw InputError.of(file, 'read/policy-json', jsonErrorDetail(error));
  }
  try {
    return definePolicy(overrides);
  } catch (error) {
    // definePolicy throws PolicyError only, with the problems rendered in each locale.
    if (error instanceof PolicyError && error.localized !== undefined) throw new InputError(file, nodeMessageWith('read/invalid-policy', error.localized), undefined, 'read/invalid-policy');
    throw error;
  }
}

const WHOLE_RECORD: Message = TABLE_CATALOG.message('line/record', {});

function describeIssues(issues: Parameters<typeof issuesMessage>[0]): Message {
  return issuesMessage(issues, WHOLE_RECORD);
}

/**
 * Reads every record of a reference file (villages, ledger entries) and validates it. A reference
 * table with a bad record is unusable: the first bad record stops the command.
 * @throws {InputError} naming the file, the row and the field of the first bad record
 */
export async function loadValid<T>(
  file: string,
  schema: ZodType<T>,
  options: Parameters<typeof readRecords>[1] = {},
): Promise<T[]> {
  const out: T[] = [];
  for await (const item of readRecords(file, options)) {
    if (item.issues !== undefined) throw new InputError(file, nodeMessageWith('read/invalid-reference', describeIssues(item.issues)), item.row, 'read/invalid-reference');
    const result = validate(schema, item.record);
    if (!result.ok) throw new InputError(file, nodeMessageWith('read/invalid-reference', describeIssues(result.issues)), item.row, 'read/invalid-reference');
    out.push(result.value);
  }
  return out;
}

/** Reads a village table (CSV, XLSX, JSON or NDJSON). 读取村表。 */
export function loadVillages(file: string): Promise<Village[]> {
  return loadValid(file, VillageSchema, { columns: VILLAGE_COLUMNS, groupMembers: false });
}
