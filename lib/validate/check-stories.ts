/**
 * geo/stories/*.json (optional: no folder, no stories): each file one story (lib/stories.ts). Checked:
 * the schema; unique story ids; every step's report exists; its places exist and are among the
 * places the report names; its date is the date the report describes (or within its range); its
 * view's centre and zoom are within the map's bounds (lib/url-state.ts).
 */
import { type Story, type StoryStep, storySchema } from '../stories';
import type { Report } from '../types';
import { MAP_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../url-state';
import { checkUnique, type DataIssue, parseJson, zodMessages } from './data-issues';

/** The problems of one step, as messages ("step 2: …"). */
function stepProblems(step: StoryStep, n: number, reports: ReadonlyMap<string, Report>, places: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const report = reports.get(step.report);
  if (!report) problems.push(`unknown report "${step.report}"`);
  for (const place of step.places) {
    if (!places.has(place)) problems.push(`unknown place "${place}"`);
    else if (report && !report.places.includes(place)) problems.push(`place "${place}" is not named by report "${report.id}"`);
  }
  if (report) {
    const { date, earliest = date, latest = date } = report.describes;
    if (step.date < earliest || step.date > latest)
      problems.push(
        `date ${step.date} is not the date report "${report.id}" describes (${earliest === latest ? date : `${earliest} to ${latest}`})`,
      );
  }
  const [lat, lng] = step.view.center;
  if (lat < MAP_BOUNDS.south || lat > MAP_BOUNDS.north || lng < MAP_BOUNDS.west || lng > MAP_BOUNDS.east)
    problems.push(`view centre ${lat},${lng} is outside the map's bounds`);
  if (step.view.zoom < MIN_ZOOM || step.view.zoom > MAX_ZOOM) problems.push(`view zoom ${step.view.zoom} is not within ${MIN_ZOOM}–${MAX_ZOOM}`);
  return problems.map((p) => `step ${n}: ${p}`);
}

/**
 * @param storyFiles the stories' file names under geo/stories/ (the caller lists the folder)
 * @returns the stories that parsed, in file-name order
 */
export function checkStories(
  readFile: (p: string) => string | null,
  storyFiles: readonly string[],
  known: { reports: readonly Report[]; places: ReadonlySet<string> },
  issues: DataIssue[],
): Story[] {
  const reports = new Map(known.reports.map((r) => [r.id, r]));
  const stories: Story[] = [];
  for (const name of [...storyFiles].sort()) {
    const file = `stories/${name}`;
    const json = parseJson(file, readFile(file), issues);
    if (json === undefined) continue;
    const parsed = storySchema.safeParse(json);
    if (!parsed.success) {
      const id = typeof (json as { id?: unknown })?.id === 'string' ? (json as { id: string }).id : undefined;
      for (const message of zodMessages(parsed.error)) issues.push({ file, id, message });
      continue;
    }
    const story = parsed.data;
    story.steps.forEach((step, i) => {
      for (const message of stepProblems(step, i + 1, reports, known.places)) issues.push({ file, id: story.id, message });
    });
    stories.push(story);
  }
  checkUnique(
    'story',
    'stories/',
    stories.map((s) => s.id),
    issues,
  );
  return stories;
}
