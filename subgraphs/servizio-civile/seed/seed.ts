import type { EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { upsertRows } from '../../shared/seed.js';
import { ServizioCivileCall } from '../call.js';
import { ServizioCivilePlacement } from '../placement.js';
import { ServizioCivileProgramme } from '../programme.js';
import { ServizioCivileProject } from '../project.js';
import { ServizioCivileSite } from '../site.js';
import bando2022 from './bando-2022.json' with { type: 'json' };

/** The calls transcribed from the programme documents, one data file per call. */
const calls = [bando2022];

export async function seedServizioCivile(em: EntityManager): Promise<void> {
  // The calls hold no demo records: the documents give every fact the features need.
  for (const call of calls) {
    await upsertRows(em, ServizioCivileCall, call.calls as EntityData<ServizioCivileCall>[]);
    await upsertRows(em, ServizioCivileProgramme, call.programmes as EntityData<ServizioCivileProgramme>[]);
    await upsertRows(em, ServizioCivileProject, call.projects as EntityData<ServizioCivileProject>[]);
    // As the importer: what a site is called now is what its newest call says, even if that call came later.
    const year = call.calls[0]?.year ?? 0;
    const newer = new Set((await em.find(ServizioCivilePlacement, { call: { $gt: year } }, { fields: ['site'] })).map((p) => p.site.code));
    await upsertRows(em, ServizioCivileSite, call.sites.filter((site) => !newer.has(site.code)) as EntityData<ServizioCivileSite>[]);
    await upsertRows(em, ServizioCivilePlacement, call.placements as unknown as EntityData<ServizioCivilePlacement>[]);
  }
}
