import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { GATEWAY_HEAP_FLAGS, SUBGRAPH_HEAP_FLAGS } from '../server/heap.js';
import { identityProviderOf } from '../server/identity-provider.js';
import { backofficeSignIn } from '../server/service-config.js';
import { variablePrefix } from '../server/subgraph-list.js';
import { subgraphs } from '../subgraphs/index.js';
import { authConfigFromEnv } from '../subgraphs/shared/auth/config.js';
import { PUBLIC_KEY_FILE } from '../subgraphs/shared/auth/embedded-keys.js';
import { MIGRATE_ONLY } from '../subgraphs/shared/run-subgraph.js';
import { type Hub, root, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';

// The deployment files (Dockerfile, deploy/compose.yaml, deploy/kubernetes/) cannot be run on these
// machines (no container engine, no cluster): this spec holds them against the code instead, so that a
// renamed variable, a moved port or a probe path that does not answer fails here, not in production.

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec?: any; data?: Record<string, string> };
type Container = {
  name: string;
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

const heapFlags = GATEWAY_HEAP_FLAGS.split(' ');
const processes = [
  ...subgraphs.map((s) => ({ name: s.name, port: s.defaultPort, main: `subgraphs/${s.name}/main`, flags: SUBGRAPH_HEAP_FLAGS.split(' ') })),
  { name: 'gateway', port: 4000, main: 'gateway/main', flags: heapFlags },
];
const command = (process: (typeof processes)[number]) => ['node', ...process.flags, `dist/${process.main}.js`];

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
  it('builds the code and runs, by default, the gateway from the build with its heap flags, as a user that is not root', () => {
    expect(dockerfile).toMatch(/RUN npm run build/);
    const cmd = /^CMD (.+)$/m.exec(dockerfile)?.[1] ?? '';
    expect(JSON.parse(cmd)).toEqual(['node', ...heapFlags, 'dist/gateway/main.js']);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/schema schema/);
    expect(dockerfile).toMatch(/^USER 1000:1000$/m);
  });
});

describe('Kubernetes', () => {
  it('has a Deployment and a Service per process, on the port the code listens on, running its entry point', () => {
    for (const process of processes) {
      const c = container(process.name);
      expect(c.command).toEqual(command(process));
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

describe('Kubernetes hardening', () => {
  const deployments = manifests.filter((m) => m.kind === 'Deployment');
  const kinds: Record<string, string> = {
    Deployment: 'apps/v1',
    Service: 'v1',
    ConfigMap: 'v1',
    PodDisruptionBudget: 'policy/v1',
    NetworkPolicy: 'networking.k8s.io/v1',
  };

  it('has well-formed manifests: known kinds and API versions, selectors that match their pods, mounts of declared volumes', () => {
    for (const m of manifests) {
      expect(kinds[m.kind], `${m.kind} ${m.metadata?.name}`).toBe(m.apiVersion);
      expect(m.metadata.name).toMatch(/^[a-z0-9-]+$/);
    }
    for (const d of deployments) {
      const labels = d.spec.template.metadata.labels;
      expect(labels).toMatchObject(d.spec.selector.matchLabels);
      const pod = d.spec.template.spec;
      const volumes = new Set((pod.volumes ?? []).map((v: { name: string }) => v.name));
      for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
        for (const mount of c.volumeMounts ?? []) expect(volumes.has(mount.name), `${c.name} mounts ${mount.name}`).toBe(true);
        for (const from of c.envFrom ?? []) expect(find('ConfigMap', from.configMapRef.name)).toBeDefined();
        for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe].filter(Boolean))
          expect(c.ports.map((p: { name: string }) => p.name)).toContain(probe.httpGet.port);
      }
    }
  });

  it('runs every container as non-root, without privilege escalation or capabilities, on a read-only root filesystem, within resource limits', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(processes.map((p) => p.name).sort());
    for (const d of deployments) {
      const pod = d.spec.template.spec;
      expect(pod.securityContext, d.metadata.name).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      expect(pod.automountServiceAccountToken).toBe(false);
      for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
        expect(c.securityContext, c.name).toEqual({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(Object.keys(c.resources.requests).sort(), c.name).toEqual(['cpu', 'memory']);
        expect(Object.keys(c.resources.limits).sort(), c.name).toEqual(['cpu', 'memory']);
      }
    }
  });

  it('keeps a replica of every Deployment through voluntary disruptions (a PodDisruptionBudget each)', () => {
    for (const d of deployments) {
      const budget = find('PodDisruptionBudget', d.metadata.name);
      expect(budget.spec.selector.matchLabels).toEqual(d.spec.selector.matchLabels);
      expect(budget.spec.minAvailable).toBeGreaterThanOrEqual(1);
      expect(budget.spec.minAvailable).toBeLessThan(d.spec.replicas);
    }
  });

  it('lets only the gateway reach the subgraphs (a NetworkPolicy)', () => {
    const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');
    expect(policies).toHaveLength(1);
    const [policy] = policies as [Manifest];
    expect(policy.spec.podSelector.matchExpressions).toEqual([
      { key: 'app.kubernetes.io/name', operator: 'In', values: subgraphs.map((s) => s.name) },
    ]);
    expect(policy.spec.policyTypes).toEqual(['Ingress']);
    expect(policy.spec.ingress).toHaveLength(1);
    expect(policy.spec.ingress[0].from).toEqual([
      { podSelector: { matchLabels: find('Deployment', 'gateway').spec.selector.matchLabels } },
    ]);
    expect(policy.spec.ingress[0].ports.map((p: { port: number }) => p.port)).toEqual(subgraphs.map((s) => s.defaultPort));
    expect(kustomization.resources).toContain('network-policy.yaml');
  });

  it('migrates in an init container of each subgraph, never in the serving process', () => {
    for (const subgraph of subgraphs) {
      const pod = find('Deployment', subgraph.name).spec.template.spec;
      const [migrate] = pod.initContainers;
      expect(migrate.command).toEqual(['node', `dist/subgraphs/${subgraph.name}/main.js`, MIGRATE_ONLY]);
      const server = pod.containers[0];
      expect(server.env.find((e: { name: string }) => e.name === 'HUB_MIGRATE')?.value).toBe('off');
      const database = (c: { env: { name: string; valueFrom?: unknown }[] }) => c.env.find((e) => e.name === 'DATABASE_URL')?.valueFrom;
      expect(database(migrate)).toEqual(database(server));
    }
  });

  it('names the identity provider by its issuer, for the subgraphs and the back office page alike', async () => {
    const config = find('ConfigMap', 'hub-config').data ?? {};
    // Read as the code reads it: the subgraphs verify its tokens, the page signs in there, no local sign-in.
    expect(await authConfigFromEnv(config)).toEqual({ kind: 'oidc', issuer: config.HUB_OIDC_ISSUER, audience: config.HUB_JWT_AUDIENCE });
    expect(backofficeSignIn(config)).toMatchObject({ mode: 'oidc', issuer: config.HUB_OIDC_ISSUER });
    expect(new URL(config.HUB_OIDC_ISSUER ?? '').protocol).toBe('https:');
    for (const process of processes)
      expect(container(process.name) as Container & { envFrom: unknown[] }, process.name).toMatchObject({
        envFrom: [{ configMapRef: { name: 'hub-config' } }],
      });
  });

  it('mounts no signing key anywhere: tokens come from the identity provider', () => {
    for (const d of deployments) {
      for (const volume of d.spec.template.spec.volumes ?? []) expect(volume.secret, `${d.metadata.name} ${volume.name}`).toBeUndefined();
    }
  });
});

describe('compose', () => {
  it('runs each process with its entry point and port, two gateway replicas behind one port', () => {
    for (const process of processes) {
      const service = compose.services[process.name];
      expect(service.command).toEqual(command(process));
      expect(service.environment.PORT).toBe(String(process.port));
    }
    expect(compose.services.gateway.deploy.replicas).toBe(2);
    for (const subgraph of subgraphs) {
      const variable = `${variablePrefix(subgraph.name)}_URL`;
      expect(compose.services.gateway.environment[variable]).toBe(`http://${subgraph.name}:${subgraph.defaultPort}/graphql`);
    }
    expect(compose.services.proxy.ports).toEqual(['4000:80']);
  });

  it('runs the hub read-only, without capabilities or new privileges, migrating before the subgraphs serve', () => {
    for (const process of processes) {
      const service = compose.services[process.name];
      expect(service, process.name).toMatchObject({ read_only: true, cap_drop: ['ALL'], security_opt: ['no-new-privileges:true'] });
    }
    const migrate = compose.services.migrate;
    for (const subgraph of subgraphs) {
      expect(migrate.command.join(' ')).toContain(`node dist/subgraphs/${subgraph.name}/main.js ${MIGRATE_ONLY}`);
      const service = compose.services[subgraph.name];
      expect(service.environment.HUB_MIGRATE).toBe('off');
      expect(service.depends_on.migrate).toEqual({ condition: 'service_completed_successfully' });
    }
  });

  it('passes the identity provider of the shell that runs it to the subgraphs and the gateway (unset: the embedded key pair)', () => {
    // compose's interpolation: the shell's value, or empty, which the code reads as unset.
    const fromShell = Object.fromEntries(['HUB_OIDC_ISSUER', 'HUB_JWT_AUDIENCE'].map((name) => [name, `\${${name}:-}`]));
    for (const process of processes) expect(compose.services[process.name].environment, process.name).toMatchObject(fromShell);
    const unset = { HUB_OIDC_ISSUER: '', HUB_JWT_AUDIENCE: '' };
    expect(identityProviderOf(unset)).toBeNull();
    expect(backofficeSignIn(unset)).toEqual({ mode: 'local' });
  });

  it('gives the private key to the signer alone: the subgraphs mount the public half, read-only', () => {
    const mounting = Object.entries(compose.services as Record<string, { volumes?: string[] }>)
      .filter(([, service]) => service.volumes?.some((v) => v.startsWith('keys:')))
      .map(([name]) => name);
    expect(mounting.sort()).toEqual(['keys', 'token']);
    for (const subgraph of subgraphs) {
      // The default keys folder in the image (WORKDIR /app): the subgraph reads PUBLIC_KEY_FILE there.
      expect(compose.services[subgraph.name].volumes).toEqual(['public-keys:/app/.data/keys:ro']);
    }
    expect(compose.services.keys.command).toEqual(['node', 'dist/scripts/keys.js', '/app/.data/public-keys']);
    expect(existsSync(`${root}/scripts/keys.ts`)).toBe(true);
    expect(PUBLIC_KEY_FILE).toMatch(/public/);
  });
});

describe('the migrate step', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.build.json`], { cwd: root });
    database = await scratchDatabase(inject('databaseUrl'), 'migrate');
  });
  afterAll(async () => {
    await database?.drop();
  });

  const entry = `${root}/dist/subgraphs/leva-civica/main.js`;
  const run = (args: string[], env: Record<string, string>) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, [entry, ...args], {
          cwd: root,
          env: { ...process.env, ...env },
          encoding: 'utf8',
          stdio: 'pipe',
          // A server that should have refused to start would run on: the timeout ends it, as a failure.
          timeout: 60_000,
        }),
      };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { code: failed.status, out: `${failed.stdout}${failed.stderr}` };
    }
  };

  it('refuses to serve an unmigrated schema with HUB_MIGRATE=off; --migrate-only migrates, seeds and exits; then the server starts', async () => {
    const refused = run([], { DATABASE_URL: database.url, PORT: '0', HUB_MIGRATE: 'off' });
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('pending');

    const migrated = run([MIGRATE_ONLY], { DATABASE_URL: database.url });
    expect(migrated).toEqual({ code: 0, out: expect.stringContaining('leva-civica: schema migrated and seeded') });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const projects = await client.query('select count(*)::int as n from leva_civica.project');
      expect(projects.rows[0].n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }

    const server = spawn(process.execPath, [entry], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: database.url, PORT: '0', HUB_MIGRATE: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    for (const stream of [server.stdout, server.stderr]) stream?.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    const deadline = Date.now() + 60_000;
    while (!output.includes('leva-civica ready at') && server.exitCode === null && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('leva-civica ready at');
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
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
