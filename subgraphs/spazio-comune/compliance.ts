import { Field, ID, ObjectType } from 'type-graphql';
import { ComplianceSubjectKind, type Subject, subjectOf } from './compliance-subject.js';
import { OperatorRole, PointKind, SharedServiceArea } from './enums.js';
import { digitalEducationHours, frontOfficeHours, type Interval } from './schedule.js';

@ObjectType('ComplianceCheck', {
  description: 'One rule of the technical sheets judged for one subject (the city, a network, a point or an operator).',
})
export class ComplianceCheck {
  @Field(() => String, { description: 'The code of the rule, e.g. "WEMI_MINIMO_20".' })
  rule!: string;

  @Field(() => String, { description: 'The rule in the words of the sheet.' })
  description!: string;

  @Field(() => String, { description: 'Where the sheet sets the rule.' })
  section!: string;

  @Field(() => String, {
    description: 'What the rule was judged for, as a label to show: "Milano", "SPAZIO COMUNE.N", a point or an operator.',
  })
  subject!: string;

  @Field(() => ComplianceSubjectKind, { description: 'The kind of subject the rule was judged for.' })
  subjectKind!: ComplianceSubjectKind;

  @Field(() => ID, {
    description:
      'The id of the subject: "Milano" for the city, the network code ("SPAZIO COMUNE.1"), the point id or the operator id; with subjectKind it identifies the subject.',
  })
  subjectId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the rule is met; null when the data needed to judge is missing.' })
  passed!: boolean | null;

  @Field(() => String, { description: 'What the judgement rests on.' })
  detail!: string;
}

export interface OperatorFacts {
  id: string;
  role: OperatorRole;
  weeklyHours: number;
  frontOfficeHours: number | null;
}

export interface ComplianceData {
  points: { id: string; name: string; kind: PointKind; network: string | null; hours: Interval[]; operators: OperatorFacts[] }[];
  networks: { code: string; familyAssistantRegister: boolean | null; operators: OperatorFacts[] }[];
  sharedServices: { area: SharedServiceArea }[];
}

const SHEET_2 = 'Scheda tecnica 2 - Spazi WeMi';
const SHEET_3 = 'Scheda tecnica 3 - Azioni di sistema';

/** The rules of the technical sheets, as the sheets word them. */
export const RULES = {
  WEMI_MINIMO_20: { description: 'realizzare almeno 20 spazi WeMi nella città', section: `${SHEET_2}, 2. Obiettivi specifici` },
  FRONT_OFFICE_15_ORE: {
    description: 'almeno 15 ore settimanali di front office per ogni punto',
    section: `${SHEET_2}, 3. Attività, a)`,
  },
  EDUCAZIONE_DIGITALE_5_ORE: {
    description: 'educazione digitale: almeno 5 ore delle 15 settimanali di front office',
    section: `${SHEET_2}, 3. Attività, b)`,
  },
  OPERATORI_MINIMO_2: {
    description: 'almeno due operatori per ogni spazio WeMi dedicati all’attività di front office',
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
      'Nello Spazio Comune 1, dovrà essere implementata l’attività connessa al registro assistenti familiari e alla gestione delle domande BAF',
    section: `${SHEET_2}, 2. Obiettivi specifici`,
  },
  SERVIZI_CONDIVISI_5: {
    description:
      'almeno n. 5 servizi condivisi omogenei su tutta la città attinenti alle aree: invecchiamento attivo, conciliazione tempo vita/lavoro, sostegno allo studio, servizi sociosanitari',
    section: `${SHEET_2}, 2. Obiettivi specifici`,
  },
  COMPOSIZIONE_COORDINAMENTO: {
    description:
      'Coordinamenti composti da un coordinatore, da un referente degli CSRC, da un Assistente sociale di Comunità e da un tecnico del Municipio',
    section: `${SHEET_3}, 1. Sistema di governance, Secondo livello: GESTIONALE`,
  },
} as const;

type RuleCode = keyof typeof RULES;

function check(rule: RuleCode, subject: Subject, passed: boolean | null, detail: string): ComplianceCheck {
  return { rule, ...RULES[rule], subject: subject.label, subjectKind: subject.kind, subjectId: subject.id, passed, detail };
}

const CITY = subjectOf(ComplianceSubjectKind.CITY, 'Milano', 'Milano');
const networkSubjectOf = (code: string) => subjectOf(ComplianceSubjectKind.NETWORK, code, code);

const hours = (n: number) => `${Number(n.toFixed(2))} h`;

/** Judges every rule of the technical sheets on the data: one row per rule and subject. */
export function evaluateCompliance(data: ComplianceData): ComplianceCheck[] {
  const checks: ComplianceCheck[] = [];
  const wemi = data.points.filter((p) => p.kind === PointKind.WEMI);
  const networkHasStaffData = new Map(data.networks.map((n) => [n.code, n.operators.length > 0]));

  checks.push(check('WEMI_MINIMO_20', CITY, wemi.length >= 20, `${wemi.length} Spazi WeMi registrati; ne sono richiesti almeno 20.`));

  for (const point of wemi) {
    const subject = subjectOf(ComplianceSubjectKind.POINT, point.id, `${point.name} (${point.id})`);
    if (point.hours.length === 0) {
      const detail = 'Nessun orario settimanale registrato per il punto.';
      checks.push(check('FRONT_OFFICE_15_ORE', subject, null, detail), check('EDUCAZIONE_DIGITALE_5_ORE', subject, null, detail));
    } else {
      const front = frontOfficeHours(point.hours);
      const digital = digitalEducationHours(point.hours);
      checks.push(
        check('FRONT_OFFICE_15_ORE', subject, front >= 15, `${hours(front)} di front office a settimana.`),
        check('EDUCAZIONE_DIGITALE_5_ORE', subject, digital >= 5, `${hours(digital)} di educazione digitale a settimana.`),
      );
    }
    const frontOffice = point.operators.filter((o) => o.role === OperatorRole.FRONT_OFFICE);
    const staffKnown = point.operators.length > 0 || (point.network !== null && networkHasStaffData.get(point.network) === true);
    checks.push(
      staffKnown
        ? check('OPERATORI_MINIMO_2', subject, frontOffice.length >= 2, `${frontOffice.length} operatori di front office registrati.`)
        : check('OPERATORI_MINIMO_2', subject, null, 'Nessun operatore registrato per il punto né per la sua rete.'),
    );
    for (const operator of frontOffice) {
      const enoughFront = operator.frontOfficeHours === null ? null : operator.frontOfficeHours >= 15;
      const passed = operator.weeklyHours < 20 ? false : enoughFront;
      const front =
        operator.frontOfficeHours === null ? 'ore di front office non registrate' : `${hours(operator.frontOfficeHours)} di front office`;
      checks.push(
        check(
          'OPERATORE_20_ORE',
          subjectOf(ComplianceSubjectKind.OPERATOR, operator.id, `operatore ${operator.id} (${point.name})`),
          passed,
          `${hours(operator.weeklyHours)} a settimana, ${front}.`,
        ),
      );
    }
  }

  for (const network of data.networks) {
    const networkSubject = networkSubjectOf(network.code);
    if (network.operators.length === 0) {
      const detail = 'Nessun operatore registrato per la rete.';
      checks.push(
        check('COORDINATORE_PER_RETE', networkSubject, null, detail),
        check('COMPOSIZIONE_COORDINAMENTO', networkSubject, null, detail),
      );
    } else {
      const roles = new Set(network.operators.map((o) => o.role));
      const coordinators = network.operators.filter((o) => o.role === OperatorRole.COORDINATOR).length;
      const required = [
        OperatorRole.COORDINATOR,
        OperatorRole.CSRC_REFERENT,
        OperatorRole.COMMUNITY_SOCIAL_WORKER,
        OperatorRole.MUNICIPIO_TECHNICIAN,
      ];
      const missing = required.filter((r) => !roles.has(r));
      checks.push(
        check('COORDINATORE_PER_RETE', networkSubject, coordinators >= 1, `${coordinators} coordinatori registrati.`),
        check(
          'COMPOSIZIONE_COORDINAMENTO',
          networkSubject,
          missing.length === 0,
          missing.length === 0 ? 'Tutti i ruoli sono presenti.' : `Ruoli mancanti: ${missing.join(', ')}.`,
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
      ),
    );
  }

  const areas = new Set(data.sharedServices.map((s) => s.area));
  const missingAreas = Object.values(SharedServiceArea).filter((a) => !areas.has(a));
  checks.push(
    data.sharedServices.length === 0
      ? check('SERVIZI_CONDIVISI_5', CITY, null, 'Nessun servizio condiviso registrato.')
      : check(
          'SERVIZI_CONDIVISI_5',
          CITY,
          data.sharedServices.length >= 5 && missingAreas.length === 0,
          `${data.sharedServices.length} servizi condivisi${missingAreas.length ? `; aree senza servizi: ${missingAreas.join(', ')}` : ' su tutte e quattro le aree'}.`,
        ),
  );
  return checks;
}
