import type { EntityManager } from '@mikro-orm/postgresql';
import { type FigureBasis, figureBasis } from '../../subgraphs/shared/figure-basis.js';
import { groupBy } from '../../subgraphs/shared/loader.js';
import { Source } from '../../subgraphs/shared/source.js';
import { tableOf } from '../../subgraphs/shared/sql.js';
import type { ComplianceCheck } from '../../subgraphs/spazio-comune/compliance-check.js';
import { RULES, SHEETS_DOCUMENT } from '../../subgraphs/spazio-comune/compliance-rules.js';
import { ComplianceSubjectKind, type Subject, subjectOf } from '../../subgraphs/spazio-comune/compliance-subject.js';
import { Activity } from '../../subgraphs/spazio-comune/opening-hours.js';
import { OperatorRole } from '../../subgraphs/spazio-comune/operator.js';
import { PointKind } from '../../subgraphs/spazio-comune/point.js';
import { intervalMinutesSql } from '../../subgraphs/spazio-comune/schedule.js';
import { SharedServiceArea } from '../../subgraphs/spazio-comune/shared-service.js';

/**
 * The compliance report as the hub judged it before the rules went to SQL (issue 16): every subject
 * read and judged in JavaScript. Kept as the reference the SQL judgement must equal, row for row,
 * with two changes, as the SQL does: hours are judged in whole minutes (15 h is 900 minutes), and
 * points and operators come by id as code units (the "C" collation) whatever the database's collation.
 */

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

/** The weekly minutes of a point's intervals summed (front office with digital education, and digital education), real and demo apart. */
export interface HoursPart extends Judged {
  frontOfficeMinutes: number;
  digitalEducationMinutes: number;
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
    hours: HoursPart[];
    operators: OperatorFacts[];
  })[];
  networks: { code: string; familyAssistantRegister: boolean | null; operators: RoleCount[] }[];
  sharedServices: (Judged & { area: SharedServiceArea })[];
}

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
      const front = measure(point.hours, (h) => h.frontOfficeMinutes / 60);
      const digital = measure(point.hours, (h) => h.digitalEducationMinutes / 60);
      const minutes = (of: (h: HoursPart) => number) => point.hours.reduce((sum, h) => sum + of(h), 0);
      checks.push(
        check(
          'FRONT_OFFICE_15_ORE',
          subject,
          minutes((h) => h.frontOfficeMinutes) >= 900,
          `${hours(front.value)} di front office a settimana.`,
          [point],
          front,
        ),
        check(
          'EDUCAZIONE_DIGITALE_5_ORE',
          subject,
          minutes((h) => h.digitalEducationMinutes) >= 300,
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

interface WemiRow {
  id: string;
  name: string | null;
  demo: boolean;
  hours_demo: boolean | null;
  front_office: string;
  digital_education: string;
}

/**
 * The facts as the hub read them, in five statements that read every Spazio WeMi and operator. The
 * join on the network of the point's Municipio is gone: the rules never read it, and a Municipio with
 * two networks counted the point's hours twice.
 */
export async function referenceData(em: EntityManager): Promise<ComplianceData> {
  const minutes = intervalMinutesSql('h');
  const point = tableOf(em, 'point');
  const [wemi, operators, roles, networks, sharedServices] = await Promise.all([
    em.execute<WemiRow[]>(
      `select p.id, p.name, p.source_demo as demo, h.source_demo as hours_demo,
         coalesce(sum(${minutes}) filter (where h.activity in (?, ?)), 0) as front_office,
         coalesce(sum(${minutes}) filter (where h.activity = ?), 0) as digital_education
       from ${point} p
       left join ${tableOf(em, 'opening_hours')} h on h.point_id = p.id
       where p.kind = ?
       group by p.id, h.source_demo
       order by p.id collate "C", h.source_demo`,
      [Activity.FRONT_OFFICE, Activity.DIGITAL_EDUCATION, Activity.DIGITAL_EDUCATION, PointKind.WEMI],
    ),
    em.execute<(OperatorFacts & { point: string })[]>(
      `select o.id, o.point_id as point, o.role, o.weekly_hours as "weeklyHours", o.front_office_hours as "frontOfficeHours", o.source_demo as demo
       from ${tableOf(em, 'operator')} o join ${point} p on p.id = o.point_id
       where p.kind = ?
       order by o.id collate "C"`,
      [PointKind.WEMI],
    ),
    em.execute<{ network: string; role: OperatorRole; demo: boolean; count: string }[]>(
      `select network_code as network, role, source_demo as demo, count(*) as count
       from ${tableOf(em, 'operator')}
       group by 1, 2, 3`,
    ),
    em.execute<{ code: string; familyAssistantRegister: boolean | null }[]>(
      `select code, family_assistant_register as "familyAssistantRegister" from ${tableOf(em, 'network')} order by code`,
    ),
    em.execute<{ area: SharedServiceArea; demo: boolean }[]>(`select area, source_demo as demo from ${tableOf(em, 'shared_service')}`),
  ]);
  const operatorsByPoint = groupBy(operators, (o) => o.point);
  const rolesByNetwork = groupBy(
    roles.map((r): RoleCount & { network: string } => ({ network: r.network, role: r.role, demo: r.demo, count: Number(r.count) })),
    (r) => r.network,
  );
  return {
    points: [...groupBy(wemi, (row) => row.id).values()].map((parts) => {
      const [first] = parts as [WemiRow];
      return {
        id: first.id,
        name: first.name,
        kind: PointKind.WEMI,
        demo: first.demo,
        hours: parts
          .filter((part) => part.hours_demo !== null)
          .map((part) => ({
            demo: part.hours_demo as boolean,
            frontOfficeMinutes: Number(part.front_office),
            digitalEducationMinutes: Number(part.digital_education),
          })),
        operators: (operatorsByPoint.get(first.id) ?? []).map(({ point: _point, ...facts }) => facts),
      };
    }),
    networks: networks.map((n) => ({
      code: n.code,
      familyAssistantRegister: n.familyAssistantRegister,
      operators: (rolesByNetwork.get(n.code) ?? []).map(({ network: _network, ...count }) => count),
    })),
    sharedServices,
  };
}
