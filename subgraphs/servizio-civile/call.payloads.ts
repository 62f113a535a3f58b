import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { withImportTally } from '../shared/document-import.js';
import { importUploadPartPayload } from '../shared/import-upload-part.js';
import { UserError } from '../shared/user-error.js';
import { ServizioCivileCall } from './call.js';

/** What the document of a call held, ahead of the tally every import report ends with. */
@ObjectType()
class CallImportFacts {
  @Field(() => Int, {
    description: 'The year of the call, read from its title.',
    deprecationReason: 'Use callYear: a field that refers to a call names its year callYear (year is the call’s own field).',
  })
  year!: number;

  @Field(() => Int, { description: 'The year of the imported call, read from its title.' })
  get callYear(): number {
    return this.year;
  }

  @Field(() => Boolean, { description: 'True when nothing was written (a dry run).' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'The placements (site, volunteers) the document lists.' })
  placements!: number;
}

@ObjectType('ServizioCivileCallImportReport', { description: 'What the import of a call did, or would do in a dry run.' })
export class ServizioCivileCallImportReport extends withImportTally(
  CallImportFacts,
  'Records created: the call, programmes, projects, sites, placements.',
) {}

@ObjectType('ImportServizioCivileCallPayload', { description: 'The report and the call imported, or why nothing was imported.' })
export class ImportServizioCivileCallPayload {
  @Field(() => ServizioCivileCallImportReport, { nullable: true, description: 'What the import did; null when there are user errors.' })
  report: ServizioCivileCallImportReport | null = null;

  @Field(() => ServizioCivileCall, {
    nullable: true,
    description: 'The call as it is now; null in a dry run and when there are user errors.',
  })
  call: ServizioCivileCall | null = null;

  @Directive('@listSize(assumedSize: 10)')
  @Field(() => [UserError], { description: 'Why the document was refused (NOT_A_CALL); when there is one, nothing was imported.' })
  userErrors: UserError[] = [];
}

export const StageServizioCivileCallImportPartPayload = importUploadPartPayload('StageServizioCivileCallImportPartPayload');
