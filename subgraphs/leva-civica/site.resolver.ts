import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Municipio } from './municipio.js';
import { LevaCivicaSite } from './site.js';

@Resolver(() => LevaCivicaSite)
export class LevaCivicaSiteResolver {
  @FieldResolver(() => Municipio, { nullable: true, description: 'The Municipio the site lies in; null when no source says.' })
  municipio(@Root() site: LevaCivicaSite): Municipio | null {
    return site.municipioNumber === null ? null : Municipio.of(site.municipioNumber);
  }
}
