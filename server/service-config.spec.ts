import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { gatewayConfig, subgraphConfig } from './service-config.js';

describe('the configuration read at start', () => {
  it('has a default for everything', () => {
    expect(gatewayConfig({})).toMatchObject({ port: 4000, host: '127.0.0.1', subgraphUrls: {}, trustedDocuments: false });
    expect(gatewayConfig({}).http.corsOrigins).toEqual([]);
    expect(subgraphConfig(4003, {})).toMatchObject({ port: 4003, databaseUrl: undefined, demoData: true });
  });

  it('reads the subgraph URLs, the CORS origins and the switches', () => {
    const config = gatewayConfig({
      SPAZIO_COMUNE_URL: 'http://spazio:4003/graphql',
      HUB_CORS_ORIGINS: 'https://a.comune.milano.it, https://b.comune.milano.it',
      HUB_TRUSTED_DOCUMENTS: 'on',
      PORT: '8080',
    });
    expect(config).toMatchObject({ port: 8080, subgraphUrls: { 'spazio-comune': 'http://spazio:4003/graphql' }, trustedDocuments: true });
    expect(config.http.corsOrigins).toEqual(['https://a.comune.milano.it', 'https://b.comune.milano.it']);
    expect(subgraphConfig(4001, { HUB_DEMO_DATA: 'off', DATABASE_URL: 'postgres://u:p@db/milano' })).toMatchObject({
      demoData: false,
      databaseUrl: 'postgres://u:p@db/milano',
    });
  });

  it.each([
    ['PORT', '70000', gatewayConfig],
    ['PORT', '40 00', gatewayConfig],
    ['LEVA_CIVICA_URL', 'ftp://leva/graphql', gatewayConfig],
    ['HUB_TRUSTED_DOCUMENTS', 'yes', gatewayConfig],
    ['HUB_CORS_ORIGINS', 'https://a.it/path', gatewayConfig],
    ['HUB_MAX_BODY', 'tanto', gatewayConfig],
    ['LOG_LEVEL', 'verbose', gatewayConfig],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector', gatewayConfig],
    ['DATABASE_URL', 'mysql://db/milano', (env: Record<string, string>) => subgraphConfig(4001, env)],
    ['HUB_DEMO_DATA', 'no', (env: Record<string, string>) => subgraphConfig(4001, env)],
    ['HUB_SQL_LOG', 'true', (env: Record<string, string>) => subgraphConfig(4001, env)],
  ])('refuses %s=%s, naming the variable', (variable, value, read) => {
    expect(() => read({ [variable]: value })).toThrow(ConfigError);
    expect(() => read({ [variable]: value })).toThrow(variable);
  });
});
