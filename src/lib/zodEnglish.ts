/**
 * zod's small build (zod/mini) has no messages of its own until a locale is set: every schema module imports
 * this first, so a problem reads "Too small: expected string to have >=1 characters" (as full zod says it),
 * not "Invalid input", in the app, the CLI and the tests alike.
 */
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config(en());
