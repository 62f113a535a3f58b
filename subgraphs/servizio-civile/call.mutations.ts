import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../shared/auth/viewer.js';
import type { Context } from '../shared/context.js';
import { importDocumentOrUpload, stageUploadPart } from '../shared/import-upload.js';
import { payload } from '../shared/payload.js';
import { ImportServizioCivileCallInput, StageServizioCivileCallImportPartInput } from './call.inputs.js';
import { ServizioCivileCall } from './call.js';
import {
  ImportServizioCivileCallPayload,
  ServizioCivileCallImportReport,
  StageServizioCivileCallImportPartPayload,
} from './call.payloads.js';
import { CALL_UPLOAD } from './import/call-upload.js';
import { importServizioCivileCall } from './import/import-call.js';

@Resolver(() => ServizioCivileCall)
export class ServizioCivileCallMutations {
  @Authorized(Role.ADMIN)
  @Mutation(() => StageServizioCivileCallImportPartPayload, {
    description:
      'Stages one part of the text of a call too large for one request; importServizioCivileCall({ uploadId }) then imports the parts as one document. Admins only.',
  })
  stageServizioCivileCallImportPart(
    @Arg('input', () => StageServizioCivileCallImportPartInput, { description: 'The upload, the position of the part, and its text.' })
    input: InstanceType<typeof StageServizioCivileCallImportPartInput>,
    @Ctx() ctx: Context,
  ): Promise<InstanceType<typeof StageServizioCivileCallImportPartPayload>> {
    return stageUploadPart(ctx, input, StageServizioCivileCallImportPartPayload, CALL_UPLOAD);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportServizioCivileCallPayload, {
    description:
      'Imports a call of Servizio Civile from the text of its published document, all or nothing: the same document again changes nothing, and an older call never changes what a newer one says of a site. Admins only.',
  })
  importServizioCivileCall(
    @Arg('input', () => ImportServizioCivileCallInput, {
      description: 'The document (or its staged upload), and whether this is a dry run.',
    })
    input: ImportServizioCivileCallInput,
    @Ctx() ctx: Context,
  ): Promise<ImportServizioCivileCallPayload> {
    return importDocumentOrUpload(ctx, input, ImportServizioCivileCallPayload, async (em, viewer, file, progress) => {
      const { call, year, placements, tally, warnings } = await importServizioCivileCall(em, viewer, file.parts(), progress);
      const report = payload(ServizioCivileCallImportReport, { year, dryRun: input.dryRun, placements, ...tally, warnings });
      return { report, call };
    });
  }
}
