import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { root } from './hub.js';

const dir = `${root}/gateway/hsds/hsds-3.0/schema`;
const read = (file: string) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));

/**
 * The HSDS 3.0 JSON Schemas (draft 2020-12) in one ajv, each under its file name so that their
 * references to each other ("schedule.json") resolve; `csv` is a format of theirs that ajv lacks.
 */
export function hsdsValidator() {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('csv', true);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) ajv.addSchema(read(file), file);
  // The HSDA paginated envelope (openapi.json, components.schemas.Page) around items of one schema.
  const pageSchema = read('openapi.json').components.schemas.Page;
  const envelope = (item: string) => ({
    type: 'object',
    required: Object.keys(pageSchema.properties),
    properties: { ...pageSchema.properties, contents: { type: 'array', items: { $ref: item } } },
  });
  /** The errors of `value` against a schema file or an envelope of its items; empty when valid. */
  return (schema: string | { page: string }, value: unknown): string[] => {
    const validate = typeof schema === 'string' ? ajv.getSchema(schema) : ajv.compile(envelope(schema.page));
    if (!validate) throw new Error(`no schema ${JSON.stringify(schema)}`);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}
