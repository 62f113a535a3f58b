import { Reference } from '@mikro-orm/core';
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { municipioKeyType } from '../shared/municipio-key.js';
import { Project } from './project.js';

/** Municipio (owned by spazio-comune), which this subgraph extends with levaCivica. */
export const Municipio = municipioKeyType();
export type Municipio = InstanceType<typeof Municipio>;

@ObjectType({ description: 'Leva Civica in one Municipio: projects at sites located in it.' })
export class MunicipioLevaCivica {
  @Field(() => Int, { description: 'Places for young people at sites in this Municipio.' })
  places!: number;

  @Field(() => [Project], { description: 'The projects at sites in this Municipio.' })
  projects!: Project[];
}

/** The projects of every requested Municipio in one query. */
const projectsByMunicipio = (ctx: Context) =>
  loader<number, Project[]>(
    ctx,
    'projectsByMunicipio',
    async (numbers) =>
      groupBy(
        await ctx.em.find(Project, { site: { municipioNumber: { $in: [...numbers] } } }, { populate: ['site'], orderBy: { title: 'asc' } }),
        (p) => Reference.unwrapReference(p.site).municipioNumber as number,
      ),
    [],
  );

@Resolver(() => Municipio)
export class MunicipioResolver {
  @FieldResolver(() => MunicipioLevaCivica, { nullable: true, description: 'Leva Civica in this Municipio.' })
  async levaCivica(@Root() municipio: Municipio, @Ctx() ctx: Context): Promise<MunicipioLevaCivica> {
    const projects = await projectsByMunicipio(ctx).load(municipio.number);
    return { places: projects.reduce((sum, p) => sum + p.places, 0), projects };
  }
}
