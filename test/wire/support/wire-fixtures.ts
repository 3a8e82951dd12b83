import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WireItem, WireParseResult } from '../../../src/wire/wire-item.ts';
import { parseWireDocument, type ParseWireOptions } from '../../../src/wire/parse/parse-wire-document.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/wire/', import.meta.url));

export function readFixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/** Parses a document that must yield exactly one accepted item. */
export function parseOne(text: string, options?: ParseWireOptions): { item: WireItem; warnings: readonly string[] } {
  const results = parseWireDocument(text, options);
  assert.equal(results.length, 1, `expected one result, got ${JSON.stringify(results.map(summary))}`);
  const [result] = results;
  assert.ok(result.ok, `expected an accepted item, got: ${summary(result)}`);
  return { item: result.item, warnings: result.warnings ?? [] };
}

/** Parses a document that must be rejected as a whole; returns the reason. */
export function rejectionOf(text: string, options?: ParseWireOptions): { error: string; guid: string | null } {
  const results = parseWireDocument(text, options);
  assert.equal(results.length, 1, `expected one result, got ${JSON.stringify(results.map(summary))}`);
  const [result] = results;
  assert.ok(!result.ok, `expected a rejection, got item ${result.ok ? result.item.guid : ''}`);
  return { error: result.error, guid: result.guid };
}

export function okItems(results: readonly WireParseResult[]): WireItem[] {
  return results.flatMap((r) => (r.ok ? [r.item] : []));
}

export function summary(result: WireParseResult): string {
  return result.ok ? `ok ${result.item.guid}` : `rejected ${result.guid ?? '(no guid)'}: ${result.error}`;
}
