/** What the Leva Civica parser gives: the project and its site, as the seed has them without ids. */

export interface ParsedSource {
  /** "<programme title> - <project title>", e.g. "Leva Civica nel Comune di Milano - La coesione sociale". */
  document: string;
  section: string | null;
  url: string | null;
}

export interface ParsedLevaCivicaSite {
  /** Organisation and unit joined by " - ", the natural key of the site. */
  name: string;
  organisation: string;
  unit: string | null;
  address: { street: string | null; postalCode: string | null; city: string | null; latitude: number | null; longitude: number | null };
  /** Never in the document: always null here. */
  municipioNumber: number | null;
  source: ParsedSource;
}

/** The hours plan; a figure the text does not state is null, with a warning. */
export interface ParsedLevaCivicaHours {
  total: number | null;
  service: number | null;
  specificTraining: number | null;
  certification: number | null;
  weeklyAverage: number | null;
  monthlyAverage: number | null;
  daysPerWeekMin: number | null;
  daysPerWeekMax: number | null;
  months: number | null;
}

export interface ParsedLevaCivicaProjectFields {
  /** The natural key of the project. */
  title: string;
  places: number;
  description: string | null;
  context: string | null;
  needs: string[];
  objectives: string[];
  activities: string[];
  typicalDay: string | null;
  hours: ParsedLevaCivicaHours;
  source: ParsedSource;
}

/** The seed JSON's shape without ids: the project, and its site beside it (null when the document gives none). */
export interface ParsedLevaCivicaProject {
  project: ParsedLevaCivicaProjectFields;
  site: ParsedLevaCivicaSite | null;
  warnings: string[];
}

/** The text is not a Leva Civica project: it lacks what every project document has. */
export class NotAProjectError extends Error {
  constructor(readonly missing: string[]) {
    super(`Not a Leva Civica project: no ${missing.join(', no ')} found`);
    this.name = 'NotAProjectError';
  }
}
