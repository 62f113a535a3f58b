import { NUMBER, toNumber } from '../../shared/markdown/numbers.js';
import type { ParsedLevaCivicaHours } from './parsed-project.js';
import { consume, type Doc, type Paragraph } from './project-lines.js';

// The hours plan, in prose: total, service, training, certificate, averages, days a week, months.

/** Each figure of the hours plan and the sentence that states it. */
const HOURS_PATTERNS: [keyof ParsedLevaCivicaHours, RegExp][] = [
  ['months', new RegExp(String.raw`nell['’]arco di\s+${NUMBER}\s+mesi`, 'i')],
  ['total', new RegExp(String.raw`svolger[àa]\s+(?:un totale di\s+)?${NUMBER}\s+ore`, 'i')],
  ['service', new RegExp(String.raw`${NUMBER}\s+ore\s+di\s+attivit[àa]\s+di\s+servizio`, 'i')],
  ['specificTraining', new RegExp(String.raw`${NUMBER}\s+ore\s+di\s+formazione\s+specifica`, 'i')],
  ['certification', new RegExp(String.raw`${NUMBER}\s+ore\s+di\s+[^;\n]*?(?:attestato|certificazione)`, 'i')],
  [
    'weeklyAverage',
    new RegExp(String.raw`circa\s+${NUMBER}\s+ore\s+(?:di\s+servizio\s+)?(?:distribuite|settimanali|a\s+settimana|alla\s+settimana)`, 'i'),
  ],
  ['monthlyAverage', new RegExp(String.raw`media\s+mensile\s+di\s+(?:circa\s+)?${NUMBER}\s+ore`, 'i')],
];

/** "su 5 o 6 giorni a settimana", "da 5 a 6 giorni", "su 5 giorni". */
const DAYS_RANGE = /(?:su|da)\s+(\d+)\s+(?:o|a|-|–)\s+(\d+)\s+giorni/i;
const DAYS_SINGLE = /\bsu\s+(\d+)\s+giorni/i;

const HOURS_NAMES: Record<keyof ParsedLevaCivicaHours, string> = {
  total: 'total hours',
  service: 'hours of service',
  specificTraining: 'hours of specific training',
  certification: 'hours towards the regional certificate',
  weeklyAverage: 'weekly average hours',
  monthlyAverage: 'monthly average hours',
  daysPerWeekMin: 'days per week',
  daysPerWeekMax: 'days per week',
  months: 'months',
};

/** Sets a figure from a paragraph; the same figure stated twice differently is reported. */
function setFigure(doc: Doc, hours: ParsedLevaCivicaHours, key: keyof ParsedLevaCivicaHours, value: number, paragraph: Paragraph): void {
  const known = hours[key];
  if (known !== null && known !== value) {
    doc.warnings.add(`line ${(paragraph.lines[0] as number) + 1}: ${HOURS_NAMES[key]} stated again as ${value}, kept ${known}`);
    return;
  }
  hours[key] = value;
}

/** Reads the hours plan from every paragraph of the document; the paragraphs read are returned. */
export function readHours(doc: Doc, all: Paragraph[]): { hours: ParsedLevaCivicaHours; read: Set<Paragraph> } {
  const hours: ParsedLevaCivicaHours = {
    total: null,
    service: null,
    specificTraining: null,
    certification: null,
    weeklyAverage: null,
    monthlyAverage: null,
    daysPerWeekMin: null,
    daysPerWeekMax: null,
    months: null,
  };
  const read = new Set<Paragraph>();
  for (const paragraph of all) {
    for (const [key, pattern] of HOURS_PATTERNS) {
      const match = pattern.exec(paragraph.text);
      if (!match) continue;
      setFigure(doc, hours, key, toNumber(match[1] as string), paragraph);
      read.add(paragraph);
    }
    const range = DAYS_RANGE.exec(paragraph.text);
    const single = range ? null : DAYS_SINGLE.exec(paragraph.text);
    if (range || single) {
      setFigure(doc, hours, 'daysPerWeekMin', Number((range ?? single)?.[1]), paragraph);
      setFigure(doc, hours, 'daysPerWeekMax', Number(range ? range[2] : single?.[1]), paragraph);
      read.add(paragraph);
    }
  }
  for (const paragraph of read) consume(doc, paragraph);
  checkHours(doc, hours);
  return { hours, read };
}

/** Missing figures, and figures that do not add up, are reported; the values stay as written. */
function checkHours(doc: Doc, hours: ParsedLevaCivicaHours): void {
  for (const key of Object.keys(hours) as (keyof ParsedLevaCivicaHours)[]) {
    if (hours[key] === null && key !== 'daysPerWeekMax') doc.warnings.add(`hours plan: ${HOURS_NAMES[key]} not found`);
  }
  const { total, service, specificTraining, certification, daysPerWeekMin, daysPerWeekMax } = hours;
  if (total !== null && service !== null && specificTraining !== null && certification !== null) {
    const sum = service + specificTraining + certification;
    if (sum !== total)
      doc.warnings.add(`hours plan: ${service} + ${specificTraining} + ${certification} = ${sum}, not the ${total} total stated`);
  }
  if (daysPerWeekMin !== null && daysPerWeekMax !== null && daysPerWeekMin > daysPerWeekMax) {
    doc.warnings.add(`hours plan: days per week from ${daysPerWeekMin} to ${daysPerWeekMax}`);
  }
}
