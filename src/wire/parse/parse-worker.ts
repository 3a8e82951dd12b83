import { parentPort, workerData } from 'node:worker_threads';
import { loadNinjsSchemaValidator } from './ninjs-schema.ts';
import { parseWireDocument } from './parse-wire-document.ts';

/** A thread of `WireParsePool`: parses each document it is sent and posts the results back under the request's number. */
const { ninjsSchemaDir } = workerData as { ninjsSchemaDir: string | null };
const schemaValidator = ninjsSchemaDir ? await loadNinjsSchemaValidator(ninjsSchemaDir) : null;
parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
  parentPort?.postMessage({ id, results: parseWireDocument(text, { schemaValidator }) });
});
