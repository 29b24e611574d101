import { readFile } from 'node:fs/promises';
import { definePolicy, type PolicyOverrides } from '../policy/define-policy';
import { defaultPolicy } from '../policy/default-policy';
import type { Policy } from '../policy/schema';
import { VillageSchema, type Village } from '../region/schema';
import { validate } from '../validation/issues';
import type { ZodType } from 'zod';
import { VILLAGE_COLUMNS } from './columns';
import { InputError } from './input-error';
import { jsonErrorDetail, readRecords, type SourceItem } from './read-records';

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
    throw new InputError(file, `cannot read the policy / 无法读取政策文件 (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    overrides = JSON.parse(text) as PolicyOverrides;
  } catch (error) {
    throw new InputError(file, `the policy is not valid JSON / 政策文件不是合法的 JSON: ${jsonErrorDetail(error)}`);
  }
  try {
    return definePolicy(overrides);
  } catch (error) {
    throw new InputError(file, (error as Error).message);
  }
}

function describeIssues(item: SourceItem, issues: readonly { path: readonly (string | number)[]; message: { en: string } }[]): string {
  return issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message.en}`).join('; ');
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
    if (item.issues !== undefined) throw new InputError(file, describeIssues(item, item.issues), item.row);
    const result = validate(schema, item.record);
    if (!result.ok) throw new InputError(file, describeIssues(item, result.issues), item.row);
    out.push(result.value);
  }
  return out;
}

/** Reads a village table (CSV, XLSX, JSON or NDJSON). 读取村表。 */
export function loadVillages(file: string): Promise<Village[]> {
  return loadValid(file, VillageSchema, { columns: VILLAGE_COLUMNS, groupMembers: false });
}
