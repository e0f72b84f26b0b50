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

  it('gateway limits, public rate limit and trusted proxies are validated', () => {
    const d = parseEnv({});
    expect(d.graphql).toMatchObject({ maxDepth: 12, maxCost: 50000, maxAliases: 15, maxDirectives: 50, maxTokens: 2000 });
    expect(d.publicRateLimit).toEqual({ max: 60, windowSeconds: 60 });
    expect(d.trustProxy).toBe(false);
    const e = parseEnv({ GRAPHQL_MAX_ALIASES: '3', PUBLIC_RATE_LIMIT_MAX: '5', PUBLIC_RATE_LIMIT_WINDOW_SECONDS: '10', TRUST_PROXY: 'loopback, 10.0.0.0/8' });
    expect(e.graphql.maxAliases).toBe(3);
    expect(e.publicRateLimit).toEqual({ max: 5, windowSeconds: 10 });
    expect(e.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(parseEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parseEnv({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    let error: unknown;
    try {
      parseEnv({ GRAPHQL_MAX_TOKENS: '10', PUBLIC_RATE_LIMIT_MAX: '0', PUBLIC_RATE_LIMIT_WINDOW_SECONDS: 'x', TRUST_PROXY: '10.0.0.0/40, proxy.local' });
    } catch (x) {
      error = x;
    }
    const problems = (error as EnvError).problems.join('\n');
    for (const name of ['GRAPHQL_MAX_TOKENS', 'PUBLIC_RATE_LIMIT_MAX', 'PUBLIC_RATE_LIMIT_WINDOW_SECONDS', 'TRUST_PROXY']) expect(problems).toContain(name);
    expect(problems).toContain('10.0.0.0/40, proxy.local');
  });

  it('file store: local under the data folder by default, 200 MB per file; s3 needs its endpoint, bucket and keys', () => {
    expect(parseEnv({}, '/srv/jiandu').files).toEqual({ store: 'local', maxBytes: 200 * 1024 * 1024, s3: null });
    const s3 = parseEnv({ FILE_STORE: 's3', S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'jiandu-files', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', FILE_MAX_BYTES: '1048576' });
    expect(s3.files).toEqual({ store: 's3', maxBytes: 1048576, s3: { endpoint: 'http://minio:9000', bucket: 'jiandu-files', region: 'us-east-1', accessKeyId: 'k', secretAccessKey: 's' } });
    let error: unknown;
    try {
      parseEnv({ FILE_STORE: 's3', S3_BUCKET: 'Bad_Bucket', FILE_MAX_BYTES: '0' });
    } catch (e) {
      error = e;
    }
    const problems = (error as EnvError).problems.join('\n');
    expect(problems).toContain('S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY required');
    expect(problems).toContain('S3_BUCKET=Bad_Bucket');
    expect(problems).toContain('FILE_MAX_BYTES=0');
    expect(() => parseEnv({ FILE_STORE: 'ftp' })).toThrow(/FILE_STORE=ftp/);
  });
});
