/**
 * A package loaded the first time it is needed, and only then: a server that
 * never resizes a picture, signs anyone in or talks to S3 or PostgreSQL does
 * not carry their code in memory. Every caller shares the one load.
 */
export function lazyPackage<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
