import type { EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertMissing } from '../../shared/seed.js';
import { LevaCivicaProject } from '../project.js';
import { LevaCivicaSite } from '../site.js';
import coesioneSociale from './coesione-sociale.json' with { type: 'json' };

/** The projects transcribed from the Leva Civica documents, one data file per document. */
const documents = [coesioneSociale];

export async function seedLevaCivica(em: EntityManager): Promise<void> {
  for (const document of documents) {
    await insertMissing(em, LevaCivicaSite, document.sites as EntityData<LevaCivicaSite>[]);
    await insertMissing(em, LevaCivicaProject, document.projects as EntityData<LevaCivicaProject>[]);
  }
}
