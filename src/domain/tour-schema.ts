import { z } from 'zod';
import { NodeId } from './schema';
import { LAYOUT_NAMES } from './vocabulary';

const Layout = z.enum(LAYOUT_NAMES);

/** Limits for tour files: a tour is watched, not read, so steps and captions stay short. */
export const TOUR_LIMITS = {
  maxSteps: 40,
  maxRevealed: 40,
  /** A visitor reads about eight Chinese characters a second: 80 is ten seconds. */
  maxCaptionZh: 80,
  maxCaptionEn: 240,
  minSeconds: 3,
  maxSeconds: 120,
} as const;

const text = (max: number, format?: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max, format ? `format:${format}` : undefined);

export const TourStepSchema = z.strictObject({
  reveal: z
    .array(NodeId)
    .min(1)
    .max(TOUR_LIMITS.maxRevealed)
    .describe('Node ids to show; the path down to each is opened.'),
  focus: NodeId.describe('The node selected in this step: one of reveal, or above one of them.'),
  caption: z
    .strictObject({
      zh: text(TOUR_LIMITS.maxCaptionZh, 'caption-zh'),
      en: text(TOUR_LIMITS.maxCaptionEn, 'caption-en'),
    })
    .describe('One or two sentences a visitor reads in about ten seconds.'),
  duration: z
    .number()
    .min(TOUR_LIMITS.minSeconds)
    .max(TOUR_LIMITS.maxSeconds)
    .optional()
    .describe('Seconds on screen when the tour plays by itself (default 10).'),
  layout: Layout.optional().describe(
    "The layout this step is shown in; by default the tour's, else the view's.",
  ),
});

export const TourFile = z.strictObject({
  $schema: z.string().optional(),
  id: NodeId.describe('The tour id; the file is named <id>.json. Appears in links (?present=<id>).'),
  title: z.strictObject({ zh: text(40), en: text(80) }),
  layout: Layout.optional().describe('The layout the tour is shown in, unless a step names another.'),
  steps: z.array(TourStepSchema).min(1).max(TOUR_LIMITS.maxSteps),
});

export type TourFile = z.infer<typeof TourFile>;

/** A checked tour as the app holds it: the file without its `$schema` line. */
export type Tour = Omit<TourFile, '$schema'>;
export type TourStep = Tour['steps'][number];

/** Seconds a step stays on screen when the tour plays by itself and names no duration. */
export const DEFAULT_STEP_SECONDS = 10;
