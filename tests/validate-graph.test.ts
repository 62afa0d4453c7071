import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGraphText } from '../src/domain/read-graph';
import { validateGraph } from '../src/domain/validate-graph';
import { formatProblem, formatProblemLine } from '../src/i18n/problem-messages';

const dir = 'tests/fixtures';
const source = readFileSync(`${dir}/mini/source.txt`, 'utf8');
const lines = (name: string, lang: 'en' | 'zh' = 'en') => {
  const result = readGraphText(readFileSync(`${dir}/invalid/${name}.json`, 'utf8'), `${name}.json`, source);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.problems.map((p) => formatProblemLine(p, lang));
};

describe('validateGraph on the valid fixture', () => {
  it('accepts a well-formed graph and returns it typed', () => {
    const result = readGraphText(readFileSync(`${dir}/mini/valid.json`, 'utf8'), 'valid.json', source);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.nodes.map((n) => n.id)).toEqual(['plan', 'green', 'forest', 'tea']);
  });
});

describe('each rule has an invalid fixture with the exact problem', () => {
  const cases: [string, string[]][] = [
    [
      'schema-unknown-kind',
      [
        'schema-unknown-kind.json · nodes[2].kind: Must be one of: vision, pillar, goal, strategy, principle, measure, project, enterprise, industry, place, organization, directive, target, concept.',
      ],
    ],
    [
      'schema-unknown-relation',
      ['schema-unknown-relation.json · edges[3].relation: Must be one of: part-of, supports.'],
    ],
    ['schema-empty-label', ['schema-empty-label.json · nodes[1].label.en: Must not be empty.']],
    [
      'schema-missing-evidence',
      ['schema-missing-evidence.json · nodes[1].evidence: Required: expected object.'],
    ],
    [
      'schema-id-format',
      [
        'schema-id-format.json · nodes[2].id: Must be lower-case ASCII kebab-case, e.g. "goal-agri-zone".',
        'schema-id-format.json · edges[1].source: Must be lower-case ASCII kebab-case, e.g. "goal-agri-zone".',
        'schema-id-format.json · edges[3].source: Must be lower-case ASCII kebab-case, e.g. "goal-agri-zone".',
      ],
    ],
    [
      'json-syntax',
      [
        "json-syntax.json: This is not valid JSON (line 43, column 7): Expected ',' or '}' after property value",
      ],
    ],
    [
      'edge-unknown-node',
      ['edge-unknown-node.json · edges[3].target: The edge\'s target "teaa" is not the id of any node.'],
    ],
    ['self-loop', ['self-loop.json · edges[3]: The edge goes from "forest" to itself.']],
    [
      'duplicate-edge',
      ['duplicate-edge.json · edges[4]: The supports edge forest → tea is already at edges[3].'],
    ],
    [
      'two-parents',
      [
        'two-parents.json · edges[4]: "forest" is part of both "green" and "tea"; part-of allows one parent per node.',
      ],
    ],
    [
      'part-of-cycle',
      [
        'part-of-cycle.json · meta.roots[0]: The root "plan" is part of "forest"; a root has no parent.',
        'part-of-cycle.json · nodes[0]: part-of edges form a cycle: plan → forest → green → plan.',
      ],
    ],
    [
      'parentless-not-root',
      [
        'parentless-not-root.json · nodes[3]: "tea" is part of nothing and is not listed in meta.roots; give it a part-of edge or list it as a root.',
      ],
    ],
    [
      'root-has-parent',
      ['root-has-parent.json · meta.roots[1]: The root "tea" is part of "plan"; a root has no parent.'],
    ],
    ['root-unknown', ['root-unknown.json · meta.roots[1]: The root "nowhere" is not the id of any node.']],
    [
      'quote-not-in-source',
      [
        'quote-not-in-source.json · nodes[2].evidence.quote: The quote "全面推进退耕还草" is not in the source text. Nearest passage (paragraph 2): "全面推进退耕还林".',
      ],
    ],
    [
      'quote-in-other-paragraph',
      [
        'quote-in-other-paragraph.json · nodes[2].evidence.paragraph: The quote is in paragraph 2, not paragraph 3.',
      ],
    ],
    [
      'paragraph-out-of-range',
      [
        'paragraph-out-of-range.json · nodes[2].evidence.paragraph: The source text has 3 paragraphs; there is no paragraph 9. The quote is in paragraph 2.',
      ],
    ],
  ];
  it.each(cases)('%s', (name, expected) => {
    expect(lines(name)).toEqual(expected);
  });

  it('names which id is duplicated and where both are, among all other problems', () => {
    expect(lines('duplicate-id')).toContain(
      'duplicate-id.json · nodes[3].id: The id "green" is used twice: here and at nodes[1].',
    );
  });

  it('words every problem in Chinese too', () => {
    expect(lines('two-parents', 'zh')).toEqual([
      'two-parents.json · edges[4]: “forest”同时属于“green”和“tea”；每个节点只能有一个上级。',
    ]);
    expect(lines('schema-missing-evidence', 'zh')).toEqual([
      'schema-missing-evidence.json · nodes[1].evidence: 缺少必填项，应为对象。',
    ]);
  });
});

describe('reports all problems at once', () => {
  it('lists every broken node, not just the first', () => {
    const graph = JSON.parse(readFileSync(`${dir}/mini/valid.json`, 'utf8'));
    graph.nodes[1].evidence.quote = '不存在的句子一';
    graph.nodes[3].evidence.quote = '不存在的句子二';
    graph.edges.push({ source: 'tea', target: 'ghost', relation: 'supports' });
    const result = validateGraph(graph, { file: 'g.json', sourceText: source });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
        'edges[4].target edge-unknown-node',
        'nodes[1].evidence.quote quote-not-in-source',
        'nodes[3].evidence.quote quote-not-in-source',
      ]);
      expect(formatProblem(result.problems[0]!, 'en')).toBe(
        'The edge\'s target "ghost" is not the id of any node.',
      );
    }
  });
});
