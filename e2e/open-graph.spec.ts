import { readFileSync } from 'node:fs';
import { expect, openApp, positions, storeState, test, waitForCanvas } from './fixtures';

const mini = readFileSync('tests/fixtures/mini/valid.json', 'utf8');
const miniSource = readFileSync('tests/fixtures/mini/source.txt', 'utf8');
const file = (name: string, text: string) => ({
  name,
  mimeType: name.endsWith('.json') ? 'application/json' : 'text/plain',
  buffer: Buffer.from(text),
});

test('an invalid file lists every problem with its path, and the graph on screen stays', async ({ page }) => {
  await openApp(page);
  const before = await positions(page);
  const broken = JSON.parse(mini);
  broken.nodes[1].kind = 'gizmo';
  broken.edges.push({ source: 'tea', target: 'ghost', relation: 'supports' });
  await page.getByTestId('graph-file-input').setInputFiles([file('broken.json', JSON.stringify(broken))]);
  const panel = page.getByRole('alert').filter({ hasText: 'broken.json' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('nodes[1].kind');
  await expect(panel).toContainText('只能是以下之一');
  expect(await storeState(page, 'graphId')).toBe('taigu-2021');
  expect(Object.keys(await positions(page)).sort()).toEqual(Object.keys(before).sort());
  // In the reader's language.
  await page.getByRole('button', { name: '切换到英文' }).click();
  await expect(panel).toContainText('Must be one of');
  await panel.getByRole('button', { name: 'Close the problem list' }).click();
  await expect(panel).toBeHidden();
});

test('a file that is not JSON, or too deep, is refused with a clear message', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('graph-file-input').setInputFiles([file('notes.json', '{"nodes": [1, 2,, 3]}')]);
  await expect(page.getByRole('alert').filter({ hasText: 'notes.json' })).toContainText('不是有效的 JSON');
  await page
    .getByTestId('graph-file-input')
    .setInputFiles([file('deep.json', '['.repeat(50000) + ']'.repeat(50000))]);
  await expect(page.getByRole('alert').filter({ hasText: 'deep.json' })).toContainText('嵌套超过');
  expect(await storeState(page, 'graphId')).toBe('taigu-2021');
});

test('a valid graph file opens, survives a reload, and can be removed', async ({ page }) => {
  await openApp(page);
  await page
    .getByTestId('graph-file-input')
    .setInputFiles([file('qinghe.json', mini), file('source.txt', miniSource)]);
  await expect.poll(() => storeState<string>(page, 'graphId')).toMatch(/^local-/);
  await expect
    .poll(async () => Object.keys(await positions(page)).sort())
    .toEqual(['forest', 'green', 'plan', 'tea']);
  await expect(page.getByRole('combobox', { name: '图谱' })).toContainText('（本设备）');

  await page.reload();
  await expect.poll(() => storeState<string>(page, 'graphId')).toMatch(/^local-/);
  await expect.poll(async () => Object.keys(await positions(page)).length).toBe(4);
  expect(page.url()).toContain('g=local-');

  await page.getByRole('button', { name: '从本设备移除' }).click();
  await expect.poll(() => storeState(page, 'graphId')).toBe('taigu-2021');
  await expect(page.getByRole('combobox', { name: '图谱' })).not.toContainText('（本设备）');
});

test('hostile text in a graph shows as literal text, never as markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openApp(page);
  const hostile = JSON.parse(mini);
  const payload = '<img src=x onerror=alert(1)>';
  hostile.nodes[1].label.zh = payload;
  hostile.nodes[1].summary.zh = '<script>alert(2)</script>';
  await page.getByTestId('graph-file-input').setInputFiles([file('hostile.json', JSON.stringify(hostile))]);
  await expect.poll(() => storeState<string>(page, 'graphId')).toMatch(/^local-/);
  const tree = page.getByRole('tree', { name: '大纲' });
  await expect(tree).toContainText(payload);
  await tree.getByText(payload).click();
  await expect(page.getByTestId('details')).toContainText('<script>alert(2)</script>');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a same-origin ?graph= link opens that file; another origin is refused with a message', async ({
  page,
}) => {
  await openApp(page, '?graph=graph-data/taigu-2021/graph.json&s=part-2-strategy');
  expect(await storeState(page, 'graphPath')).toBe('graph-data/taigu-2021/graph.json');
  await expect.poll(() => storeState(page, 'selected')).toBe('part-2-strategy');
  expect(page.url()).toContain('graph=graph-data%2Ftaigu-2021%2Fgraph.json');

  await page.goto('/?graph=https://example.com/evil.json');
  await expect(page.getByRole('alert')).toContainText('只能打开本站的图谱');
  await waitForCanvas(page);
  expect(await storeState(page, 'graphId')).toBe('taigu-2021');
});

test('dropping a graph file on the page opens it; a link to it says it exists only on this device', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const dataTransfer = await page.evaluateHandle(
    ({ text, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    },
    { text: mini, name: 'dropped.json' },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('松开以打开图谱文件')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect.poll(() => storeState<string>(page, 'graphId')).toMatch(/^local-/);
  await expect.poll(async () => Object.keys(await positions(page)).length).toBe(4);
  await page.getByRole('button', { name: '分享' }).click();
  await expect(page.getByRole('dialog').getByText('只保存在本设备上')).toBeVisible();
});

test('checking a large file never freezes the page', async ({ page }) => {
  await openApp(page);
  const base = JSON.parse(mini);
  const node = base.nodes[2];
  const big = {
    ...base,
    nodes: Array.from({ length: 19_000 }, (_, i) => ({
      ...node,
      id: `n-${i}`,
      kind: i % 2 ? 'gizmo' : node.kind,
    })),
    edges: [],
  };
  const text = JSON.stringify(big);
  await page.evaluate(() => {
    const w = window as unknown as { __order: string[] };
    w.__order = [];
    new MutationObserver(() => {
      if (document.documentElement.lang === 'en' && !w.__order.includes('lang')) w.__order.push('lang');
      if (document.querySelector('.problems-panel ol') && !w.__order.includes('problems'))
        w.__order.push('problems');
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
    new MutationObserver(() => {
      if (document.documentElement.lang === 'en' && !w.__order.includes('lang')) w.__order.push('lang');
    }).observe(document.documentElement, { attributes: true });
  });
  await page.getByTestId('graph-file-input').setInputFiles([file('big.json', text)]);
  await expect(page.getByRole('status').filter({ hasText: '正在检查文件' })).toBeVisible();
  await page.getByRole('button', { name: '切换到英文' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'big.json' })).toBeVisible({ timeout: 30_000 });
  // The click was handled while the file was still being checked.
  expect(await page.evaluate(() => (window as unknown as { __order: string[] }).__order)).toEqual([
    'lang',
    'problems',
  ]);
  expect(await storeState(page, 'graphId')).toBe('taigu-2021');
});

test('a shipped file changed after the build is validated like any other: its problem is shown', async ({
  page,
}) => {
  // The build's digests let its own files skip the second validation; a file edited on the server must not.
  await page.route('**/graph-data/taigu-2021/graph.json', async (route) => {
    const graph = JSON.parse(await (await route.fetch()).text());
    graph.nodes[2].kind = 'gizmo';
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(graph) });
  });
  await page.goto('./');
  const panel = page.getByRole('alert').filter({ hasText: 'graph.json' });
  await expect(panel).toContainText('nodes[2].kind');
  await expect(panel).toContainText('只能是以下之一');
});
