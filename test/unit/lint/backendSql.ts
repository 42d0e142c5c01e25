import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * Two scans over the backend's TypeScript (STYLE.md "SQLite"): statements are prepared once per connection,
 * and SQL text lives only in repository files. Both read the syntax tree, not lines, so a call split over
 * lines or a keyword inside a comment is judged for what it is.
 *
 * Statements — a `.prepare(…)` call is allowed in exactly two places:
 *   1. inside `prepared(db, sql)` in electron/backend/paging/statements.ts, the shared per-connection cache;
 *   2. inside a statement factory: a function declaration named `statements` or `…Statements` whose body
 *      reads and fills a `WeakMap` keyed by the connection (`.get(db)` … `.set(db, …)`), in a file that
 *      declares `new WeakMap<Db, …>`. The factory runs once per connection, so anything it prepares is too.
 * And a `prepared(db, sql)` call must name its SQL as a string literal or a template literal (or a
 * `cond ? a : b` of those) whose substitutions call no `map`/`repeat`/`fill`, directly or through a local
 * variable: SQL text that grows with the input (an IN-list of `?`) would fill the cache, so such lists are
 * bound as `json_each(?)` instead.
 * Module constants inside a template (`${columnList}`) are fine: they give one text per call site. The SQL
 * may also be named by a `const` of the file initialised with such a literal.
 *
 * SQL — a string or template literal that reads as SQL (`SELECT … FROM`, `INSERT INTO`, `UPDATE x SET`,
 * `DELETE FROM`, upper case as the codebase writes it) may only appear in `repo.ts`, `*Repo.ts` or
 * `db/migrations/**`.
 */

export interface Offender {
  file: string;
  line: number;
  what: string;
}

const FACTORY_NAME = /^(statements|[A-Za-z]+Statements)$/;
// One placeholder per input value is written with these; a `join` of a fixed set of clauses (which filters
// are present) gives a bounded number of texts and is allowed.
const GROWING_LIST_CALLS = new Set(['map', 'repeat', 'fill']);
const SQL_SHAPE =
  /\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b/;

function enclosingFunctionDeclaration(node: ts.Node): ts.FunctionDeclaration | undefined {
  for (let at = node.parent; at; at = at.parent) if (ts.isFunctionDeclaration(at)) return at;
  return undefined;
}

function isStatementFactory(fn: ts.FunctionDeclaration | undefined, source: ts.SourceFile): boolean {
  if (!fn?.name || !FACTORY_NAME.test(fn.name.text) || !fn.body) return false;
  const body = fn.body.getText(source);
  return /\.get\(db\)/.test(body) && /\.set\(db,/.test(body) && /new WeakMap<Db\b/.test(source.text);
}

/** Whether a node sits in the builder handed to `perConnection(...)` (paging/statements.ts), run once per connection. */
function insidePerConnection(node: ts.Node): boolean {
  for (let at = node.parent; at; at = at.parent) {
    if (!ts.isArrowFunction(at) && !ts.isFunctionExpression(at)) continue;
    const call = at.parent;
    if (
      ts.isCallExpression(call) &&
      call.arguments[0] === at &&
      ts.isIdentifier(call.expression) &&
      call.expression.text === 'perConnection'
    )
      return true;
  }
  return false;
}

/**
 * Whether an expression builds text that grows with the input: a `map`/`repeat`/`fill` call in it, or
 * a variable declared inside a function from such a call (module-level constants are fixed text).
 */
function callsGrowingList(
  node: ts.Node,
  locals: Map<string, ts.Expression[]>,
  seen = new Set<string>(),
): boolean {
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    GROWING_LIST_CALLS.has(node.expression.name.text)
  ) {
    return true;
  }
  if (ts.isIdentifier(node) && locals.has(node.text) && !seen.has(node.text)) {
    seen.add(node.text);
    return locals.get(node.text)!.some((init) => callsGrowingList(init, locals, seen));
  }
  return ts.forEachChild(node, (child) => callsGrowingList(child, locals, seen)) ?? false;
}

/** Variables declared inside functions, by name, with their initializers. */
function localInitializers(source: ts.SourceFile): Map<string, ts.Expression[]> {
  const byName = new Map<string, ts.Expression[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const atModuleLevel =
        ts.isVariableStatement(node.parent.parent) && ts.isSourceFile(node.parent.parent.parent);
      if (!atModuleLevel)
        byName.set(node.name.text, [...(byName.get(node.name.text) ?? []), node.initializer]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return byName;
}

/** `const` declarations of the file by name (a `prepared(db, sql)` may name its text through one). */
function constInitializers(source: ts.SourceFile): Map<string, ts.Expression[]> {
  const byName = new Map<string, ts.Expression[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0) {
      for (const d of node.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer) {
          byName.set(d.name.text, [...(byName.get(d.name.text) ?? []), d.initializer]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return byName;
}

interface Declared {
  consts: Map<string, ts.Expression[]>;
  locals: Map<string, ts.Expression[]>;
}

function isFixedSqlText(node: ts.Expression, declared: Declared): boolean {
  const { consts, locals } = declared;
  if (ts.isIdentifier(node)) {
    const initializers = consts.get(node.text) ?? [];
    return (
      initializers.length > 0 && initializers.every((i) => !ts.isIdentifier(i) && isFixedSqlText(i, declared))
    );
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isTemplateExpression(node))
    return !node.templateSpans.some((span) => callsGrowingList(span.expression, locals));
  if (ts.isParenthesizedExpression(node)) return isFixedSqlText(node.expression, declared);
  if (ts.isConditionalExpression(node))
    return isFixedSqlText(node.whenTrue, declared) && isFixedSqlText(node.whenFalse, declared);
  return false;
}

/** Offending statement preparations in one file's text (`file` is its path relative to the repository). */
export function statementOffenders(file: string, text: string): Offender[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const declared = { consts: constInitializers(source), locals: localInitializers(source) };
  const offenders: Offender[] = [];
  const report = (node: ts.Node, what: string) =>
    offenders.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      what,
    });
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'prepare') {
        const fn = enclosingFunctionDeclaration(node);
        const isCache = file === 'electron/backend/paging/statements.ts' && fn?.name?.text === 'prepared';
        if (!isCache && !isStatementFactory(fn, source) && !insidePerConnection(node)) {
          report(node, '.prepare() outside a per-connection statement factory');
        }
      } else if (ts.isIdentifier(callee) && callee.text === 'prepared') {
        const sql = node.arguments[1];
        if (!sql || !isFixedSqlText(sql, declared))
          report(node, 'prepared(db, sql) whose SQL text is not a fixed literal');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return offenders;
}

export function isRepositoryFile(file: string): boolean {
  const name = file.split('/').pop() ?? '';
  return name === 'repo.ts' || name.endsWith('Repo.ts') || file.includes('/db/migrations/');
}

/** String and template literals that read as SQL, in a file that is not a repository. */
export function sqlOutsideRepoOffenders(file: string, text: string): Offender[] {
  if (isRepositoryFile(file)) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const offenders: Offender[] = [];
  const visit = (node: ts.Node): void => {
    let literal: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    else if (ts.isTemplateExpression(node)) {
      literal = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ? ');
    }
    if (literal !== undefined && SQL_SHAPE.test(literal)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      offenders.push({ file, line, what: `SQL outside a repository: ${literal.trim().slice(0, 60)}` });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return offenders;
}

/** Every `.ts` file under electron/backend, as paths relative to the repository root. */
export function backendFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(join(root, 'electron', 'backend'));
  return out.sort();
}

export function readRepoFile(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}
