import { resolve } from 'node:path';
import { type CacheSettings, readCacheSettings } from './cache/cache-settings.ts';
import { DatelineError } from './errors.ts';

/** Everything read from the environment, checked once at start and frozen. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** postgres:// URL, or undefined for the embedded SQLite store. */
  readonly databaseUrl: string | undefined;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Public base URL (no trailing slash) when it differs from the stored site setting, e.g. behind a proxy. */
  readonly publicUrl: string | undefined;
  /** Whether to believe X-Forwarded-* headers (behind a CDN or proxy). */
  readonly trustProxy: boolean;
  /** Load the demo newsroom into an empty store. */
  readonly loadDemo: boolean;
  /** Drop folder watched for wire files while serving, or undefined. */
  readonly wireDropDir: string | undefined;
  /** Folder with the IPTC ninjs JSON schemas to validate against, or undefined. */
  readonly ninjsSchemaDir: string | undefined;
  /** Whether the content API answers only callers with a `content:read` token. */
  readonly contentApiKeys: boolean;
  /** S3-compatible object storage for media; undefined keeps media on disk in the data folder. */
  readonly s3: S3Settings | undefined;
  /** Page cache size and lifetime, and where purges are forwarded. */
  readonly cache: CacheSettings;
}

export interface S3Settings {
  readonly bucket: string;
  readonly region: string;
  readonly endpoint: string | undefined;
  readonly forcePathStyle: boolean;
  readonly accessKeyId: string | undefined;
  readonly secretAccessKey: string | undefined;
  readonly prefix: string | undefined;
}

function readContentApiKeys(raw: string | undefined): boolean {
  if (!raw || raw === 'off') return false;
  if (raw === 'required') return true;
  throw new DatelineError('config', `CONTENT_API_KEYS must be "required" or "off", got "${raw}"`);
}

function readS3(env: NodeJS.ProcessEnv): S3Settings | undefined {
  if (!env.S3_BUCKET) return undefined;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(env.S3_BUCKET)) throw new DatelineError('config', `S3_BUCKET is not a valid bucket name: "${env.S3_BUCKET}"`);
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    throw new DatelineError('config', 'set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the default credential chain)');
  }
  return Object.freeze({
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || 'us-east-1',
    endpoint: parseUrl('S3_ENDPOINT', env.S3_ENDPOINT),
    forcePathStyle: parseBool('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE, Boolean(env.S3_ENDPOINT)),
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    prefix: env.S3_PREFIX || undefined,
  });
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  if (!/^\d+$/.test(raw)) throw new DatelineError('config', `PORT must be a whole number from 0 to 65535, got "${raw}"`);
  const port = Number(raw);
  if (port > 65535) throw new DatelineError('config', `PORT must be a whole number from 0 to 65535, got "${raw}"`);
  return port;
}

function parseBool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new DatelineError('config', `${name} must be true or false, got "${raw}"`);
}

function parseUrl(name: string, raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http');
    return u.toString().replace(/\/+$/, '');
  } catch {
    throw new DatelineError('config', `${name} must be an http(s) URL, got "${raw}"`);
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new DatelineError('config', 'DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite store)');
  }
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new DatelineError('config', `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  return Object.freeze({
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATELINE_DATA || './data'),
    databaseUrl,
    logLevel,
    publicUrl: parseUrl('PUBLIC_URL', env.PUBLIC_URL),
    trustProxy: parseBool('TRUST_PROXY', env.TRUST_PROXY, false),
    loadDemo: parseBool('DATELINE_DEMO', env.DATELINE_DEMO, true),
    wireDropDir: env.WIRE_DROP_DIR ? resolve(env.WIRE_DROP_DIR) : undefined,
    ninjsSchemaDir: env.NINJS_SCHEMA_DIR ? resolve(env.NINJS_SCHEMA_DIR) : undefined,
    s3: readS3(env),
    contentApiKeys: readContentApiKeys(env.CONTENT_API_KEYS),
    cache: readCacheSettings(env),
  });
}
