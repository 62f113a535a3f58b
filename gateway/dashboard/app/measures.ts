import type { MunicipioFigures } from './graph.js';

/** The measures the map, the table and the bar chart show, per Municipio. */
export interface Measure {
  key: 'volunteers' | 'places' | 'hours' | 'points' | 'openNow';
  label: string;
  short: string;
  value(m: MunicipioFigures): number;
}

export const MEASURES: Measure[] = [
  {
    key: 'volunteers',
    label: 'Volontari di Servizio Civile (bando scelto)',
    short: 'Volontari SC',
    value: (m) => m.servizioCivile?.volunteers ?? 0,
  },
  { key: 'places', label: 'Posti di Leva Civica', short: 'Posti Leva Civica', value: (m) => m.levaCivica?.places ?? 0 },
  {
    key: 'hours',
    label: 'Ore di front office a settimana',
    short: 'Ore front office / sett.',
    value: (m) => m.spazioComune?.frontOfficeHoursPerWeek ?? 0,
  },
  { key: 'points', label: 'Punti (CSRC e Spazi WeMi)', short: 'Punti', value: (m) => m.spazioComune?.points.length ?? 0 },
  { key: 'openNow', label: 'Punti aperti ora', short: 'Aperti ora', value: (m) => m.openNow },
];

/** Italian number format: 1.234,5. */
export const number = (n: number) => n.toLocaleString('it-IT', { maximumFractionDigits: 1 });
