import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { lexicographicSortSchema, parse, printSchema } from 'graphql';
import { subgraphs } from '../subgraphs/index.js';
import { subgraphSchema } from '../subgraphs/shared/server.js';
import { hubManifest } from './persisted-documents.js';

/** The schema clients see, as composed now. */
export const API_SCHEMA = 'schema/api.graphql';

export interface SchemaFile {
  path: string;
  content: string;
}

/**
 * The files under schema/: each subgraph's SDL, the supergraph that @apollo/composition composes
 * from them, the API schema (what clients see) and the trusted documents (scripts/persisted-documents.ts). Throws with composition's own messages when the subgraphs do not compose.
 */
export async function schemaFiles(root: string): Promise<SchemaFile[]> {
  const { services, supergraphSdl, apiSdl } = await compose();
  return [
    ...services.map((s) => ({ path: `schema/${s.name}.graphql`, content: s.sdl })),
    { path: 'schema/supergraph.graphql', content: supergraphSdl },
    { path: API_SCHEMA, content: apiSdl },
    { path: 'schema/trusted-documents.json', content: `${JSON.stringify(await hubManifest(root), null, 2)}\n` },
  ];
}

/** The API schema as the code composes it now: no federation machinery, sorted so that a diff shows only what changed. */
export async function apiSchema(): Promise<string> {
  return (await compose()).apiSdl;
}

async function compose() {
  const services = await Promise.all(
    subgraphs.map(async (definition) => ({
      name: definition.name,
      url: `http://localhost:${definition.defaultPort}/graphql`,
      sdl: (await subgraphSchema(definition)).sdl,
    })),
  );
  const result = composeServices(services.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return {
    services,
    supergraphSdl: `${result.supergraphSdl}\n`,
    apiSdl: `${printSchema(lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema()))}\n`,
  };
}

/** The schema files whose checked-in content differs from what the code produces now. */
export async function staleSchemaFiles(root: string): Promise<string[]> {
  const stale: string[] = [];
  for (const file of await schemaFiles(root)) {
    const current = await readFile(`${root}/${file.path}`, 'utf8').catch(() => null);
    if (current !== file.content) stale.push(file.path);
  }
  return stale;
}
