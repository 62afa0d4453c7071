/**
 * No HTML is ever built from data, and no stylesheet string reaches cytoscape: a scan of every file under src/.
 * The scanners are also run over small in-memory samples, so a scan that finds nothing is known to be able to
 * find something.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Source {
  file: string;
  text: string;
}

/** A finding: `file:line rule`, so a failure says where to look. */
type Finding = string;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

const sources: Source[] = listFiles('src').map((file) => ({ file, text: readFileSync(file, 'utf8') }));

// --------------------------------------------------------------------------------------------- HTML sinks

/** Ways to turn a string into markup or code. Scanned in the raw text, comments included: say it otherwise. */
const SINKS: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/g],
  ['outerHTML', /\bouterHTML\b/g],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/g],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/g],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\b/g],
  ['new Function', /\bnew\s+Function\b/g],
  ['eval(', /\beval\s*\(/g],
];

function scanSinks(list: readonly Source[]): Finding[] {
  const findings: Finding[] = [];
  for (const { file, text } of list)
    for (const [rule, pattern] of SINKS)
      for (const m of text.matchAll(pattern)) findings.push(`${file}:${lineOf(text, m.index)} ${rule}`);
  return findings;
}

// ------------------------------------------------------------------------------------ cytoscape stylesheets

/** Index just past the bracket that closes the one at `open`, skipping strings, template literals and comments. */
function closeOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/')
      i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (c === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) + 1 || text.length;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Splits an object literal's body at its top-level commas. */
function topLevelParts(body: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if ('([{"\'`'.includes(c)) {
      const end = '"\'`'.includes(c) ? closeString(body, i) : closeOf(body, i);
      i = end - 1;
    } else if (c === ',') {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function closeString(text: string, open: number): number {
  const quote = text[open];
  let i = open + 1;
  for (; i < text.length && text[i] !== quote; i++) if (text[i] === '\\') i++;
  return i + 1;
}

/** A stylesheet built in code: `canvasStyle(...)`. */
const isCanvasStyleCall = (value: string) =>
  /^canvasStyle\s*\(/.test(value) && closeOf(value, value.indexOf('(')) === value.length;

/**
 * A literal JSON structure written out in code (`[{ selector: 'node', style: { width: 'data(w)' } }]`): once its
 * strings, keys and numbers are taken out, only brackets, braces, colons and commas are left — no variables, calls,
 * template literals or concatenation that could carry data in.
 */
function isLiteralStructure(value: string): boolean {
  if (!value.startsWith('[')) return false;
  const rest = value
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, ' ')
    .replace(/[A-Za-z_$][\w$-]*\s*:/g, ' ')
    .replace(/-?\d+(?:\.\d+)?/g, ' ');
  return /^[\s[\]{},:]*$/.test(rest);
}

/**
 * Every place a stylesheet can be handed to cytoscape: `.style(…)` / `.css(…)` calls (setting a stylesheet or
 * a per-element bypass) and the `style` option of `cytoscape({…})`. Allowed: in src/canvas only, and only a
 * `canvasStyle(...)` call — or, for `cytoscape({…})`, a literal structure written in code. Getters (`.style()`,
 * `.style('width')`) pass nothing in and are fine unless something is chained on them. The string-based entry
 * points (`fromString`, `fromJson`, `cytoscape.stylesheet()`) are not used at all.
 */
function scanStyles(list: readonly Source[]): Finding[] {
  const findings: Finding[] = [];
  for (const { file, text } of list) {
    const at = (index: number, what: string) => findings.push(`${file}:${lineOf(text, index)} ${what}`);
    const inCanvas = file.split(/[\\/]/).slice(0, 2).join('/') === 'src/canvas';

    for (const m of text.matchAll(/\.\s*(style|css)\s*\(/g)) {
      const open = m.index + m[0].length - 1;
      const end = closeOf(text, open);
      const arg = text.slice(open + 1, end - 1).trim();
      const getter = arg === '' || /^(['"])[\w-]+\1$/.test(arg);
      if (getter) {
        if (/^\s*\./.test(text.slice(end))) at(m.index, `.${m[1]}() with a chained call`);
        continue;
      }
      if (!inCanvas) at(m.index, `.${m[1]}(…) outside src/canvas`);
      if (m[1] !== 'style' || !isCanvasStyleCall(arg))
        at(m.index, `.${m[1]}(${arg.slice(0, 40)}) is not canvasStyle(...)`);
    }

    for (const m of text.matchAll(/\bcytoscape\s*\(/g)) {
      const open = m.index + m[0].length - 1;
      const arg = text.slice(open + 1, closeOf(text, open) - 1).trim();
      if (!arg.startsWith('{')) {
        at(m.index, 'cytoscape() options are not an object literal');
        continue;
      }
      for (const part of topLevelParts(arg.slice(1, -1))) {
        if (part.startsWith('...')) at(m.index, 'cytoscape() options spread from elsewhere');
        const style = /^(?:style|['"]style['"])\s*(?::\s*([\s\S]*))?$/.exec(part);
        if (!style) continue;
        const value = (style[1] ?? 'style').trim();
        if (!inCanvas) at(m.index, 'cytoscape({ style }) outside src/canvas');
        if (!isCanvasStyleCall(value) && !isLiteralStructure(value))
          at(
            m.index,
            `cytoscape({ style: ${value.slice(0, 40)} }) is neither canvasStyle(...) nor a literal`,
          );
      }
    }

    for (const m of text.matchAll(/\.\s*(fromString|fromJson|stylesheet)\s*\(/g)) at(m.index, `.${m[1]}()`);
  }
  return findings;
}

/** Value imports of cytoscape (not `import type`, not declaration files): only src/canvas may have them. */
function scanImports(list: readonly Source[]): Finding[] {
  const findings: Finding[] = [];
  for (const { file, text } of list) {
    if (file.endsWith('.d.ts') || file.split(/[\\/]/).slice(0, 2).join('/') === 'src/canvas') continue;
    for (const m of text.matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s*['"](cytoscape[^'"]*)['"]/gm))
      findings.push(`${file}:${lineOf(text, m.index)} imports ${m[1]}`);
    for (const m of text.matchAll(/\b(?:import|require)\s*\(\s*['"](cytoscape[^'"]*)['"]/g))
      findings.push(`${file}:${lineOf(text, m.index)} loads ${m[1]}`);
  }
  return findings;
}

// ------------------------------------------------------------------------------------------------- tests

describe('the source under src/', () => {
  it('is scanned in full', () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(sources.map((s) => s.file)).toContain(join('src', 'canvas', 'canvas-controller.ts'));
  });

  it('never builds HTML or code from strings', () => {
    expect(scanSinks(sources)).toEqual([]);
  });

  it('hands cytoscape only stylesheets built in code, and only from src/canvas', () => {
    expect(scanStyles(sources)).toEqual([]);
  });

  it('imports cytoscape (as a value) only in src/canvas', () => {
    expect(scanImports(sources)).toEqual([]);
  });

  it('has the stylesheet call sites the checks above are about', () => {
    // if these move or are renamed, the scan must still see them (else it would pass by finding nothing)
    const sites = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\.style\(canvasStyle\(|style: canvasStyle\(|cytoscape\(\{/g)].map(
        (m) => `${file} ${m[0]}`,
      ),
    );
    expect(sites.some((s) => s.endsWith('.style(canvasStyle('))).toBe(true);
    expect(sites.some((s) => s.endsWith('style: canvasStyle('))).toBe(true);
    expect(sites.filter((s) => s.endsWith('cytoscape({')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the scanners find what they look for', () => {
  const sample = (file: string, text: string): Source[] => [{ file, text }];

  it('finds every HTML and code sink, with its line', () => {
    const text = [
      'el.innerHTML = node.label.zh;',
      'el.outerHTML = x;',
      "el.insertAdjacentHTML('beforeend', x);",
      '<div dangerouslySetInnerHTML={{ __html: summary }} />',
      'document.write(x); document . writeln(y);',
      "const f = new Function('return ' + x);",
      'window.eval(code); eval (code);',
    ].join('\n');
    expect(scanSinks(sample('src/panels/Bad.tsx', text))).toEqual([
      'src/panels/Bad.tsx:1 innerHTML',
      'src/panels/Bad.tsx:2 outerHTML',
      'src/panels/Bad.tsx:3 insertAdjacentHTML',
      'src/panels/Bad.tsx:4 dangerouslySetInnerHTML',
      'src/panels/Bad.tsx:5 document.write',
      'src/panels/Bad.tsx:5 document.write',
      'src/panels/Bad.tsx:6 new Function',
      'src/panels/Bad.tsx:7 eval(',
      'src/panels/Bad.tsx:7 eval(',
    ]);
  });

  it('does not flag look-alikes', () => {
    const text = 'el.textContent = s; const evaluate = retrieval(x); medieval(y); const innerHTMLish = 1;';
    expect(scanSinks(sample('src/ok.ts', text))).toEqual([]);
  });

  it('finds stylesheets that are strings, data, or outside src/canvas', () => {
    const bad = [
      'cy.style(`node { label: ${data} }`);', // 1
      "cy.style('node { color: red }');", // 2: a single string literal that is not a property name
      'cy.style().fromString(css);', // 3
      'node.style({ label: node.data("x") });', // 4: a bypass built from data
      "node.css('label', label);", // 5
      'cytoscape({ container, style: userCss });', // 6
      'cytoscape({ container, style });', // 7
      'cytoscape({ style: [{ selector: "node", style: { label: name } }] });', // 8: a variable inside
      'cytoscape({ style: [{ selector: "node", style: { label: "a" + b } }] });', // 9: concatenation
      'cytoscape(options);', // 10
      'cytoscape({ ...options, container });', // 11
      'const s = cytoscape.stylesheet().selector("node");', // 12
    ].join('\n');
    const findings = scanStyles(sample('src/canvas/bad.ts', bad));
    for (let line = 1; line <= 12; line++)
      expect(
        findings.some((f) => f.startsWith(`src/canvas/bad.ts:${line} `)),
        `line ${line}`,
      ).toBe(true);

    expect(scanStyles(sample('src/panels/bad.ts', 'cy.style(canvasStyle(tokens));'))).toEqual([
      'src/panels/bad.ts:1 .style(…) outside src/canvas',
    ]);
  });

  it('accepts canvasStyle(...), literal structures and getters in src/canvas', () => {
    const good = [
      'this.cy.style(canvasStyle(readCanvasTokens(), state.lang));',
      'this.cy = cytoscape({ container, style: canvasStyle(readCanvasTokens(), lang), minZoom: 0.05 });',
      "cytoscape({ headless: true, style: [{ selector: 'node', style: { width: 'data(w)', 'z-index': -1 } }] });",
      "const w = node.style('width'); const all = cy.style();",
    ].join('\n');
    expect(scanStyles(sample('src/canvas/good.ts', good))).toEqual([]);
  });

  it('finds value imports of cytoscape outside src/canvas, and lets type imports through', () => {
    const text = [
      "import cytoscape from 'cytoscape';",
      "import fcose from 'cytoscape-fcose';",
      "import type { Core } from 'cytoscape';",
      "const c = await import('cytoscape');",
    ].join('\n');
    expect(scanImports(sample('src/panels/x.ts', text))).toEqual([
      'src/panels/x.ts:1 imports cytoscape',
      'src/panels/x.ts:2 imports cytoscape-fcose',
      'src/panels/x.ts:4 loads cytoscape',
    ]);
    expect(scanImports(sample('src/canvas/x.ts', text))).toEqual([]);
  });
});
