/**
 * No sentence of the interface outside the message catalogues (issue 15): every word a reader sees
 * in a component or a page comes from messages/*.json. Found with TypeScript's parser, not a regular
 * expression: JSX text with a letter in it, and string literals of words (a letter and a space) in
 * JSX attributes that people read or in expressions, apart from names of things that are not words
 * (class names, ids, paths, keys of the catalogue).

 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Attributes whose values are names for code or machines, never words for a reader. */
const CODE_ATTRIBUTES =
  /^(className|class|style|id|key|href|src|rel|target|type|role|name|htmlFor|lang|hrefLang|dateTime|d|viewBox|fill|stroke|strokeDasharray|as|crossOrigin|method|encType|inputMode|autoComplete|enterKeyHint|sizes|media|charSet|content|property|data-[\w-]+|aria-(controls|describedby|labelledby|live|hidden|current|expanded|haspopup|pressed|selected|owns|atomic|relevant|modal|orientation|busy))$/;

/** Calls whose string arguments are catalogue keys or other code names. */
const KEY_CALLS =
  /^(t|t\.rich|t\.has|t\.markup|t\.raw|useTranslations|getTranslations|legendLabel|querySelector|querySelectorAll|getElementById|addEventListener|removeEventListener|setAttribute|getAttribute|[\w.]+\.(setProperty|removeProperty)|matchMedia|useMediaQuery|createElement|console\.\w+|Error|TypeError)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => path.join(dir, f).split(path.sep).join('/'));
}

const isWords = (text: string) => /\p{L}{2}/u.test(text) && /\s/.test(text.trim());

function calleeName(node: ts.CallExpression, file: ts.SourceFile): string {
  return node.expression.getText(file);
}

/** Names of variables and properties that hold code, not words (class names, CSS, media queries, HTTP headers). */
const CODE_NAMES = /class|style|css|media|query|motion|font|shadow|border|padding|margin|cache|type|header|format|pattern/i;

/** Where a string literal stands decides whether it is read by people. */
function isCodeString(node: ts.Node, file: ts.SourceFile): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if ((ts.isVariableDeclaration(at) || ts.isPropertyAssignment(at)) && CODE_NAMES.test(at.name.getText(file))) return true;
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at)) return true;
    if (ts.isJsxAttribute(at)) return CODE_ATTRIBUTES.test(at.name.getText(file));
    if (ts.isCallExpression(at) && KEY_CALLS.test(calleeName(at, file))) return true;
    if (
      ts.isBinaryExpression(at) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(at.operatorToken.kind)
    )
      return true;
    if (ts.isExpressionStatement(at) && at.expression.getText(file).startsWith("'use ")) return true;
    if (ts.isBlock(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

/** The interface strings of one file, as "line: text". */
function interfaceStrings(relative: string): string[] {
  const text = readFileSync(path.join(ROOT, relative), 'utf8');
  const file = ts.createSourceFile(relative, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, value: string) =>
    found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${value.trim()}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) report(node, node.text);
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isWords(node.text) && !isCodeString(node, file))
      report(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (/\p{L}{2}/u.test(parts) && /\p{L}\s|\s\p{L}/u.test(parts) && !isCodeString(node, file)) report(node, parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const FILES = [...sourceFiles('components'), ...sourceFiles('app')];

describe('interface strings live in the message catalogues', () => {
  it('finds the components and the pages', () => {
    expect(FILES).toEqual(expect.arrayContaining(['components/map/map-app.tsx', 'app/[locale]/page.tsx']));
  });

  it.each(FILES)('%s has none', (file) => {
    expect(interfaceStrings(file)).toEqual([]);
  });

  it('catches a sentence in JSX text, in a read attribute and in an expression', () => {
    const probe = 'tests/i18n/fixtures/strings.tsx';
    expect(interfaceStrings(probe).map((s) => s.replace(/^\d+: /, ''))).toEqual(['Hello there', 'Close the panel', 'Two words']);
  });
});
