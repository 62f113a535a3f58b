import type { EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertMissing } from '../../shared/seed.js';
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
    await insertMissing(em, ServizioCivileCall, call.calls as EntityData<ServizioCivileCall>[]);
    await insertMissing(em, ServizioCivileProgramme, call.programmes as EntityData<ServizioCivileProgramme>[]);
    await insertMissing(em, ServizioCivileProject, call.projects as EntityData<ServizioCivileProject>[]);
    // A site a newer call renamed keeps its new name: the seed inserts only what is missing.
    await insertMissing(em, ServizioCivileSite, call.sites as EntityData<ServizioCivileSite>[]);
    await insertMissing(em, ServizioCivilePlacement, call.placements as unknown as EntityData<ServizioCivilePlacement>[]);
  }
}
