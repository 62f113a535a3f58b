import { joinText, type Line, nextNonBlank } from './call-lines.js';
import { normKey } from './call-text.js';
import { type DraftAction, type DraftObjective, type Listed, reconcileObjectives } from './objectives.js';
import type { ParsedObjective } from './parsed-call.js';

// «Ruolo ed attività previste per i volontari…»: the volunteers' role, then objectives and their actions.

/**
 * Is this heading an objective or an action? An objective when it is one of the listed objectives,
 * or when the next line is another heading (its first action), or when it is numbered («2) …»).
 * Otherwise it is an action: a heading followed by its description or its activities.
 */
function isObjectiveHeading(line: Line, next: Line | undefined, listed: Listed[]): boolean {
  // A plain bullet is running text (the 2022 contexts have bold bullets); a numbered one may be an objective.
  if (line.label || (line.bullet && line.numbering === null)) return false;
  const key = normKey(line.bare);
  if (listed.some((objective) => normKey(objective.title) === key)) return true;
  if (!line.headingLike) return false;
  if (next?.headingLike && !next.label) return true;
  return line.numbering !== null;
}

/**
 * The role part: a general text (the volunteer's role, kept as each section writes it), then objectives, each with actions: a heading, a description, «Attività di Progetto» and its list.
 * `where` names the section in warnings.
 */
export function readRole(
  lines: Line[],
  listed: Listed[],
  where: string,
  warnings: string[],
): { volunteerRole: string | null; objectives: ParsedObjective[] } {
  const objectives: DraftObjective[] = [];
  const orphans: DraftAction[] = [];
  const preamble: Line[] = [];
  let action: DraftAction | null = null;
  let mode: 'preamble' | 'objective' | 'description' | 'activities' | 'after' = 'preamble';
  let blankSinceActivity = false;
  lines.forEach((line, index) => {
    if (line.blank) {
      if (mode === 'description') action?.description.push(line);
      if (mode === 'preamble') preamble.push(line);
      blankSinceActivity = true;
      return;
    }
    if (line.label?.key === 'activities') {
      line.used = action !== null;
      mode = action ? 'activities' : 'after';
      if (action && line.label.value) action.activities.push(line.label.value);
      blankSinceActivity = false;
      return;
    }
    const next = lines[nextNonBlank(lines, index + 1)];
    if (isObjectiveHeading(line, next, listed)) {
      line.used = true;
      objectives.push({ title: line.bare, numbering: line.numbering, actions: [] });
      action = null;
      mode = 'objective';
      return;
    }
    if (line.headingLike) {
      line.used = true;
      action = { title: line.bare, description: [], activities: [], plainActivities: false };
      const objective = objectives[objectives.length - 1];
      (objective ? objective.actions : orphans).push(action);
      mode = 'description';
      return;
    }
    if (mode === 'preamble') preamble.push(line);
    else if (mode === 'description') action?.description.push(line);
    else if (mode === 'activities' && action) {
      // A list; or, when the document writes no list markers, the lines of the first paragraph.
      const listItem = line.bullet || line.numbering !== null;
      const plainContinues = action.activities.length === 0 || (action.plainActivities && !blankSinceActivity);
      if (listItem && !action.plainActivities) action.activities.push(activityText(line));
      else if (!listItem && plainContinues) {
        action.plainActivities = true;
        action.activities.push(activityText(line));
      } else mode = 'after';
      blankSinceActivity = false;
    }
  });
  return { volunteerRole: joinText(preamble), objectives: reconcileObjectives(objectives, orphans, listed, where, warnings) };
}

/** The activities the role text says volunteers do in common: «… in modo condiviso … riguardano: a, b, c.» */
export function sharedActivitiesOf(role: string | null): string[] {
  const list = /in modo condiviso[^:]*:\s*([^.]+)\./u.exec(role ?? '')?.[1];
  return list ? list.split(/,\s*/u).map((item) => item.trim()) : [];
}

function activityText(line: Line): string {
  line.used = true;
  return line.bare;
}
