/**
 * Ids for rows that leave the id empty. They must not change from one import to the next (links, tours and
 * stored views point at ids), so they come from the node's own words, never from its row number: the English
 * label as kebab-case (`Green-food output` → `green-food-output`), or, with no usable English, a short hash of
 * the Chinese label (`node-3f9a2c1e`). A second node with the same words gets `-2`, `-3` in row order.
 */
const MAX_SLUG = 56;

export function slugOf(english: string): string {
  const words = english
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, MAX_SLUG);
}

function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Gives each row without an id one, skipping ids already taken (by other rows' explicit ids). */
export function idGenerator(taken: Set<string>): (english: string, chinese: string) => string {
  return (english, chinese) => {
    const base = slugOf(english) || `node-${hashOf(chinese.trim())}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}
