/** A refusal from the admin API, with its stable code and the server's own explanation. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> | undefined,
  ) {
    super(message);
  }
}

const PREFIX = '/api/admin';
let csrfToken: string | null = null;
const signedOutListeners = new Set<() => void>();

/** Changes made with the session cookie must repeat the session's CSRF token, which another site cannot read. */
export function useCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session ended (expired, signed out elsewhere, account disabled). */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export interface RequestOptions {
  readonly body?: unknown;
  /** Sent as-is (an uploaded file) instead of JSON. */
  readonly file?: Blob;
  readonly ifMatch?: string;
  readonly query?: Record<string, string | number | boolean | undefined | null>;
  readonly signal?: AbortSignal;
}

export interface ApiAnswer<T> {
  readonly body: T;
  readonly etag: string | null;
}

function urlOf(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `${PREFIX}${path}${qs ? `?${qs}` : ''}`;
}

/** One call to the admin API; a refusal becomes an ApiError carrying the server's message. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.file) {
    headers['content-type'] = options.file.type || 'application/octet-stream';
    body = options.file;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  const res = await fetch(urlOf(path, options.query), { method, headers, body, credentials: 'same-origin', signal: options.signal });
  if (res.status === 204) return { body: undefined as T, etag: null };
  const text = await res.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const error = (parsed as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | undefined)?.error;
    if (res.status === 401 && path !== '/session') for (const listener of signedOutListeners) listener();
    throw new ApiError(res.status, error?.code ?? 'internal', error?.message ?? `the server answered ${res.status}`, error?.details);
  }
  return { body: parsed as T, etag: res.headers.get('etag') };
}

/** The `data` of an answer, for the many calls that need nothing else. */
export async function data<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  return (await request<{ data: T }>(method, path, options)).body.data;
}

export const previewUrl = (articleId: number) => `${PREFIX}/articles/${articleId}/preview`;

/** What to tell a person when a call fails. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message.charAt(0).toUpperCase() + error.message.slice(1);
  if (error instanceof DOMException && error.name === 'AbortError') return 'Cancelled.';
  return 'The newsroom could not reach the server. Check the connection and try again.';
}
