/**
 * The address of the source that stands for an imported file (imported.ts): not a web page, never a link. Its own
 * module so that the details panel, which says so, does not bring the import code into the first download.
 */
export const IMPORTED_URL_PREFIX = 'urn:briefline:imported:';
export const isImportedSource = (source: { url: string }) => source.url.startsWith(IMPORTED_URL_PREFIX);
