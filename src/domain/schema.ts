import { z } from 'zod';
import { FIGURE_UNIT_NAMES, FORMAT_VERSION, NODE_KINDS, RELATIONS } from './vocabulary';

// The app runs under a strict CSP without 'unsafe-eval': zod must not compile validators at run time.
z.config({ jitless: true });

/**
 * Custom messages are `format:<key>` codes, worded per language in src/i18n/problem-messages.ts.
 * Limits that keep a hostile or mistaken file from freezing a tab. */
export const LIMITS = {
  maxNodes: 20_000,
  maxEdges: 100_000,
  maxTextLength: 2_000,
  maxQuoteLength: 2_000,
  maxAliases: 20,
  maxFigures: 20,
  maxRoots: 100,
} as const;

const text = (max: number = LIMITS.maxTextLength) => z.string().trim().min(1).max(max);

export const BilingualText = z.strictObject({ zh: text(), en: text() });
export const BilingualLabel = z.strictObject({ zh: text(40), en: text(80) });

export const NodeId = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'format:id');

export const Evidence = z.strictObject({
  quote: text(LIMITS.maxQuoteLength).describe('Copied verbatim from the source text.'),
  paragraph: z
    .number()
    .int()
    .min(1)
    .describe(
      '1-based number of the paragraph of source.txt (blocks separated by a blank line) that holds the quote.',
    ),
});

export const Figure = z.strictObject({
  value: z.number().finite().describe('The number as the document writes it: 1275 for 1275亿元.'),
  unit: z.enum(FIGURE_UNIT_NAMES).describe('The unit as the document writes it: 亿元, 万吨, 个 …'),
  what: BilingualText.describe('What is counted or measured.'),
});

export const GraphNode = z.strictObject({
  id: NodeId,
  kind: z.enum(NODE_KINDS),
  label: BilingualLabel.describe('Short, canvas-sized; zh uses the document’s own words.'),
  aliases: z.array(text(80)).max(LIMITS.maxAliases).optional(),
  summary: BilingualText,
  figures: z.array(Figure).max(LIMITS.maxFigures).optional(),
  evidence: Evidence,
});

export const GraphEdge = z.strictObject({
  source: NodeId,
  target: NodeId,
  relation: z.enum(RELATIONS),
  evidence: Evidence.optional(),
});

export const SourceMeta = z.strictObject({
  title: text(200),
  author: text(200),
  publication: text(200),
  year: z.number().int().min(1000).max(3000),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'format:language'),
  file: z.string().regex(/^[\w.-]+\.txt$/, 'format:source-file'),
  frontMatter: z
    .array(z.number().int().min(1))
    .optional()
    .describe('Paragraphs (header lines, captions) that are kept but not counted for coverage.'),
});

export const GraphMeta = z.strictObject({
  title: BilingualText,
  source: SourceMeta,
  roots: z.array(NodeId).min(1).max(LIMITS.maxRoots),
});

export const GraphFile = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(FORMAT_VERSION),
  meta: GraphMeta,
  nodes: z.array(GraphNode).min(1).max(LIMITS.maxNodes),
  edges: z.array(GraphEdge).max(LIMITS.maxEdges),
});

export const GraphIndex = z.strictObject({
  $schema: z.string().optional(),
  default: NodeId,
  graphs: z
    .array(
      z.strictObject({
        id: NodeId,
        title: BilingualText,
        path: z.string().regex(/^[a-z0-9-]+\/graph\.json$/, 'format:graph-path'),
      }),
    )
    .min(1),
});

export type GraphFile = z.infer<typeof GraphFile>;
export type GraphNode = z.infer<typeof GraphNode>;
export type GraphEdge = z.infer<typeof GraphEdge>;
export type GraphMeta = z.infer<typeof GraphMeta>;
export type Figure = z.infer<typeof Figure>;
export type Evidence = z.infer<typeof Evidence>;
export type Bilingual = z.infer<typeof BilingualText>;
export type GraphIndex = z.infer<typeof GraphIndex>;
