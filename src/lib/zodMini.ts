/**
 * zod's small build (zod/mini), for every schema in the app and the CLI. It has no messages of its own until a
 * locale is set: set here, once, before any schema module uses `z`, so a problem reads "Too small: expected
 * string to have >=1 characters" (as full zod says it), not "Invalid input", in the app, the CLI and the tests.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

export { z };
