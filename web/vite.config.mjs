// The front end: the dashboard page and the verification page's enhancement script, built
// into dist/static (apart from tsc's dist/web), which the front door serves. `npm run build` runs this after tsc.
import { fileURLToPath, URL } from "node:url";
import { defineConfig } from "vite";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("./client"),
  base: "/",
  logLevel: "warn",
  publicDir: false,
  build: {
    outDir: here("../dist/static"),
    emptyOutDir: true,
    target: "es2022",
    // No inline script: the pages' Content-Security-Policy allows same-origin scripts only.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rollupOptions: {
      input: { dashboard: here("./client/dashboard.html"), verify: here("./client/verify/verify.ts") },
      // Stable names: the server-rendered verification page links /assets/verify.js.
      output: { entryFileNames: "assets/[name].js", chunkFileNames: "assets/[name].js", assetFileNames: "assets/[name][extname]" },
    },
  },
});
