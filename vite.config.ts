/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './server/contentSecurityPolicy.ts';

/**
 * A strict Content-Security-Policy for the built app and its phone page: nothing
 * but its own origin (the room socket included), no inline script, no eval. The
 * policy itself is in server/contentSecurityPolicy.ts (the room server sends it too).
 */
export { CONTENT_SECURITY_POLICY };

function contentSecurityPolicy(): Plugin {
  return {
    name: 'same-playbook-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * jsPDF can draw HTML (html2canvas, dompurify) and SVG (canvg with core-js); Same
 * Playbook uses neither, so those optional imports resolve to a small module that
 * says so, and about 380 kB of code is neither built nor precached.
 */
const UNUSED_JSPDF_OPTIONS = ['html2canvas', 'canvg', 'dompurify'];
function leaveOutUnusedJsPdfOptions(): Plugin {
  const prefix = '\0jspdf-option-left-out-';
  return {
    name: 'same-playbook-unused-jspdf-options',
    enforce: 'pre',
    resolveId(id) {
      const i = UNUSED_JSPDF_OPTIONS.indexOf(id);
      return i < 0 ? null : `${prefix}${i}`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const name = UNUSED_JSPDF_OPTIONS[Number(id.slice(prefix.length))];
      return `const unavailable = () => { throw new Error('The ${name} option of jsPDF is not part of Same Playbook'); };\nexport default unavailable;\nexport const Canvg = { fromString: unavailable };\nexport const sanitize = unavailable;\n`;
    },
  };
}

/**
 * Offline: a service worker precaches every file of the build — the lazy PDF
 * chunks and the two Noto Sans fonts (~600 kB each) included — so the whole app,
 * PDF export too, works with no network after the first visit. It is registered
 * from src/offline/offline.svelte.ts (no inline script, so the CSP holds), and an
 * update waits until the user chooses it ('prompt'). The new worker claims the
 * open page as soon as it is active, so the first visit works offline without a
 * reload; the app says so only once it does (offline.svelte.ts).
 */
function offlineApp() {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    // The glob below already takes every file of the build, public/ included.
    includeAssets: [],
    includeManifestIcons: false,
    manifest: {
      name: 'Same Playbook',
      short_name: 'Same Playbook',
      description: 'Agree who sets school-improvement priorities, who controls the actions, and sign the charter.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#fbfaf6',
      theme_color: '#14213d',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,json,webmanifest}'],
      // The Chinese, Japanese and Korean PDF fonts (5–11 MB each) are not precached: most
      // charters never need them. Fetched the first time a charter does, they are kept
      // (runtime cache below), so that charter's PDF works offline from then on.
      globIgnores: ['**/NotoSans{SC,TC,JP,KR}_*.ttf'],
      runtimeCaching: [
        {
          urlPattern: /\/assets\/NotoSans(SC|TC|JP|KR)_[^/]*\.ttf$/,
          handler: 'CacheFirst',
          options: { cacheName: 'pdf-script-fonts', expiration: { maxEntries: 8 } },
        },
      ],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      // The phone page and the room socket are never answered with the app.
      navigateFallbackDenylist: [/^\/p$/, /^\/phone\.html/, /^\/room/],
      cleanupOutdatedCaches: true,
      // Control the page of the first visit at once (no reload needed to work offline).
      clientsClaim: true,
    },
  });
}

export default defineConfig({
  plugins: [leaveOutUnusedJsPdfOptions(), svelte(), contentSecurityPolicy(), offlineApp()],
  build: {
    target: 'es2022',
    // Two pages: the app, and the phone page for the room (src/phone/), which loads none of the app.
    rolldownOptions: {
      input: { main: 'index.html', phone: 'phone.html' },
    },
    assetsInlineLimit: 0,
    // A lazy part's own scripts are not announced with <link rel="modulepreload">: a script already in the
    // cache is compiled the moment its link is added, inside whatever task added it (opening a charter
    // held the page ~50 ms longer for it). Its style sheets are still announced, so nothing is drawn unstyled.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? deps.filter((d) => d.endsWith('.css')) : deps),
    },
    reportCompressedSize: false,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    setupFiles: ['tests/setup.ts'],
    // Generous: the PDF tests build whole documents, and CI machines can be busy.
    testTimeout: 20_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['src/**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        // Components run against Svelte's browser runtime in jsdom.
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          include: ['src/**/*.svelte.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts', '@testing-library/svelte/vitest'],
        },
      },
    ],
  },
});
