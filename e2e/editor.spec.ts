import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, settle, test } from './fixtures';

/**
 * The editor (编辑): a graph built from nothing but a source text, every node from a passage selected in it (by
 * mouse and by keyboard), edges by dragging on the canvas and from the list, undo and redo, a reload, and the
 * downloaded files held to `npm run graph:check`.
 */
const SOURCE = [
  '清河县2030年发展纲要',
  '一、建设生态宜居的美丽清河。坚持绿水青山就是金山银山，全面推进河道治理。',
  '二、发展现代农业产业。建设万亩高标准农田，培育龙头企业。',
  '三、提升公共服务水平。新建中学和医院，完善养老服务体系。',
].join('\n\n');
const paragraphs = SOURCE.split('\n\n');

const draft = (page: Page) =>
  page.evaluate(() => {
    const g = window.__taigu!.store.getState().editor.history!.present;
    return { nodes: g.nodes.length, edges: g.edges.length };
  });
const uncovered = async (page: Page) =>
  Number(await page.getByTestId('coverage').getAttribute('data-uncovered'));

/** Selects `text` in paragraph `p` (1-based) with the mouse: press before its first character, release after its last. */
async function mouseSelect(page: Page, p: number, text: string) {
  const at = paragraphs[p - 1]!.indexOf(text);
  const box = await page.evaluate(
    ([p, start, end]) => {
      const block = document.querySelector(`[data-testid="source-text"] [data-paragraph="${p}"]`)!;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const point = (offset: number, side: 'left' | 'right') => {
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent!.length;
          if (offset < seen + len || (side === 'right' && offset === seen + len)) {
            const r = document.createRange();
            const i = offset - seen;
            r.setStart(n, side === 'left' ? i : i - 1);
            r.setEnd(n, side === 'left' ? i + 1 : i);
            const rect = r.getBoundingClientRect();
            walker.currentNode = block;
            return { x: side === 'left' ? rect.left + 1 : rect.right - 1, y: rect.top + rect.height / 2 };
          }
          seen += len;
        }
        throw new Error('offset outside the paragraph');
      };
      return { from: point(start, 'left'), to: point(end, 'right') };
    },
    [p, at, at + text.length] as const,
  );
  await page.mouse.move(box.from.x, box.from.y);
  await page.mouse.down();
  await page.mouse.move(box.to.x, box.to.y, { steps: 5 });
  await page.mouse.up();
}

/** Selects `text` in paragraph `p` with the keyboard only: caret to the top, arrows to its start, Shift+arrows over it. */
async function keyboardSelect(page: Page, p: number, text: string) {
  await page.getByTestId('source-text').focus();
  await page.keyboard.press('Control+Home');
  // Each paragraph before it, plus one step over each paragraph break.
  const steps =
    paragraphs.slice(0, p - 1).reduce((s, q) => s + q.length + 1, 0) + paragraphs[p - 1]!.indexOf(text);
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < text.length; i++) await page.keyboard.press('Shift+ArrowRight');
}

/** Fills the new-node form that Enter or the button opened: the proposed Chinese label stays, English is typed. */
async function createNode(page: Page, quote: string, en: string, kind: string) {
  const form = page.locator('form.editor-form');
  await expect(form.getByTestId('new-node-quote')).toHaveText(quote);
  await form.getByLabel('英文名称').fill(en);
  await form.getByLabel('类型').selectOption(kind);
  await form.getByLabel('所属（上级节点）').selectOption('');
  await form.getByRole('button', { name: '建立节点' }).click();
  await expect(form).toBeHidden();
}

/** axe finds nothing in the editor as it stands (the same WCAG tags as e2e/accessibility.spec.ts). */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
}

/** Drags from one node onto another on the canvas, as an author joins them. */
async function dragNode(page: Page, from: string, to: string) {
  // Both ends in view first, as a person would zoom out to see them.
  await page.evaluate(() => window.__taigu!.camera.fit());
  await settle(page);
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const at = await page.evaluate(() => window.__taiguCanvas!.renderedPositions());
  await page.mouse.move(box.x + at[from]!.x, box.y + at[from]!.y);
  await page.mouse.down();
  await page.mouse.move(box.x + at[to]!.x, box.y + at[to]!.y, { steps: 8 });
  await page.mouse.up();
}

test('a graph built by reading: nodes from selections, edges by drag and list, undo, reload, files that pass graph:check', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: '编辑：从原文逐句建立图谱' }).click();
  await page.getByTestId('editor-source-file').setInputFiles({
    name: 'qinghe-plan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(SOURCE),
  });
  await expect(page.getByTestId('source-text')).toContainText('提升公共服务水平');
  const start = await uncovered(page);
  expect(start).toBe(7);

  // Three nodes by mouse, two by keyboard; the coverage count falls with each new quote.
  const made: { quote: string; p: number; en: string; kind: string; how: 'mouse' | 'keys' }[] = [
    { quote: '建设生态宜居的美丽清河', p: 2, en: 'Beautiful Qinghe', kind: 'vision', how: 'mouse' },
    { quote: '全面推进河道治理', p: 2, en: 'River management', kind: 'measure', how: 'mouse' },
    { quote: '发展现代农业产业', p: 3, en: 'Modern agriculture', kind: 'goal', how: 'mouse' },
    { quote: '建设万亩高标准农田', p: 3, en: 'High-standard farmland', kind: 'project', how: 'keys' },
    { quote: '提升公共服务水平', p: 4, en: 'Public services', kind: 'goal', how: 'keys' },
  ];
  let before = start;
  for (const n of made) {
    if (n.how === 'mouse') {
      await mouseSelect(page, n.p, n.quote);
      await page.getByRole('button', { name: '新建节点', exact: true }).click();
    } else {
      await keyboardSelect(page, n.p, n.quote);
      await page.keyboard.press('Enter');
    }
    await createNode(page, n.quote, n.en, n.kind);
    const now = await uncovered(page);
    expect(now).toBe(before - 1);
    before = now;
  }
  expect(await draft(page)).toEqual({ nodes: 5, edges: 0 });
  expect(await uncovered(page)).toBe(start - 5);

  // Two edges by dragging on the canvas, two from the searchable list.
  await dragNode(page, 'river-management', 'beautiful-qinghe');
  await page.getByTestId('pending-edge').getByRole('button', { name: '组成（属于）' }).click();
  await dragNode(page, 'modern-agriculture', 'beautiful-qinghe');
  await page.getByTestId('pending-edge').getByRole('button', { name: '组成（属于）' }).click();
  expect(await draft(page)).toEqual({ nodes: 5, edges: 2 });
  for (const [node, target] of [
    ['high-standard-farmland', '发展现代农业'],
    ['public-services', '美丽清河'],
  ] as const) {
    await page.evaluate((id) => window.__taigu!.store.getState().select(id), node);
    const panel = page.getByTestId('editor-panel');
    await panel.getByLabel('目标节点（输入以查找）').fill(target);
    await panel.getByRole('button', { name: new RegExp(`组成（属于） → .*${target}`) }).click();
  }
  expect(await draft(page)).toEqual({ nodes: 5, edges: 4 });
  await expect(page.getByTestId('problems-none')).toBeVisible();
  await expect(page.getByTestId('source-quote')).toHaveText('提升公共服务水平');
  await expectAccessible(page);

  // Undo and redo, by keys and by buttons.
  await page.getByTestId('graph-canvas').focus();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  expect(await draft(page)).toEqual({ nodes: 5, edges: 2 });
  await page.keyboard.press('Control+Shift+z');
  expect(await draft(page)).toEqual({ nodes: 5, edges: 3 });
  await page.getByRole('button', { name: '重做（Ctrl+Shift+Z）' }).click();
  expect(await draft(page)).toEqual({ nodes: 5, edges: 4 });
  await page.getByRole('button', { name: '撤销（Ctrl+Z）' }).click();
  await page.getByRole('button', { name: '重做（Ctrl+Shift+Z）' }).click();

  // Kept on this device: a reload opens the editor with the same draft.
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-saved', 'saved');
  await page.reload();
  await expect(page.getByTestId('editor-panel')).toBeVisible();
  expect(await draft(page)).toEqual({ nodes: 5, edges: 4 });

  // The downloads pass graph:check, and every quote is the passage that was selected.
  const dir = mkdtempSync(join(tmpdir(), 'editor-e2e-'));
  mkdirSync(join(dir, 'qinghe'));
  for (const name of ['graph.json', 'source.txt']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name, exact: true }).click();
    await (await download).saveAs(join(dir, 'qinghe', name));
  }
  const graph = JSON.parse(readFileSync(join(dir, 'qinghe', 'graph.json'), 'utf8'));
  expect(graph.nodes.map((n: { evidence: { quote: string } }) => n.evidence.quote)).toEqual(
    made.map((n) => n.quote),
  );
  const title = { zh: '清河', en: 'Qinghe' };
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({ default: 'qinghe', graphs: [{ id: 'qinghe', title, path: 'qinghe/graph.json' }] }),
  );
  const out = execFileSync('npx', ['tsx', 'scripts/graph-check.ts', dir], { encoding: 'utf8' });
  expect(out).toContain('✓ qinghe: 5 nodes, 4 edges');
});

test('the editor is absent in the kiosk and in an embedded view', async ({ page }) => {
  await page.addInitScript(() => sessionStorage.setItem('taigu-editing', '1'));
  for (const query of ['?kiosk', '?embed']) {
    await page.goto(`/${query}`);
    await page.waitForFunction(() => window.__taigu?.store.getState().status === 'ready');
    await expect(page.getByRole('button', { name: /编辑/ })).toHaveCount(0);
    const on = await page.evaluate(() => {
      window.__taigu!.store.getState().openEditor();
      return window.__taigu!.store.getState().editor.on;
    });
    if (query === '?kiosk') expect(on).toBe(false);
    await expect(page.getByTestId('editor-panel')).toHaveCount(0);
  }
});

test('readers see what of the source the graph does not cover, and the selected node’s quote in it', async ({
  page,
}) => {
  await page.goto('/?s=concept-gucheng-yuan');
  await page.waitForFunction(() => window.__taigu?.store.getState().status === 'ready');
  await page.getByRole('button', { name: '原文覆盖：看原文中哪些句子图谱还没有引用' }).click();
  // The shipped graph quotes every sentence past its front matter.
  await expect(page.getByTestId('coverage')).toHaveText('原文每一句都已有节点引用');
  await expect(page.getByTestId('source-quote')).toHaveText('全力推进“谷城院”一体化');
  await expect(page.locator('.source-text .uncovered')).toHaveCount(0);
  await page.getByRole('button', { name: '返回大纲' }).click();
  await expect(page.getByRole('tree')).toBeVisible();
});
