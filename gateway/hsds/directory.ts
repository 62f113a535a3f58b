import { POINT_KIND_LABEL, pointLabel } from '../isomorphic/point-label.js';
import type { GraphAddress, GraphPoint, GraphProgrammes } from './directory-query.js';
import { hsdsId } from './ids.js';
import { pointSchedules } from './schedules.js';
import { fold } from './search.js';

/** The graph's records as HSDS 3.0 objects, with what the list filters need beside each service. */

type HsdsObject = Record<string, unknown> & { id: string };

export interface DirectoryService {
  /** The fully nested service (GET /services/{id}). */
  full: HsdsObject;
  /** The one-to-one fields, organization and program (the items of GET /services). */
  listed: HsdsObject;
  organizationId: string;
  termIds: Set<string>;
  /** When it last changed; null when the graph does not record it. */
  modified: string | null;
  /** The points where it is given (for proximity). */
  pointIds: string[];
  /** What `search` looks in, for the services matched here (the programmes'); the graph searches the points'. */
  text: string;
}

export interface Directory {
  organizations: HsdsObject[];
  /** The points' services first (in the order of the points given), then the programmes'. */
  services: DirectoryService[];
  taxonomies: HsdsObject[];
  taxonomyTerms: HsdsObject[];
  /** The terms that classify points: the SPAZIO COMUNE programme's (every point) and the WeMi categories (the Spazi WeMi). */
  pointTerms: { programme: string; wemi: Set<string> };
  /** The terms of the programmes' services: each programme's, and the areas of the shared services by their code. */
  programmeTerms: { spazioComune: string; servizioCivile: string; levaCivica: string; areas: Map<string, string> };
}

const COMUNE = 'Comune di Milano';

const DEMO = ' Dati dimostrativi (demo), non reali.';

/**
 * The four areas of the shared services in the words of the technical sheet, by the graph's
 * SharedServiceArea values. The schema says the same in the values' descriptions, but reading them
 * would take introspection, which a production server may turn off; test/open-formats.spec.ts
 * checks that the two agree.
 */
export const SHARED_SERVICE_AREAS: Record<string, string> = {
  ACTIVE_AGEING: 'promozione di un invecchiamento attivo',
  WORK_LIFE_BALANCE: 'supporto alla conciliazione tempo vita/lavoro',
  STUDY_SUPPORT: 'sostegno allo studio',
  SOCIAL_HEALTH: 'servizi sociosanitari',
};

/** The organization record of a body: the Comune under the names its offices use ("COMUNE DI MILANO", "Comune di Milano - Direzione …", or none), any other body as named. */
export function organizationRecord(name: string | null): HsdsObject {
  if (name === null || fold(name).startsWith(fold(COMUNE))) {
    return {
      id: hsdsId('organization', COMUNE),
      name: COMUNE,
      description:
        'Il Comune di Milano: promuove le reti SPAZIO COMUNE, i bandi di Servizio Civile Universale e i progetti di Leva Civica.',
      website: 'https://www.comune.milano.it',
    };
  }
  return { id: hsdsId('organization', name), name, description: `Ente gestore di punti delle reti SPAZIO COMUNE del ${COMUNE}.` };
}

export function buildDirectory(points: GraphPoint[], programmes: GraphProgrammes): Directory {
  const organizations = new Map<string, HsdsObject>();
  /** Each body once, in the order met. */
  const organization = (name: string | null): HsdsObject => {
    const record = organizationRecord(name);
    const found = organizations.get(record.id);
    if (found) return found;
    organizations.set(record.id, record);
    return record;
  };
  const comune = organization(null);

  const taxonomy = (key: string, name: string, description: string) => ({ id: hsdsId('taxonomy', key), name, description });
  const programmesTaxonomy = taxonomy('programmi', 'Programmi', 'I programmi pubblici del Comune di Milano da cui vengono i servizi.');
  const wemiTaxonomy = taxonomy(
    'categorie-wemi',
    'Categorie WeMi',
    'Le tredici categorie dei servizi della piattaforma WeMi, a cui gli Spazi WeMi orientano i cittadini.',
  );
  const areasTaxonomy = taxonomy(
    'aree-servizi-condivisi',
    'Aree dei servizi condivisi',
    'Le quattro aree dei servizi condivisi degli Spazi WeMi.',
  );
  const term = (tax: HsdsObject, key: string, name: string, description: string, code?: string) => ({
    id: hsdsId('taxonomy-term', `${tax.name}:${key}`),
    ...(code ? { code } : {}),
    name,
    description,
    taxonomy: String(tax.name),
    taxonomy_id: tax.id,
    taxonomy_detail: tax,
  });

  const program = (key: string, name: string, description: string) => ({
    record: { id: hsdsId('program', key), organization_id: comune.id, name, description },
    term: term(programmesTaxonomy, key, name, description),
  });
  const spazioComune = program(
    'spazio-comune',
    'SPAZIO COMUNE',
    'Le nove reti municipali di Centri Socio Ricreativi Culturali (CSRC) e Spazi WeMi.',
  );
  const servizioCivile = program(
    'servizio-civile',
    'Servizio Civile Universale',
    'I bandi di Servizio Civile Universale del Comune di Milano.',
  );
  const levaCivica = program('leva-civica', 'Leva Civica', 'I progetti di Leva Civica per i giovani.');

  const wemiTerms = programmes.wemiCategories.map((c) =>
    term(wemiTaxonomy, String(c.position), c.name, `Categoria WeMi ${c.position}: ${c.name}.`, String(c.position)),
  );
  const areaTerms = new Map(
    Object.entries(SHARED_SERVICE_AREAS).map(([code, name]) => [
      code,
      term(areasTaxonomy, code, name, `Servizi condivisi: ${name}.`, code),
    ]),
  );

  const services: DirectoryService[] = [];
  /** One service, its locations and schedules, its classification by taxonomy terms. */
  const addService = (
    key: string,
    fields: { name: string; alternate_name?: string | null; description: string; eligibility_description?: string },
    owner: HsdsObject,
    prog: ReturnType<typeof program>,
    terms: HsdsObject[],
    places: { key: string; location: HsdsObject; schedules?: (salId: string) => Record<string, unknown>[]; pointId?: string }[],
    modified: string | null,
  ) => {
    const id = hsdsId('service', key);
    const listed: HsdsObject = {
      id,
      organization_id: owner.id,
      program_id: prog.record.id,
      name: fields.name,
      ...(fields.alternate_name ? { alternate_name: fields.alternate_name } : {}),
      description: fields.description,
      status: 'active',
      ...(fields.eligibility_description ? { eligibility_description: fields.eligibility_description } : {}),
      ...(modified ? { last_modified: modified } : {}),
      organization: owner,
      program: prog.record,
    };
    const classified = [prog.term, ...terms];
    const full: HsdsObject = {
      ...listed,
      service_at_locations: places.map((place) => {
        const salId = hsdsId('service-at-location', `${key}@${place.key}`);
        return {
          id: salId,
          service_id: id,
          location_id: place.location.id,
          location: place.location,
          schedules: place.schedules?.(salId) ?? [],
        };
      }),
      attributes: classified.map((t) => ({
        id: hsdsId('attribute', `${key}:${t.id}`),
        link_id: id,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: t.id,
        taxonomy_term: t,
      })),
    };
    const locationText = places.flatMap((p) => [
      p.location.name,
      ...((p.location.addresses as { address_1: string }[]) ?? []).map((a) => a.address_1),
    ]);
    services.push({
      full,
      listed,
      organizationId: owner.id,
      termIds: new Set(classified.map((t) => t.id)),
      modified,
      pointIds: places.flatMap((p) => (p.pointId ? [p.pointId] : [])),
      text: [fields.name, fields.alternate_name, fields.description, owner.name, ...locationText].filter(Boolean).join(' '),
    });
  };

  for (const point of points) {
    const owner = organization(point.manager);
    const network = point.municipio ? ` della rete SPAZIO COMUNE.${point.municipio.number}` : '';
    addService(
      `point:${point.id}`,
      {
        name: pointLabel(point),
        alternate_name: point.shortName,
        description: `${POINT_KIND_LABEL[point.kind]}${network}.${point.hoursAsWritten ? ` Orari: ${point.hoursAsWritten}` : ''}${point.source.demo ? DEMO : ''}`,
      },
      owner,
      spazioComune,
      point.kind === 'WEMI' ? wemiTerms : [],
      [
        {
          key: `point:${point.id}`,
          location: location(`point:${point.id}`, pointLabel(point), point.address, owner.id, point.id),
          schedules: (salId) => pointSchedules(point, salId),
          pointId: point.id,
        },
      ],
      point.updatedAt,
    );
  }
  for (const shared of programmes.sharedServices) {
    const area = areaTerms.get(shared.area);
    addService(
      `shared-service:${shared.id}`,
      {
        name: shared.name,
        description: `Servizio condiviso degli Spazi WeMi, area «${area?.name ?? shared.area}».${shared.source.demo ? DEMO : ''}`,
      },
      comune,
      spazioComune,
      area ? [area] : [],
      [],
      null,
    );
  }
  for (const call of programmes.servizioCivileCalls) {
    for (const project of call.projects) {
      // Counted by the graph, so that a list that reads no placement says the same; a placement is one site's (its id is the call's and the site's).
      addService(
        `servizio-civile-project:${project.key}`,
        {
          name: project.title,
          description: `Progetto di Servizio Civile Universale, bando ${call.year}, programma «${project.programme.title}»: ${project.volunteers} volontari in ${project.placementCount} sedi, ${project.weeklyHours} ore settimanali per ${project.months} mesi.`,
          eligibility_description: `Requisiti oltre a quelli di legge: ${project.requirements}`,
        },
        organization(call.organisation),
        servizioCivile,
        [],
        (project.placements ?? []).map(({ site }) => ({
          key: `servizio-civile-site:${site.code}`,
          location: location(`servizio-civile-site:${site.code}`, site.name, site.address, null, site.code),
        })),
        null,
      );
    }
  }
  for (const project of programmes.levaCivicaProjects) {
    const owner = organization(project.site.organisation);
    addService(
      `leva-civica-project:${project.key}`,
      {
        name: project.title,
        description: `Progetto di Leva Civica: ${project.places} posti, in media ${project.hours.weeklyAverage} ore settimanali per ${project.hours.months} mesi. ${project.description}${project.source.demo ? DEMO : ''}`,
      },
      owner,
      levaCivica,
      [],
      [
        {
          key: `leva-civica-site:${project.site.key}`,
          location: location(`leva-civica-site:${project.site.key}`, project.site.name, project.site.address, owner.id, project.site.key),
        },
      ],
      null,
    );
  }

  return {
    organizations: [...organizations.values()],
    services,
    taxonomies: [programmesTaxonomy, wemiTaxonomy, areasTaxonomy],
    taxonomyTerms: [spazioComune.term, servizioCivile.term, levaCivica.term, ...wemiTerms, ...areaTerms.values()],
    pointTerms: { programme: spazioComune.term.id, wemi: new Set(wemiTerms.map((t) => t.id)) },
    programmeTerms: {
      spazioComune: spazioComune.term.id,
      servizioCivile: servizioCivile.term.id,
      levaCivica: levaCivica.term.id,
      areas: new Map([...areaTerms].map(([code, t]) => [code, t.id])),
    },
  };
}

/** A place where services are given, with its postal address when a source writes the street. */
function location(key: string, name: string, address: GraphAddress | null, organizationId: string | null, ourId: string): HsdsObject {
  const id = hsdsId('location', key);
  return {
    id,
    location_type: 'physical',
    name,
    ...(organizationId ? { organization_id: organizationId } : {}),
    ...(address?.latitude != null && address.longitude != null ? { latitude: address.latitude, longitude: address.longitude } : {}),
    external_identifier: ourId,
    external_identifier_type: 'Milano Municipal Graph',
    addresses: address?.street
      ? [
          {
            id: hsdsId('address', key),
            location_id: id,
            address_1: address.street,
            city: address.city ?? 'Milano',
            state_province: 'MI',
            // Required by HSDS; empty where no source gives the CAP (never guessed).
            postal_code: address.postalCode ?? '',
            country: 'IT',
            address_type: 'physical',
          },
        ]
      : [],
  };
}
