import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId } from './global-id.js';

export interface MunicipioKey {
  number: number;
}

/**
 * Municipio as the subgraphs that extend it see it: its key only. spazio-comune owns the entity;
 * servizio-civile and leva-civica add their own fields to it. Each subgraph makes its own class:
 * type-graphql attaches field resolvers to a class, so a class shared by two subgraphs would carry
 * both subgraphs' fields into each schema.
 */
export function municipioKeyType(node: abstract new () => { id: string }) {
  @ObjectType('Municipio', { implements: node, description: 'One of the nine Municipi of Milan.' })
  @Directive('@key(fields: "number")')
  class Municipio implements MunicipioKey {
    @Field(() => Int, { description: 'The number of the Municipio, 1 to 9.' })
    number!: number;

    @Field(() => ID, { description: 'The globally unique, opaque id of the Municipio (Query.node resolves it).' })
    @Directive('@shareable')
    get id(): string {
      return municipioId(this.number);
    }

    static of(number: number): Municipio {
      return Object.assign(new Municipio(), { number });
    }
  }
  return Municipio;
}

/** The global id of Municipio N, the same in every subgraph. */
export const municipioId = (number: number): string => globalId('Municipio', number);

/** The gateway sends `{ __typename: "Municipio", number }`; the key is all these subgraphs need. */
export function municipioKeyReference(type: { of(number: number): MunicipioKey }) {
  return {
    Municipio: {
      __resolveReference: (reference: MunicipioKey) => type.of(reference.number),
    },
  };
}
