import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// `base: './'` makes the build relative, so dist/ works under any sub-path without rebuilding.
// The app derives its API root from the page's own folder at run time (src/app/base-url.ts).
export default defineConfig(({ command }) => ({
  base: command === 'build' ? './' : '/',
  plugins: [react()],
  resolve: {
    // msw's cookie store asks tldts for public suffixes; tldts-experimental answers the same
    // questions from a packed list a fraction of the size, which shortens the mock's start.
    alias: { tldts: 'tldts-experimental' },
  },
  build: {
    // Swagger UI is one large lazy chunk; the first paint does not wait for it.
    chunkSizeWarningLimit: 2000,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
}))
