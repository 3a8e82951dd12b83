import assert from 'node:assert/strict';
import { test } from 'node:test';
import { providerKey } from '../../src/wire/parse/provider-key.ts';

test('recognises agencies from their id namespaces', () => {
  assert.equal(providerKey({ ids: ['tag:ap.org,2011:5e565888b587889c5c8bd62b6164118c-text'] }), 'ap');
  assert.equal(providerKey({ ids: ['urn:newsml:dpa.com:20090101:250123-930-353124'] }), 'dpa');
  assert.equal(providerKey({ ids: ['http://tt.se/media/text/210919-janguillou'] }), 'tt');
  assert.equal(providerKey({ ids: ['tag:ansa.it,2017-10-11:40e5fb10'] }), 'ansa');
  assert.equal(providerKey({ ids: ['http://api.ap.org/media/v/content/b2b6?qt=1'] }), 'ap');
});

test('recognises agencies from declared provider codes and names', () => {
  assert.equal(providerKey({ declared: ['nprov:REUTERS'], ids: ['urn:newsml:acmenews.com:1'] }), 'reuters');
  assert.equal(providerKey({ declared: ['dnlprov:dpa'] }), 'dpa');
  assert.equal(providerKey({ declared: ['ansa.it'] }), 'ansa');
  assert.equal(providerKey({ declared: ['AP'] }), 'ap');
});

test('falls back to the copyright holder for agencies whose ids carry no domain', () => {
  assert.equal(providerKey({ ids: ['urn:8d19cf88-b3ab-4972'], names: ['NTB'] }), 'ntb');
  assert.equal(providerKey({ ids: ['https://internal-repository-xxxx/2.1234567'], names: ['SIPA USA'] }), 'sipa');
});

test('uses the provider code, then the id host, for unknown providers', () => {
  assert.equal(providerKey({ declared: ['nprov:AcmeNews'], ids: ['urn:newsml:acme.example:1'] }), 'acmenews');
  assert.equal(providerKey({ declared: ['harbourwire'] }), 'harbourwire');
  assert.equal(providerKey({ ids: ['https://www.Wire.Example.org/items/1'] }), 'wire.example.org');
  assert.equal(providerKey({ ids: ['018_embargoed'] }), 'wire');
  assert.equal(providerKey({}), 'wire');
});
