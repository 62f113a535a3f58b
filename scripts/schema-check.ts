import { compareWithRelease } from './schema-diff.js';

/**
 * npm run schema:check — the composed API schema against the last released one
 * (schema/released/api.graphql). Fails on a breaking change not listed in
 * schema/released/intended-breaking-changes.json; additions and deprecations pass.
 */
const root = process.cwd();
try {
  const result = await compareWithRelease(root);
  const line = (c: { path?: string; type: string; message: string }) => `  - ${c.path ?? ''} [${c.type}] ${c.message}`;
  console.log(
    `Compared with the released API schema: ${result.compatible.length} compatible changes, ${result.intended.length} intended breaking changes.`,
  );
  for (const c of result.intended) console.log(line(c));
  if (result.unused.length > 0) {
    console.error(
      `Listed as intended but not in the diff (remove them from the list):\n${result.unused.map((c) => line({ ...c, message: c.reason })).join('\n')}`,
    );
  }
  if (result.unintended.length > 0) {
    console.error(
      `Breaking changes for clients (keep the old field and deprecate it, or list the change as intended in schema/released/intended-breaking-changes.json and in CHANGELOG.md):\n${result.unintended.map(line).join('\n')}`,
    );
  }
  if (result.unintended.length > 0 || result.unused.length > 0) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
