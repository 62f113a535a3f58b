import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../shared/auth/viewer.js';
import type { Context } from '../shared/context.js';
import { importDocument } from '../shared/document-import.js';
import { payload } from '../shared/payload.js';
import { ImportServizioCivileCallInput } from './call.inputs.js';
import { ServizioCivileCall } from './call.js';
import { ImportServizioCivileCallPayload, ServizioCivileCallImportReport } from './call.payloads.js';
import { importServizioCivileCall } from './import/import-call.js';

@Resolver(() => ServizioCivileCall)
export class ServizioCivileCallMutations {
  @Authorized(Role.ADMIN)
  @Mutation(() => ImportServizioCivileCallPayload, {
    description:
      'Imports a call of Servizio Civile from the text of its published document, all or nothing: the same document again changes nothing, and an older call never changes what a newer one says of a site. Admins only.',
  })
  importServizioCivileCall(
    @Arg('input', () => ImportServizioCivileCallInput, { description: 'The document, and whether this is a dry run.' })
    input: InstanceType<typeof ImportServizioCivileCallInput>,
    @Ctx() ctx: Context,
  ): Promise<ImportServizioCivileCallPayload> {
    return importDocument(ctx, input, ImportServizioCivileCallPayload, async (em, viewer) => {
      const { call, parsed, tally, warnings } = await importServizioCivileCall(em, viewer, input.document);
      const report = payload(ServizioCivileCallImportReport, {
        year: parsed.call.year,
        dryRun: input.dryRun,
        placements: parsed.placements.length,
        ...tally,
        warnings,
      });
      return { report, call };
    });
  }
}
