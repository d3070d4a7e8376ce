// Starts the import worker (import-worker.ts). A worker thread starts without the parent's
// TypeScript loader, so it registers tsx itself, as packages/cli/bin/bearing.js does.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
