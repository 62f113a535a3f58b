import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { variablePrefix } from '../server/subgraph-list.js';
import { subgraphs } from '../subgraphs/index.js';
import { type Hub, root, startHub } from './support/hub.js';

// The deployment files (Dockerfile, deploy/compose.yaml, deploy/kubernetes/) cannot be run on these
// machines (no container engine, no cluster): this spec holds them against the code instead, so that a
// renamed variable, a moved port or a probe path that does not answer fails here, not in production.

type Manifest = { kind: string; metadata: { name: string }; spec?: any; data?: Record<string, string> };
type Container = {
  command: string[];
  ports: { containerPort: number }[];
  env?: { name: string; value?: string }[];
  livenessProbe: { httpGet: { path: string } };
  readinessProbe: { httpGet: { path: string } };
};

const kubernetesDir = `${root}/deploy/kubernetes`;
const manifests: Manifest[] = readdirSync(kubernetesDir)
  .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
  .flatMap((file) => parseAllDocuments(readFileSync(`${kubernetesDir}/${file}`, 'utf8')).map((doc) => doc.toJS() as Manifest));
const kustomization = parse(readFileSync(`${kubernetesDir}/kustomization.yaml`, 'utf8'));
const compose = parse(readFileSync(`${root}/deploy/compose.yaml`, 'utf8'), { merge: true });
const dockerfile = readFileSync(`${root}/Dockerfile`, 'utf8');

const processes = [
  ...subgraphs.map((s) => ({ name: s.name, port: s.defaultPort, main: `subgraphs/${s.name}/main` })),
  { name: 'gateway', port: 4000, main: 'gateway/main' },
];

function find(kind: string, name: string): Manifest {
  const manifest = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!manifest) throw new Error(`no ${kind} ${name} in deploy/kubernetes`);
  return manifest;
}

function container(name: string): Container {
  return find('Deployment', name).spec.template.spec.containers[0];
}

/** Every name the code reads from the environment (process.env.X or env.X in the sources). */
function variablesReadByCode(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
        for (const match of readFileSync(path, 'utf8').matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\bPORT\b|\bHOST\b/g))
          names.add(match[0]);
    }
  };
  for (const dir of ['gateway', 'server', 'subgraphs', 'scripts']) walk(`${root}/${dir}`);
  return names;
}

describe('the container image', () => {
  it('builds the code and runs, by default, the gateway from the build', () => {
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(dockerfile).toMatch(/CMD \["node", "dist\/gateway\/main\.js"\]/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/schema schema/);
  });
});

describe('Kubernetes', () => {
  it('has a Deployment and a Service per process, on the port the code listens on, running its entry point', () => {
    for (const process of processes) {
      const c = container(process.name);
      expect(c.command).toEqual(['node', `dist/${process.main}.js`]);
      expect(existsSync(`${root}/${process.main}.ts`), process.main).toBe(true);
      expect(c.ports[0]?.containerPort).toBe(process.port);
      expect(c.env?.find((e) => e.name === 'PORT')?.value).toBe(String(process.port));
      const service = find('Service', process.name);
      expect(service.spec.selector).toEqual(find('Deployment', process.name).spec.selector.matchLabels);
    }
  });

  it('points the gateway at each subgraph Service, with the variable the gateway reads', () => {
    const env = container('gateway').env ?? [];
    for (const subgraph of subgraphs) {
      const variable = `${variablePrefix(subgraph.name)}_URL`;
      expect(env.find((e) => e.name === variable)?.value).toBe(`http://${subgraph.name}:${subgraph.defaultPort}/graphql`);
    }
  });

  it('configures only variables that the code reads', () => {
    const read = variablesReadByCode();
    const configured = [
      ...Object.keys(find('ConfigMap', 'hub-config').data ?? {}),
      ...processes.flatMap((p) => (container(p.name).env ?? []).map((e) => e.name)),
    ];
    for (const name of configured) expect(read.has(name), `${name} is not read by the code`).toBe(true);
  });

  it('mounts the supergraph, generated from the checked-in file, where the gateway reads it', () => {
    const generator = kustomization.configMapGenerator.find((g: { name: string }) => g.name === 'supergraph');
    const [key, path] = String(generator.files[0]).split('=') as [string, string];
    expect(readFileSync(`${kubernetesDir}/${path}`, 'utf8')).toBe(readFileSync(`${root}/schema/supergraph.graphql`, 'utf8'));
    const mount = container('gateway') as Container & { volumeMounts: { mountPath: string; subPath: string }[] };
    expect(mount.volumeMounts[0]).toMatchObject({ mountPath: '/app/schema/supergraph.graphql', subPath: key });
    for (const resource of kustomization.resources) expect(existsSync(`${kubernetesDir}/${resource}`), resource).toBe(true);
  });
});

describe('compose', () => {
  it('runs each process with its entry point and port, two gateway replicas behind one port', () => {
    for (const process of processes) {
      const service = compose.services[process.name];
      expect(service.command).toEqual(['node', `dist/${process.main}.js`]);
      expect(service.environment.PORT).toBe(String(process.port));
    }
    expect(compose.services.gateway.deploy.replicas).toBe(2);
    for (const subgraph of subgraphs) {
      const variable = `${variablePrefix(subgraph.name)}_URL`;
      expect(compose.services.gateway.environment[variable]).toBe(`http://${subgraph.name}:${subgraph.defaultPort}/graphql`);
    }
    expect(compose.services.proxy.ports).toEqual(['4000:80']);
  });
});

describe('the probe paths', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(inject('databaseUrl'));
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('answer 200 on a running gateway and on every running subgraph', async () => {
    const origins = new Map<string, string>([
      ['gateway', new URL(hub.gateway.url).origin],
      ...hub.subgraphs.map((s) => [s.name, new URL(s.url).origin] as [string, string]),
    ]);
    for (const process of processes) {
      const c = container(process.name);
      for (const path of [c.livenessProbe.httpGet.path, c.readinessProbe.httpGet.path]) {
        const response = await fetch(`${origins.get(process.name)}${path}`);
        expect(response.status, `${process.name} ${path}`).toBe(200);
      }
      // compose waits on the same readiness path.
      const check = compose.services[process.name].healthcheck.test.join(' ') as string;
      expect(check).toContain(`127.0.0.1:${process.port}${c.readinessProbe.httpGet.path}'`);
    }
  });
});
