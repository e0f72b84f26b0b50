import { describe, expect, it } from '@jest/globals';
import { EnvError, parseEnv } from './env.js';

describe('env: parsed and validated in one place', () => {
  it('defaults describe the development setup (DESIGN "Fixed points": gateway on 4000)', () => {
    const e = parseEnv({}, '/srv/jiandu');
    expect(e.port).toBe(4000);
    expect(e.databaseUrl).toBeUndefined();
    expect(e.dataDir).toBe('/srv/jiandu/.data');
    expect(e.jwt.publicKeyFile).toBe('/srv/jiandu/.data/keys/jwt-public.pem');
    expect(e.seedDemo).toBe(true);
    expect(e.subgraphUrls.personnel).toBe('http://127.0.0.1:4101/graphql');
  });

  it('fails at start listing every problem, not just the first', () => {
    let error: unknown;
    try {
      parseEnv({ PORT: 'abc', NODE_ENV: 'staging', DATABASE_URL: 'mysql://x', CLOCK_NOW: 'yesterday', SEED_DEMO: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const problems = (error as EnvError).problems.join('\n');
    for (const name of ['PORT', 'NODE_ENV', 'DATABASE_URL', 'CLOCK_NOW', 'SEED_DEMO']) expect(problems).toContain(name);
  });

  it('production requires an external database and refuses demo users', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: required in production/);
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
    expect(parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }).graphql.sandbox).toBe(false);
  });

  it('ports must differ', () => {
    expect(() => parseEnv({ PORT: '4101' })).toThrow(/must differ/);
  });
});
