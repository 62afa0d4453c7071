/**
 * The closed vocabularies of the graph format. Adding a kind here is a format change:
 * the canvas style, the legend and the i18n dictionaries all key on these lists.
 */
export const NODE_KINDS = [
  'vision',
  'pillar',
  'goal',
  'strategy',
  'principle',
  'measure',
  'project',
  'enterprise',
  'industry',
  'place',
  'organization',
  'directive',
  'target',
  'concept',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATIONS = ['part-of', 'supports'] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * Units a figure may carry, as the document writes them, with how to say the value in English.
 * `factor` scales the Chinese value to the English unit (1275 亿元 → 127.5 billion yuan).
 */
export const FIGURE_UNITS = {
  亿元: { factor: 1e8, en: 'yuan' },
  万元: { factor: 1e4, en: 'yuan' },
  元: { factor: 1, en: 'yuan' },
  万吨: { factor: 1e4, en: 'tonnes' },
  吨: { factor: 1, en: 'tonnes' },
  万亩: { factor: 1e4, en: 'mu' },
  亩: { factor: 1, en: 'mu' },
  万: { factor: 1e4, en: '' },
  万人: { factor: 1e4, en: 'people' },
  人: { factor: 1, en: 'people' },
  个: { factor: 1, en: '' },
  项: { factor: 1, en: '' },
  家: { factor: 1, en: '' },
  大: { factor: 1, en: '' },
  字: { factor: 1, en: 'characters' },
  年: { factor: 1, en: 'years' },
  周年: { factor: 1, en: 'years' },
  '': { factor: 1, en: '' },
} as const;
export type FigureUnit = keyof typeof FIGURE_UNITS;
export const FIGURE_UNIT_NAMES = Object.keys(FIGURE_UNITS) as FigureUnit[];

export const FORMAT_VERSION = 1;

/**
 * How shown nodes are arranged: `network` lets forces place them (cross-links pull related nodes together);
 * `radial` puts the plan's root at the centre and each level on its own ring; `tree` reads left to right like
 * a mind map, each level a column. The last two draw the plan's hierarchy in the geometry itself.
 */
export const LAYOUT_NAMES = ['network', 'radial', 'tree'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
