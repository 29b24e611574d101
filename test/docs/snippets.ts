// Doc examples as tests: extracts the executable snippets of README.md, docs/*.md and the JSDoc
// `@example`s of src/, turns every `//=>` claim into a check, and runs them.
// The convention is documented in docs/testing.md; keep the two in step.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { inspect } from 'node:util';
import ts from 'typescript';

export interface Snippet {
  /** `docs/rules.md:12` or `src/units/fen-to-yuan.ts:10`: where the snippet starts. */
  readonly where: string;
  readonly kind: 'markdown' | 'jsdoc';
  /** The absolute path of the file the snippet is in. */
  readonly file: string;
  readonly code: string;
  /** 1-based line of the snippet's first line in its file. */
  readonly line: number;
  /** Markdown only: the page's earlier `ts setup` blocks and the imports of its earlier ts blocks. */
  readonly prelude: readonly string[];
}

export const CLAIM = '//=>';

const root = join(import.meta.dirname, '..', '..');
const nodeRequire = createRequire(import.meta.url);

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

/**
 * The fenced ```ts / ```typescript blocks of a Markdown text, with their first line (1-based);
 * `setup` for a block fenced ```ts setup.
 */
export function markdownBlocks(text: string): { code: string; line: number; setup: boolean }[] {
  const lines = text.split('\n');
  const blocks: { code: string; line: number; setup: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+)\s*(ts|typescript)(\s+setup)?\s*$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(fence)) body.push(lines[j++]!);
    blocks.push({ code: body.join('\n'), line: i + 2, setup: open[4] !== undefined });
    i = j;
  }
  return blocks;
}

/** The `@example` sections of the JSDoc comments of a TypeScript source, leading ` * ` removed. */
export function jsdocExamples(text: string): { code: string; line: number }[] {
  const examples: { code: string; line: number }[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const start = text.slice(0, comment.index).split('\n').length;
    const lines = comment[0].split('\n').map((l) => l.replace(/^\s*\/?\*\*?\/?( ?)/, '').replace(/\s*\*\/$/, ''));
    for (let i = 0; i < lines.length; i++) {
      if (!/^@example\b/.test(lines[i]!)) continue;
      const body: string[] = [];
      const first = lines[i]!.replace(/^@example\s*/, '');
      if (first) body.push(first);
      let j = i + 1;
      while (j < lines.length && !/^@\w/.test(lines[j]!)) body.push(lines[j++]!);
      examples.push({ code: body.join('\n').replace(/\s+$/, ''), line: start + i + (first ? 0 : 1) });
      i = j - 1;
    }
  }
  return examples;
}

/** Every executable snippet: a ts block or an `@example` with at least one `//=>` line. */
export function collectSnippets(): Snippet[] {
  const snippets: Snippet[] = [];
  const docs = [join(root, 'README.md'), ...filesUnder(join(root, 'docs'), /\.md$/)];
  for (const file of docs) {
    const prelude: string[] = [];
    for (const block of markdownBlocks(readFileSync(file, 'utf8'))) {
      if (block.setup) {
        prelude.push(block.code);
        continue;
      }
      if (block.code.includes(CLAIM)) {
        snippets.push({ where: `${relative(root, file)}:${block.line}`, kind: 'markdown', file, code: block.code, line: block.line, prelude: [...prelude] });
      }
      prelude.push(...importDeclarations(block.code));
    }
  }
  for (const file of filesUnder(join(root, 'src'), /\.ts$/)) {
    for (const example of jsdocExamples(readFileSync(file, 'utf8'))) {
      if (!example.code.includes(CLAIM)) continue;
      snippets.push({ where: `${relative(root, file)}:${example.line}`, kind: 'jsdoc', file, code: example.code, line: example.line, prelude: [] });
    }
  }
  return snippets;
}

function importDeclarations(code: string): string[] {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true);
  return source.statements.filter(ts.isImportDeclaration).map((s) => s.getText(source));
}

/** Marks `…` in an expected value: any value, the rest of an object or of an array. */
export const ELLIPSIS: unique symbol = Symbol('…');

/**
 * The expected text of a claim made JavaScript: `…` outside strings becomes `__ELLIPSIS__`
 * (`{ a: 1, … }` → `{ a: 1, __ELLIPSIS__ }`), and a ` // note` after the value is dropped.
 */
export function expectedSource(text: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      break;
    } else if (c === '…') {
      out += '__ELLIPSIS__';
    } else out += c;
  }
  return out.trim();
}

interface Claim {
  /** 0-based line of the claim in the snippet. */
  readonly line: number;
  readonly expected: string;
}

/** The claims of a snippet: each `//=>` line and its continuation lines (`//` + 2 spaces). */
export function claims(code: string): { offset: number; line: number; expected: string }[] {
  const lines = code.split('\n');
  const found: { offset: number; line: number; expected: string }[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const at = text.indexOf(CLAIM);
    if (at >= 0) {
      const parts = [text.slice(at + CLAIM.length)];
      let j = i + 1;
      while (j < lines.length && /^\s*\/\/ {2,}\S/.test(lines[j]!) && !lines[j]!.includes(CLAIM)) {
        parts.push(lines[j]!.replace(/^\s*\/\//, ''));
        j++;
      }
      found.push({ offset: offset + at, line: i, expected: parts.join('\n') });
    }
    offset += text.length + 1;
  }
  return found;
}

/**
 * The snippet rewritten so that each claim checks the value its statement gives: the logged
 * value for a statement that calls `console.log`, the declared value for a `const`, else the
 * expression's value. `__check(n, actual, () => expected)` is called for claim n.
 */
export function instrument(code: string): { code: string; claims: Claim[] } {
  const source = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022, true);
  const found = claims(code);
  const edits: { start: number; end: number; text: string }[] = [];
  const out: Claim[] = [];
  found.forEach((claim, n) => {
    const statement = statementBefore(source, claim.offset);
    if (!statement) throw new Error(`line ${claim.line + 1}: a //=> claim with no statement before it`);
    const expected = `() => (${expectedSource(claim.expected)})`;
    out.push({ line: claim.line, expected: claim.expected.trim() });
    const logs: ts.CallExpression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'console.log') logs.push(node);
      else ts.forEachChild(node, visit);
    };
    visit(statement);
    if (logs.length > 0) {
      for (const call of logs) {
        const args = call.arguments.map((a) => a.getText(source)).join(', ');
        edits.push({ start: call.getStart(source), end: call.getEnd(), text: `__check(${n}, ${expected}, ${args})` });
      }
    } else if (ts.isExpressionStatement(statement)) {
      const e = statement.expression;
      edits.push({ start: e.getStart(source), end: e.getEnd(), text: `__check(${n}, ${expected}, (${e.getText(source)}))` });
    } else if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
      const name = statement.declarationList.declarations[0]!.name;
      if (!ts.isIdentifier(name)) throw new Error(`line ${claim.line + 1}: //=> after a destructuring declaration`);
      edits.push({ start: statement.getEnd(), end: statement.getEnd(), text: `\n__check(${n}, ${expected}, ${name.text});` });
    } else {
      throw new Error(`line ${claim.line + 1}: a //=> claim must follow an expression, a console.log or a const`);
    }
  });
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return { code: result, claims: out };
}

/**
 * The statement a claim at `offset` is about: of the statements ending before it, at any depth (a
 * claim inside a loop body is about the body's statement), the one ending last; on a tie, the
 * outermost (`if (…) console.log(x); //=> …` is about the `if`).
 */
function statementBefore(source: ts.SourceFile, offset: number): ts.Statement | undefined {
  let best: ts.Statement | undefined;
  const visit = (node: ts.Node): void => {
    const isStatement = ts.isSourceFile(node.parent) || ts.isBlock(node.parent) || ts.isExpressionStatement(node) || ts.isVariableStatement(node);
    if (isStatement && node.getEnd() <= offset && (best === undefined || node.getEnd() > best.getEnd())) best = node as ts.Statement;
    if (node.getStart(source) < offset) ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return best;
}

/**
 * Compiles instrumented TypeScript to a function body: imports become `require` (CommonJS) and
 * the rest runs inside an async function, so that top-level `await` and `for await` work.
 */
export function compile(code: string): string {
  const source = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022, true);
  const imports = source.statements.filter(ts.isImportDeclaration);
  const rest = source.statements.filter((s) => !ts.isImportDeclaration(s));
  const body = rest.length === 0 ? '' : code.slice(rest[0]!.getFullStart(), rest[rest.length - 1]!.getEnd());
  const wrapped = `${imports.map((i) => i.getText(source)).join('\n')}\nexport async function __snippet() {\n${body}\n}\n`;
  const { outputText, diagnostics } = ts.transpileModule(wrapped, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false },
  });
  if (diagnostics && diagnostics.length > 0) {
    throw new Error(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  }
  return `${outputText}\nreturn __snippet();`;
}

/** Where `actual` departs from `expected` (`…` = anything / the rest), or undefined if it does not. */
export function mismatch(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (expected === ELLIPSIS) return undefined;
  if (typeof expected === 'string') {
    if (actual === expected) return undefined;
    if (expected.endsWith('…') && typeof actual === 'string' && actual.startsWith(expected.slice(0, -1))) return undefined;
    return `${path}: expected ${inspect(expected)}, got ${inspect(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${inspect(actual, { depth: 1 })}`;
    const open = expected.length > 0 && expected[expected.length - 1] === ELLIPSIS;
    const items = open ? expected.slice(0, -1) : expected;
    if (items.includes(ELLIPSIS)) return `${path}: … is allowed only as the last element`;
    if (open ? actual.length < items.length : actual.length !== items.length) {
      return `${path}: expected ${open ? 'at least ' : ''}${items.length} elements, got ${actual.length}`;
    }
    for (let i = 0; i < items.length; i++) {
      const m = mismatch(actual[i], items[i], `${path}[${i}]`);
      if (m) return m;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object' && Object.getPrototypeOf(expected) === Object.prototype) {
    if (actual === null || typeof actual !== 'object') return `${path}: expected an object, got ${inspect(actual)}`;
    const record = expected as Record<string, unknown>;
    const open = '__ELLIPSIS__' in record;
    const keys = Object.keys(record).filter((k) => k !== '__ELLIPSIS__' && record[k] !== undefined);
    const given = Object.keys(actual).filter((k) => (actual as Record<string, unknown>)[k] !== undefined);
    for (const key of keys) {
      // `in`, not own enumerable keys: a message rendered on first read is a getter.
      if (!(key in actual) || (actual as Record<string, unknown>)[key] === undefined) return `${path}.${key}: missing`;
      const m = mismatch((actual as Record<string, unknown>)[key], record[key], `${path}.${key}`);
      if (m) return m;
    }
    if (!open) {
      const extra = given.filter((k) => !keys.includes(k));
      if (extra.length > 0) return `${path}: unexpected keys ${extra.join(', ')} (end the object with … to allow more)`;
    }
    return undefined;
  }
  if (Object.is(actual, expected)) return undefined;
  return `${path}: expected ${inspect(expected)}, got ${inspect(actual, { depth: 2 })}`;
}

/** Runs a snippet; resolves with the claims it checked, rejects on the first false one. */
export async function runSnippet(
  snippet: Snippet,
  modules: Readonly<Record<string, unknown>>,
  scope: Readonly<Record<string, unknown>>,
): Promise<number> {
  const prelude = snippet.prelude.join('\n');
  const full = prelude ? `${prelude}\n${snippet.code}` : snippet.code;
  const shift = prelude ? prelude.split('\n').length : 0;
  const { code, claims: list } = instrument(full);
  const body = compile(code);
  const checked = new Set<number>();
  const check = (n: number, expected: () => unknown, ...values: unknown[]): unknown => {
    const claim = list[n]!;
    const actual = values.length === 1 ? values[0] : values;
    const m = mismatch(actual, expected());
    if (m) {
      throw new Error(
        `${snippet.where}, claim on line ${snippet.line + claim.line - shift}: ${m}\n` +
          `claimed: ${claim.expected}\nactual:  ${inspect(actual, { depth: 8, breakLength: 120 })}`,
      );
    }
    checked.add(n);
    return values[0];
  };
  const requireModule = (name: string): unknown => {
    if (name in modules) return modules[name];
    if (name.startsWith('node:')) return nodeRequire(name);
    throw new Error(`${snippet.where}: the snippet imports ${name}, which doc examples cannot import`);
  };
  const names = Object.keys(scope);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
  // The snippet runs in a block of its own so that it may declare names the scope also holds.
  const run = new AsyncFunction('require', 'exports', '__check', '__ELLIPSIS__', ...names, `{\n${body}\n}`);
  await run(requireModule, {}, check, ELLIPSIS, ...names.map((n) => scope[n]));
  if (checked.size !== list.length) {
    const missed = list.filter((_, n) => !checked.has(n)).map((c) => snippet.line + c.line - shift);
    throw new Error(`${snippet.where}: the claims on lines ${missed.join(', ')} were never reached`);
  }
  return checked.size;
}
