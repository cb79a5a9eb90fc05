/**
 * A page's client modules, read off the sources: the files a page imports, followed through static
 * and dynamic imports and require() (`@/` and relative ones; `import type` brings no code), and from
 * the first 'use client' file down, every file is the browser's. What tests/lib/page-messages.test.ts
 * compares each page's messages with. Reads files only; no bundler.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The project's source file an import names, or undefined for a package's or a non-source file. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return EXTENSIONS.map((ext) => base + ext).find((file) => /\.tsx?$/.test(file) && fs.existsSync(file) && fs.statSync(file).isFile());
}

/**
 * The modules a source file loads for its code, by TypeScript's own parser: static imports and
 * re-exports (not `import type` or `export type`), `import()` and `require()` with a literal name.
 */
function moduleSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const literal = (node: ts.Node | undefined) => (node && ts.isStringLiteralLike(node) ? [node.text] : []);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) found.push(...literal(node.moduleSpecifier));
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly) found.push(...literal(node.moduleSpecifier));
    else if (ts.isCallExpression(node)) {
      const dynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const required = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (dynamicImport || required) found.push(...literal(node.arguments[0]));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The project files a source file imports for its code. */
function importsOf(file: string): string[] {
  return moduleSpecifiers(file).flatMap((s) => resolveImport(file, s) ?? []);
}

const isClientBoundary = (source: string) => /^\s*['"]use client['"]/.test(source);

/** The files a page's code reaches: on the server (`server`) and in the browser (`client`), paths relative to the project. */
export function pageModules(page: string): { server: string[]; client: string[] } {
  const server = new Set<string>();
  const client = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const onClient = inClient || isClientBoundary(fs.readFileSync(file, 'utf8'));
    const into = onClient ? client : server;
    if (into.has(file)) return;
    into.add(file);
    for (const imported of importsOf(file)) visit(imported, onClient);
  };
  visit(path.join(ROOT, page), false);
  const relative = (files: Set<string>) => [...files].map((f) => path.relative(ROOT, f)).sort();
  return { server: relative(server), client: relative(client) };
}

export const readSource = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
