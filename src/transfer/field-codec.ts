import { DatelineError } from '../errors.ts';

/** JSON-friendly values an export line holds. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * How one column travels in an export line: times as ISO 8601 UTC strings,
 * flags as booleans, JSON text as the JSON it holds, the rest as is. Each
 * codec's decode checks what it reads, so a damaged file fails with the
 * field named instead of storing nonsense.
 */
export interface FieldCodec {
  readonly name: 'int' | 'float' | 'text' | 'time' | 'bool' | 'json';
  encode(value: unknown): JsonValue;
  decode(value: unknown, field: string): unknown;
}

const bad = (field: string, wanted: string, value: unknown) =>
  new DatelineError('invalid-input', `${field} must be ${wanted}, not ${JSON.stringify(value)?.slice(0, 60)}`);

const nullable = (encode: (v: unknown) => JsonValue, decode: (v: unknown, field: string) => unknown): Pick<FieldCodec, 'encode' | 'decode'> => ({
  encode: (v) => (v === null || v === undefined ? null : encode(v)),
  decode: (v, field) => (v === null ? null : decode(v, field)),
});

export const int: FieldCodec = {
  name: 'int',
  ...nullable(
    (v) => Number(v),
    (v, field) => {
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw bad(field, 'a whole number', v);
      return v;
    },
  ),
};

export const float: FieldCodec = {
  name: 'float',
  ...nullable(
    (v) => Number(v),
    (v, field) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw bad(field, 'a number', v);
      return v;
    },
  ),
};

export const text: FieldCodec = {
  name: 'text',
  ...nullable(
    (v) => String(v),
    (v, field) => {
      if (typeof v !== 'string') throw bad(field, 'text', v);
      return v;
    },
  ),
};

/** Epoch milliseconds in the store, ISO 8601 with milliseconds in the file. */
export const time: FieldCodec = {
  name: 'time',
  ...nullable(
    (v) => new Date(Number(v)).toISOString(),
    (v, field) => {
      const ms = typeof v === 'string' && /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(v) ? Date.parse(v) : NaN;
      if (Number.isNaN(ms)) throw bad(field, 'an ISO 8601 UTC time', v);
      return ms;
    },
  ),
};

/** 0/1 in both stores. */
export const bool: FieldCodec = {
  name: 'bool',
  ...nullable(
    (v) => Number(v) === 1,
    (v, field) => {
      if (typeof v !== 'boolean') throw bad(field, 'true or false', v);
      return v ? 1 : 0;
    },
  ),
};

/** A JSON text column, written into the line as the value it holds. */
export const json: FieldCodec = {
  name: 'json',
  ...nullable(
    (v) => JSON.parse(String(v)) as JsonValue,
    (v) => JSON.stringify(v),
  ),
};
