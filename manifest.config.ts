// The extension manifest, one source for both targets: `vite build --mode chrome|firefox`.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

export const targets = ['chrome', 'firefox'] as const;
export type Target = (typeof targets)[number];

const icons = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' };

export function manifestFor(target: Target) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: pkg.version,
    icons,
    // Firefox MV3 has no service workers for extensions yet: it runs the same module as an event page.
    background:
      target === 'firefox'
        ? { scripts: ['src/background/index.ts'], type: 'module' }
        : { service_worker: 'src/background/index.ts', type: 'module' },
    action: { default_popup: 'src/popup/index.html', default_icon: icons, default_title: '__MSG_extName__' },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['src/content/index.iife.ts'],
        // Same-origin frames too (src/content/frame.ts: others are left at once).
        all_frames: true,
        // Chromium: the mark styles are adopted at document_start instead (see src/content/mark-styles.ts).
        ...(target === 'firefox' ? { css: ['src/content/marks.css'] } : {}),
        run_at: 'document_idle',
      },
      ...(target === 'firefox'
        ? []
        : [
            {
              matches: ['http://*/*', 'https://*/*'],
              js: ['src/content/styles.iife.ts'],
              all_frames: true,
              run_at: 'document_start' as const,
            },
          ]),
    ],
    permissions: ['storage', 'unlimitedStorage'],
    // Asked for at the moment a user subscribes to a pack by URL, for that host only.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandNextMention__',
      },
    },
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              // CSS Custom Highlight API arrived in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '121' }),
  });
}
