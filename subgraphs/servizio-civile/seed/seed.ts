import type { EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { upsertRows } from '../../shared/seed.js';
import { Call } from '../call.js';
import { Placement } from '../placement.js';
import { Programme } from '../programme.js';
import { Project } from '../project.js';
import { Site } from '../site.js';
import bando2022 from './bando-2022.json' with { type: 'json' };

/** The calls transcribed from the programme documents, one data file per call. */
const calls = [bando2022];

export async function seedServizioCivile(em: EntityManager): Promise<void> {
  // The calls hold no demo records: the documents give every fact the features need.
  for (const call of calls) {
    await upsertRows(em, Call, call.calls as EntityData<Call>[]);
    await upsertRows(em, Programme, call.programmes as EntityData<Programme>[]);
    await upsertRows(em, Project, call.projects as EntityData<Project>[]);
    await upsertRows(em, Site, call.sites as EntityData<Site>[]);
    await upsertRows(em, Placement, call.placements as unknown as EntityData<Placement>[]);
  }
}
