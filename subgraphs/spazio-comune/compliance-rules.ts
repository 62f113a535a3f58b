import { FigureBasis, figureBasis } from '../shared/figure-basis.js';
import { Source } from '../shared/source.js';
import { ComplianceCheck } from './compliance-check.js';
import { ComplianceSubjectKind, type Subject, subjectOf } from './compliance-subject.js';
import { OperatorRole } from './operator.js';
import { PointKind } from './point.js';
import { SharedServiceArea } from './shared-service.js';

/** A record of the data judged; demo is true for the demo data set. */
interface Judged {
  demo: boolean;
}

export interface OperatorFacts extends Judged {
  id: string;
  role: OperatorRole;
  weeklyHours: number;
  frontOfficeHours: number | null;
}

/** The weekly hours of a point's intervals summed (front office with digital education, and digital education), real and demo apart. */
export interface HoursPart extends Judged {
  frontOffice: number;
  digitalEducation: number;
}

/** How many operators of a network have a role, real and demo apart. */
export interface RoleCount extends Judged {
  role: OperatorRole;
  count: number;
}

/**
 * What the rules judge, as the database sums it: a part is there only when records of it are (a
 * point with no real intervals has no real hours part), so an empty list means "nothing on record".
 */
export interface ComplianceData {
  points: (Judged & {
    id: string;
    name: string | null;
    kind: PointKind;
    network: string | null;
    hours: HoursPart[];
    operators: OperatorFacts[];
  })[];
  networks: { code: string; familyAssistantRegister: boolean | null; operators: RoleCount[] }[];
  sharedServices: (Judged & { area: SharedServiceArea })[];
}

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

type RuleCode = keyof typeof RULES;

/** A judgement before it is set beside the one on real data alone. */
type Judgement = Omit<ComplianceCheck, 'passedOnRealData'>;

const sourced = <T extends Judged>(records: T[]) => records.map((r) => ({ ...r, source: { demo: r.demo } }));

/** The basis of a measure summed over judged records. */
function measure<T extends Judged>(records: T[], amount: (record: T) => number = () => 1): FigureBasis {
  return figureBasis(sourced(records), amount);
}

function check(
  rule: RuleCode,
  subject: Subject,
  passed: boolean | null,
  detail: string,
  restsOn: Judged[],
  measureBasis: FigureBasis | null = null,
): Judgement {
  const includesDemo = restsOn.some((r) => r.demo) || (measureBasis?.includesDemo ?? false);
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
    passed,
    detail,
    includesDemo,
    measureBasis,
  };
}

const CITY = subjectOf(ComplianceSubjectKind.CITY, 'Milano', 'Milano');
const networkSubjectOf = (code: string) => subjectOf(ComplianceSubjectKind.NETWORK, code, code);

const hours = (n: number) => `${Number(n.toFixed(2))} h`;

/**
 * Judges every rule of the technical sheets on the data: one row per rule and subject. A subject
 * with no data on record for a rule is judged null ("not known"), never failed. Each row says
 * whether demo records took part, and is judged again on the real records alone.
 */
export function evaluateCompliance(data: ComplianceData): ComplianceCheck[] {
  const real = judge(withoutDemo(data));
  const realPassed = new Map(real.map((c) => [`${c.rule}\u0000${c.subjectKind}\u0000${c.subjectId}`, c.passed]));
  return judge(data).map((c) => ({
    ...c,
    passedOnRealData: realPassed.get(`${c.rule}\u0000${c.subjectKind}\u0000${c.subjectId}`) ?? null,
  }));
}

function withoutDemo(data: ComplianceData): ComplianceData {
  const realOnly = <T extends Judged>(records: T[]) => records.filter((r) => !r.demo);
  return {
    points: realOnly(data.points).map((p) => ({ ...p, hours: realOnly(p.hours), operators: realOnly(p.operators) })),
    networks: data.networks.map((n) => ({ ...n, operators: realOnly(n.operators) })),
    sharedServices: realOnly(data.sharedServices),
  };
}

function judge(data: ComplianceData): Judgement[] {
  const checks: Judgement[] = [];
  const wemi = data.points.filter((p) => p.kind === PointKind.WEMI);

  const wemiCount = measure(wemi);
  const ofWhichDemo = wemiCount.includesDemo ? ` (di cui ${wemiCount.demo} dimostrativi)` : '';
  checks.push(
    check(
      'WEMI_MINIMO_20',
      CITY,
      wemi.length >= 20,
      `${wemi.length} Spazi WeMi registrati${ofWhichDemo}; ne sono richiesti almeno 20.`,
      wemi,
      wemiCount,
    ),
  );

  for (const point of wemi) {
    const subject = subjectOf(ComplianceSubjectKind.POINT, point.id, point.name === null ? point.id : `${point.name} (${point.id})`);
    if (point.hours.length === 0) {
      const detail = 'Nessun orario settimanale registrato per il punto.';
      checks.push(
        check('FRONT_OFFICE_15_ORE', subject, null, detail, [point]),
        check('EDUCAZIONE_DIGITALE_5_ORE', subject, null, detail, [point]),
      );
    } else {
      const front = measure(point.hours, (h) => h.frontOffice);
      const digital = measure(point.hours, (h) => h.digitalEducation);
      checks.push(
        check('FRONT_OFFICE_15_ORE', subject, front.value >= 15, `${hours(front.value)} di front office a settimana.`, [point], front),
        check(
          'EDUCAZIONE_DIGITALE_5_ORE',
          subject,
          digital.value >= 5,
          `${hours(digital.value)} di educazione digitale a settimana.`,
          [point],
          digital,
        ),
      );
    }
    const frontOffice = point.operators.filter((o) => o.role === OperatorRole.FRONT_OFFICE);
    checks.push(
      point.operators.length > 0
        ? check(
            'OPERATORI_MINIMO_2',
            subject,
            frontOffice.length >= 2,
            `${frontOffice.length} operatori di front office registrati.`,
            [point, ...point.operators],
            measure(frontOffice),
          )
        : check('OPERATORI_MINIMO_2', subject, null, 'Nessun operatore registrato per il punto.', [point]),
    );
    for (const operator of frontOffice) {
      const enoughFront = operator.frontOfficeHours === null ? null : operator.frontOfficeHours >= 15;
      const passed = operator.weeklyHours < 20 ? false : enoughFront;
      const front =
        operator.frontOfficeHours === null ? 'ore di front office non registrate' : `${hours(operator.frontOfficeHours)} di front office`;
      checks.push(
        check(
          'OPERATORE_20_ORE',
          subjectOf(ComplianceSubjectKind.OPERATOR, operator.id, `operatore ${operator.id} (${point.name ?? point.id})`),
          passed,
          `${hours(operator.weeklyHours)} a settimana, ${front}.`,
          [point, operator],
          measure([operator], (o) => o.weeklyHours),
        ),
      );
    }
  }

  for (const network of data.networks) {
    const networkSubject = networkSubjectOf(network.code);
    if (network.operators.length === 0) {
      const detail = 'Nessun operatore registrato per la rete.';
      checks.push(
        check('COORDINATORE_PER_RETE', networkSubject, null, detail, []),
        check('COMPOSIZIONE_COORDINAMENTO', networkSubject, null, detail, []),
      );
    } else {
      const roles = new Set(network.operators.map((o) => o.role));
      const coordinators = measure(
        network.operators.filter((o) => o.role === OperatorRole.COORDINATOR),
        (o) => o.count,
      );
      const required = [
        OperatorRole.COORDINATOR,
        OperatorRole.CSRC_REFERENT,
        OperatorRole.COMMUNITY_SOCIAL_WORKER,
        OperatorRole.MUNICIPIO_TECHNICIAN,
      ];
      const missing = required.filter((r) => !roles.has(r));
      checks.push(
        check(
          'COORDINATORE_PER_RETE',
          networkSubject,
          coordinators.value >= 1,
          `${coordinators.value} coordinatori registrati.`,
          network.operators,
          coordinators,
        ),
        check(
          'COMPOSIZIONE_COORDINAMENTO',
          networkSubject,
          missing.length === 0,
          missing.length === 0 ? 'Tutti i ruoli sono presenti.' : `Ruoli mancanti: ${missing.join(', ')}.`,
          network.operators,
        ),
      );
    }
  }

  const first = data.networks.find((n) => n.code === 'SPAZIO COMUNE.1');
  if (first) {
    const known = first.familyAssistantRegister;
    checks.push(
      check(
        'REGISTRO_BAF',
        networkSubjectOf(first.code),
        known,
        known === null ? 'Attività non registrata nei dati.' : known ? 'Attività attiva.' : 'Attività non attiva.',
        [],
      ),
    );
  }

  const services = data.sharedServices;
  const areas = new Set(services.map((s) => s.area));
  const missingAreas = Object.values(SharedServiceArea).filter((a) => !areas.has(a));
  checks.push(
    services.length === 0
      ? check('SERVIZI_CONDIVISI_5', CITY, null, 'Nessun servizio condiviso registrato.', [])
      : check(
          'SERVIZI_CONDIVISI_5',
          CITY,
          services.length >= 5 && missingAreas.length === 0,
          `${services.length} servizi condivisi${missingAreas.length ? `; aree senza servizi: ${missingAreas.join(', ')}` : ' su tutte e quattro le aree'}.`,
          services,
          measure(services),
        ),
  );
  return checks;
}
