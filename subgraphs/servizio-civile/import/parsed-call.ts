/** What the call parser gives: the call, its programmes, projects, sites and placements, as the seed has them without ids. */

export interface ParsedSource {
  document: string;
  section: string | null;
  url: string | null;
}
export interface ParsedAction {
  title: string;
  description: string | null;
  activities: string[];
}
export interface ParsedObjective {
  /** The objective as the heading of its actions writes it. */
  title: string;
  /** The objective as «Obiettivi del progetto» lists it, which may word it otherwise; null when not listed. */
  listedTitle: string | null;
  actions: ParsedAction[];
}
export interface ParsedAddress {
  street: string;
  postalCode: null;
  /** The table's addresses name no city: it is the Comune that runs the call, null when the organisation is no Comune. */
  city: string | null;
  latitude: null;
  longitude: null;
}
export interface ParsedProject {
  programmeTitle: string;
  title: string;
  /**
   * The four figures are read from every site section. A project needs at least one of annualHours
   * and weeklyHours (without them it offers no service to speak of: NotACallError); any other figure
   * no section states is null, with a warning, because the parser invents no value.
   */
  annualHours: number | null;
  weeklyHours: number | null;
  daysPerWeek: number | null;
  months: number | null;
  /** The text most sections give (see `agree`); null, with a warning, when no section gives one. */
  obligations: string | null;
  requirements: string | null;
  source: ParsedSource;
}
export interface ParsedPlacement {
  siteCode: string;
  projectTitle: string;
  /** The place of the row in the call's tables of sites, 1 = first. */
  position: number;
  volunteers: number;
  address: ParsedAddress;
  context: string | null;
  objectives: ParsedObjective[];
  /** The general text of «Ruolo ed attività previste per i volontari…», as the site's section writes it. */
  volunteerRole: string | null;
  /** The activities that text says volunteers do in common («l'accoglienza, la formazione, …»). */
  sharedActivities: string[];
  /** «Eventuali particolari obblighi…» and «Eventuali requisiti richiesti…» as the site's section writes them. */
  obligations: string | null;
  requirements: string | null;
  source: ParsedSource;
}
export interface ParsedCall {
  call: { year: number; title: string; organisation: string; source: ParsedSource };
  programmes: { title: string; sector: string | null; source: ParsedSource }[];
  projects: ParsedProject[];
  sites: { code: string; name: string; source: ParsedSource }[];
  placements: ParsedPlacement[];
  /** What the parser could not place, in plain English sentences naming the section; never a guess. */
  warnings: string[];
}

/** The text is not a call the parser can read; `missing` says what it lacks, one item per fact. */
export class NotACallError extends Error {
  constructor(readonly missing: string[]) {
    super(`Not a Servizio Civile call: ${missing.join('; ')}.`);
    this.name = 'NotACallError';
  }
}
