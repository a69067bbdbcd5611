/**
 * Where the pipeline publishes article texts. No imports: the build configuration (vite.config.ts,
 * through scripts/extract/published.ts) reads it without loading the rest of the pipeline.
 */

/** Where the published article texts live, relative to public/ (the output folder is public/data). */
export const SOURCE_TEXT_PREFIX = 'data/sources/';

/**
 * The published path of an article text: named by its id and the start of its SHA-256, so a text
 * that changes gets a new file and a published one is never overwritten (events.json is the one switch).
 */
export const sourceTextPath = (id: string, sha256: string) => `${SOURCE_TEXT_PREFIX}${id}.${sha256.slice(0, 16)}.txt`;
