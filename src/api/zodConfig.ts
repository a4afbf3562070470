import { config } from 'zod';

/**
 * zod compiles fast object parsers with `new Function` when it may; to find out, it tries
 * one, which the console's CSP (no 'unsafe-eval') refuses and the browser reports on every
 * load. Jitless parsing never tries. Imported first by the entry, before anything parses.
 */
config({ jitless: true });
