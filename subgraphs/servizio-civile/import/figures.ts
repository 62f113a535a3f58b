import { NUMBER, toNumber } from '../../shared/markdown/numbers.js';
import { capitalise, excerpt } from './call-text.js';
import type { ParsedProject } from './parsed-call.js';
import type { Section } from './sections.js';

// The figures of a project (hours, days, months) and its obligations and requirements, which every site section states again.

const WEEKLY = /^\s*(?:settimanali|(?:a|alla|per|ogni|per\s+ogni)\s+settimana)/iu;
const ANNUAL = /^\s*(?:annu[ei]|all['’]anno|complessiv[ei]|in\s+\d+\s+mesi)/iu;

/**
 * «1145 ore in 12 mesi con una media di 25 ore settimanali.» → 1145, 25, 12. An amount of hours is
 * weekly or annual by the words after it, or by being more than a week has (168); a bare number is
 * read by the label, when the label names only one of the two (the national label names both).
 */
function readHours(value: { label: string; text: string | null } | undefined): {
  annual: number | null;
  weekly: number | null;
  months: number | null;
} {
  const text = value?.text ?? '';
  let annual: number | null = null;
  let weekly: number | null = null;
  const monte = new RegExp(String.raw`monte\s+ore(?:\s+annu[oi])?\s*(?:di|pari\s+a|:|=)?\s*${NUMBER}`, 'iu').exec(text);
  if (monte?.[1]) annual = toNumber(monte[1]);
  for (const match of text.matchAll(new RegExp(String.raw`${NUMBER}\s*ore(?![\p{L}])`, 'giu'))) {
    const amount = toNumber(match[1] ?? '');
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (WEEKLY.test(after)) weekly ??= amount;
    else if (ANNUAL.test(after) || amount > 168) annual ??= amount;
  }
  const bare = new RegExp(String.raw`^\s*${NUMBER}\s*(?:ore)?\s*\.?\s*$`, 'iu').exec(text);
  if (bare?.[1] && value) {
    const saysWeekly = /settimanal/iu.test(value.label);
    const saysAnnual = /monte\s+ore|annu[oi]/iu.test(value.label);
    if (saysWeekly !== saysAnnual && saysWeekly) weekly ??= toNumber(bare[1]);
    if (saysWeekly !== saysAnnual && saysAnnual) annual ??= toNumber(bare[1]);
  }
  const months = new RegExp(String.raw`${NUMBER}\s*mesi(?![\p{L}])`, 'iu').exec(text);
  return { annual, weekly, months: months?.[1] ? toNumber(months[1]) : null };
}

/** «5» → 5; a value with two different numbers («5 o 6») is not one number of days. */
function readDays(text: string | null): number | null | 'unclear' {
  if (!text) return null;
  const numbers = [...new Set([...text.matchAll(/\d+/g)].map((match) => Number(match[0])))];
  if (numbers.length === 0) return 'unclear';
  return numbers.length === 1 ? (numbers[0] ?? null) : 'unclear';
}

/**
 * The data model keeps one value per project, but every site section states it again. The value
 * most sections give wins (ties: the first); each section that gives another value, or none, is
 * named in a warning, so nothing said differently goes unnoticed.
 */
function agree<T extends string | number>(
  what: string,
  statements: { where: string; value: T | null }[],
  projectTitle: string,
  warnings: string[],
): T | null {
  const stated = statements.filter((statement): statement is { where: string; value: T } => statement.value !== null);
  if (stated.length === 0) {
    warnings.push(`No section of project «${projectTitle}» states ${what}; left null.`);
    return null;
  }
  const counts = new Map<T, number>();
  for (const { value } of stated) counts.set(value, (counts.get(value) ?? 0) + 1);
  let chosen = stated[0]?.value as T;
  for (const [value, count] of counts) if (count > (counts.get(chosen) ?? 0)) chosen = value;
  const show = (value: T) => `«${excerpt(String(value), 200)}»`;
  for (const { where, value } of statements) {
    if (value === null) warnings.push(`${capitalise(where)} does not state ${what}; the project's value comes from the other sections.`);
    else if (value !== chosen) {
      warnings.push(
        `${capitalise(where)} states ${show(value)} for ${what}, while ${counts.get(chosen)} of ${statements.length} sections state ${show(chosen)}, which the project keeps.`,
      );
    }
  }
  return chosen;
}

export function projectFigures(
  title: string,
  sections: Section[],
  missing: string[],
  warnings: string[],
): Pick<ParsedProject, 'annualHours' | 'weeklyHours' | 'daysPerWeek' | 'months' | 'obligations' | 'requirements'> {
  const each = <T extends string | number>(read: (section: Section) => T | null) =>
    sections.map((section) => ({ where: section.name, value: read(section) }));
  const hoursOf = (section: Section) => readHours(section.values.hours);
  const hasHours = sections.map(hoursOf).some((read) => read.annual !== null || read.weekly !== null);
  if (!hasHours) {
    missing.push(`no hours of service for the project «${title}» (neither «monte ore annuo» nor weekly hours in any section)`);
  }
  const hoursFigure = (what: string, pick: (read: ReturnType<typeof readHours>) => number | null) =>
    hasHours
      ? agree(
          what,
          each((section) => pick(hoursOf(section))),
          title,
          warnings,
        )
      : null;
  const days = each((section) => {
    const read = readDays(section.values.days?.text ?? null);
    if (read !== 'unclear') return read;
    warnings.push(`In ${section.name}, the days of service a week «${section.values.days?.text ?? ''}» are not one number; not read.`);
    return null;
  });
  const text = (key: 'obligations' | 'requirements') => each((section) => section.values[key]?.text ?? null);
  return {
    annualHours: hoursFigure('the annual hours (monte ore)', (read) => read.annual),
    weeklyHours: hoursFigure('the weekly hours', (read) => read.weekly),
    months: hoursFigure('the months of service', (read) => read.months),
    daysPerWeek: agree('the days of service a week', days, title, warnings),
    obligations: agree('«Eventuali particolari obblighi…»', text('obligations'), title, warnings),
    requirements: agree('«Eventuali requisiti richiesti…»', text('requirements'), title, warnings),
  };
}
