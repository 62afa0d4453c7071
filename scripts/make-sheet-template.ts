/**
 * `npx tsx scripts/make-sheet-template.ts` — regenerates the spreadsheet templates linked from
 * docs/authoring.md, made from the Taigu graph's first branches (the same template the app's 表格 / Spreadsheet
 * menu offers): docs/templates/graph-template-zh.xlsx with Chinese headers and words, -en.xlsx with English ones.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { GraphFile } from '../src/domain/schema';
import { templateXlsx } from '../src/sheets/export-sheets';

const taigu = JSON.parse(readFileSync('graph-data/taigu-2021/graph.json', 'utf8')) as GraphFile;
mkdirSync('docs/templates', { recursive: true });
for (const lang of ['zh', 'en'] as const) {
  const blob = await templateXlsx(taigu, lang);
  const out = `docs/templates/graph-template-${lang}.xlsx`;
  writeFileSync(out, new Uint8Array(await blob.arrayBuffer()));
  console.log(`wrote ${out}`);
}
