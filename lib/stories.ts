/**
 * Stories (geo/stories/*.json): a guided walk through the reporting, one step per report. A step
 * names its report (whose quote and citation are all it shows: a story adds no words of its own
 * beyond a title and a one-line description naming the places and dates it covers), the places to
 * highlight, the date the map shows and the view. Checked at build (lib/validate/check-stories.ts);
 * the pages get each story as a StorySummary, and the quotes from the places' reporting files.
 */
import { z } from 'zod';
import { idSchema, isoDate } from './schemas';

export const storyStepSchema = z.strictObject({
  report: idSchema,
  places: z.array(idSchema).min(1),
  date: isoDate,
  view: z.strictObject({
    center: z.tuple([z.number(), z.number()]),
    zoom: z.number().int(),
  }),
});

export const storySchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1).max(80),
  description: z.string().min(1).max(160),
  /** The title and description in Ukrainian (the project's words, not a source's: the quotes stay as they are). */
  title_uk: z.string().min(1).max(80),
  description_uk: z.string().min(1).max(160),
  steps: z.array(storyStepSchema).min(1).max(99),
});

export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;

/** The stories as the pages get them (the quotes come from the places' reporting files). */
export type Stories = readonly Story[];
