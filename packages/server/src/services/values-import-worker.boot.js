// Starts the values import worker (values-import-worker.ts). A worker thread starts without the
// parent's TypeScript loader, so it registers tsx itself, as import-worker.boot.js does.
import { register } from 'tsx/esm/api';

register();
await import('./values-import-worker.ts');
