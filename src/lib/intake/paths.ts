/** Where the source reader finds an added article's text: not a fetchable path (see useSourceText). */
export const addedTextPath = (id: string) => `indexeddb:articles/${id}`;
export const isAddedTextPath = (path: string) => path.startsWith('indexeddb:articles/');
