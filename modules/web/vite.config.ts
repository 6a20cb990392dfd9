import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// The built files go where Maven packs them into a jar whose META-INF/resources the WAR serves at /.
export default defineConfig({
  base: '/',
  plugins: [vue()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    target: 'es2020',
    // vite prints every chunk with its gzip size; the budget is checked by hand (see README.md)
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:8080', changeOrigin: false },
      '/samples': { target: 'http://localhost:8080', changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts'],
    restoreMocks: true,
    setupFiles: ['tests/setup.ts'],
  },
})
