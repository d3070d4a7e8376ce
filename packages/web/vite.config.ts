import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev -w @bearing/web` serves the app with hot reload and forwards /api to a
// `bearing serve` (BEARING_API, default the default port); `npm run build` writes dist/, which
// `bearing serve` serves.
const api = process.env['BEARING_API'] ?? 'http://127.0.0.1:4600';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': api } },
  preview: { proxy: { '/api': api } },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
