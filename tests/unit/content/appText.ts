/**
 * Test support (Node only): every string the app can show or print, read from
 * the source files under src/ — string and template literals in TypeScript and
 * Svelte scripts, text and attribute values in Svelte markup — and the words
 * of the source documents, normalised so the two can be compared.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { parse } from 'svelte/compiler';

export interface AppString {
  file: string;
  text: string;
  /** Character offsets of the literal in its file. */
  start: number;
  end: number;
}

/** Lower case, no accents, apostrophes dropped ("district’s" → "districts"), anything else not a letter or digit is a space. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

export function runsOf(list: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= list.length; i++) out.push(list.slice(i, i + n).join(' '));
  return out;
}

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out.sort();
}

const isAppFile = (p: string) =>
  (p.endsWith('.ts') || p.endsWith('.svelte')) && !/\.test\.ts$|\.d\.ts$/.test(p);

/** Strings from TypeScript source: literals, template pieces (split at each ${…}), and chains of literals joined with +. */
function tsStrings(file: string, source: string): AppString[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: AppString[] = [];
  const add = (text: string, node: ts.Node) => out.push({ file, text, start: node.getStart(sf), end: node.getEnd() });
  const joined = (node: ts.Node): string | null => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isParenthesizedExpression(node)) return joined(node.expression);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const a = joined(node.left);
      const b = joined(node.right);
      return a !== null && b !== null ? a + b : null;
    }
    return null;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node.text, node);
    else if (ts.isTemplateExpression(node)) {
      add(node.head.text, node.head);
      for (const span of node.templateSpans) add(span.literal.text, span.literal);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const parentIsChain = ts.isBinaryExpression(node.parent) && node.parent.operatorToken.kind === ts.SyntaxKind.PlusToken;
      const whole = parentIsChain ? null : joined(node);
      if (whole !== null) add(whole, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

type Json = { [key: string]: unknown };

/** Strings from a Svelte component: markup text, attribute text, and literals in its scripts and expressions. */
function svelteStrings(file: string, source: string): AppString[] {
  const ast = parse(source, { modern: true }) as unknown as Json;
  const out: AppString[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    const n = node as Json;
    const at = { start: Number(n.start ?? 0), end: Number(n.end ?? 0) };
    if (n.type === 'Text' && typeof n.data === 'string') out.push({ file, text: n.data, ...at });
    else if (n.type === 'Literal' && typeof n.value === 'string') out.push({ file, text: n.value, ...at });
    else if (n.type === 'TemplateElement') {
      const v = n.value as { cooked?: string; raw: string };
      out.push({ file, text: v.cooked ?? v.raw, ...at });
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === 'css' || key === 'loc' || key === 'comments' || key === 'leadingComments' || key === 'trailingComments') continue;
      if (n.type === 'ImportDeclaration' || n.type === 'ImportExpression') continue;
      walk(value);
    }
  };
  walk(ast);
  return out;
}

export interface AppFile {
  file: string;
  source: string;
  strings: AppString[];
}

/** Every app source file under `srcDir` with the strings it can show or print. */
export function appFiles(srcDir: string): AppFile[] {
  const root = resolve(srcDir, '..');
  return filesUnder(srcDir, isAppFile).map((path) => {
    const source = readFileSync(path, 'utf8');
    const file = relative(root, path);
    return { file, source, strings: path.endsWith('.svelte') ? svelteStrings(file, source) : tsStrings(file, source) };
  });
}

/** Where the source documents are: `../shared/seeds` beside the repository, or the shared folder on the build machine. */
export function findSeeds(repoRoot: string, elsewhere: readonly string[] = ['/work/shared/seeds']): string {
  const candidates = [resolve(repoRoot, '../shared/seeds'), ...elsewhere];
  const found = candidates.find((dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.txt')));
  if (!found) {
    throw new Error(
      `The source documents were not found (looked in ${candidates.join(' and ')}). ` +
        'The check that the app’s text is in its own words cannot run without them: put a copy of shared/ beside the repository.',
    );
  }
  return found;
}

export function seedTexts(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
