import { GraphQLError } from 'graphql';

/** The error every resolver throws for an argument it cannot accept: clients see code BAD_USER_INPUT. */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
  });
}
