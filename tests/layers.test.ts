import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderOf, importProblem, LAYERS } from '../lint/layers.js';

const SRC = resolve('src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const sources = files(SRC);
const code = sources.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));

/** Every relative import, re-export and dynamic import() of a file, type-only ones included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );
  return specs.map((spec) => resolve(file, '..', spec.split('?')[0]!));
}

describe('the layers of src/', () => {
  it('the README states the order the lint enforces', () => {
    const readme = readFileSync('README.md', 'utf8');
    const line = /\*\*Layer order:\*\* (.+)/.exec(readme)?.[1];
    expect(line).toBeDefined();
    const stated = line!.split('→').map((layer) => layer.split(',').map((f) => f.trim()));
    expect(stated).toEqual(LAYERS);
  });

  it('every folder of src/ has a place in the order', () => {
    const folders = readdirSync(SRC).filter((f) => statSync(join(SRC, f)).isDirectory());
    expect(folders.sort()).toEqual(LAYERS.flat().sort());
  });

  it('no import runs against the order, and no two folders import each other', () => {
    const against: string[] = [];
    const edges = new Set<string>();
    for (const file of code) {
      const from = folderOf(SRC, file)!;
      for (const target of importsOf(file)) {
        const to = folderOf(SRC, target);
        if (to === undefined || to === from) continue;
        edges.add(`${from}>${to}`);
        const problem = importProblem(from, to);
        if (problem) against.push(`${relative('.', file)}: ${problem}`);
      }
    }
    expect(against).toEqual([]);
    const both = [...edges].filter((e) => edges.has(e.split('>').reverse().join('>')));
    expect(both).toEqual([]);
  });

  it('the rule refuses upward and sideways imports', () => {
    expect(importProblem('store', 'data')).toMatch(/higher layer/);
    expect(importProblem('search', 'tour')).toMatch(/same layer/);
    expect(importProblem('data', 'store')).toBeUndefined();
    expect(importProblem('nowhere', 'store')).toMatch(/no place/);
  });

  it('has no barrel files and no catch-all folders', () => {
    const barrels = code.filter((f) => /^index\.tsx?$/.test(f.split('/').pop()!));
    expect(barrels).toEqual([]);
    const reexportOnly = code.filter((f) => {
      const lines = readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !/^\s*(\/\/|\/\*|\*)/.test(l));
      return lines.length > 0 && lines.every((l) => /^export (\*|\{[^}]*\}|type \{[^}]*\}) from /.test(l));
    });
    expect(reexportOnly).toEqual([]);
    const dirs = sources.map((f) => relative(SRC, f).split('/').slice(0, -1)).flat();
    expect(dirs.filter((d) => /^(utils?|common|misc|helpers?|shared|lib)$/.test(d))).toEqual([]);
  });

  it('keeps every file of src/ under 250 lines, so each reads in one sitting', () => {
    const long = sources
      .map((f) => ({ file: relative('.', f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > 250);
    expect(long).toEqual([]);
  });
});
