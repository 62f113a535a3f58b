import { basisOfSums, type FigureBasis } from '../shared/figure-basis.js';
import { Source } from '../shared/source.js';
import type { ComplianceCheck } from './compliance-check.js';
import { ComplianceSubjectKind, type Subject, subjectOf } from './compliance-subject.js';
import { OperatorRole } from './operator.js';
import { SharedServiceArea } from './shared-service.js';

const SHEET_2 = 'Scheda tecnica 2 - Spazi WeMi';
const SHEET_3 = 'Scheda tecnica 3 - Azioni di sistema';

/** The document that sets the rules. */
export const SHEETS_DOCUMENT = 'Allegato 1 Avviso - Schede tecniche SPAZIO COMUNE';

/** The rules of the technical sheets, word for word as the sheets write them (checked against the document by a test). */
export const RULES = {
  WEMI_MINIMO_20: { description: 'realizzare almeno 20 spazi WeMi nella città', section: `${SHEET_2}, 2. Obiettivi specifici` },
  FRONT_OFFICE_15_ORE: {
    description: 'almeno 15 ore settimanali di front office per ogni punto',
    section: `${SHEET_2}, 3. Attività, a)`,
  },
  EDUCAZIONE_DIGITALE_5_ORE: {
    description: 'almeno 5 ore delle 15 settimanali di front office',
    section: `${SHEET_2}, 3. Attività, b)`,
  },
  OPERATORI_MINIMO_2: {
    description: "almeno due operatori per ogni spazio WeMi dedicati all'attività di front office",
    section: `${SHEET_2}, 4. Personale, a)`,
  },
  OPERATORE_20_ORE: {
    description: 'per una durata di almeno 20 ore alla settimana (di cui almeno 15 di front office)',
    section: `${SHEET_2}, 4. Personale, a)`,
  },
  COORDINATORE_PER_RETE: {
    description: 'un coordinatore degli spazi WeMi per ogni rete municipale (SPAZIO COMUNE)',
    section: `${SHEET_2}, 4. Personale, b)`,
  },
  REGISTRO_BAF: {
    description:
      "Nello Spazio Comune 1, dovrà essere implementata l'attività connessa al registro assistenti familiari e alla gestione delle domande BAF sul sito di Regione Lombardia",
    section: `${SHEET_2}, 2. Obiettivi specifici`,
  },
  SERVIZI_CONDIVISI_5: {
    description:
      "individuare e realizzare l'offerta di almeno n. 5 servizi condivisi omogenei su tutta la città attinenti alle seguenti aree: promozione di un invecchiamento attivo - supporto alla conciliazione tempo vita/lavoro - sostegno allo studio – servizi sociosanitari",
    section: `${SHEET_2}, 2. Obiettivi specifici`,
  },
  COMPOSIZIONE_COORDINAMENTO: {
    description:
      'Coordinamenti composti da un coordinatore, che svolgerà anche funzioni di coordinamento degli spazi WeMi, da un referente degli CSRC, da un Assistente sociale di Comunità e da un tecnico del Municipio',
    section: `${SHEET_3}, 1. Sistema di governance, Secondo livello: GESTIONALE`,
  },
} as const;

export type RuleCode = keyof typeof RULES;

/** The kind of subject each rule is judged for: one kind per rule. */
export const RULE_KIND: Record<RuleCode, ComplianceSubjectKind> = {
  WEMI_MINIMO_20: ComplianceSubjectKind.CITY,
  FRONT_OFFICE_15_ORE: ComplianceSubjectKind.POINT,
  EDUCAZIONE_DIGITALE_5_ORE: ComplianceSubjectKind.POINT,
  OPERATORI_MINIMO_2: ComplianceSubjectKind.POINT,
  OPERATORE_20_ORE: ComplianceSubjectKind.OPERATOR,
  COORDINATORE_PER_RETE: ComplianceSubjectKind.NETWORK,
  REGISTRO_BAF: ComplianceSubjectKind.NETWORK,
  SERVIZI_CONDIVISI_5: ComplianceSubjectKind.CITY,
  COMPOSIZIONE_COORDINAMENTO: ComplianceSubjectKind.NETWORK,
};

/** A rule's verdict as the database judged it: on all records, and on the real ones alone (null: not known, or a demo subject). */
export interface Verdict {
  passed: boolean | null;
  passedOnRealData: boolean | null;
}

/** What the database sums for a Spazio WeMi: interval rows, minutes and operators, real and demo apart. */
export interface PointFacts {
  id: string;
  name: string | null;
  demo: boolean;
  hours_real: number;
  hours_demo: number;
  front_real: number;
  front_demo: number;
  digital_real: number;
  digital_demo: number;
  operators_real: number;
  operators_demo: number;
  front_office_real: number;
  front_office_demo: number;
}

/** A front-office operator of a Spazio WeMi, with the point it works at. */
export interface OperatorFacts {
  id: string;
  point_id: string;
  point_name: string | null;
  point_demo: boolean;
  demo: boolean;
  weekly_hours: number;
  front_office_hours: number | null;
}

/** A network and, per role, how many of its operators have it, real and demo apart (presence only, but for coordinators). */
export interface NetworkFacts {
  code: string;
  register: boolean | null;
  roles: { role: OperatorRole; demo: boolean; count: number }[];
}

/** The city: its Spazi WeMi counted, its shared services per area. */
export interface CityFacts {
  wemi_real: number;
  wemi_demo: number;
  services: { area: SharedServiceArea; demo: boolean; count: number }[];
}

function check(
  rule: RuleCode,
  subject: Subject,
  verdict: Verdict,
  detail: string,
  includesDemo: boolean,
  measureBasis: FigureBasis | null = null,
): ComplianceCheck {
  const { description, section } = RULES[rule];
  const source = Object.assign(new Source(), { document: SHEETS_DOCUMENT, section });
  return {
    rule,
    description,
    section,
    source,
    subject: subject.label,
    subjectKind: subject.kind,
    subjectId: subject.id,
    passed: verdict.passed,
    detail,
    includesDemo: includesDemo || (measureBasis?.includesDemo ?? false),
    passedOnRealData: verdict.passedOnRealData,
    measureBasis,
  };
}

/** The basis of a sum kept as a real and a demo part, each there only when records of it are. */
const basis = (real: number, demo: number, realThere: boolean, demoThere: boolean) =>
  basisOfSums([...(realThere ? [{ demo: false, amount: real }] : []), ...(demoThere ? [{ demo: true, amount: demo }] : [])]);

const hours = (n: number) => `${Number(n.toFixed(2))} h`;

const CITY = subjectOf(ComplianceSubjectKind.CITY, 'Milano', 'Milano');
const networkSubject = (code: string) => subjectOf(ComplianceSubjectKind.NETWORK, code, code);
const pointSubject = (p: PointFacts) => subjectOf(ComplianceSubjectKind.POINT, p.id, p.name === null ? p.id : `${p.name} (${p.id})`);

/** One rule judged for a Spazio WeMi, its verdict from the database, its words and measure from the facts. */
export function pointCheck(rule: RuleCode, p: PointFacts, verdict: Verdict): ComplianceCheck {
  const subject = pointSubject(p);
  if (rule === 'OPERATORI_MINIMO_2') {
    if (p.operators_real + p.operators_demo === 0)
      return check(rule, subject, verdict, 'Nessun operatore registrato per il punto.', p.demo);
    const frontOffice = basis(p.front_office_real, p.front_office_demo, true, p.front_office_demo > 0);
    const detail = `${frontOffice.value} operatori di front office registrati.`;
    return check(rule, subject, verdict, detail, p.demo || p.operators_demo > 0, frontOffice);
  }
  if (p.hours_real + p.hours_demo === 0) return check(rule, subject, verdict, 'Nessun orario settimanale registrato per il punto.', p.demo);
  const [real, demo, what] =
    rule === 'FRONT_OFFICE_15_ORE'
      ? [p.front_real, p.front_demo, 'di front office']
      : [p.digital_real, p.digital_demo, 'di educazione digitale'];
  const measure = basis(real / 60, demo / 60, p.hours_real > 0, p.hours_demo > 0);
  return check(rule, subject, verdict, `${hours(measure.value)} ${what} a settimana.`, p.demo, measure);
}

/** OPERATORE_20_ORE for a front-office operator of a Spazio WeMi. */
export function operatorCheck(o: OperatorFacts, verdict: Verdict): ComplianceCheck {
  const subject = subjectOf(ComplianceSubjectKind.OPERATOR, o.id, `operatore ${o.id} (${o.point_name ?? o.point_id})`);
  const front = o.front_office_hours === null ? 'ore di front office non registrate' : `${hours(o.front_office_hours)} di front office`;
  const weekly = basis(o.weekly_hours, o.weekly_hours, !o.demo, o.demo);
  return check('OPERATORE_20_ORE', subject, verdict, `${hours(o.weekly_hours)} a settimana, ${front}.`, o.point_demo || o.demo, weekly);
}

const REQUIRED_ROLES = [
  OperatorRole.COORDINATOR,
  OperatorRole.CSRC_REFERENT,
  OperatorRole.COMMUNITY_SOCIAL_WORKER,
  OperatorRole.MUNICIPIO_TECHNICIAN,
];

/**
 * The rules of a network, judged here on the database's counts (nine networks: a fixed cost). A
 * network with no operator on record is not known; so on real data when it has no real operator.
 */
export function networkChecks(n: NetworkFacts): {
  coordinator: ComplianceCheck;
  composition: ComplianceCheck;
  register: ComplianceCheck | null;
} {
  const subject = networkSubject(n.code);
  const present = n.roles.filter((r) => r.count > 0);
  const real = present.filter((r) => !r.demo);
  const includesDemo = present.some((r) => r.demo);
  const register = n.code === 'SPAZIO COMUNE.1' ? registerCheck(n.register) : null;
  if (present.length === 0) {
    const detail = 'Nessun operatore registrato per la rete.';
    const unknown = { passed: null, passedOnRealData: null };
    return {
      coordinator: check('COORDINATORE_PER_RETE', subject, unknown, detail, false),
      composition: check('COMPOSIZIONE_COORDINAMENTO', subject, unknown, detail, false),
      register,
    };
  }
  const coordinators = (demo: boolean) =>
    present.filter((r) => r.role === OperatorRole.COORDINATOR && r.demo === demo).reduce((sum, r) => sum + r.count, 0);
  const measure = basis(coordinators(false), coordinators(true), coordinators(false) > 0, coordinators(true) > 0);
  const missingOf = (roles: { role: OperatorRole }[]) => REQUIRED_ROLES.filter((role) => !roles.some((r) => r.role === role));
  const missing = missingOf(present);
  return {
    coordinator: check(
      'COORDINATORE_PER_RETE',
      subject,
      { passed: measure.value >= 1, passedOnRealData: real.length === 0 ? null : measure.real >= 1 },
      `${measure.value} coordinatori registrati.`,
      includesDemo,
      measure,
    ),
    composition: check(
      'COMPOSIZIONE_COORDINAMENTO',
      subject,
      { passed: missing.length === 0, passedOnRealData: real.length === 0 ? null : missingOf(real).length === 0 },
      missing.length === 0 ? 'Tutti i ruoli sono presenti.' : `Ruoli mancanti: ${missing.join(', ')}.`,
      includesDemo,
    ),
    register,
  };
}

function registerCheck(known: boolean | null): ComplianceCheck {
  const detail = known === null ? 'Attività non registrata nei dati.' : known ? 'Attività attiva.' : 'Attività non attiva.';
  return check('REGISTRO_BAF', networkSubject('SPAZIO COMUNE.1'), { passed: known, passedOnRealData: known }, detail, false);
}

/** The city-wide rules, on the database's counts: the Spazi WeMi, and the shared services per area. */
export function cityChecks(c: CityFacts): { wemi: ComplianceCheck; services: ComplianceCheck } {
  const wemi = basis(c.wemi_real, c.wemi_demo, true, c.wemi_demo > 0);
  const ofWhichDemo = c.wemi_demo > 0 ? ` (di cui ${c.wemi_demo} dimostrativi)` : '';
  const wemiCheck = check(
    'WEMI_MINIMO_20',
    CITY,
    { passed: wemi.value >= 20, passedOnRealData: wemi.real >= 20 },
    `${wemi.value} Spazi WeMi registrati${ofWhichDemo}; ne sono richiesti almeno 20.`,
    false,
    wemi,
  );
  const services = c.services.filter((s) => s.count > 0);
  const judge = (records: typeof services) => {
    const count = records.reduce((sum, s) => sum + s.count, 0);
    const missing = Object.values(SharedServiceArea).filter((area) => !records.some((s) => s.area === area));
    return { count, missing, passed: records.length === 0 ? null : count >= 5 && missing.length === 0 };
  };
  if (services.length === 0) {
    const unknown = { passed: null, passedOnRealData: null };
    return { wemi: wemiCheck, services: check('SERVIZI_CONDIVISI_5', CITY, unknown, 'Nessun servizio condiviso registrato.', false) };
  }
  const all = judge(services);
  const real = judge(services.filter((s) => !s.demo));
  const sum = (demo: boolean) => services.filter((s) => s.demo === demo).reduce((total, s) => total + s.count, 0);
  const measure = basis(sum(false), sum(true), true, sum(true) > 0);
  const where = all.missing.length ? `; aree senza servizi: ${all.missing.join(', ')}` : ' su tutte e quattro le aree';
  return {
    wemi: wemiCheck,
    services: check(
      'SERVIZI_CONDIVISI_5',
      CITY,
      { passed: all.passed, passedOnRealData: real.passed },
      `${all.count} servizi condivisi${where}.`,
      false,
      measure,
    ),
  };
}
