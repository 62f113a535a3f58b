import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../shared/auth/viewer.js';
import type { Context } from '../shared/context.js';
import { importDocument } from '../shared/document-import.js';
import { payload } from '../shared/payload.js';
import { importLevaCivicaProject } from './import/import-project.js';
import { ImportLevaCivicaProjectInput } from './project.inputs.js';
import { LevaCivicaProject } from './project.js';
import { ImportLevaCivicaProjectPayload, LevaCivicaProjectImportReport } from './project.payloads.js';

@Resolver(() => LevaCivicaProject)
export class LevaCivicaProjectMutations {
  @Authorized(Role.ADMIN)
  @Mutation(() => ImportLevaCivicaProjectPayload, {
    description:
      'Imports a Leva Civica project from the text of its published document, all or nothing; the same document again changes nothing. Admins only.',
  })
  importLevaCivicaProject(
    @Arg('input', () => ImportLevaCivicaProjectInput, { description: 'The document, and whether this is a dry run.' })
    input: InstanceType<typeof ImportLevaCivicaProjectInput>,
    @Ctx() ctx: Context,
  ): Promise<ImportLevaCivicaProjectPayload> {
    return importDocument(ctx, input, ImportLevaCivicaProjectPayload, async (em, viewer) => {
      const { project, parsed, tally } = await importLevaCivicaProject(em, viewer, input.document);
      const report = payload(LevaCivicaProjectImportReport, {
        title: parsed.project.title,
        dryRun: input.dryRun,
        places: parsed.project.places,
        ...tally,
        warnings: parsed.warnings,
      });
      return { report, project };
    });
  }
}
