import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { municipioKeyReference } from '../shared/municipio-key.js';
import { callByYear, latestCallYear } from './call.loaders.js';
import { Municipio } from './municipio.js';
import { MunicipioServizioCivile } from './municipio-servizio-civile.js';
import { volunteersOfMunicipio } from './placement.loaders.js';
import { checkCallYear } from './validation.js';

@Resolver(() => Municipio)
export class MunicipioResolver {
  @FieldResolver(() => MunicipioServizioCivile, {
    nullable: true,
    description:
      'Servizio Civile in this Municipio for one call (the latest call when callYear is absent); null when there is no such call.',
  })
  async servizioCivile(
    @Root() municipio: Municipio,
    @Ctx() ctx: Context,
    @Arg('callYear', () => Int, { nullable: true, description: 'The year of the call; the latest call when absent.' })
    callYear?: number | null,
  ): Promise<MunicipioServizioCivile | null> {
    const year = callYear == null ? await latestCallYear(ctx) : checkCallYear(callYear, 'callYear');
    if (year === null) return null;
    if (!(await callByYear(ctx).load(year))) return null;
    const volunteersBasis = await volunteersOfMunicipio(ctx, year, municipio.number);
    return Object.assign(new MunicipioServizioCivile(), {
      callYear: year,
      municipioNumber: municipio.number,
      volunteers: volunteersBasis.value,
      volunteersBasis,
    });
  }
}

export const municipioReference = municipioKeyReference(Municipio);
