/**
 * `pnpm check-examples`: every ```` ```ts ```` block inside an `@example` of a TSDoc comment in
 * `packages/*\/src/**\/*.ts` (tests excluded) must typecheck against the public package imports,
 * and every function, class and const exported by a package entry point must have an `@example`.
 *
 * How: each example is written as its own module under `node_modules/.cache/rapport-examples/`,
 * next to a private `node_modules/@rapport/*` of symlinks to the workspace packages, and the lot is
 * typechecked in one TypeScript program with the root tsconfig's options, whose
 * `customConditions: ["@rapport/source"]` makes `@rapport/core/model` resolve to
 * `packages/core/src/model/index.ts`, exactly as tests and scripts see it. Failures are printed
 * with the source file and line of the failing example line. Exit code 1 on any failure.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** One ```` ```ts ```` block found in an `@example`. */
export interface ExtractedExample {
  /** Source file, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** 1-based line in the source file of the first line of code. */
  readonly line: number;
  /** The declaration the comment documents, when it has a name. */
  readonly owner: string | undefined;
  /** The code, with the comment's ` * ` prefixes removed. */
  readonly code: string;
}

/** An `@example` tag with no ```` ```ts ```` block in it. */
export interface EmptyExample {
  readonly file: string;
  readonly line: number;
  readonly owner: string | undefined;
}

/** An exported function, class or const without an `@example`. */
export interface MissingExample {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly kind: 'function' | 'class' | 'const';
  /** The entry points (`@rapport/core/model`, …) that export it. */
  readonly entryPoints: readonly string[];
}

/** A type error inside an example. */
export interface ExampleFailure {
  readonly example: ExtractedExample;
  /** Errors, each with its line in the source file. */
  readonly errors: readonly { readonly line: number; readonly code: string; readonly message: string }[];
}

/** What one run found. */
export interface CheckReport {
  readonly examples: readonly ExtractedExample[];
  readonly failures: readonly ExampleFailure[];
  readonly empty: readonly EmptyExample[];
  readonly missing: readonly MissingExample[];
  /** Diagnostics that belong to no example (a broken compiler option, say). */
  readonly global: readonly string[];
}

const FENCE_OPEN = /^```(?:ts|typescript)\s*$/;
const FENCE_ANY = /^```/;

/**
 * Finds every `@example` in the TSDoc comments of one source file and returns its
 * ```` ```ts ```` blocks, plus the `@example` tags that have none.
 */
export function extractExamples(
  text: string,
  file: string,
): { examples: ExtractedExample[]; empty: EmptyExample[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const examples: ExtractedExample[] = [];
  const empty: EmptyExample[] = [];
  const seen = new Set<number>();

  const visit = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      const comment = text.slice(range.pos, range.end);
      if (!comment.startsWith('/**') || comment.startsWith('/**/')) continue;
      const startLine = source.getLineAndCharacterOfPosition(range.pos).line; // 0-based
      scanComment(comment, startLine, ownerName(node), file, examples, empty);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { examples, empty };
}

function scanComment(
  comment: string,
  startLine: number,
  owner: string | undefined,
  file: string,
  examples: ExtractedExample[],
  empty: EmptyExample[],
): void {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split(/\r?\n/)
    .map(stripCommentPrefix);
  let inExample = false;
  let exampleLine = 0;
  let found = 0;
  let fence: { code: string[]; line: number; ts: boolean } | undefined;

  const closeExample = () => {
    if (inExample && found === 0) empty.push({ file, line: exampleLine, owner });
    inExample = false;
    found = 0;
  };

  lines.forEach((line, index) => {
    const sourceLine = startLine + index + 1; // 1-based
    if (fence) {
      if (FENCE_ANY.test(line.trim())) {
        if (fence.ts && inExample) {
          examples.push({ file, line: fence.line, owner, code: fence.code.join('\n') });
          found++;
        }
        fence = undefined;
      } else {
        fence.code.push(line);
      }
      return;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith('@')) {
      closeExample();
      if (/^@example\b/.test(trimmed)) {
        inExample = true;
        exampleLine = sourceLine;
      }
      return;
    }
    if (FENCE_ANY.test(trimmed)) {
      fence = { code: [], line: sourceLine + 1, ts: FENCE_OPEN.test(trimmed) };
    }
  });
  closeExample();
}

/** Removes the leading `*` and one space of a comment line, keeping the code's own indentation. */
function stripCommentPrefix(line: string): string {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  if (line[i] !== '*') return line.slice(i);
  i++;
  if (line[i] === ' ') i++;
  return line.slice(i);
}

function ownerName(node: ts.Node): string | undefined {
  if (ts.isVariableStatement(node)) {
    const first = node.declarationList.declarations[0];
    return first && ts.isIdentifier(first.name) ? first.name.text : undefined;
  }
  const name = (node as { name?: ts.Node }).name;
  if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))) {
    const parent = node.parent as { name?: ts.Node } | undefined;
    const parentName =
      parent?.name && ts.isIdentifier(parent.name) && !ts.isSourceFile(node.parent)
        ? `${parent.name.text}.`
        : '';
    return parentName + name.text;
  }
  return undefined;
}

interface WorkspacePackage {
  readonly name: string;
  readonly dir: string;
  /** Subpath (`.`, `./model`) → source entry file. */
  readonly entries: ReadonlyMap<string, string>;
}

function workspacePackages(root: string): WorkspacePackage[] {
  const packagesDir = join(root, 'packages');
  const result: WorkspacePackage[] = [];
  for (const dir of readdirSync(packagesDir).sort()) {
    const manifestPath = join(packagesDir, dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      name: string;
      exports?: Record<string, unknown>;
    };
    const entries = new Map<string, string>();
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target !== 'object' || target === null) continue;
      const sourceEntry = (target as Record<string, unknown>)['@rapport/source'];
      if (typeof sourceEntry === 'string') entries.set(subpath, join(packagesDir, dir, sourceEntry));
    }
    result.push({ name: manifest.name, dir: join(packagesDir, dir), entries });
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') out.push(...sourceFiles(path));
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.d.ts') &&
      !/\.test(-d)?\.ts$/.test(entry.name)
    ) {
      out.push(path);
    }
  }
  return out.sort();
}

/**
 * Creates `folder/node_modules` with symlinks to the dependencies installed for `packageDir`
 * (what an example in that package may import) and to every workspace package by name.
 */
function linkModules(folder: string, packageDir: string | undefined, packages: readonly WorkspacePackage[]): void {
  const modules = join(folder, 'node_modules');
  mkdirSync(modules, { recursive: true });
  const links = new Map<string, string>();
  const installed = packageDir === undefined ? undefined : join(packageDir, 'node_modules');
  if (installed !== undefined && existsSync(installed)) {
    for (const entry of readdirSync(installed)) {
      if (entry.startsWith('.')) continue;
      if (entry.startsWith('@')) {
        for (const scoped of readdirSync(join(installed, entry))) {
          links.set(`${entry}/${scoped}`, realpathSync(join(installed, entry, scoped)));
        }
      } else {
        links.set(entry, realpathSync(join(installed, entry)));
      }
    }
  }
  for (const pkg of packages) links.set(pkg.name, pkg.dir);
  for (const [name, target] of links) {
    const link = join(modules, ...name.split('/'));
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(target, link, 'junction');
  }
}

const toPosix = (path: string): string => path.split(sep).join('/');

/** Options of {@link checkExamples}. */
export interface CheckOptions {
  /** Repository root (holds `tsconfig.json` and `packages/`). */
  readonly root: string;
  /** Source files to read examples from; default every `packages/*\/src/**\/*.ts` but tests. */
  readonly files?: readonly string[];
  /** Whether to check that entry-point exports have examples (default true). */
  readonly checkMissing?: boolean;
  /** Where to write the example modules; default `node_modules/.cache/rapport-examples`. */
  readonly cacheDir?: string;
}

/** Extracts, writes and typechecks every example; finds exports without one. */
export function checkExamples(options: CheckOptions): CheckReport {
  const { root } = options;
  const packages = workspacePackages(root);
  const files = options.files ?? packages.flatMap((pkg) => {
    const src = join(pkg.dir, 'src');
    return existsSync(src) ? sourceFiles(src) : [];
  });

  const examples: ExtractedExample[] = [];
  const empty: EmptyExample[] = [];
  for (const path of files) {
    const found = extractExamples(readFileSync(path, 'utf8'), toPosix(relative(root, path)));
    examples.push(...found.examples);
    empty.push(...found.empty);
  }

  // Write every example as a module in a folder per package, beside a private node_modules that
  // links the package's own dependencies (an example may import `zod`) and every workspace package.
  const cacheDir = options.cacheDir ?? join(root, 'node_modules', '.cache', 'rapport-examples');
  rmSync(cacheDir, { recursive: true, force: true });
  const folders = new Map<string, string>(); // package dir → example folder
  const folderOf = (file: string): string => {
    const pkg = packages.find((candidate) => resolve(root, file).startsWith(candidate.dir + sep));
    const key = pkg?.dir ?? root;
    const existing = folders.get(key);
    if (existing !== undefined) return existing;
    const folder = join(cacheDir, pkg ? relative(join(root, 'packages'), pkg.dir) : '_root');
    linkModules(folder, pkg?.dir, packages);
    folders.set(key, folder);
    return folder;
  };
  const byFile = new Map<string, ExtractedExample>();
  const used = new Set<string>();
  for (const example of examples) {
    const folder = folderOf(example.file);
    let name = `${example.file.replace(/[^A-Za-z0-9._-]/g, '_')}_L${example.line}.ts`;
    for (let n = 2; used.has(join(folder, name)); n++) name = name.replace(/(_\d+)?\.ts$/, `_${n}.ts`);
    used.add(join(folder, name));
    const path = join(folder, name);
    // `export {}` makes each example a module, so top-level names never collide between examples.
    writeFileSync(path, `${example.code}\nexport {};\n`);
    byFile.set(resolve(path), example);
  }

  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  const compilerOptions: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    declaration: false,
    sourceMap: false,
    incremental: false,
  };
  const entryFiles =
    options.checkMissing === false ? [] : packages.flatMap((pkg) => [...pkg.entries.values()]);
  const program = ts.createProgram({
    rootNames: [...byFile.keys(), ...entryFiles],
    options: compilerOptions,
  });

  const failuresByExample = new Map<ExtractedExample, { line: number; code: string; message: string }[]>();
  const global: string[] = [];
  const add = (diagnostic: ts.Diagnostic) => {
    if (diagnostic.category !== ts.DiagnosticCategory.Error) return;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (diagnostic.file === undefined) {
      global.push(`TS${diagnostic.code}: ${message}`);
      return;
    }
    const example = byFile.get(resolve(diagnostic.file.fileName));
    if (example === undefined) return; // errors in package sources are the typecheck step's job
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const list = failuresByExample.get(example) ?? [];
    const entry = { line: example.line + line, code: `TS${diagnostic.code}`, message };
    if (list.some((e) => e.line === entry.line && e.code === entry.code && e.message === entry.message)) return;
    list.push(entry);
    failuresByExample.set(example, list);
  };
  program.getOptionsDiagnostics().forEach(add);
  program.getGlobalDiagnostics().forEach(add);
  for (const path of byFile.keys()) {
    const sourceFile = program.getSourceFile(path);
    if (sourceFile === undefined) continue;
    program.getSyntacticDiagnostics(sourceFile).forEach(add);
    program.getSemanticDiagnostics(sourceFile).forEach(add);
  }
  const failures = [...failuresByExample].map(([example, errors]) => ({ example, errors }));

  const missing = options.checkMissing === false ? [] : findMissing(program, packages, root);
  return { examples, failures, empty, missing, global };
}

function findMissing(program: ts.Program, packages: readonly WorkspacePackage[], root: string): MissingExample[] {
  const checker = program.getTypeChecker();
  const found = new Map<ts.Declaration, { name: string; kind: MissingExample['kind']; entryPoints: string[] }>();
  for (const pkg of packages) {
    for (const [subpath, entry] of pkg.entries) {
      const sourceFile = program.getSourceFile(entry);
      if (sourceFile === undefined) continue;
      const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
      if (moduleSymbol === undefined) continue;
      const entryName = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.replace(/^\.\//, '')}`;
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const symbol =
          exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const declarations = symbol.declarations ?? [];
        const declaration = declarations[0];
        if (declaration === undefined) continue;
        if (declaration.getSourceFile().fileName.includes('/node_modules/')) continue;
        const kind = declarationKind(declaration);
        if (kind === undefined) continue;
        const hasExample = symbol.getJsDocTags(checker).some((tag) => tag.name === 'example');
        if (hasExample) continue;
        const record = found.get(declaration) ?? { name: exported.name, kind, entryPoints: [] };
        record.entryPoints.push(entryName);
        found.set(declaration, record);
      }
    }
  }
  return [...found].map(([declaration, record]) => {
    const sourceFile = declaration.getSourceFile();
    const { line } = sourceFile.getLineAndCharacterOfPosition(declaration.getStart());
    return {
      file: toPosix(relative(root, sourceFile.fileName)),
      line: line + 1,
      name: record.name,
      kind: record.kind,
      entryPoints: record.entryPoints,
    };
  }).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function declarationKind(declaration: ts.Declaration): MissingExample['kind'] | undefined {
  if (ts.isFunctionDeclaration(declaration)) return 'function';
  if (ts.isClassDeclaration(declaration)) return 'class';
  if (ts.isVariableDeclaration(declaration)) return 'const';
  return undefined;
}

/** Renders a report for people: each problem with `file:line`, then a one-line total. */
export function formatReport(report: CheckReport): string {
  const out: string[] = [];
  for (const { example, errors } of report.failures) {
    const owner = example.owner ? ` (${example.owner})` : '';
    out.push(`✗ ${example.file}:${example.line}${owner}: @example does not typecheck`);
    const codeLines = example.code.split('\n');
    for (const error of errors) {
      const codeLine = codeLines[error.line - example.line] ?? '';
      out.push(`    ${example.file}:${error.line}  ${error.code}: ${error.message.replaceAll('\n', '\n      ')}`);
      if (codeLine.trim() !== '') out.push(`      > ${codeLine.trim()}`);
    }
  }
  for (const entry of report.empty) {
    const owner = entry.owner ? ` (${entry.owner})` : '';
    out.push(`✗ ${entry.file}:${entry.line}${owner}: @example has no \`\`\`ts block`);
  }
  for (const entry of report.missing) {
    out.push(
      `✗ ${entry.file}:${entry.line}: exported ${entry.kind} \`${entry.name}\` (${entry.entryPoints.join(', ')}) has no @example`,
    );
  }
  for (const message of report.global) out.push(`✗ ${message}`);
  const failed = report.failures.length + report.empty.length + report.missing.length + report.global.length;
  const files = new Set(report.examples.map((example) => example.file)).size;
  out.push(
    failed === 0
      ? `✓ ${report.examples.length} examples in ${files} files typecheck; every exported function, class and const has one`
      : `${report.failures.length} failing example(s), ${report.empty.length} @example(s) without a ts block, ${report.missing.length} export(s) without an @example (${report.examples.length} examples in ${files} files checked)`,
  );
  return out.join('\n');
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const report = checkExamples({ root });
  const text = formatReport(report);
  const failed =
    report.failures.length + report.empty.length + report.missing.length + report.global.length > 0;
  (failed ? console.error : console.log)(text);
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
