import { Field, ID, InputType } from 'type-graphql';
import { importUploadPartInput } from '../shared/import-upload-part.js';

@InputType('ImportServizioCivileCallInput', { description: 'The text of a Servizio Civile call (bando), imported all or nothing.' })
export class ImportServizioCivileCallInput {
  @Field(() => String, {
    nullable: true,
    description:
      'The text of a Servizio Civile call (bando) as published (markdown), at most about 1 MB; a larger one is staged in parts (stageServizioCivileCallImportPart) and named by uploadId.',
  })
  document?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Instead of document: the upload whose parts were staged with stageServizioCivileCallImportPart; they are imported as one document.',
  })
  uploadId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'True: report what would change, and change nothing.' })
  dryRun!: boolean;
}

export const StageServizioCivileCallImportPartInput = importUploadPartInput(
  'StageServizioCivileCallImportPartInput',
  'the text of a Servizio Civile call',
  'importServizioCivileCall',
);
