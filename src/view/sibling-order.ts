import type { GraphModel } from '../domain/graph-model';
import { splitParagraphs } from '../domain/source-text';

/**
 * Every node id of a graph, parents before their children and siblings in the order the hierarchical layouts
 * draw them: the outline of the plan as the document reads. A node's rank among its siblings is its index here.
 * Plain data, so it can be computed where the source text is and handed to the layout worker.
 */
export type SiblingOrder = readonly string[];

/** Sweeps of the crossing reduction; each one is linear in nodes and edges. */
const SWEEPS = 4;

/**
 * Where a node's quote stands in the document: its paragraph, then the quote's index in that paragraph of
 * `sourceText` (Infinity when the text is absent or does not hold it), then the node's place in the file.
 */
export function documentKeys(model: GraphModel, sourceText = ''): Map<string, [number, number, number]> {
  const paragraphs = sourceText ? splitParagraphs(sourceText) : [];
  const keys = new Map<string, [number, number, number]>();
  model.order.forEach((id, file) => {
    const { quote, paragraph } = model.nodes.get(id)!.evidence;
    const at = paragraphs[paragraph - 1]?.indexOf(quote) ?? -1;
    keys.set(id, [paragraph, at < 0 ? Infinity : at, file]);
  });
  return keys;
}

/**
 * Siblings in document order (see `documentKeys`). Siblings whose quotes stand at the same place (the same
 * passage quoted twice) have no order of their own; among those, the order that makes supports edges cross
 * less wins: a few barycentre sweeps over the outline of the whole graph, every node open. It is computed
 * once per graph, so opening one branch never reorders another. Pure and deterministic. `sweeps: 0` gives plain
 * document order.
 */
export function siblingOrder(model: GraphModel, sourceText = '', sweeps = SWEEPS): SiblingOrder {
  const keys = documentKeys(model, sourceText);
  const byDocument = (a: string, b: string) => {
    const [p, q] = [keys.get(a)!, keys.get(b)!];
    return p[0] - q[0] || (p[1] === q[1] ? 0 : p[1] < q[1] ? -1 : 1) || p[2] - q[2];
  };
  const tied = (a: string, b: string) => {
    const [p, q] = [keys.get(a)!, keys.get(b)!];
    return p[0] === q[0] && p[1] === q[1] && Number.isFinite(p[1]);
  };
  const children = new Map<string, string[]>();
  for (const [parent, kids] of model.children) children.set(parent, [...kids].sort(byDocument));
  const roots = [...model.roots];

  for (let sweep = 0; sweep < sweeps; sweep++) {
    const outline = outlineOf(roots, children);
    const centre = barycentres(model, outline, children);
    let changed = false;
    for (const kids of children.values()) {
      for (let i = 0; i < kids.length;) {
        let j = i + 1;
        while (j < kids.length && tied(kids[i]!, kids[j]!)) j++;
        if (j - i > 1) {
          const run = kids.slice(i, j);
          const sorted = [...run].sort((a, b) => centre.get(a)! - centre.get(b)! || byDocument(a, b));
          if (sorted.some((id, k) => id !== run[k])) {
            kids.splice(i, j - i, ...sorted);
            changed = true;
          }
        }
        i = j;
      }
    }
    if (!changed) break;
  }
  return outlineOf(roots, children);
}

/** Depth-first, parents first, children in the given order; iterative (deep graphs must not overflow). */
function outlineOf(roots: readonly string[], children: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    const kids = children.get(id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/**
 * For every node, the mean outline position of the supports neighbours of its whole branch (its own outline
 * position when the branch has none): where the branch's cross-links pull it.
 */
function barycentres(
  model: GraphModel,
  outline: readonly string[],
  children: ReadonlyMap<string, readonly string[]>,
): Map<string, number> {
  const at = new Map(outline.map((id, i) => [id, i]));
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  for (const e of model.supports) {
    const [s, t] = [at.get(e.source), at.get(e.target)];
    if (s === undefined || t === undefined) continue;
    sum.set(e.source, (sum.get(e.source) ?? 0) + t);
    count.set(e.source, (count.get(e.source) ?? 0) + 1);
    sum.set(e.target, (sum.get(e.target) ?? 0) + s);
    count.set(e.target, (count.get(e.target) ?? 0) + 1);
  }
  // Children come after their parent in the outline: walking it backwards adds each branch into its parent.
  for (let i = outline.length - 1; i >= 0; i--) {
    const id = outline[i]!;
    for (const c of children.get(id) ?? []) {
      sum.set(id, (sum.get(id) ?? 0) + (sum.get(c) ?? 0));
      count.set(id, (count.get(id) ?? 0) + (count.get(c) ?? 0));
    }
  }
  const out = new Map<string, number>();
  for (const id of outline) {
    const n = count.get(id) ?? 0;
    out.set(id, n ? sum.get(id)! / n : at.get(id)!);
  }
  return out;
}
