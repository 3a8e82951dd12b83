import { requirePermission } from '../../accounts/require-permission.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../domain/actor.ts';
import { isValidSectionPath } from '../../domain/slug.ts';
import { scopeAllows } from '../../domain/token-scopes.ts';
import { isWirePolicy, readSubjectRules, type WireSource } from '../../domain/wire-source.ts';
import { DatelineError } from '../../errors.ts';
import type { ServiceContext } from '../../service-context.ts';
import { findApiTokenById } from '../../store/repositories/api-token-repository.ts';
import { isUniqueViolation } from '../../store/repositories/unique-violation.ts';
import { deleteWireSource, findWireSourceByName, insertWireSource } from '../../store/repositories/wire-source-repository.ts';

export interface WireSourceInput {
  readonly name: string;
  readonly provider?: string | null;
  readonly displaySource?: string | null;
  readonly policy?: string;
  readonly defaultSection?: string | null;
  /** JSON text or already-parsed rules. */
  readonly subjectRules?: unknown;
  readonly remoteImages?: boolean;
  readonly pollUrl?: string | null;
  readonly pollIntervalSeconds?: number | null;
  /** An API token scoped `wire:push` that may push to this source. */
  readonly pushTokenId?: number | null;
}

const invalid = (field: string, message: string) => new DatelineError('invalid-input', message, { details: { field } });

/** Polling more often than this is hammering the agency; less often than daily is not a feed. */
export const POLL_INTERVAL_LIMITS = { min: 10, max: 86_400 } as const;

/** Checks and stores a new wire source. */
export async function addWireSource(ctx: ServiceContext, actor: Actor, input: WireSourceInput): Promise<WireSource> {
  requirePermission(actor, 'wire.manage');
  const name = input.name.trim();
  if (!/^[a-z0-9][a-z0-9._-]{0,59}$/i.test(name)) throw invalid('name', 'a wire source name is 1 to 60 letters, digits, dots, dashes or underscores');
  const provider = input.provider?.trim().toLowerCase() || null;
  if (provider !== null && !/^[a-z0-9][a-z0-9.-]{0,39}$/.test(provider)) throw invalid('provider', `"${input.provider}" is not a provider key (ap, dpa, tt, wire.example.org ...)`);
  const policy = input.policy ?? 'publish';
  if (!isWirePolicy(policy)) throw invalid('policy', 'policy must be publish or hold');
  const defaultSection = input.defaultSection?.trim().replace(/^\/+|\/+$/g, '') || null;
  if (defaultSection !== null && !isValidSectionPath(defaultSection)) throw invalid('defaultSection', `"${input.defaultSection}" is not a section path`);
  const rules = readSubjectRules(typeof input.subjectRules === 'string' ? parseJson(input.subjectRules) : (input.subjectRules ?? []));
  if (!rules.ok) throw invalid('subjectRules', rules.error);
  for (const r of rules.rules) {
    if (r.section !== undefined && !isValidSectionPath(r.section.replace(/^\/+|\/+$/g, ''))) throw invalid('subjectRules', `"${r.section}" is not a section path`);
  }
  const pollUrl = input.pollUrl?.trim() || null;
  const interval = input.pollIntervalSeconds ?? null;
  if (pollUrl !== null) {
    if (!/^https?:\/\//i.test(pollUrl) || !URL.canParse(pollUrl)) throw invalid('pollUrl', 'the poll URL must be an http(s) URL');
    if (interval === null || !Number.isInteger(interval) || interval < POLL_INTERVAL_LIMITS.min || interval > POLL_INTERVAL_LIMITS.max) {
      throw invalid('pollIntervalSeconds', `a polled source needs an interval of ${POLL_INTERVAL_LIMITS.min} to ${POLL_INTERVAL_LIMITS.max} seconds`);
    }
  } else if (interval !== null) {
    throw invalid('pollIntervalSeconds', 'an interval needs a poll URL');
  }
  const now = ctx.now();
  try {
    return await ctx.store.transaction(async (trx) => {
      if (input.pushTokenId != null) {
        const token = await findApiTokenById(trx, input.pushTokenId);
        if (!token || token.revokedAt !== null) throw invalid('pushTokenId', `no active API token with id ${input.pushTokenId}`);
        if (!scopeAllows(token.scopes, 'wire:push')) throw invalid('pushTokenId', `token ${token.id} is not scoped for wire:push`);
      }
      const source = await insertWireSource(trx, {
        name, provider, displaySource: input.displaySource?.trim() || null, policy, defaultSection, subjectRules: rules.rules,
        remoteImages: input.remoteImages ?? false, pollUrl, pollIntervalSeconds: interval, pushTokenId: input.pushTokenId ?? null, now,
      });
      await recordAudit(trx, actor, now, {
        action: 'wire-source.add', targetType: 'wire-source', targetId: source.id,
        details: { name, provider, policy, defaultSection, pollUrl, pushTokenId: source.pushTokenId },
      });
      return source;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DatelineError('conflict', `a wire source named "${name}" already exists`);
    throw error;
  }
}

export async function removeWireSource(ctx: ServiceContext, actor: Actor, name: string): Promise<WireSource> {
  requirePermission(actor, 'wire.manage');
  const now = ctx.now();
  return ctx.store.transaction(async (trx) => {
    const source = await findWireSourceByName(trx, name);
    if (!source) throw new DatelineError('not-found', `no wire source "${name}"`);
    await deleteWireSource(trx, source.id);
    await recordAudit(trx, actor, now, { action: 'wire-source.remove', targetType: 'wire-source', targetId: source.id, details: { name } });
    return source;
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalid('subjectRules', `subject rules are not valid JSON: ${(error as Error).message}`);
  }
}
