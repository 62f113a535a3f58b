import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from './support/hub.js';

// The README's Layout section names every file under its folder, so a newcomer can trust it: a file
// it does not name, or a name it keeps for a file that is gone, fails here.

/** The Layout section's folders (`### \`gateway/hsds/\``, or "Top level" for ''), each with the names it gives. */
function layoutBlocks(readme: string): Map<string, Set<string>> {
  const section = readme.split(/^## Layout$/m)[1]?.split(/^## /m)[0] ?? '';
  const blocks = new Map<string, Set<string>>();
  let names: Set<string> | undefined;
  for (const line of section.split('\n')) {
    const heading = /^### (?:`(.+\/)`|(Top level))$/.exec(line);
    if (heading) {
      names = new Set();
      blocks.set(heading[1] ?? '', names);
    } else if (line.startsWith('### ')) names = undefined;
    else for (const [, name] of line.matchAll(/`([^`\s]+)`/g)) if (name) names?.add(name);
  }
  return blocks;
}

/** A file is named in the deepest folder of the section that holds it: by its name, its subject's (a spec), or its first folder. */
function unnamed(files: string[], blocks: Map<string, Set<string>>): string[] {
  return files.filter((file) => {
    const folder = [...blocks.keys()].filter((f) => file.startsWith(f)).sort((a, b) => b.length - a.length)[0] ?? '';
    const names = blocks.get(folder) ?? new Set();
    const rest = file.slice(folder.length);
    const slash = rest.indexOf('/');
    if (slash >= 0) return !names.has(rest.slice(0, slash + 1));
    return !names.has(rest) && !names.has(rest.replace(/\.spec\.ts$/, '.ts'));
  });
}

describe('the README’s Layout section', () => {
  const readme = readFileSync(`${root}/README.md`, 'utf8');
  const blocks = layoutBlocks(readme);
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

  it('names every file of the repository under its folder', () => {
    expect(blocks.size).toBeGreaterThan(20);
    expect(unnamed(files, blocks)).toEqual([]);
  });

  it('names no file or folder that is not there', () => {
    const there = new Set([
      ...files,
      ...files.flatMap((f) =>
        f
          .split('/')
          .slice(0, -1)
          .map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`),
      ),
    ]);
    const gone = [...blocks].flatMap(([folder, names]) =>
      [...names]
        .filter((n) => /^[\w.-]+(\.(ts|mjs|graphql|json|yaml|html|css|md|png)|\/)$/.test(n) && !there.has(folder + n))
        .map((n) => folder + n),
    );
    expect(gone).toEqual([]);
  });

  it('fails on a file it does not name', () => {
    expect(unnamed(['subgraphs/spazio-comune/new-type.ts', 'server/heap.spec.ts'], blocks)).toEqual([
      'subgraphs/spazio-comune/new-type.ts',
    ]);
  });
});
