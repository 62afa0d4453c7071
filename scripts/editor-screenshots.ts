/**
 * `npm run screenshots:editor` — serves the production build (run `npm run build` first) and writes the
 * screenshots of docs/authoring.md to docs/screenshots/: the editor on a new graph of the Qinghe example's
 * source (a passage selected, the new-node form open, the coverage count) and the editor on the Taigu graph (a
 * node's fields with the glossary's suggestions, the live check), in Chinese and English.
 */
import type { Page } from '@playwright/test';
import { openShotSession } from './lib/shot-session';

const port = Number(process.env.E2E_PORT ?? 4181);
const { base, browser, close } = await openShotSession(port);

/** Selects a passage of the source pane as the mouse would, and lets the editor read it. */
async function select(page: Page, paragraph: number, text: string) {
  await page.evaluate(
    ([p, t]) => {
      const block = document.querySelector(`[data-testid="source-text"] [data-paragraph="${p}"]`)!;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(t);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + t.length);
        (block as HTMLElement).closest<HTMLElement>('[data-testid="source-text"]')!.focus();
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        (block as HTMLElement).scrollIntoView({ block: 'center' });
        return;
      }
      throw new Error(`${t} is not in paragraph ${p}`);
    },
    [paragraph, text] as const,
  );
  await page.waitForTimeout(200);
}

const edit = (page: Page, nodes: [string, string, string, string, number, string?][]) =>
  page.evaluate((list) => {
    const app = window.__taigu!.store.getState();
    for (const [id, kind, zh, quote, paragraph, parent] of list)
      app.edit({
        op: 'add-node',
        node: {
          id,
          kind: kind as 'goal',
          label: { zh, en: id.replace(/-/g, ' ') },
          summary: { zh: quote, en: id.replace(/-/g, ' ') },
          evidence: { quote, paragraph },
        },
        ...(parent ? { parent } : {}),
      });
  }, nodes);

for (const lang of ['zh', 'en'] as const) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${base}${lang === 'en' ? '?lang=en' : ''}`);
  await page.waitForFunction(() => window.__taigu?.store.getState().status === 'ready');
  await page.evaluate(() => window.__taigu!.store.getState().openEditor());
  await page.getByTestId('editor-source-file').setInputFiles('graph-data/example-qinghe-2030/source.txt');
  await page.getByTestId('source-text').waitFor();
  await edit(page, [
    [
      'green-demonstration-county',
      'vision',
      '绿色发展示范县',
      '把青禾县建成“山清水秀、业兴民富”的绿色发展示范县',
      5,
    ],
    [
      'better-ecology',
      'goal',
      '生态更优',
      '一是生态更优，青禾河水质稳定达标',
      5,
      'green-demonstration-county',
    ],
    ['stronger-industry', 'goal', '产业更强', '二是产业更强', 5, 'green-demonstration-county'],
  ]);
  await page.waitForTimeout(1500);
  await select(page, 5, '绿色食品产业产值突破100亿元');
  await page
    .getByRole('button', { name: lang === 'en' ? 'New node from selection' : '新建节点', exact: true })
    .click();
  await page.getByLabel(lang === 'en' ? 'English label' : '英文名称').fill('Green-food output');
  await page
    .getByLabel(lang === 'en' ? 'Kind' : '类型')
    .first()
    .selectOption('target');
  await page.waitForTimeout(800);
  await page.screenshot({ path: `docs/screenshots/editor-select-${lang}.png` });
  console.log('wrote', `docs/screenshots/editor-select-${lang}.png`);

  await context.close();

  // The graph on screen, opened in the editor (a fresh device: no draft kept).
  const context2 = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page2 = await context2.newPage();
  await shotDetails(page2, lang);
  await context2.close();
}
await close();

async function shotDetails(page: Page, lang: 'zh' | 'en') {
  await page.goto(`${base}${lang === 'en' ? '?lang=en' : ''}`);
  await page.waitForFunction(() => window.__taigu?.store.getState().status === 'ready');
  await page.evaluate(() => window.__taigu!.store.getState().openEditor());
  await page
    .getByRole('button', { name: lang === 'en' ? 'Edit the graph on screen' : '编辑当前图谱' })
    .click();
  await page.getByTestId('source-text').waitFor();
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.__taigu!.store.getState().reveal('concept-gucheng-yuan'));
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `docs/screenshots/editor-details-${lang}.png` });
  console.log('wrote', `docs/screenshots/editor-details-${lang}.png`);
}
