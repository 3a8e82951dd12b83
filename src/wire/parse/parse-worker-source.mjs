// The wire parsing thread when Dateline runs from its TypeScript sources: tsx's loader first, then the thread itself.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
