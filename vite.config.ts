import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  build: {
    rolldownOptions: {
      output: {
        // zod in its own chunk together with the switch that turns its eval probe off (CSP forbids eval):
        // with lazy regions, schemas live in a shared chunk that would otherwise run before main.tsx's switch.
        codeSplitting: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]app[\\/]zodJitless/ }] },
      },
    },
  },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
