/**
 * Each core module's index.ts is its public face. The light ones (what the UI
 * loads up front or with a small view) must not pull in @peculiar/x509 or the
 * Reflect polyfill it needs; pki/ loads them with a dynamic import() only when
 * a CSR is made. cert/ does pull them in, which proves the walk below sees that
 * import when it is there.
 *
 * The walk follows every static `import` and `export … from` the way a bundler
 * does (only `import type` / `export type` declarations are erased), from the
 * entry point through src/core, and collects the packages it reaches.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../../src/core');

interface Reach {
  /** Files of src/core, relative to it (`pki/x509.ts`). */
  readonly files: Set<string>;
  /** Bare specifiers (`@peculiar/x509`, `valibot`). */
  readonly packages: Set<string>;
}

function resolveFile(from: string, specifier: string): string {
  const base = join(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  }
  throw new Error(`${relative(CORE, from)}: cannot resolve ${specifier}`);
}

/** The modules a file loads when it runs: static imports and re-exports, type-only ones left out. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword) continue;
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
    } else continue;
    const specifier = statement.moduleSpecifier;
    if (specifier !== undefined && ts.isStringLiteral(specifier)) specifiers.push(specifier.text);
  }
  return specifiers;
}

function reach(entry: string): Reach {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [join(CORE, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const name = relative(CORE, file);
    if (files.has(name)) continue;
    files.add(name);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) queue.push(resolveFile(file, specifier));
      else packages.add(specifier);
    }
  }
  return { files, packages };
}

const PKI_LIBRARIES = ['@peculiar/x509', 'reflect-metadata'];

describe('core entry points', () => {
  it.each(['spec', 'order', 'response', 'config', 'encoding', 'schema'])(
    '%s/index.ts is free of @peculiar/x509 and of the pki and cert modules',
    (module) => {
      const { files, packages } = reach(`${module}/index.ts`);
      expect(files.has(`${module}/index.ts`)).toBe(true);
      for (const library of PKI_LIBRARIES) expect([...packages]).not.toContain(library);
      expect([...files].filter((file) => /^(pki|cert)\//.test(file))).toEqual([]);
    },
  );

  it('pki/index.ts loads @peculiar/x509 only on demand, and nothing of cert', () => {
    const { files, packages } = reach('pki/index.ts');
    for (const library of PKI_LIBRARIES) expect([...packages]).not.toContain(library);
    expect(files.has('pki/x509.ts')).toBe(false);
    expect([...files].filter((file) => file.startsWith('cert/'))).toEqual([]);
    expect(readFileSync(join(CORE, 'pki/generateKeyAndCsr.ts'), 'utf8')).toContain(
      "await import('./x509')",
    );
  });

  it.each(['cert', '.'])('%s/index.ts brings @peculiar/x509 (the walk sees it)', (module) => {
    const { files, packages } = reach(`${module}/index.ts`);
    expect([...packages]).toEqual(expect.arrayContaining(PKI_LIBRARIES));
    expect(files.has('pki/x509.ts')).toBe(true);
  });

  it('core/index.ts gathers every module entry point', () => {
    const entries = staticImports(join(CORE, 'index.ts'));
    expect(entries.sort()).toEqual([
      './cert',
      './config',
      './encoding',
      './order',
      './pki',
      './response',
      './schema',
      './spec',
    ]);
  });
});
