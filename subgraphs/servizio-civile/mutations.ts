import { Arg, Authorized, Ctx, Directive, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../shared/auth/viewer.js';
import type { Context } from '../shared/context.js';
import { documentImportInput } from '../shared/document-import.js';
import { UserError } from '../shared/user-error.js';
import { DryRun, write } from '../shared/write.js';
import { ServizioCivileCall } from './call.js';
import { importServizioCivileCall } from './import/import-call.js';

const ImportServizioCivileCallInput = documentImportInput('ImportServizioCivileCallInput', 'a Servizio Civile call (bando)');

@ObjectType('ServizioCivileCallImportReport', { description: 'What the import of a call did, or would do in a dry run.' })
export class ServizioCivileCallImportReport {
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

  @Field(() => Int, { description: 'Records created: the call, programmes, projects, sites, placements.' })
  created!: number;

  @Field(() => Int, { description: 'Records changed to what the document says.' })
  updated!: number;

  @Field(() => Int, { description: 'Records already as the document says.' })
  unchanged!: number;

  @Directive('@listSize(assumedSize: 100)')
  @Field(() => [String], { description: 'What the importer could not read or place, in its words; nothing was guessed.' })
  warnings!: string[];
}

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

@Resolver()
export class ServizioCivileMutations {
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
    return write(
      ctx,
      {},
      async (em) => {
        const { call, parsed, tally, warnings } = await importServizioCivileCall(em, await ctx.auth.viewer(), input.document);
        const report = Object.assign(new ServizioCivileCallImportReport(), {
          year: parsed.call.year,
          dryRun: input.dryRun,
          placements: parsed.placements.length,
          ...tally,
          warnings,
        });
        if (input.dryRun) throw new DryRun(Object.assign(new ImportServizioCivileCallPayload(), { report }));
        return Object.assign(new ImportServizioCivileCallPayload(), { report, call });
      },
      (userErrors) => Object.assign(new ImportServizioCivileCallPayload(), { userErrors }),
    );
  }
}
