import { describe, expect, it } from 'vitest';
import { loadGraphDir } from '../scripts/lib/graph-dir';
import { checkContent, planNodes, planStartParagraph, type ContentRule } from '../src/domain/content-rules';
import { checkCaptionReadings, READING_EN, READING_ZH } from '../src/domain/content-readings';
import { buildModel, descendants, pathToRoot } from '../src/domain/graph-model';
import { splitParagraphs } from '../src/domain/source-text';

/**
 * Content rules of a faithful graph, stated with the Taigu data: each test names the rule it holds the data to,
 * so the next author is held to it too. The general rules live in src/domain/content-rules.ts and run in
 * `npm run graph:check`; the rules that need the document's own words are here.
 */
const dir = loadGraphDir('graph-data');
const taigu = dir.graphs.find((g) => g.id === 'taigu-2021')!;
const graph = taigu.graph;
const model = buildModel(graph);
const tours = taigu.tours ?? [];
const paragraphs = splitParagraphs(taigu.sourceText);
const problems = checkContent(graph, taigu.sourceText);
const broken = (rule: ContentRule) =>
  problems.filter((p) => p.rule === rule).map((p) => `${p.where}: ${p.detail}`);
const node = (id: string) => {
  const n = model.nodes.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const under = (id: string, ancestor: string) => pathToRoot(model, id).includes(ancestor);
const plan = model.roots[0]!;
/** Every text a reader sees, with where it is. */
const texts = [
  ...graph.nodes.flatMap((n) => [
    { where: `${n.id} label`, zh: n.label.zh, en: n.label.en },
    { where: `${n.id} summary`, zh: n.summary.zh, en: n.summary.en },
  ]),
  ...tours.flatMap((t) => [
    { where: `tour ${t.id} title`, zh: t.title.zh, en: t.title.en },
    ...t.steps.map((s, i) => ({ where: `tour ${t.id} step ${i + 1}`, zh: s.caption.zh, en: s.caption.en })),
  ]),
];

describe('the plan and the setting outside it', () => {
  it('the plan is the first root; its own words begin with the opening (¶6), where the text first names it', () => {
    expect(plan).toBe('taigu-plan-2021');
    expect(planStartParagraph(graph, model, paragraphs)).toBe(6);
  });

  it('no node is a root except the plan and the setting outside it (front matter and ¶5, what others said)', () => {
    expect(broken('outside-the-plan')).toEqual([]);
    const inPlan = planNodes(model);
    for (const root of model.roots.slice(1))
      for (const id of [root, ...descendants(model, root)]) {
        expect(inPlan.has(id)).toBe(false);
        const p = node(id).evidence.paragraph;
        expect(p <= 5, `${id} quotes ¶${p}: the setting is front matter and ¶5`).toBe(true);
      }
  });

  it('every node in the setting is what the text says of others: directives, organisations, their ideas', () => {
    const setting = model.roots.slice(1).flatMap((r) => descendants(model, r));
    const kinds = new Set(setting.map((id) => node(id).kind));
    for (const k of ['goal', 'strategy', 'principle', 'measure', 'project', 'pillar'])
      expect(kinds.has(k as never), k).toBe(false);
  });

  it('the opening (¶6–7) is part of the plan and holds its aims: the three roles, the Taigu path', () => {
    const opening = model.children.get(plan)!.find((id) => node(id).evidence.paragraph === 6)!;
    expect(opening).toBeDefined();
    const members = descendants(model, opening)
      .map((id) => node(id).label.zh)
      .join(' | ');
    for (const m of ['引领者', '太谷路径', '金字招牌', '六新', '32万太谷人民', '求突破'])
      expect(members, m).toContain(m);
    // Its label and quote are the article's own words.
    expect(paragraphs[5]).toContain(node(opening).evidence.quote);
    expect(node(opening).evidence.quote).toContain(node(opening).label.zh);
  });

  it('the opening’s aims are tied to the plan: each of its targets is supported or supports', () => {
    const opening = model.children.get(plan)!.find((id) => node(id).evidence.paragraph === 6)!;
    for (const id of descendants(model, opening)) {
      if (node(id).kind !== 'target') continue;
      const links = [...(model.supportsIn.get(id) ?? []), ...(model.supportsOut.get(id) ?? [])];
      expect(links.length, id).toBeGreaterThan(0);
    }
    // 大力实施“一二三四五”战略…争做…引领者、…示范者、…推进者 (¶6); 率先蹚出…“太谷路径” (¶7).
    expect(model.supportsIn.get('target-three-roles')).toContain('strategy-12345');
    expect(model.supportsOut.get('concept-taigu-path')).toContain(plan);
  });
});

describe('groups and their members', () => {
  it('a group that counts its members lists all of them or none (两大机遇: the zone and 撤县设区)', () => {
    expect(broken('group-incomplete')).toEqual([]);
    const two = (model.children.get('strategy-two-opportunities') ?? []).map((id) => node(id).label.zh);
    expect(two).toEqual(['晋中国家农高区', '撤县设区']);
  });

  it('a supports edge never targets the group when it could target the member (创新为上 → 科技创新)', () => {
    expect(broken('supports-a-group')).toEqual([]);
    // Each of the four guarantees is supported by what names it: 创新为上, 项目为王, 改革为要, 干事创业铁军.
    for (const [member, word] of [
      ['measure-sci-tech-innovation', '创新'],
      ['measure-project-support', '项目'],
      ['measure-reform-opening', '改革'],
      ['measure-can-do-spirit', '干事创业'],
    ] as const) {
      const supporters = (model.supportsIn.get(member) ?? []).map((id) => node(id).label.zh);
      expect(
        supporters.some((l) => l.includes(word)),
        `${member} ← ${word}`,
      ).toBe(true);
    }
  });
});

describe('supports edges say only what the text states or implies', () => {
  it('a supports edge never targets its own part-of parent', () => {
    expect(broken('supports-own-parent')).toEqual([]);
  });

  it('parallel items (siblings of one kind, or items under parallel siblings) support each other only with the sentence that says so', () => {
    expect(broken('parallel-items')).toEqual([]);
  });

  it('an edge’s evidence is about its own ends, never another node’s quote', () => {
    expect(broken('evidence-of-another-node')).toEqual([]);
  });

  it('sums of money are not chained without the text: projects under way are not reserve projects', () => {
    expect(broken('sums-chained')).toEqual([]);
  });

  it('part four’s party building reaches the development goals only where the text says so (evidence)', () => {
    for (const e of model.supports) {
      if (!under(e.source, 'part-4-guarantees') || node(e.target).kind !== 'goal') continue;
      expect(e.evidence, `${e.source} → ${e.target}`).toBeDefined();
    }
  });
});

describe('readings: the graph may offer one where the text falls short, never as fact', () => {
  it('a reading is marked in both languages (应指 / most likely) and quotes the sentence that falls short', () => {
    expect(broken('reading-unmarked')).toEqual([]);
    expect(broken('reading-unquoted')).toEqual([]);
    for (const t of tours) expect(checkCaptionReadings(t.steps), t.id).toEqual([]);
  });

  const GOAL_ZONES = /国家级农高区|高质量发展先行区|精品都市区|乡村振兴示范区|高品质生活区|第一部分|五个目标/;
  it('the strategy’s “五区” are the five goal zones only as a reading, wherever a text joins them', () => {
    const joined = texts.filter((t) => t.zh.includes('“五区”') && GOAL_ZONES.test(t.zh));
    expect(joined.length).toBeGreaterThan(0);
    for (const t of joined) {
      expect(READING_ZH.test(t.zh), `${t.where} (zh)`).toBe(true);
      expect(READING_EN.test(t.en), `${t.where} (en)`).toBe(true);
    }
    expect(READING_EN.test(node('strategy-five-zones').summary.en)).toBe(true);
  });

  it('the layout’s 五区 (双核、一带、一廊、五区) is told apart from the goal zones only as a reading', () => {
    for (const id of ['place-zone-layout', 'place-zone-five-areas']) {
      const n = node(id);
      expect(READING_ZH.test(n.summary.zh), id).toBe(true);
      expect(READING_EN.test(n.summary.en), id).toBe(true);
    }
  });

  it('the layout’s 五区 has its own English name, never “five zones”', () => {
    for (const id of ['place-zone-layout', ...descendants(model, 'place-zone-layout')])
      expect(node(id).label.en.toLowerCase(), id).not.toMatch(/five[- ]zones?/);
  });

  it('the goal zones are in part one: no English text places goals in another part', () => {
    for (const t of texts)
      for (const sentence of t.en.split(/[.;]/))
        if (/\bgoals?\b/i.test(sentence))
          expect(sentence, t.where).not.toMatch(/\bpart (two|three|four|2|3|4)\b/i);
  });

  it('part four’s safeguards are not counted: the text gives no number (four quoted headings, and 意识形态)', () => {
    for (const t of texts) {
      expect(t.zh, t.where).not.toMatch(/[二三四五六七]项保障/);
      expect(t.en, t.where).not.toMatch(/\b(four|five|4|5) (guarantees|safeguards) of part four\b/i);
      expect(t.en, t.where).not.toMatch(/\bfive (guarantees|safeguards)\b/i);
    }
  });
});

describe('kinds say what a thing is', () => {
  it('a target is an end to reach: its summary says what is aimed at (目标, 要, 打造, 形成, 实现, 确保 …)', () => {
    for (const n of graph.nodes)
      if (n.kind === 'target')
        expect(n.summary.zh, n.id).toMatch(/目标|落脚点|争做|要|力争|定位|愿景|确保|蹚出|打造|形成|实现/);
  });

  it('the people are not an aim: a node for 人民 is a concept with its figure', () => {
    const people = graph.nodes.filter((n) => /人民$/.test(n.label.zh));
    expect(people.length).toBeGreaterThan(0);
    for (const n of people) {
      expect(n.kind, n.id).toBe('concept');
      expect(n.figures?.length, n.id).toBeGreaterThan(0);
    }
  });

  it('what the text calls an opportunity (机遇) is something seized, not a measure taken', () => {
    for (const n of graph.nodes)
      if (n.label.zh.includes('机遇'))
        for (const id of model.children.get(n.id) ?? []) expect(node(id).kind, id).not.toBe('measure');
  });
});

describe('context notes say no more than can be cited', () => {
  it('a 背景： note in the Chinese comes with a Context: note in the English, and back', () => {
    expect(broken('context-unpaired')).toEqual([]);
  });

  it('years and months in an English summary are in its Chinese summary', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
    MONTHS.push('October', 'November', 'December');
    for (const n of graph.nodes) {
      for (const y of n.summary.en.match(/\b(1[89]\d\d|20\d\d)\b/g) ?? [])
        expect(n.summary.zh, `${n.id}: ${y}`).toContain(y);
      MONTHS.forEach((m, i) => {
        if (n.summary.en.includes(m)) expect(n.summary.zh, `${n.id}: ${m}`).toContain(`${i + 1}月`);
      });
    }
  });

  it('a date of 撤县设区 says which event: approved in December 2019, the district set up in April 2020', () => {
    for (const n of graph.nodes) {
      if (!n.summary.zh.includes('撤县设区') || !/20\d\d/.test(n.summary.zh)) continue;
      expect(n.summary.zh, n.id).toMatch(/2019年12月.*批/);
      expect(n.summary.zh, n.id).toMatch(/2020年4月.*成立/);
      expect(n.summary.en, n.id).toMatch(/approved[^.;]*December 2019/);
      expect(n.summary.en, n.id).toMatch(/set up in April 2020/);
    }
  });

  it('no overstatement: dry farming is mainly rain-fed, the graph cannot cite a headquarters, and a link the text does not make is not told as fact', () => {
    const overstatements: [RegExp, string][] = [
      [/without irrigation|不靠灌溉|不灌溉/, '旱作 relies mainly on rain: “mainly rain-fed”'],
      [/总部|headquarter/i, 'where a firm is headquartered is not cited: say where it is based'],
      [/local network/i, 'the text names no network: say what it says (one hall, three bases)'],
      [
        /linked to the (modern )?logistics cluster|与现代物流产业集群相关/,
        'a reading is carried by its supports edge, not told as fact',
      ],
    ];
    for (const n of graph.nodes)
      for (const [pattern, why] of overstatements) {
        expect(n.summary.zh, `${n.id}: ${why}`).not.toMatch(pattern);
        expect(n.summary.en, `${n.id}: ${why}`).not.toMatch(pattern);
      }
  });
});

describe('tours say what the graph says', () => {
  it('a goal tour shows only what is under the goal, or tied to it by supports (itself or a node above it)', () => {
    for (const tour of tours.filter((t) => model.nodes.get(t.id)?.kind === 'goal')) {
      const goal = tour.id;
      const inGoal = (id: string) => id === goal || under(id, goal);
      const tied = (id: string) =>
        [id, ...pathToRoot(model, id)].some((a) =>
          [...(model.supportsIn.get(a) ?? []), ...(model.supportsOut.get(a) ?? [])].some(inGoal),
        );
      tour.steps.forEach((step, i) => {
        for (const id of [step.focus, ...step.reveal])
          expect(inGoal(id) || tied(id), `${goal} step ${i + 1}: ${id}`).toBe(true);
      });
    }
  });
});

describe('each content rule catches the defect it was written for', () => {
  type Edit = (g: typeof graph) => void;
  const withEdit = (edit: Edit) => {
    const copy = structuredClone(graph);
    edit(copy);
    return checkContent(copy, taigu.sourceText).map((p) => `${p.rule} ${p.where}`);
  };
  const supports =
    (source: string, target: string, quote?: string, paragraph?: number) => (g: typeof graph) =>
      void g.edges.push({
        source,
        target,
        relation: 'supports',
        ...(quote ? { evidence: { quote, paragraph: paragraph! } } : {}),
      });
  const reparent = (id: string, parent: string) => (g: typeof graph) => {
    g.edges.find((e) => e.source === id && e.relation === 'part-of')!.target = parent;
  };

  it.each<[string, Edit, string]>([
    [
      'an aim of the opening filed under the setting',
      reparent('target-three-roles', 'context-background'),
      'outside-the-plan target-three-roles',
    ],
    [
      'two opportunities, one listed',
      reparent('jinzhong-agri-hi-tech-zone', 'context-background'),
      'group-incomplete strategy-two-opportunities',
    ],
    [
      'innovation first supporting the four guarantees',
      supports('principle-innovation', 'strategy-four-guarantees'),
      'supports-a-group principle-innovation → strategy-four-guarantees',
    ],
    [
      'a measure supporting its own parent',
      supports('measure-benchmark-capitals', 'principle-planning'),
      'supports-own-parent measure-benchmark-capitals → principle-planning',
    ],
    [
      'parallel measures of ¶8',
      supports('measure-agri-tech-innovation', 'measure-industry-academia-research'),
      'parallel-items measure-agri-tech-innovation → measure-industry-academia-research',
    ],
    [
      'the aim of 改革为要 supporting 创新为上',
      supports('target-inner-drive', 'principle-innovation'),
      'parallel-items target-inner-drive → principle-innovation',
    ],
    [
      'the centenary with the centenary activities’ quote',
      supports('concept-party-centenary', 'guarantee-follow-party', '开展庆祝建党一百周年系列活动', 11),
      'evidence-of-another-node concept-party-centenary → guarantee-follow-party',
    ],
    [
      'projects under way counted as reserve',
      supports('project-236-major-projects', 'plan-project-reserve'),
      'sums-chained project-236-major-projects → plan-project-reserve',
    ],
    [
      'a reading in one language only',
      (g) =>
        void (g.nodes.find((n) => n.id === 'strategy-five-zones')!.summary.en =
          'The five goals of part one.'),
      'reading-unmarked strategy-five-zones',
    ],
    [
      'a reading that quotes nothing',
      (g) => {
        const n = g.nodes.find((x) => x.id === 'strategy-five-zones')!;
        n.summary = { zh: '应指五个目标。', en: 'Most likely the five goals.' };
      },
      'reading-unquoted strategy-five-zones',
    ],
    [
      'a context note in one language only',
      (g) => void (g.nodes.find((n) => n.id === 'context-background')!.summary.zh += '背景：另见第6段。'),
      'context-unpaired context-background',
    ],
  ])('%s', (_name, edit, expected) => {
    expect(withEdit(edit)).toContain(expected);
  });
});
