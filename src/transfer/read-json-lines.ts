import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DatelineError } from '../errors.ts';

/** The JSON value on each line of a file, with the line number for messages; blank lines are an error. */
export async function* readJsonLines(path: string): AsyncGenerator<{ value: unknown; line: number }> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    try {
      yield { value: JSON.parse(text), line };
    } catch (e) {
      if (e instanceof SyntaxError) throw new DatelineError('invalid-input', `${path} line ${line} is not JSON: ${e.message}`);
      throw e;
    }
  }
}
