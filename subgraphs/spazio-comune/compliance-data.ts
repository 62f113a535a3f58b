import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import type { ComplianceCheck } from './compliance-check.js';
import { type ComplianceData, evaluateCompliance, type OperatorFacts, type RoleCount } from './compliance-rules.js';
import { Activity } from './opening-hours.js';
import type { OperatorRole } from './operator.js';
import { PointKind } from './point.js';
import { intervalMinutesSql } from './schedule.js';
import type { SharedServiceArea } from './shared-service.js';

interface WemiRow {
  id: string;
  name: string | null;
  demo: boolean;
  network: string | null;
  hours_demo: boolean | null;
  front_office: string;
  digital_education: string;
}

/**
 * The facts the rules judge, read in five statements whatever the data holds: the Spazi WeMi with
 * their hours summed by the database (one row per point and real or demo hours; CSRC have no rule of
 * their own), the operators of the Spazi WeMi, the operators of each network counted per role, the
 * networks and the shared services. No interval and no operator of a CSRC reaches this process.
 */
async function complianceData(em: EntityManager): Promise<ComplianceData> {
  const minutes = intervalMinutesSql('h');
  const point = tableOf(em, 'point');
  const [wemi, operators, roles, networks, sharedServices] = await Promise.all([
    em.execute<WemiRow[]>(
      `select p.id, p.name, p.source_demo as demo, n.code as network, h.source_demo as hours_demo,
         coalesce(sum(${minutes}) filter (where h.activity in (?, ?)), 0) as front_office,
         coalesce(sum(${minutes}) filter (where h.activity = ?), 0) as digital_education
       from ${point} p
       left join ${tableOf(em, 'network')} n on n.municipio_number = coalesce(p.municipio_number, p.derived_municipio_number)
       left join ${tableOf(em, 'opening_hours')} h on h.point_id = p.id
       where p.kind = ?
       group by p.id, n.code, h.source_demo
       order by p.id, h.source_demo`,
      [Activity.FRONT_OFFICE, Activity.DIGITAL_EDUCATION, Activity.DIGITAL_EDUCATION, PointKind.WEMI],
    ),
    em.execute<(OperatorFacts & { point: string })[]>(
      `select o.id, o.point_id as point, o.role, o.weekly_hours as "weeklyHours", o.front_office_hours as "frontOfficeHours", o.source_demo as demo
       from ${tableOf(em, 'operator')} o join ${point} p on p.id = o.point_id
       where p.kind = ?
       order by o.id`,
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
        network: first.network,
        hours: parts
          .filter((part) => part.hours_demo !== null)
          .map((part) => ({
            demo: part.hours_demo as boolean,
            frontOffice: Number(part.front_office) / 60,
            digitalEducation: Number(part.digital_education) / 60,
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

/** Every rule judged for every subject, on the data as the database holds it now. */
export async function complianceReport(em: EntityManager): Promise<ComplianceCheck[]> {
  return evaluateCompliance(await complianceData(em));
}
