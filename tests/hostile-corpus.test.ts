/**
 * Hostile inputs with asserted outcomes. Small ones are files in tests/fixtures/hostile/ (read as bytes, the way
 * a file a reader opens is read: decodeGraphBytes, then readGraphText); big ones are generated here.
 * Every outcome also passes the general invariant of the property tests (known codes, non-empty messages in
 * zh and en, paths into the input), and Object.prototype is checked after each case.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../src/domain/graph-model';
import {
  checkGraphSize,
  decodeGraphBytes,
  MAX_FILE_BYTES,
  MAX_JSON_DEPTH,
  parseJsonText,
  readGraphText,
} from '../src/domain/read-graph';
import { LIMITS } from '../src/domain/schema';
import type { GraphResult } from '../src/domain/validate-graph';
import { formatProblem, formatProblemLine } from '../src/i18n/problem-messages';
import { expectGraphResult, expectNoPollution } from './property/invariants';

const dir = 'tests/fixtures/hostile';
const miniText = readFileSync('tests/fixtures/mini/valid.json', 'utf8');
const miniSource = readFileSync('tests/fixtures/mini/source.txt', 'utf8');
const xssSource = readFileSync(`${dir}/source-xss.txt`, 'utf8');

/** The path of a file the reader opens: bytes → UTF-8 text → JSON → counts → schema and rules. */
function readFile(name: string, sourceText: string | undefined = miniSource): GraphResult {
  const decoded = decodeGraphBytes(readFileSync(`${dir}/${name}`), name);
  const result = decoded.ok ? readGraphText(decoded.text, name, sourceText) : decoded;
  let input: unknown;
  if (decoded.ok)
    try {
      input = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
    } catch {
      input = undefined;
    }
  expectGraphResult(result, { input });
  return result;
}

function readText(text: string, file = 'generated.json', sourceText?: string): GraphResult {
  const result = readGraphText(text, file, sourceText);
  expectGraphResult(result);
  return result;
}

const lines = (result: GraphResult, lang: 'en' | 'zh' = 'en') =>
  result.ok ? [] : result.problems.map((p) => formatProblemLine(p, lang));
const where = (result: GraphResult) => (result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`));
const graphOf = (result: GraphResult) => {
  if (!result.ok) throw new Error(`rejected: ${lines(result).join('\n')}`);
  return result.graph;
};
const timed = <T>(f: () => T): [T, number] => {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
};

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expectNoPollution();
});

/** Each entry is one hostile input and what must come of it. */
const corpus: [string, () => void][] = [
  // ------------------------------------------------------------------------------ markup in text fields
  [
    'markup and javascript: URLs in every free-text field, quotes from a source that has them: accepted verbatim',
    () => {
      const result = readFile('xss-every-field.json', xssSource);
      // the accepted graph is exactly the file: nothing escaped, stripped or rewritten (it is shown as text)
      expect(graphOf(result)).toEqual(JSON.parse(readFileSync(`${dir}/xss-every-field.json`, 'utf8')));
      const plan = graphOf(result).nodes[0]!;
      expect(plan.label.zh).toBe('<img src=x onerror=alert(1)>');
      expect(plan.summary.zh).toBe('<script>alert(1)</script>');
      expect(plan.aliases).toContain('"><svg onload=alert(1)>');
      expect(graphOf(result).nodes[3]!.figures![0]!.what.zh).toBe('<img src=x onerror=alert("what")>');
      expect(plan.evidence.quote).toBe('<script>alert("quote")</script>');
    },
  ],
  [
    'the same graph with the mini source: rejected only for the quotes, which that source does not have',
    () => {
      const result = readFile('xss-every-field.json', miniSource);
      expect(new Set(where(result).map((w) => w.split(' ')[1]))).toEqual(
        new Set(['quote-not-in-source', 'paragraph-out-of-range']),
      );
      expect(where(result).every((w) => /^(nodes|edges)\[\d\]\.evidence\.(quote|paragraph) /.test(w))).toBe(
        true,
      );
    },
  ],
  [
    'a quote holding markup that is not in the source: that one problem, the markup shown as text in it',
    () => {
      const result = readFile('xss-quote-not-in-source.json', xssSource);
      expect(lines(result)).toEqual([
        'xss-quote-not-in-source.json · nodes[1].evidence.quote: The quote "<script>alert(2)</script>" is not in ' +
          'the source text. Nearest passage (paragraph 2): "<script>alert("quote")</s".',
      ]);
      expect(lines(result, 'zh')[0]).toContain('引文“<script>alert(2)</script>”不在原文中');
    },
  ],
  [
    'markup in the closed fields (id, kind, unit, relation, language, file): each refused by its own rule',
    () => {
      const result = readFile('xss-closed-fields.json');
      expect(where(result)).toEqual([
        'meta.source.language schema',
        'meta.source.file schema',
        'nodes[2].kind schema',
        'nodes[3].id schema',
        'nodes[3].figures[0].unit schema',
        'edges[3].relation schema',
      ]);
      expect(lines(result)[3]).toBe(
        'xss-closed-fields.json · nodes[3].id: Must be lower-case ASCII kebab-case, e.g. "goal-agri-zone".',
      );
    },
  ],
  [
    'a source file named ../../../etc/passwd.txt: refused, so nothing outside the graph folder is fetched',
    () => {
      expect(lines(readFile('source-file-traversal.json'))).toEqual([
        'source-file-traversal.json · meta.source.file: Must be the name of a .txt file next to graph.json.',
      ]);
    },
  ],
  [
    'a javascript: URL as $schema: accepted (an editor hint the app never uses as a link)',
    () => {
      expect(graphOf(readFile('schema-javascript-url.json')).$schema).toBe('javascript:alert(1)');
    },
  ],

  // ----------------------------------------------------------------------------------- prototype keys
  [
    '__proto__ at the top level: refused as an unknown field',
    () => {
      const result = readFile('proto-top-level.json');
      expect(lines(result)).toEqual(['proto-top-level.json: Unknown field(s): __proto__.']);
      expect(lines(result, 'zh')).toEqual(['proto-top-level.json: 未知字段：__proto__。']);
    },
  ],
  [
    '__proto__ in meta: refused as an unknown field of meta',
    () => {
      expect(lines(readFile('proto-in-meta.json'))).toEqual([
        'proto-in-meta.json · meta: Unknown field(s): __proto__.',
      ]);
    },
  ],
  [
    '__proto__ in a node: refused as an unknown field of that node',
    () => {
      expect(lines(readFile('proto-in-node.json'))).toEqual([
        'proto-in-node.json · nodes[0]: Unknown field(s): __proto__.',
      ]);
    },
  ],
  [
    'constructor.prototype in a node: refused as an unknown field',
    () => {
      expect(lines(readFile('constructor-prototype-in-node.json'))).toEqual([
        'constructor-prototype-in-node.json · nodes[1]: Unknown field(s): constructor.',
      ]);
    },
  ],
  [
    'prototype and constructor at the top level: both named',
    () => {
      expect(lines(readFile('prototype-top-level.json'))).toEqual([
        'prototype-top-level.json: Unknown field(s): prototype, constructor.',
      ]);
    },
  ],
  [
    '__proto__ inside a label and inside an edge: both found',
    () => {
      expect(where(readFile('proto-in-label-and-edge.json'))).toEqual([
        'nodes[2].label schema',
        'edges[3] schema',
      ]);
    },
  ],
  [
    'ids named like Object.prototype members (constructor, prototype, to-string …): valid ids that work as ids',
    () => {
      const graph = graphOf(readFile('prototype-names-as-ids.json'));
      const model = buildModel(graph);
      expect(model.roots).toEqual(['constructor']);
      expect(model.children.get('constructor')).toEqual(['prototype', 'has-own-property']);
      expect(model.parent.get('to-string')).toBe('prototype');
      expect(model.level.get('to-string')).toBe(3);
    },
  ],

  // ------------------------------------------------------------------------- duplicate and dangling ids
  [
    'the id "constructor" twice: the duplicate is named with both places',
    () => {
      expect(lines(readFile('duplicate-prototype-ids.json'))).toEqual([
        'duplicate-prototype-ids.json · nodes[1].id: The id "constructor" is used twice: here and at nodes[0].',
      ]);
    },
  ],
  [
    'edges to "constructor" and "value-of", which no node has: both dangling ends named',
    () => {
      expect(lines(readFile('dangling-prototype-ids.json'))).toEqual([
        'dangling-prototype-ids.json · edges[4].target: The edge\'s target "constructor" is not the id of any node.',
        'dangling-prototype-ids.json · edges[5].source: The edge\'s source "value-of" is not the id of any node.',
      ]);
    },
  ],
  [
    'a part-of cycle with no root in it and a node that is part of itself',
    () => {
      expect(lines(readFile('cycles-without-root.json'))).toEqual([
        'cycles-without-root.json · edges[2]: The edge goes from "tea" to itself.',
        'cycles-without-root.json · nodes[3]: "tea" is part of nothing and is not listed in meta.roots; give it a part-of edge or list it as a root.',
        'cycles-without-root.json · nodes[1]: part-of edges form a cycle: green → forest → green.',
      ]);
    },
  ],
  [
    'the same key twice in one object: JSON keeps the last one, and so does the reader',
    () => {
      expect(graphOf(readFile('duplicate-json-keys.json')).nodes[0]!.id).toBe('plan');
    },
  ],

  // ------------------------------------------------------------------------- odd characters and numbers
  [
    'bidi overrides, zero-width characters, NUL, a lone surrogate and a BOM inside strings: kept verbatim',
    () => {
      const node = graphOf(readFile('odd-unicode-in-text.json')).nodes[1]!;
      expect(node.label).toEqual({ zh: '守住\u202E绿水青山', en: 'Keep\u0000 the \uD800hills\u200B green' });
      expect(node.summary.en).toBe('Zero\u200Bwidth, BOM\uFEFF, bidi \u202Eevil\u202C and 🙂.');
    },
  ],
  [
    'a raw control character inside a string: not JSON, with line and column',
    () => {
      expect(lines(readFile('raw-control-character.json'))).toEqual([
        'raw-control-character.json: This is not valid JSON (line 20, column 46): Bad control character in string literal',
      ]);
    },
  ],
  [
    'numbers beyond double range (1e400, -1e999) and a 23-digit year: refused where they stand',
    () => {
      const result = readFile('huge-numbers.json');
      expect(where(result)).toEqual([
        'meta.source.year schema',
        'meta.source.year schema',
        'nodes[1].evidence.paragraph schema',
        'nodes[3].figures[0].value schema',
      ]);
      expect(lines(result)[1]).toBe('huge-numbers.json · meta.source.year: Must be at most 3000.');
    },
  ],

  // -------------------------------------------------------------------------------------- encodings
  [
    'UTF-16 LE with a BOM: not UTF-8, named as UTF-16',
    () => {
      expect(lines(readFile('utf16le-bom.json'))).toEqual([
        'utf16le-bom.json: The file is UTF-16; save it as UTF-8.',
      ]);
      expect(lines(readFile('utf16le-bom.json'), 'zh')).toEqual([
        'utf16le-bom.json: 文件是 UTF-16 编码，请另存为 UTF-8。',
      ]);
    },
  ],
  [
    'UTF-16 BE with a BOM: the same',
    () => {
      expect(lines(readFile('utf16be-bom.json'))).toEqual([
        'utf16be-bom.json: The file is UTF-16; save it as UTF-8.',
      ]);
    },
  ],
  [
    'UTF-16 LE without a BOM: recognised by its zero bytes, not reported as broken JSON',
    () => {
      expect(lines(readFile('utf16le-no-bom.json'))).toEqual([
        'utf16le-no-bom.json: The file is UTF-16; save it as UTF-8.',
      ]);
    },
  ],
  [
    'Latin-1 (ISO-8859-1) bytes: not UTF-8',
    () => {
      expect(lines(readFile('latin1.json'))).toEqual([
        'latin1.json: The file is not valid UTF-8 text; save it as UTF-8.',
      ]);
    },
  ],
  [
    'GBK-encoded Chinese: not UTF-8',
    () => {
      expect(lines(readFile('gbk.json'), 'zh')).toEqual([
        'gbk.json: 文件不是有效的 UTF-8 文本，请另存为 UTF-8。',
      ]);
    },
  ],
  [
    'UTF-8 with a BOM: accepted, and the same graph as without',
    () => {
      expect(graphOf(readFile('utf8-bom.json'))).toEqual(graphOf(readText(miniText)));
    },
  ],
  [
    'a graph file with CRLF line ends: accepted',
    () => {
      expect(graphOf(readFile('graph-crlf.json'))).toEqual(graphOf(readText(miniText)));
    },
  ],
  [
    'source texts with CRLF, with a BOM, and with a BOM and bare CR line ends: paragraphs and quotes still match',
    () => {
      for (const source of ['source-crlf.txt', 'source-bom.txt', 'source-bom-cr.txt']) {
        const text = readFileSync(`${dir}/${source}`, 'utf8');
        expect(text).toMatch(/^\uFEFF|\r/);
        expect(readText(miniText, 'valid.json', text).ok, source).toBe(true);
      }
    },
  ],

  // --------------------------------------------------------------------- sizes and depths (generated)
  [
    'a label of 1 MB: refused as too long, quickly',
    () => {
      const graph = JSON.parse(miniText);
      graph.nodes[0].label.zh = '中'.repeat(1 << 20);
      const text = JSON.stringify(graph);
      const [result, ms] = timed(() => readText(text, 'huge-label.json', miniSource));
      expect(where(result)).toEqual(['nodes[0].label.zh schema']);
      expect(result.ok || result.problems[0]!.params).toMatchObject({ issue: 'too_big', maximum: 40 });
      expect(ms).toBeLessThan(2000);
    },
  ],
  [
    'a quote and a summary of 1 MB each: both refused, the source never searched',
    () => {
      const graph = JSON.parse(miniText);
      graph.nodes[1].evidence.quote = '守'.repeat(1 << 20);
      graph.nodes[2].summary.en = 'x'.repeat(1 << 20);
      const [result, ms] = timed(() => readText(JSON.stringify(graph), 'huge-quote.json', miniSource));
      expect(where(result)).toEqual(['nodes[1].evidence.quote schema', 'nodes[2].summary.en schema']);
      expect(ms).toBeLessThan(2000);
    },
  ],
  [
    'arrays nested 100,000 deep: too-deep before parsing, no stack overflow',
    () => {
      const text = '['.repeat(100_000) + ']'.repeat(100_000);
      const [result, ms] = timed(() => readText(text, 'deep.json'));
      expect(lines(result)).toEqual([
        `deep.json: Values are nested more than ${MAX_JSON_DEPTH} levels deep (line 1, column 17); a graph file never is.`,
      ]);
      expect(ms).toBeLessThan(1000);
    },
  ],
  [
    'objects nested 100,000 deep inside a graph file: too-deep, with where it happens',
    () => {
      const text =
        '{\n  "formatVersion": 1,\n  "meta": ' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_001);
      const result = readText(text, 'deep.json');
      expect(result.ok ? [] : result.problems.map((p) => [p.code, p.params])).toEqual([
        // line 3 is `  "meta": {"a":{"a":…`: level 1 is the file's own brace, level k + 1 the k-th `{"a":`
        [
          'too-deep',
          { max: MAX_JSON_DEPTH, line: 3, column: '  "meta": '.length + 5 * (MAX_JSON_DEPTH - 1) + 1 },
        ],
      ]);
    },
  ],
  [
    'brackets inside strings do not count as nesting',
    () => {
      const graph = JSON.parse(miniText);
      graph.nodes[0].summary.en = '[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{\\"[[[[[[[[[[[[[[[[[[[[';
      expect(readText(JSON.stringify(graph), 'g.json', miniSource).ok).toBe(true);
    },
  ],
  [
    'a file of 21 MB: file-too-large from its byte count, without decoding it; 20 MB exactly is read',
    () => {
      const bytes = new Uint8Array(21 * 1024 * 1024);
      const [result, ms] = timed(() => decodeGraphBytes(bytes, 'big.json'));
      expect(result.ok ? [] : result.problems.map((p) => formatProblemLine(p, 'en'))).toEqual([
        'big.json: The file is 21.0 MB; files over 20.0 MB are refused.',
      ]);
      expect(result.ok ? [] : result.problems.map((p) => formatProblem(p, 'zh'))).toEqual([
        '文件大小为 21.0 MB，超过 20.0 MB 的文件不予打开。',
      ]);
      expect(ms).toBeLessThan(50);
      const atLimit = new Uint8Array(MAX_FILE_BYTES).fill(0x20);
      expect(decodeGraphBytes(atLimit, 'limit.json').ok).toBe(true);
      // text handed over directly (not as bytes) is held to the same limit, before the depth scan and parse
      expect(parseJsonText(' '.repeat(MAX_FILE_BYTES + 1), 'big.json')).toMatchObject({
        ok: false,
        problems: [{ code: 'file-too-large' }],
      });
    },
  ],
  [
    `${LIMITS.maxNodes + 1} nodes: one problem with the count, before any node is looked at`,
    () => {
      const graph = {
        formatVersion: 1,
        meta: {},
        nodes: Array.from({ length: LIMITS.maxNodes + 1 }, () => ({})),
        edges: [],
      };
      const [result, ms] = timed(() => readText(JSON.stringify(graph), 'many.json'));
      // the nodes (and meta) are all invalid: had they been validated there would be over 100,000 problems
      expect(lines(result)).toEqual([
        'many.json · nodes: The graph has 20,001 nodes; at most 20,000 are allowed. Split it into smaller graphs.',
      ]);
      expect(lines(result, 'zh')).toEqual([
        'many.json · nodes: 图谱有 20,001 个节点，最多允许 20,000 个；请拆分为较小的图谱。',
      ]);
      expect(ms).toBeLessThan(1000);
    },
  ],
  [
    `${LIMITS.maxEdges + 1} edges, and both limits at once`,
    () => {
      const edges = Array.from({ length: LIMITS.maxEdges + 1 }, () => 0);
      const tooManyEdges = readText(JSON.stringify({ nodes: [], edges }), 'edges.json');
      expect(lines(tooManyEdges)).toEqual([
        'edges.json · edges: The graph has 100,001 edges; at most 100,000 are allowed. Split it into smaller graphs.',
      ]);
      expect(lines(tooManyEdges, 'zh')).toEqual([
        'edges.json · edges: 图谱有 100,001 条关系，最多允许 100,000 条；请拆分为较小的图谱。',
      ]);
      const nodes = Array.from({ length: LIMITS.maxNodes + 5 }, () => 0);
      expect(where(readText(JSON.stringify({ nodes, edges }), 'both.json'))).toEqual([
        'nodes too-many-nodes',
        'edges too-many-edges',
      ]);
    },
  ],
];

describe('hostile input corpus', () => {
  it.each(corpus)('%s', (_name, run) => run());

  it('holds at least 25 hostile inputs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
  });
});

describe('checkGraphSize: the count limits, exactly', () => {
  it('lets exactly LIMITS.maxNodes nodes and LIMITS.maxEdges edges through to validation', () => {
    const nodes = new Array<unknown>(LIMITS.maxNodes);
    const edges = new Array<unknown>(LIMITS.maxEdges);
    expect(checkGraphSize({ nodes, edges }, 'g.json')).toEqual([]);
    expect(checkGraphSize({ nodes: [...nodes, 0], edges: [...edges, 0] }, 'g.json')).toEqual([
      { file: 'g.json', path: 'nodes', code: 'too-many-nodes', params: { count: 20_001, max: 20_000 } },
      { file: 'g.json', path: 'edges', code: 'too-many-edges', params: { count: 100_001, max: 100_000 } },
    ]);
  });

  it('leaves everything that is not a big array to the schema', () => {
    for (const value of [null, 0, 'nodes', [], {}, { nodes: 'x'.repeat(30_000) }, { nodes: { length: 1e9 } }])
      expect(checkGraphSize(value, 'g.json')).toEqual([]);
  });

  it('words the counts for both languages, with digits grouped the same way', () => {
    const problem = {
      file: 'g.json',
      path: 'nodes',
      code: 'too-many-nodes' as const,
      params: { count: 1_234_567, max: 20_000 },
    };
    expect(formatProblem(problem, 'en')).toBe(
      'The graph has 1,234,567 nodes; at most 20,000 are allowed. Split it into smaller graphs.',
    );
    expect(formatProblem(problem, 'zh')).toBe(
      '图谱有 1,234,567 个节点，最多允许 20,000 个；请拆分为较小的图谱。',
    );
  });
});

describe('json-syntax problems always say where', () => {
  it('points at the end of an empty or cut-off file instead of line 0', () => {
    expect(lines(readText('', 'empty.json'))).toEqual([
      'empty.json: This is not valid JSON (line 1, column 1): Unexpected end of JSON input',
    ]);
    expect(lines(readText('{\n  "nodes": [', 'cut.json'))).toEqual([
      'cut.json: This is not valid JSON (line 2, column 13): Unexpected end of JSON input',
    ]);
  });
});
