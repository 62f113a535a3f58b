import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { withImportTally } from '../shared/document-import.js';
import { UserError } from '../shared/user-error.js';
import { LevaCivicaProject } from './project.js';

/** What a project document held, ahead of the tally every import report ends with. */
@ObjectType()
class ProjectImportFacts {
  @Field(() => String, { description: 'The title of the project, as the document writes it.' })
  title!: string;

  @Field(() => Boolean, { description: 'True when nothing was written (a dry run).' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'The places for young people the document gives.' })
  places!: number;
}

@ObjectType('LevaCivicaProjectImportReport', { description: 'What the import of a Leva Civica project did, or would do in a dry run.' })
export class LevaCivicaProjectImportReport extends withImportTally(ProjectImportFacts, 'Records created (the site, the project).') {}

@ObjectType('ImportLevaCivicaProjectPayload', { description: 'The report and the project imported, or why nothing was imported.' })
export class ImportLevaCivicaProjectPayload {
  @Field(() => LevaCivicaProjectImportReport, { nullable: true, description: 'What the import did; null when there are user errors.' })
  report: LevaCivicaProjectImportReport | null = null;

  @Field(() => LevaCivicaProject, {
    nullable: true,
    description: 'The project as it is now; null in a dry run and when there are user errors.',
  })
  project: LevaCivicaProject | null = null;

  @Directive('@listSize(assumedSize: 10)')
  @Field(() => [UserError], { description: 'Why the document was refused (NOT_A_PROJECT); when there is one, nothing was imported.' })
  userErrors: UserError[] = [];
}
