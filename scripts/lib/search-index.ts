import { pinyin, polyphonic } from 'pinyin-pro';
import type { GraphFile } from '../../src/domain/schema';
import { compact } from '../../src/search/normalize';
import {
  nodeNames,
  SEARCH_INDEX_VERSION,
  type SearchIndex,
  type SearchName,
} from '../../src/search/search-index';

/**
 * Pinyin for search, computed when the data is built so no pinyin library ships to the browser.
 * Every reading of a polyphonic character is covered (乐华城 → lehuacheng, yuehuacheng …; initials lhc,
 * yhc), up to MAX_COMBINATIONS strings per name so long labels stay bounded.
 */
export const MAX_COMBINATIONS = 32;

export function buildSearchIndex(graph: GraphFile): SearchIndex {
  return {
    version: SEARCH_INDEX_VERSION,
    entries: graph.nodes.map((node) => ({
      id: node.id,
      names: nodeNames(node.label.zh, node.aliases).map(searchName),
      en: node.label.en,
    })),
  };
}

export function searchName(text: string): SearchName {
  const readings = readingsPerChar(text);
  return {
    text,
    full: combinations(readings, MAX_COMBINATIONS),
    initials: combinations(
      readings.map((r) => unique(r.map((p) => p.charAt(0)))),
      MAX_COMBINATIONS,
    ),
  };
}

/**
 * For each letter or digit of the name, what it may be typed as: a Chinese character's readings without
 * tones (the reading in context first, then the others; ü as `v`, and also as `u`), a digit or Latin letter
 * as itself. Punctuation, quotes and spaces are dropped.
 */
export function readingsPerChar(text: string): string[][] {
  const chars = [...compact(text)];
  const source = chars.join('');
  // The reading in context (行长 → hang zhang), aligned with the characters when the library keeps them 1:1.
  const inContext = pinyin(source, { toneType: 'none', type: 'all', v: true });
  const aligned = inContext.length === chars.length;
  return chars.map((char, i) => {
    const context = aligned ? inContext[i] : undefined;
    const isZh = context ? context.isZh : /\p{Script=Han}/u.test(char);
    if (!isZh) return [char];
    const all = polyphonic(char, { toneType: 'none', type: 'array', v: true })[0] ?? [];
    const readings = unique([...(context?.pinyin ? [context.pinyin] : []), ...all].map(clean)).filter(
      Boolean,
    );
    if (readings.length === 0) return [char];
    // Keyboards without ü: 绿 is typed lv or lu, 女 nv or nu.
    return unique([...readings, ...readings.filter((r) => r.includes('v')).map((r) => r.replace(/v/g, 'u'))]);
  });
}

const clean = (reading: string) => compact(reading).replace(/ü/g, 'v');

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/**
 * Strings made of one choice per position, at most `cap` of them: first the string of first choices, then
 * every string that differs from it in one position, then in two, and so on — so each single alternative
 * reading is covered before combinations of several.
 */
export function combinations(choices: readonly (readonly string[])[], cap: number): string[] {
  const out = new Set<string>();
  const first = choices.map((c) => c[0] ?? '');
  const variable = choices.flatMap((c, i) => (c.length > 1 ? [i] : []));
  const pick = [...first];
  const visit = (from: number, left: number): void => {
    if (out.size >= cap) return;
    if (left === 0) {
      out.add(pick.join(''));
      return;
    }
    for (let v = from; v <= variable.length - left && out.size < cap; v++) {
      const pos = variable[v]!;
      for (const alt of choices[pos]!.slice(1)) {
        pick[pos] = alt;
        visit(v + 1, left - 1);
        if (out.size >= cap) break;
      }
      pick[pos] = first[pos]!;
    }
  };
  for (let k = 0; k <= variable.length && out.size < cap; k++) visit(0, k);
  return [...out].filter(Boolean);
}
