import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway serves admin/dist at `/` and GraphQL at `/graphql` on the same origin, so the console
// always calls the relative `/graphql`; in development Vite forwards it to a running gateway.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      // 全过程记录 uploads and downloads (POST /files, GET /files/:sha256), beside GraphQL on the gateway
      '/files': 'http://localhost:4000',
      '/statistics': 'http://localhost:4000',
    },
  },
});
