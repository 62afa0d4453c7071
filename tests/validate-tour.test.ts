import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTourFiles, readTourText, toursFromJson } from '../src/domain/validate-tour';
import { formatProblemLine } from '../src/i18n/problem-messages';
import { loadGraphDir } from '../scripts/lib/graph-dir';
import { derivedFiles } from '../scripts/lib/derived-files';
import { graphDataPlugin } from '../scripts/lib/vite-graph-data';
import { miniModel } from './helpers/load';

const model = miniModel();
const dir = 'tests/fixtures/tours';
const lines = (name: string, lang: 'en' | 'zh' = 'en') => {
  const text = readFileSync(`${dir}/invalid/${name}.json`, 'utf8');
  const result = readTourText(text, { file: `${name}.json`, model, fileId: name });
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.problems.map((p) => formatProblemLine(p, lang));
};

describe('a valid tour', () => {
  it('is accepted, typed, without the $schema line', () => {
    const result = readTourText(readFileSync(`${dir}/intro.json`, 'utf8'), {
      file: 'intro.json',
      model,
      fileId: 'intro',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.tour)).toEqual(['id', 'title', 'steps']);
    expect(result.tour.steps.map((s) => s.focus)).toEqual(['green', 'tea']);
    expect(result.tour.steps[1]!.duration).toBe(5);
  });
});

describe('each rule has an invalid fixture with the exact problem', () => {
  const cases: [string, string[]][] = [
    [
      'unknown-node',
      [
        'unknown-node.json · steps[0].reveal[1]: "forests" is not the id of any node of this graph.',
        'unknown-node.json · steps[1].focus: "coffee" is not the id of any node of this graph.',
      ],
    ],
    [
      'focus-hidden',
      [
        'focus-hidden.json · steps[0].focus: The focus "forest" is not shown by this step: list it in reveal, or reveal a node below it.',
      ],
    ],
    [
      'file-name',
      [
        'file-name.json · id: The tour\'s id is "intro" but the file is "file-name.json"; name the file after the id.',
      ],
    ],
    ['empty-steps', ['empty-steps.json · steps: Must not be empty.']],
    [
      'caption-too-long',
      [
        'caption-too-long.json · steps[0].caption.zh: At most 80 characters: a visitor reads a caption in about ten seconds.',
      ],
    ],
    [
      'schema',
      [
        'schema.json · title.en: Required: expected string.',
        'schema.json · steps[0].reveal: Must not be empty.',
        'schema.json · steps[0].focus: Must be lower-case ASCII kebab-case, e.g. "goal-agri-zone".',
        'schema.json · steps[0].duration: Must be at least 3.',
        'schema.json · steps[0]: Unknown field(s): node.',
      ],
    ],
    [
      'json-syntax',
      [
        "json-syntax.json: This is not valid JSON (line 3, column 3): Expected ',' or '}' after property value",
      ],
    ],
  ];
  it.each(cases)('%s', (name, expected) => {
    expect(lines(name)).toEqual(expected);
  });

  it('words every problem in Chinese too', () => {
    expect(lines('focus-hidden', 'zh')).toEqual([
      'focus-hidden.json · steps[0].focus: 焦点“forest”在这一步中不显示：请把它列入 reveal，或展示它下面的节点。',
    ]);
    expect(lines('caption-too-long', 'zh')).toEqual([
      'caption-too-long.json · steps[0].caption.zh: 最多 80 个字：观众读一条说明约需十秒。',
    ]);
  });

  it('reports a tour id used by two files, keeping the first', () => {
    const text = readFileSync(`${dir}/intro.json`, 'utf8');
    const { tours, problems } = readTourFiles(
      [
        { file: 'a/intro.json', fileId: 'intro', text },
        { file: 'b/intro.json', fileId: 'intro', text },
      ],
      model,
    );
    expect(tours.map((t) => t.id)).toEqual(['intro']);
    expect(problems.map((p) => formatProblemLine(p, 'en'))).toEqual([
      'b/intro.json · id: The tour id "intro" is already used by a/intro.json.',
    ]);
  });
});

describe('tours as the app receives them (tours.json)', () => {
  it('keeps valid tours and drops ones that do not fit this graph', () => {
    const intro = JSON.parse(readFileSync(`${dir}/intro.json`, 'utf8')) as object;
    const wrong = JSON.parse(readFileSync(`${dir}/invalid/unknown-node.json`, 'utf8')) as object;
    expect(toursFromJson({ version: 1, tours: [intro, wrong, intro] }, model).map((t) => t.id)).toEqual([
      'intro',
    ]);
    expect(toursFromJson('nonsense', model)).toEqual([]);
    expect(toursFromJson(null, model)).toEqual([]);
  });
});

describe('the shipped tours', () => {
  const result = loadGraphDir('graph-data');
  const taigu = result.graphs.find((g) => g.id === 'taigu-2021')!;
  const tours = taigu.tours ?? [];

  it('are valid, and listed overview first, then the goals in document order', () => {
    expect(result.problems).toEqual([]);
    const goals = taigu.graph.nodes.filter((n) => n.kind === 'goal').map((n) => n.id);
    expect(goals).toHaveLength(5);
    expect(tours.map((t) => t.id)).toEqual(['overview', ...goals]);
  });

  it('walk the overview in 5–8 steps and each goal in 3–6 steps, starting at the goal', () => {
    const [overview, ...perGoal] = tours;
    expect(overview!.steps.length).toBeGreaterThanOrEqual(5);
    expect(overview!.steps.length).toBeLessThanOrEqual(8);
    for (const tour of perGoal) {
      expect(tour.steps.length).toBeGreaterThanOrEqual(3);
      expect(tour.steps.length).toBeLessThanOrEqual(6);
      expect(tour.steps[0]!.focus).toBe(tour.id);
    }
  });

  it('the example graph has an overview too', () => {
    const example = result.graphs.find((g) => g.id === 'example-qinghe-2030')!;
    expect(example.tours?.map((t) => t.id)).toEqual(['overview']);
  });

  it('are emitted as tours.json beside the graph', () => {
    const file = JSON.parse(derivedFiles(taigu)['tours.json']!) as { version: number; tours: unknown[] };
    expect(file.version).toBe(1);
    expect(file.tours).toEqual(tours);
  });
});

describe('an invalid tour stops graph:check and the build', () => {
  const root = mkdtempSync(join(tmpdir(), 'tours-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync('graph-data/example-qinghe-2030', join(root, 'example-qinghe-2030'), { recursive: true });
  writeFileSync(
    join(root, 'index.json'),
    JSON.stringify({
      default: 'example-qinghe-2030',
      graphs: [
        { id: 'example-qinghe-2030', title: { zh: '例', en: 'Ex' }, path: 'example-qinghe-2030/graph.json' },
      ],
    }),
  );
  const tour = JSON.parse(readFileSync('graph-data/example-qinghe-2030/tours/overview.json', 'utf8'));
  tour.steps[2].focus = 'goal-nowhere';
  writeFileSync(join(root, 'example-qinghe-2030/tours/overview.json'), JSON.stringify(tour));
  const expected = `${join(root, 'example-qinghe-2030/tours/overview.json')} · steps[2].focus: "goal-nowhere" is not the id of any node of this graph.`;

  it('graph:check lists the located problem', () => {
    const result = loadGraphDir(root, '/');
    expect(result.problems.map((p) => formatProblemLine(p, 'en'))).toEqual([expected.slice(1)]);
  });

  it('the Vite plugin refuses to build', () => {
    const plugin = graphDataPlugin(root);
    const ctx = {
      error(message: string) {
        throw new Error(message);
      },
    };
    const buildStart = plugin.buildStart as unknown as (this: typeof ctx) => void;
    expect(() => buildStart.call(ctx)).toThrow('steps[2].focus: "goal-nowhere" is not the id of any node');
  });
});
