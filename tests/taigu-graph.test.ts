import { describe, expect, it } from 'vitest';
import { loadGraphDir } from '../scripts/lib/graph-dir';
import { buildModel } from '../src/domain/graph-model';
import { quoteCoverage } from '../src/domain/graph-stats';
import { figureEn } from '../src/domain/figures';

const dir = loadGraphDir('graph-data');
const taigu = dir.graphs.find((g) => g.id === 'taigu-2021')!;
const model = buildModel(taigu.graph);
const node = (id: string) => {
  const n = model.nodes.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
/** The zh labels of a node's part-of children, in file order. */
const children = (id: string) => (model.children.get(id) ?? []).map((c) => node(c).label.zh);
/** Every expected member appears in exactly one child label. */
const expectMembers = (parent: string, members: string[]) => {
  const labels = children(parent);
  for (const m of members)
    expect(
      labels.filter((l) => l.includes(m)),
      `${parent} ⊃ ${m}`,
    ).toHaveLength(1);
  expect(labels.length).toBeGreaterThanOrEqual(members.length);
};

describe('the shipped data', () => {
  it('passes every validation rule', () => {
    expect(dir.problems).toEqual([]);
    expect(taigu).toBeDefined();
  });

  it('has the size the brief expects', () => {
    expect(taigu.graph.nodes.length).toBeGreaterThanOrEqual(150);
    expect(taigu.graph.nodes.length).toBeLessThanOrEqual(300);
    expect(model.supports.length).toBeGreaterThanOrEqual(60);
  });

  it('quotes every body paragraph of the source', () => {
    const cov = quoteCoverage(taigu.graph, taigu.sourceText);
    const body = cov.paragraphs.filter((p) => !p.frontMatter);
    expect(body).toHaveLength(7);
    for (const p of body) expect(p.quotes, `paragraph ${p.paragraph}`).toBeGreaterThan(0);
    expect(cov.covered / cov.chars).toBeGreaterThan(0.85);
  });
});

describe('every enumeration of the document is complete', () => {
  it('the five goals (五区 of part one)', () =>
    expectMembers('part-1-goals', [
      '国家级农高区',
      '高质量发展先行区',
      '特色精品都市区',
      '乡村振兴示范区',
      '高品质生活区',
    ]));
  it('the four emerging pillar industries', () =>
    expectMembers('industry-emerging-pillars', ['农产品精深加工', '中医药', '文旅康养', '会展经济']));
  it('the 一二三四五 strategy', () =>
    expectMembers('strategy-12345', ['党建为统领', '两大机遇', '三大战场', '四个保障', '五区']));
  it('two opportunities: the zone and 撤县设区', () =>
    expectMembers('strategy-two-opportunities', ['晋中国家农高区', '撤县设区']));
  it('three battlefields', () => expectMembers('strategy-three-battlefields', ['东部', '中部', '西部']));
  it('four guarantees', () =>
    expectMembers('strategy-four-guarantees', ['项目支撑', '改革开放', '科技创新', '干事创业']));
  it('every named 十亿级 enterprise', () =>
    expectMembers('plan-billion-enterprises', [
      '广誉远国药',
      '10万吨肉牛全产业链',
      '众德天和',
      '乐华城',
      '国家骨干冷链物流基地',
    ]));
  it('all five 百亿级 clusters', () =>
    expectMembers('plan-clusters', ['中医药', '农产品精深加工', '精密智造装备', '文旅康养', '现代物流']));
  it('all ten 坚持', () =>
    expectMembers('part-3-measures', [
      '创新为上',
      '项目为王',
      '以“谷”为核',
      '改革为要',
      '“三农”为重',
      '规划为先',
      '文化为根',
      '生态为基',
      '人民为本',
      '安全为天',
    ]));
  it('the four leading industries', () =>
    expectMembers('industry-four-leading', ['设施蔬菜', '干鲜果', '苗木花卉', '畜牧养殖']));
  it('the five new tourism formats', () =>
    expectMembers('industry-new-tourism-formats', [
      '农事研学',
      '古城体验',
      '非遗传习',
      '生态休闲',
      '医药养生',
    ]));
  it('北拓、东融、南优、西联、中强', () =>
    expectMembers('measure-five-directions', ['北拓', '东融', '南优', '西联', '中强']));
  it('一主、一带、两轴、三中心、五片区', () =>
    expectMembers('place-central-city-layout', ['一主', '一带', '两轴', '三中心', '五片区']));
  it('双核、一带、一廊、五区 — a 五区 distinct from the five goals', () => {
    expectMembers('place-zone-layout', ['双核', '一带', '一廊', '五区']);
    expect(model.children.get('place-zone-layout')).not.toContain('strategy-five-zones');
  });
  it('the four valleys', () =>
    expectMembers('measure-four-valleys', ['科技之谷', '创新之谷', '产业之谷', '富民之谷']));
  it('the party-building safeguards of part four (the text gives no count)', () =>
    expectMembers('part-4-guarantees', ['跟党走', '意识形态', '创伟业', '顽疾', '优生态']));
  it('不敢、不能、不想', () => expectMembers('target-three-nots', ['不敢', '不能', '不想']));
  it('小巨人、独角兽、单打冠军', () => expectMembers('measure-tech-firms', ['小巨人', '独角兽', '单打冠军']));
});

describe('counted-only groups carry the count and no invented members', () => {
  it.each([
    ['industry-ten-clusters', 10],
    ['concept-six-stabilities', 6],
    ['concept-six-securities', 6],
    ['measure-three-batches', 3],
  ])('%s', (id, count) => {
    expect(model.children.get(id) ?? []).toEqual([]);
    expect(node(id).figures?.map((f) => f.value)).toContain(count);
  });
});

describe('figures are data on their nodes', () => {
  it.each([
    ['project-236-major-projects', '236'],
    ['project-236-major-projects', '127.5 billion yuan'],
    ['project-beef-cattle-chain', '100,000 tonnes'],
    ['target-taigu-population', '320,000 people'],
    ['plan-project-reserve', '100 billion yuan'],
  ])('%s has %s', (id, en) => {
    expect(node(id).figures!.map(figureEn)).toContain(en);
  });
});
