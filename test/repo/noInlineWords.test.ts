/**
 * The customer pages take every word from the message catalogue: no text
 * written inline in their components (JSX text, or a string in an attribute a
 * person reads or hears), so a translation can never miss one. Read with the
 * TypeScript parser, the same one the build uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The components a reseller's customer reads (and the shared ones they render). */
const CUSTOMER_PAGES = [
  'src/ui/views/shop',
  'src/ui/views/result',
  'src/ui/views/generate',
  'src/ui/components/TextDrop.tsx',
  'src/ui/components/Field.tsx',
  'src/ui/components/CodeBlock.tsx',
  'src/ui/components/CopyButton.tsx',
  'src/ui/components/DownloadButton.tsx',
  'src/ui/i18n',
  'src/ui/App.tsx',
];
/** Attributes whose text a person reads or hears. */
const READ_ATTRIBUTES = new Set(['alt', 'title', 'placeholder', 'aria-label', 'label', 'summary']);

function tsxFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.tsx') ? [path] : [];
  return readdirSync(path).flatMap((name) => tsxFiles(join(path, name)));
}

/** Inline words in one component's source: "line: text". */
function inlineWords(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text))
      found.push(`${String(at(node))}: ${node.text.trim()}`);
    if (
      ts.isJsxAttribute(node) &&
      READ_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}{2,}/u.test(node.initializer.text)
    )
      found.push(`${String(at(node))}: ${node.name.getText(source)}="${node.initializer.text}"`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('customer pages: every word from the catalogue', () => {
  const files = CUSTOMER_PAGES.flatMap(tsxFiles);

  it('finds the components to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s writes no words inline', (file) => {
    expect(inlineWords(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('catches words in JSX text and in read attributes, not in code or class names', () => {
    const component = [
      'export const X = ({ n }: { n: number }) => (',
      '  <p class="lead wide" title="Hello there" aria-label={label}>',
      '    Order now {n} {"x-y"}',
      '    <img alt="" src="logo.svg" />',
      '  </p>',
      ');',
    ].join('\n');
    expect(inlineWords('x.tsx', component)).toEqual(['2: title="Hello there"', '3: Order now']);
  });
});
