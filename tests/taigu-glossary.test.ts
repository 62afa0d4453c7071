import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGraphDir } from '../scripts/lib/graph-dir';
import { checkGraphContent } from '../scripts/lib/content-checks';
import { glossaryJsonSchemaText } from '../scripts/lib/json-schema';
import {
  checkGlossary,
  formatGlossaryProblem,
  GlossaryFile,
  hasTerm,
  normaliseEn,
  type GlossaryProblem,
  type GlossaryTour,
} from '../src/domain/glossary';
import type { GraphFile, GraphNode } from '../src/domain/schema';

const glossaryPath = 'graph-data/taigu-2021/glossary.json';
const glossary = GlossaryFile.parse(JSON.parse(readFileSync(glossaryPath, 'utf8')));
const dir = loadGraphDir('graph-data');
const taigu = dir.graphs.find((g) => g.id === 'taigu-2021')!;

/** A graph of the given nodes, enough for the glossary check (it reads labels, summaries, figures, title). */
function graphOf(nodes: Partial<GraphNode>[]): GraphFile {
  return {
    formatVersion: 1,
    meta: {
      title: { zh: '测试', en: 'Test' },
      source: { title: 't', author: 'a', publication: 'p', year: 2021, language: 'zh-CN', file: 's.txt' },
      roots: ['n0'],
    },
    nodes: nodes.map((n, i) => ({
      id: `n${i}`,
      kind: 'concept',
      label: { zh: '标签', en: 'Label' },
      summary: { zh: '摘要', en: 'Summary' },
      evidence: { quote: '摘要', paragraph: 1 },
      ...n,
    })) as GraphNode[],
    edges: [],
  };
}
const check = (nodes: Partial<GraphNode>[], tours: GlossaryTour[] = []) =>
  checkGlossary({
    glossary,
    graph: graphOf(nodes),
    graphFile: 'graph.json',
    tours: tours.map((tour) => ({ tour, file: `tours/${tour.id}.json` })),
  });
const summary = (zh: string, en: string) => ({ summary: { zh, en } });
const rules = (ps: GlossaryProblem[]) => ps.map((p) => `${p.rule}:${p.term}${p.found ? `:${p.found}` : ''}`);

describe('the shipped glossary', () => {
  it('is valid, generated schema and all', () => {
    expect(readFileSync('graph-data/glossary.schema.json', 'utf8')).toBe(glossaryJsonSchemaText());
    expect(JSON.parse(readFileSync(glossaryPath, 'utf8')).$schema).toBe('../glossary.schema.json');
  });

  it('gives each Chinese term one English term, and no English term to two Chinese terms', () => {
    const forms = glossary.terms.flatMap((t) => t.zh);
    expect(new Set(forms).size).toBe(forms.length);
    const en = glossary.terms.map((t) => normaliseEn(t.en).toLowerCase());
    expect(new Set(en).size).toBe(en.length);
    // No term avoids its own rendering, nor another term's.
    for (const t of glossary.terms)
      for (const bad of t.avoid ?? [])
        for (const e of en) expect(e.includes(normaliseEn(bad).toLowerCase())).toBe(false);
  });

  it('holds across every label, summary, figure and tour caption of the Taigu graph', () => {
    const problems = checkGlossary({
      glossary,
      graph: taigu.graph,
      graphFile: 'graph.json',
      tours: (taigu.tours ?? []).map((tour) => ({ tour, file: `tours/${tour.id}.json` })),
    });
    expect(problems.map(formatGlossaryProblem)).toEqual([]);
  });

  it('is enforced by npm run graph:check, with the content rules', () => {
    expect(checkGraphContent(taigu)).toEqual({ glossaryTerms: glossary.terms.length, problems: [] });
  });
});

describe('the glossary check catches every other rendering', () => {
  it('特优: “distinctive and premium”, not “special (distinctive) and quality” nor “special-and-quality”', () => {
    expect(
      rules(
        check([
          summary('大力实施“特”“优”战略', 'The strategy of special (distinctive) and quality farming.'),
        ]),
      ),
    ).toEqual([
      'missing-term:distinctive and premium',
      'avoided-rendering:distinctive and premium:special (distinctive) and quality',
      'avoided-rendering:distinctive and premium:special (distinctive)',
    ]);
    expect(
      rules(check([summary('实施“特”“优”战略', 'Through the special-and-quality strategy.')])),
    ).toContain('avoided-rendering:distinctive and premium:special and quality');
    expect(
      check([summary('山西农业出路在‘特’和‘优’', "Lies in being 'distinctive' and 'premium'.")]),
    ).toEqual([]);
  });

  it('十个坚持: “ten commitments”, not “ten persistences” nor “ten principles”', () => {
    expect(rules(check([summary('“十个坚持、十个全面”', 'The ten persistences.')]))).toContain(
      'avoided-rendering:ten commitments:ten persistences',
    );
    const tour: GlossaryTour = {
      id: 'overview',
      title: { zh: '总览', en: 'Overview' },
      steps: [{ caption: { zh: '抓好“十个坚持、十个全面”', en: 'Part 3 works through ten principles.' } }],
    };
    const [missing, avoided] = check([], [tour]);
    expect(missing).toMatchObject({
      file: 'tours/overview.json',
      path: 'steps[0].caption.en',
      where: 'tour overview step 1',
      field: 'caption',
      rule: 'missing-term',
      term: 'ten commitments',
    });
    expect(avoided).toMatchObject({ rule: 'avoided-rendering', found: 'ten principles' });
  });

  it('保障: the strategy’s “four guarantees” and part four’s “safeguards” never share a word', () => {
    const part4 = check([
      summary('第四部分五项保障之一：坚定不移“跟党走”', 'One of the five guarantees of part four.'),
    ]);
    expect(rules(part4)).toEqual([
      'avoided-rendering:safeguards:five guarantees',
      'avoided-rendering:safeguards:guarantees of part four',
    ]);
    expect(rules(check([{ label: { zh: '强化保障不缺失', en: 'Part 4: Strong guarantees' } }]))).toEqual([
      'missing-term:safeguards',
      'avoided-rendering:safeguards:strong guarantees',
    ]);
    // “four guarantees” names 四个保障 only.
    expect(rules(check([summary('第四部分的保障之一', 'One of the four guarantees.')]))).toEqual([
      'foreign-term:four guarantees',
    ]);
  });

  it('六新: “six new”, letter for letter, not “Six New”', () => {
    const [p] = check([{ label: { zh: '“六新”突破', en: "'Six New' breakthroughs" } }]);
    expect(p).toMatchObject({
      path: 'nodes[0].label.en',
      where: 'node n0',
      field: 'label',
      rule: 'missing-term',
    });
    expect(formatGlossaryProblem(p!)).toBe(
      'graph.json · nodes[0].label.en (node n0, label): the Chinese says 六新; the English should say “six new” (glossary).',
    );
    expect(check([{ label: { zh: '“六新”突破', en: '“Six new” breakthroughs' } }])).toEqual([]);
    expect(hasTerm('around the “six new” industries', 'six new', true)).toBe(true);
  });

  it('五区: the strategy’s “five zones” is not the layout’s five sectors', () => {
    const layout = check([
      {
        label: { zh: '五区', en: 'Five zones' },
        summary: { zh: '“双核、一带、一廊、五区”区域格局中的五个区。', en: 'The five zones of the layout.' },
      },
    ]);
    expect(rules(layout)).toEqual([
      'foreign-term:five zones',
      'foreign-term:five zones',
      'missing-term:five sectors',
    ]);
  });

  it('the English of the goals and the vision, and of 干事创业 and 有机旱作', () => {
    const found = (zh: string, en: string) =>
      rules(check([{ label: { zh, en } }])).filter((r) => r.startsWith('avoided'));
    expect(found('最具竞争力的高质量发展先行区', 'Most competitive high-quality pioneer zone')).toEqual([
      'avoided-rendering:high-quality development:high-quality pioneer',
    ]);
    expect(found('最具引领性的乡村振兴示范区', 'Most leading rural revitalization demo zone')).toEqual([
      'avoided-rendering:foremost:most leading',
      'avoided-rendering:demonstration zone:demo zone',
    ]);
    expect(found('全国一流的科技创新城', 'A first-class national sci-tech innovation city')).toEqual([
      'avoided-rendering:nationally first-rate:first-class national',
    ]);
    expect(found('干事创业', 'Getting things done and building careers')).toEqual([
      'avoided-rendering:getting things done:building careers',
    ]);
    expect(found('有机旱作农业', 'Organic dry farming, without irrigation')).toEqual([
      'avoided-rendering:organic dry farming:without irrigation',
    ]);
  });
});
