import { Arg, Authorized, Ctx, Directive, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../shared/auth/viewer.js';
import type { Context } from '../shared/context.js';
import { documentImportInput } from '../shared/document-import.js';
import { UserError } from '../shared/user-error.js';
import { DryRun, write } from '../shared/write.js';
import { importLevaCivicaProject } from './import/import-project.js';
import { LevaCivicaProject } from './project.js';

const ImportLevaCivicaProjectInput = documentImportInput('ImportLevaCivicaProjectInput', 'a Leva Civica project document');

@ObjectType('LevaCivicaProjectImportReport', { description: 'What the import of a Leva Civica project did, or would do in a dry run.' })
export class LevaCivicaProjectImportReport {
  @Field(() => String, { description: 'The title of the project, as the document writes it.' })
  title!: string;

  @Field(() => Boolean, { description: 'True when nothing was written (a dry run).' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'The places for young people the document gives.' })
  places!: number;

  @Field(() => Int, { description: 'Records created (the site, the project).' })
  created!: number;

  @Field(() => Int, { description: 'Records changed to what the document says.' })
  updated!: number;

  @Field(() => Int, { description: 'Records already as the document says.' })
  unchanged!: number;

  @Directive('@listSize(assumedSize: 100)')
  @Field(() => [String], { description: 'What the importer could not read or place, in its words; nothing was guessed.' })
  warnings!: string[];
}

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

@Resolver()
export class LevaCivicaMutations {
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
    return write(
      ctx,
      {},
      async (em) => {
        const { project, parsed, tally } = await importLevaCivicaProject(em, await ctx.auth.viewer(), input.document);
        const report = Object.assign(new LevaCivicaProjectImportReport(), {
          title: parsed.project.title,
          dryRun: input.dryRun,
          places: parsed.project.places,
          ...tally,
          warnings: parsed.warnings,
        });
        if (input.dryRun) throw new DryRun(Object.assign(new ImportLevaCivicaProjectPayload(), { report }));
        return Object.assign(new ImportLevaCivicaProjectPayload(), { report, project });
      },
      (userErrors) => Object.assign(new ImportLevaCivicaProjectPayload(), { userErrors }),
    );
  }
}
