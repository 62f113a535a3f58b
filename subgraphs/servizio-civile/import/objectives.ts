import { joinText, type Line } from './call-lines.js';
import { excerpt, normKey } from './call-text.js';
import type { ParsedAction, ParsedObjective } from './parsed-call.js';

// The objectives of a site section: as «Obiettivi del progetto» lists them, and as the role part describes them.

export interface Listed {
  title: string;
  numbering: number | null;
}

/** The objectives listed under «Obiettivi del progetto», one a line, numbering and markup removed. */
export function readListed(lines: Line[], inline: string): Listed[] {
  const listed: Listed[] = inline ? [{ title: inline.replace(/^\d{1,2}\s*[).]\s+/, ''), numbering: null }] : [];
  for (const line of lines) {
    line.used = true;
    if (!line.blank) listed.push({ title: line.bare, numbering: line.numbering });
  }
  return listed;
}

export interface DraftAction {
  title: string;
  description: Line[];
  activities: string[];
  plainActivities: boolean;
}
export interface DraftObjective {
  title: string;
  numbering: number | null;
  actions: DraftAction[];
}

function finishAction(action: DraftAction): ParsedAction {
  return { title: action.title, description: joinText(action.description), activities: action.activities };
}

/**
 * The described objectives are the section's objectives (their headings are the titles: they own
 * the actions). The listed ones are matched to them by number, else by order, and kept beside them
 * as listedTitle; where the wording differs, a warning says so. A listed objective without
 * description is kept without actions. `where` names the section in warnings.
 */
export function reconcileObjectives(
  described: DraftObjective[],
  orphans: DraftAction[],
  listed: Listed[],
  where: string,
  warnings: string[],
): ParsedObjective[] {
  if (orphans.length > 0) {
    const only = listed.length === 1 && described.length === 0 ? listed[0] : undefined;
    if (only) {
      // One listed objective and actions without an objective heading: they can only be its actions.
      return [{ title: only.title, listedTitle: only.title, actions: orphans.map(finishAction) }];
    }
    const titles = orphans.map((action) => `«${excerpt(action.title, 50)}»`).join(', ');
    warnings.push(`In ${where}, the actions ${titles} come before any objective heading; they are left out.`);
  }
  const objectives: ParsedObjective[] = described.map((objective) => ({
    title: objective.title,
    listedTitle: null,
    actions: objective.actions.map(finishAction),
  }));
  const numbered = described.every((objective) => objective.numbering !== null) && listed.every((item) => item.numbering !== null);
  const unmatched: Listed[] = [];
  listed.forEach((item, index) => {
    const at = numbered ? described.findIndex((objective) => objective.numbering === item.numbering) : index;
    const partner = objectives[at];
    if (!partner) unmatched.push(item);
    else {
      partner.listedTitle = item.title;
      if (normKey(partner.title) !== normKey(item.title)) {
        warnings.push(
          `In ${where}, objective ${item.numbering ?? index + 1} is listed as «${item.title}» but its actions are under «${partner.title}»; both are kept (listedTitle, title).`,
        );
      }
    }
  });
  for (const item of unmatched) {
    warnings.push(`In ${where}, the listed objective «${item.title}» is not described; it is kept without actions.`);
    objectives.push({ title: item.title, listedTitle: item.title, actions: [] });
  }
  return objectives;
}
