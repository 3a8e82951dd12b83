import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = new URL('../fixtures/wxr/', import.meta.url).pathname;

export const fixturePath = (name: string): string => join(DIR, name);
export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');
