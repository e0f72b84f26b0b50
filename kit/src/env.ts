/**
 * The one place that reads `process.env` (CONVENTIONS: "Only env.ts (in kit) reads process.env").
 * Every variable is parsed and validated at start; a bad environment fails at once with every problem
 * listed, not with the first one a request happens to hit.
 */
import net from 'node:net';
import path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface Env {
  nodeEnv: NodeEnv;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Folder for the embedded database, development keys and other local state. */
  dataDir: string;
  /** An external PostgreSQL; when absent `npm start` runs an embedded one in `dataDir/pg`. */
  databaseUrl: string | undefined;
  embeddedPgPort: number;
  /** Gateway port (DESIGN "Fixed points": 4000 by default). */
  port: number;
  personnelPort: number;
  casesPort: number;
  supervisionPort: number;
  /** Where the gateway reaches each subgraph (defaults to localhost and the ports above). */
  subgraphUrls: { personnel: string; cases: string; supervision: string };
  jwt: {
    issuer: string;
    audience: string;
    ttlSeconds: number;
    /** PEM text of the public key, or a file holding it, or a JWKS URL (production identity provider). */
    publicKey: string | undefined;
    publicKeyFile: string;
    jwksUrl: string | undefined;
    /** Only the issuer of tokens (personnel `login`) needs the private key. */
    privateKeyFile: string;
  };
  seedDemo: boolean;
  /** Pins the clock of every process (tests and demos); an ISO instant. */
  clockNow: string | undefined;
  /**
   * Query limits at the gateway: depth, aliases, directives and tokens (graphql-armor) and the paged cost
   * estimate (gateway/src/limits.ts).
   */
  graphql: { maxDepth: number; maxCost: number; maxAliases: number; maxDirectives: number; maxTokens: number; sandbox: boolean };
  /** Anonymous public lookups (亮证查询) per client and window, counted in each gateway's memory. */
  publicRateLimit: { max: number; windowSeconds: number };
  /**
   * Which proxies the gateway trusts for the client address (Express `trust proxy`): false (the socket's
   * address), true (the left-most X-Forwarded-For), a hop count, or addresses/subnets/`loopback`.
   */
  trustProxy: boolean | number | string[];
  adminDist: string;
  supergraphPath: string;
  /** Expose `/metrics` (statement counters) on subgraphs. */
  metrics: boolean;
  /**
   * Whether `serve` also runs the subgraph's event consumer (DESIGN "Events"). Off when the consumers run as
   * separate `consume` processes. EVENTS_CONSUME, default true.
   */
  eventsConsume: boolean;
  /**
   * Where uploaded files (全过程记录's photos, recordings, documents) are kept, content-addressed by SHA-256:
   * `local` under `dataDir/files` (default) or an S3-compatible store (FILE_STORE=s3 and the S3_* variables);
   * `maxBytes` (FILE_MAX_BYTES, default 200 MB) caps one upload.
   */
  files: {
    store: 'local' | 's3';
    maxBytes: number;
    s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string } | null;
  };
  /**
   * The key of supervision's complainant fingerprints (HMAC-SHA256 of a complainant's normalised phone, so a
   * repeat complainant is recognised without storing who he is twice): COMPLAINANT_KEY_FILE, by default
   * `dataDir/keys/complainant.key`, generated at first start outside production; in production no default —
   * supervision refuses to serve without it.
   */
  complainantKeyFile: string | undefined;
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`环境变量有误 (invalid environment):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

type Source = Record<string, string | undefined>;

export function parseEnv(source: Source = process.env, cwd: string = process.cwd()): Env {
  const problems: string[] = [];
  const str = (name: string): string | undefined => {
    const v = source[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const int = (name: string, dflt: number, min = 1, max = 65535): number => {
    const raw = str(name);
    if (raw === undefined) return dflt;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${raw}: must be an integer between ${min} and ${max}`);
      return dflt;
    }
    return n;
  };
  const bool = (name: string, dflt: boolean): boolean => {
    const raw = str(name);
    if (raw === undefined) return dflt;
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    problems.push(`${name}=${raw}: must be true or false`);
    return dflt;
  };
  const oneOf = <T extends string>(name: string, values: readonly T[], dflt: T): T => {
    const raw = str(name);
    if (raw === undefined) return dflt;
    if (!(values as readonly string[]).includes(raw)) {
      problems.push(`${name}=${raw}: must be one of ${values.join(', ')}`);
      return dflt;
    }
    return raw as T;
  };
  const url = (name: string, dflt?: string): string | undefined => {
    const raw = str(name) ?? dflt;
    if (raw === undefined) return undefined;
    try {
      new URL(raw);
    } catch {
      problems.push(`${name}=${raw}: not a valid URL`);
    }
    return raw;
  };

  const trustProxy = (name: string): boolean | number | string[] => {
    const raw = str(name);
    if (raw === undefined) return false;
    if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
    if (/^\d+$/.test(raw)) return Number(raw);
    const items = raw.split(',').map((x) => x.trim()).filter(Boolean);
    const bad = items.filter((x) => !/^(loopback|linklocal|uniquelocal)$/.test(x) && !isIpOrSubnet(x));
    if (bad.length) problems.push(`${name}=${raw}: must be true, false, a hop count, or addresses/subnets (e.g. 10.0.0.0/8, loopback); not ${bad.join(', ')}`);
    return items;
  };

  const nodeEnv = oneOf<NodeEnv>('NODE_ENV', ['development', 'production', 'test'], 'development');
  const dataDir = path.resolve(cwd, str('DATA_DIR') ?? '.data');
  const databaseUrl = url('DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:/.test(databaseUrl)) problems.push('DATABASE_URL: must be a postgres:// URL');
  const personnelPort = int('PERSONNEL_PORT', 4101);
  const casesPort = int('CASES_PORT', 4102);
  const supervisionPort = int('SUPERVISION_PORT', 4103);
  const clockNow = str('CLOCK_NOW');
  if (clockNow !== undefined && Number.isNaN(Date.parse(clockNow))) problems.push(`CLOCK_NOW=${clockNow}: not an ISO instant`);
  const ttl = int('JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600);
  const publicKey = str('JWT_PUBLIC_KEY');
  if (publicKey !== undefined && !publicKey.includes('BEGIN PUBLIC KEY')) problems.push('JWT_PUBLIC_KEY: must be a PEM public key');
  const fileStore = oneOf('FILE_STORE', ['local', 's3'] as const, 'local');
  const s3Endpoint = url('S3_ENDPOINT');
  if (s3Endpoint && !/^https?:/.test(s3Endpoint)) problems.push(`S3_ENDPOINT=${s3Endpoint}: must be an http(s):// URL`);
  const s3 = {
    endpoint: s3Endpoint ?? '',
    bucket: str('S3_BUCKET') ?? '',
    region: str('S3_REGION') ?? 'us-east-1',
    accessKeyId: str('S3_ACCESS_KEY_ID') ?? '',
    secretAccessKey: str('S3_SECRET_ACCESS_KEY') ?? '',
  };
  if (fileStore === 's3') {
    const missing = (['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((n) => !str(n));
    if (missing.length) problems.push(`FILE_STORE=s3: ${missing.join(', ')} required`);
  }
  if (s3.bucket && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(s3.bucket)) problems.push(`S3_BUCKET=${s3.bucket}: not a valid bucket name`);
  const files: Env['files'] = { store: fileStore, maxBytes: int('FILE_MAX_BYTES', 200 * 1024 * 1024, 1, 5 * 1024 ** 3), s3: fileStore === 's3' ? s3 : null };
  const env: Env = {
    nodeEnv,
    logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, nodeEnv === 'test' ? 'warn' : 'info'),
    dataDir,
    databaseUrl,
    embeddedPgPort: int('EMBEDDED_PG_PORT', 54329),
    port: int('PORT', 4000),
    personnelPort,
    casesPort,
    supervisionPort,
    subgraphUrls: {
      personnel: url('PERSONNEL_URL', `http://127.0.0.1:${personnelPort}/graphql`)!,
      cases: url('CASES_URL', `http://127.0.0.1:${casesPort}/graphql`)!,
      supervision: url('SUPERVISION_URL', `http://127.0.0.1:${supervisionPort}/graphql`)!,
    },
    jwt: {
      issuer: str('JWT_ISSUER') ?? 'jiandu',
      audience: str('JWT_AUDIENCE') ?? 'jiandu',
      ttlSeconds: ttl,
      publicKey,
      publicKeyFile: path.resolve(cwd, str('JWT_PUBLIC_KEY_FILE') ?? path.join(dataDir, 'keys', 'jwt-public.pem')),
      jwksUrl: url('JWT_JWKS_URL'),
      privateKeyFile: path.resolve(cwd, str('JWT_PRIVATE_KEY_FILE') ?? path.join(dataDir, 'keys', 'jwt-private.pem')),
    },
    seedDemo: bool('SEED_DEMO', nodeEnv !== 'production'),
    clockNow,
    graphql: {
      maxDepth: int('GRAPHQL_MAX_DEPTH', 12, 2, 100),
      maxCost: int('GRAPHQL_MAX_COST', 50000, 10, 10_000_000),
      maxAliases: int('GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      maxDirectives: int('GRAPHQL_MAX_DIRECTIVES', 50, 0, 1000),
      maxTokens: int('GRAPHQL_MAX_TOKENS', 2000, 100, 1_000_000),
      sandbox: bool('GRAPHQL_SANDBOX', nodeEnv !== 'production'),
    },
    publicRateLimit: {
      max: int('PUBLIC_RATE_LIMIT_MAX', 60, 1, 1_000_000),
      windowSeconds: int('PUBLIC_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    },
    trustProxy: trustProxy('TRUST_PROXY'),
    adminDist: path.resolve(cwd, str('ADMIN_DIST') ?? 'admin/dist'),
    supergraphPath: path.resolve(cwd, str('SUPERGRAPH_PATH') ?? 'gateway/supergraph.graphql'),
    metrics: bool('METRICS', nodeEnv !== 'production'),
    eventsConsume: bool('EVENTS_CONSUME', true),
    files,
    complainantKeyFile: str('COMPLAINANT_KEY_FILE')
      ? path.resolve(cwd, str('COMPLAINANT_KEY_FILE')!)
      : nodeEnv === 'production' ? undefined : path.join(dataDir, 'keys', 'complainant.key'),
  };
  if (nodeEnv === 'production' && !databaseUrl) problems.push('DATABASE_URL: required in production');
  if (nodeEnv === 'production' && env.seedDemo) problems.push('SEED_DEMO: demo users must not be seeded in production');
  const ports = [env.port, personnelPort, casesPort, supervisionPort];
  if (new Set(ports).size !== ports.length) problems.push(`PORT, PERSONNEL_PORT, CASES_PORT, SUPERVISION_PORT must differ (${ports.join(', ')})`);
  if (problems.length) throw new EnvError(problems);
  return env;
}

function isIpOrSubnet(value: string): boolean {
  const [address, bits, ...rest] = value.split('/');
  const family = net.isIP(address ?? '');
  if (family === 0 || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

let cached: Env | undefined;
/** The validated environment of this process (parsed once). */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** The raw variables to hand to a child process (the launcher passes its environment on). */
export function childEnv(overrides: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...overrides })) if (v !== undefined) out[k] = v;
  return out;
}
