/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** A hash of the core's source (see vite.config.ts): part of the derived-data cache's version. */
declare const __BROADSHEET_CORE_HASH__: string;
