import { DateTime } from 'luxon';
import type { RunOperation } from '../graph.js';
import {
  type CatalogAddressFragment,
  CatalogCallPlacementsDocument,
  CatalogCallsDocument,
  CatalogIndicatorsChangedAtDocument,
  CatalogIndicatorsDocument,
  CatalogLevaCivicaChangedAtDocument,
  CatalogLevaCivicaProjectsDocument,
  CatalogPointsDocument,
  CatalogPointsModifiedDocument,
  type CatalogPointsModifiedQuery,
  CatalogServizioCivileChangedAtDocument,
} from '../isomorphic/graph-documents.generated.js';
import type { CsvValue } from './csv.js';

/** The most records a CSV page holds (and its default): ten requests to the graph. */
export const MAX_CSV_PAGE = 1000;
/** How many records the graph gives in one request (its lists' `first` is 1 to 100). */
const GRAPH_PAGE = 100;

/** Text in Italian and English. */
export interface Bilingual {
  it: string;
  en: string;
}

/** One slice of a data set's records, as CSV rows in the order of `columns`, and how many records it holds in all. */
export interface RecordSlice {
  total: number;
  rows: CsvValue[][];
}

/** A published table of the hub: what the DCAT-AP_IT catalogue says of it, and how its CSV is read from the graph. */
export interface CatalogDataset {
  /** The part of its identifier after the Comune's IPA code (`c_f205:<id>`), and of its download path. */
  id: string;
  title: Bilingual;
  description: Bilingual;
  keywords: string[];
  /** Codes of the EU data-theme vocabulary (http://publications.europa.eu/resource/authority/data-theme/). */
  themes: string[];
  /** A code of the EU frequency vocabulary (http://publications.europa.eu/resource/authority/frequency/). */
  accrualPeriodicity: string;
  /** The CSV header; the last column, `demo`, marks a record of the demo data set. */
  columns: readonly string[];
  /** The records from `skip`, at most `first` of them, read page by page from the graph. */
  read(run: RunOperation, skip: number, first: number): Promise<RecordSlice>;
  /** The day the data last changed (YYYY-MM-DD, Milan's calendar). */
  modified(run: RunOperation): Promise<string>;
}

const ADDRESS_COLUMNS = ['street', 'postal_code', 'city', 'latitude', 'longitude'] as const;
const addressCells = (a: CatalogAddressFragment | null | undefined): CsvValue[] => [
  a?.street,
  a?.postalCode,
  a?.city,
  a?.latitude,
  a?.longitude,
];

/** A point's weekly hours in one cell: `MONDAY 09:00-12:00 FRONT_OFFICE; …`, in the graph's order. */
export function hoursCell(hours: readonly { day: string; opens: string; closes: string; activity: string }[]): string {
  return hours.map((h) => `${h.day} ${h.opens.slice(0, 5)}-${h.closes.slice(0, 5)} ${h.activity}`).join('; ');
}

/** The day each seed last changed in this repository (git log): what a dataset's dct:modified is until a change is written after it. */
const SEEDED = { servizioCivile: '2026-12-02', levaCivica: '2026-11-23', spazioComune: '2026-12-02' } as const;

/** The day of the newest change on record, or the seed's when it is later (or none is recorded). */
const changedOn = (at: string | null | undefined, seeded: string): string => {
  const day = at ? romeDay(at) : seeded;
  return day > seeded ? day : seeded;
};

/** Slices `[skip, skip + first)` of a list the graph answers whole. */
const sliceOf = (rows: CsvValue[][], skip: number, first: number): RecordSlice => ({
  total: rows.length,
  rows: rows.slice(skip, skip + first),
});

export const DATASETS: readonly CatalogDataset[] = [
  {
    id: 'spazio-comune-punti',
    title: {
      it: 'SPAZIO COMUNE: punti e orari di apertura',
      en: 'SPAZIO COMUNE: points and opening hours',
    },
    description: {
      it: 'I punti delle nove reti municipali SPAZIO COMUNE (Centri Socio Ricreativi Culturali e Spazi WeMi) con indirizzo, Municipio, gestore e orari settimanali di apertura, un punto per riga.',
      en: 'The points of the nine municipal networks SPAZIO COMUNE (social, recreational and cultural centres and Spazi WeMi) with address, Municipio, manager and weekly opening hours, one point a row.',
    },
    keywords: ['SPAZIO COMUNE', 'CSRC', 'WeMi', 'orari di apertura', 'Municipi'],
    themes: ['SOCI', 'REGI'],
    accrualPeriodicity: 'IRREG',
    columns: [
      'id',
      'kind',
      'name',
      'short_name',
      'manager',
      ...ADDRESS_COLUMNS,
      'municipio',
      'opening_hours',
      'hours_as_written',
      'updated_at',
      'demo',
    ],
    async read(run, skip, first) {
      const rows: CsvValue[][] = [];
      let total = 0;
      for (let at = skip; at < skip + first; at += GRAPH_PAGE) {
        const { points } = await run(CatalogPointsDocument, { first: Math.min(GRAPH_PAGE, skip + first - at), skip: at });
        total = points.totalCount;
        for (const p of points.nodes) {
          rows.push([
            p.id,
            p.kind,
            p.name,
            p.shortName,
            p.manager,
            ...addressCells(p.address),
            p.municipio?.number,
            hoursCell(p.openingHours),
            p.hoursAsWritten,
            p.updatedAt,
            p.source.demo,
          ]);
        }
        if (at + GRAPH_PAGE >= total) break;
      }
      return { total, rows };
    },
    // The points change through the back office and imports: the newest updatedAt, whatever their number.
    async modified(run) {
      const { points }: CatalogPointsModifiedQuery = await run(CatalogPointsModifiedDocument, {});
      const newest = points.nodes[0]?.updatedAt;
      return newest ? romeDay(newest) : SEEDED.spazioComune;
    },
  },
  {
    id: 'servizio-civile-sedi-e-posti',
    title: {
      it: 'Servizio Civile Universale: sedi e posti per bando',
      en: 'Servizio Civile Universale: sites and placements per call',
    },
    description: {
      it: "Le sedi di attuazione dei progetti di Servizio Civile Universale del Comune di Milano e i volontari previsti in ciascuna, per bando e progetto: un posto (sede di un progetto in un bando) per riga, nell'ordine del bando.",
      en: "The sites where the Comune di Milano's Servizio Civile Universale projects are carried out and the volunteers each one takes, per call and project: one placement (a project's site in a call) a row, in the order of the call.",
    },
    keywords: ['Servizio Civile Universale', 'volontariato', 'giovani', 'sedi di attuazione'],
    themes: ['SOCI', 'EDUC'],
    accrualPeriodicity: 'ANNUAL',
    columns: [
      'call_year',
      'placement_id',
      'project_id',
      'project_title',
      'site_code',
      'site_name',
      ...ADDRESS_COLUMNS,
      'municipio',
      'volunteers',
      'demo',
    ],
    // Newest call first, as the graph lists them: the slice is planned from each call's placementCount.
    async read(run, skip, first) {
      const { servizioCivileCalls: calls } = await run(CatalogCallsDocument, {});
      const rows: CsvValue[][] = [];
      let start = 0;
      for (const call of calls) {
        const end = start + call.placementCount;
        for (let at = Math.max(skip, start); at < Math.min(end, skip + first); at += GRAPH_PAGE) {
          const count = Math.min(GRAPH_PAGE, end - at, skip + first - at);
          const { servizioCivileCall } = await run(CatalogCallPlacementsDocument, { year: call.year, first: count, skip: at - start });
          for (const p of servizioCivileCall?.placements ?? []) {
            rows.push([
              p.callYear,
              p.key,
              p.project.key,
              p.project.title,
              p.site.code,
              p.site.name,
              ...addressCells(p.address),
              p.site.municipio?.number,
              p.volunteers,
              p.source.demo,
            ]);
          }
        }
        start = end;
      }
      return { total: start, rows };
    },
    modified: async (run) =>
      changedOn((await run(CatalogServizioCivileChangedAtDocument, {})).servizioCivileChangedAt, SEEDED.servizioCivile),
  },
  {
    id: 'leva-civica-progetti',
    title: { it: 'Leva Civica: progetti', en: 'Leva Civica: projects' },
    description: {
      it: 'I progetti di Leva Civica per i giovani nel Comune di Milano: sede, ente, posti disponibili, durata in mesi e ore medie mensili, un progetto per riga.',
      en: 'The Leva Civica projects for young people in the Comune di Milano: site, organisation, places, length in months and average hours a month, one project a row.',
    },
    keywords: ['Leva Civica', 'giovani', 'volontariato'],
    themes: ['SOCI', 'EDUC'],
    accrualPeriodicity: 'IRREG',
    columns: [
      'id',
      'title',
      'places',
      'months',
      'monthly_average_hours',
      'site_id',
      'site_name',
      'organisation',
      ...ADDRESS_COLUMNS,
      'municipio',
      'demo',
    ],
    async read(run, skip, first) {
      const { levaCivicaProjects } = await run(CatalogLevaCivicaProjectsDocument, {});
      const rows = levaCivicaProjects.map((p): CsvValue[] => [
        p.key,
        p.title,
        p.places,
        p.hours.months,
        p.hours.monthlyAverage,
        p.site.key,
        p.site.name,
        p.site.organisation,
        ...addressCells(p.site.address),
        p.site.municipio?.number,
        p.source.demo,
      ]);
      return sliceOf(rows, skip, first);
    },
    modified: async (run) => changedOn((await run(CatalogLevaCivicaChangedAtDocument, {})).levaCivicaChangedAt, SEEDED.levaCivica),
  },
  {
    id: 'spazio-comune-indicatori',
    title: { it: 'SPAZIO COMUNE: indicatori di risultato', en: 'SPAZIO COMUNE: result indicators' },
    description: {
      it: 'Gli indicatori di realizzazione e di risultato delle schede tecniche di SPAZIO COMUNE, con i valori obiettivo 2024 e 2027 e il valore raggiunto dalla partecipazione registrata, un indicatore per riga.',
      en: 'The output and result indicators of the SPAZIO COMUNE technical sheets, with their 2024 and 2027 targets and the value reached by the participation recorded, one indicator a row.',
    },
    keywords: ['SPAZIO COMUNE', 'indicatori', 'PON METRO PLUS'],
    themes: ['SOCI', 'GOVE'],
    accrualPeriodicity: 'CONT',
    columns: [
      'code',
      'kind',
      'description',
      'unit',
      'target_2024',
      'target_2027',
      'actual',
      'actual_real',
      'actual_includes_demo',
      'note',
      'demo',
    ],
    async read(run, skip, first) {
      const { indicators } = await run(CatalogIndicatorsDocument, {});
      const rows = indicators.map((i): CsvValue[] => [
        i.code,
        i.kind,
        i.description,
        i.unit,
        i.target2024,
        i.target2027,
        i.actual,
        i.actualBasis.real,
        i.actualBasis.includesDemo,
        i.note,
        i.source.demo,
      ]);
      return sliceOf(rows, skip, first);
    },
    modified: async (run) => changedOn((await run(CatalogIndicatorsChangedAtDocument, {})).indicatorsChangedAt, SEEDED.spazioComune),
  },
];

/** The day of an instant in Milan's calendar (YYYY-MM-DD). */
function romeDay(instant: string): string {
  return DateTime.fromISO(instant, { zone: 'Europe/Rome' }).toISODate() ?? instant.slice(0, 10);
}
