#!/usr/bin/env node
// The published entry point. The CLI is written in TypeScript and runs from source: registering
// tsx here keeps one code path for development and use, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
