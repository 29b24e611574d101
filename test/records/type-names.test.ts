import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What an editor shows on hover is the checker's `typeToString`: it must read `Household`,
// `ValidationResult<Household>`, `HouseholdAssessment`, not the 40-line object (issue 16).
const index = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

const APP = `
import { HouseholdSchema, LedgerEntrySchema, MemberSchema, applyEvent, assessHousehold, exitBlockers, rollup, validate } from ${JSON.stringify(index)};
declare const input: unknown;
export const parsed = validate(HouseholdSchema, input);
if (!parsed.ok) throw new Error('invalid');
export const household = parsed.value;
export const members = household.members.map((m) => m);
export const member = validate(MemberSchema, input);
export const assessment = assessHousehold(household, { asOf: '2020-12-31' });
export const entry = validate(LedgerEntrySchema, input);
if (!entry.ok) throw new Error('invalid');
export const applied = applyEvent(entry.value, input);
export const rows = rollup([household], [assessment], { level: 'county' });
export const blockers = exitBlockers({ code: '522601', western: true }, [household], [assessment], { villages: [] });
`;

describe('type names on hover', () => {
  it('shows the results by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-hover-'));
    const file = join(dir, 'app.ts');
    writeFileSync(file, APP);
    const program = ts.createProgram([file], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(file) as ts.SourceFile;
    const shown: Record<string, string> = {};
    source.forEachChild(function visit(node) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        shown[node.name.text] = checker.typeToString(checker.getTypeAtLocation(node.name));
      }
      node.forEachChild(visit);
    });
    expect(ts.getPreEmitDiagnostics(program, source).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    expect(shown).toEqual({
      input: 'unknown',
      parsed: 'ValidationResult<Household>',
      household: 'Household',
      members: 'Member[]',
      member: 'ValidationResult<Member>',
      assessment: 'HouseholdAssessment',
      entry: 'ValidationResult<LedgerEntry>',
      applied: 'ApplyEventResult',
      rows: 'readonly RollupRow[]',
      blockers: 'ExitBlockers',
    });
  });
});
