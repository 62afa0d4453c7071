import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { dpiOf, inkIn, readPng } from './png-check';

/** Runs `npm run export` against the build in dist/ (CI builds before the e2e suite). */
function poster(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/export-poster.ts', ...args], {
    encoding: 'utf8',
    timeout: 280_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test.describe('poster command', () => {
  test.setTimeout(300_000);
  let dir: string;
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'taigu-poster-'));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a valid PNG of the requested width from the build', () => {
    const out = join(dir, 'poster.png');
    const r = poster(
      '--out',
      out,
      '--graph',
      'taigu-2021',
      '--scope',
      'all',
      '--width',
      '1800',
      '--lang',
      'en',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1800 ×');
    const png = readPng(readFileSync(out));
    expect(png.width).toBe(1800);
    expect(inkIn(png).ink).toBeGreaterThan(png.width * png.height * 0.03);
  });

  test('an A4 page of a branch carries 300 dpi', () => {
    const out = join(dir, 'branch.png');
    const r = poster(
      '--out',
      out,
      '--scope',
      'branch',
      '--focus',
      'goal-agri-hi-tech-zone',
      '--size',
      'a4',
      '--bg',
      'dark',
    );
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    const png = readPng(bytes);
    expect([png.width, png.height]).toEqual([3508, 2480]);
    expect(dpiOf(bytes)).toBe(11811);
  });

  test('unknown ids and impossible sizes fail clearly with a non-zero exit, writing nothing', () => {
    const out = join(dir, 'never.png');
    const unknown = poster('--out', out, '--expand', 'goal-agri-hi-tech-zone,no-such-node');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('unknown node id(s) in taigu-2021: no-such-node');
    const graph = poster('--out', out, '--graph', 'no-such-graph');
    expect(graph.code).not.toBe(0);
    expect(graph.err).toContain('unknown graph "no-such-graph"');
    const huge = poster('--out', out, '--scope', 'all', '--width', '40000');
    expect(huge.code).not.toBe(0);
    expect(huge.err).toMatch(
      /more than this browser can draw.*largest width that works for this picture is \d+ px/,
    );
    const usage = poster('--width', '100');
    expect(usage.code).not.toBe(0);
    expect(usage.err).toContain('--out is required');
    expect(() => readFileSync(out)).toThrow();
  });
});
