import type { EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { upsertRows } from '../../shared/seed.js';
import { LevaCivicaProject } from '../project.js';
import { LevaCivicaSite } from '../site.js';
import coesioneSociale from './coesione-sociale.json' with { type: 'json' };

/** The projects transcribed from the Leva Civica documents, one data file per document. */
const documents = [coesioneSociale];

export async function seedLevaCivica(em: EntityManager): Promise<void> {
  for (const document of documents) {
    await upsertRows(em, LevaCivicaSite, document.sites as EntityData<LevaCivicaSite>[]);
    await upsertRows(em, LevaCivicaProject, document.projects as EntityData<LevaCivicaProject>[]);
  }
}
