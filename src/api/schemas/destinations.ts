import { z } from 'zod';
import { checkDestinationUrl } from '../destinationUrl';
import { formatCount } from '../formatCount';
import { plainTextProblem } from '../plainText';
import { recordTypeSchema } from './recordTypes';

export const destinationTypes = ['webhook', 'file'] as const;
export const destinationTypeSchema = z.enum(destinationTypes);
export type DestinationType = z.infer<typeof destinationTypeSchema>;

export const authTypes = ['none', 'basic', 'bearer', 'header'] as const;
export const authTypeSchema = z.enum(authTypes);
export type AuthType = z.infer<typeof authTypeSchema>;

/** The non-secret part of a destination's authentication; the secret itself is write-only. */
export const destinationAuthSchema = z.object({
  type: authTypeSchema,
  /** basic: the user name */
  username: z.string().nullable(),
  /** header: the header's name */
  headerName: z.string().nullable(),
});
export type DestinationAuth = z.infer<typeof destinationAuthSchema>;

/** The Agilicus audit-destinations documentation: records from a connector can also come back to the cloud, per type. */
export const connectorToCloudSchema = z.object({ access: z.boolean(), authorisation: z.boolean() });

export const deliverySchema = z.object({
  status: z.enum(['success', 'failed']),
  /** null: no HTTP answer at all (e.g. the host could not be resolved) */
  httpStatus: z.number().int().nullable(),
  at: z.string(),
  durationMs: z.number().int().nonnegative(),
  message: z.string(),
});
export type Delivery = z.infer<typeof deliverySchema>;

const common = {
  name: z.string(),
  type: destinationTypeSchema,
  /** webhook: where batches are POSTed */
  url: z.string().nullable(),
  /** file (connector records): the file the connector appends to */
  path: z.string().nullable(),
  recordTypes: z.array(recordTypeSchema),
  connectorToCloud: connectorToCloudSchema,
  enabled: z.boolean(),
  auth: destinationAuthSchema,
};

/** A destination as the API returns it: never with its secret, only whether one is set. */
export const destinationSchema = z.object({
  id: z.string(),
  ...common,
  secretSet: z.boolean(),
  secretUpdatedAt: z.string().nullable(),
  lastDelivery: deliverySchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** the same value as the ETag header of a single read, so list rows can be written too */
  etag: z.string(),
});
export type Destination = z.infer<typeof destinationSchema>;

export const destinationListSchema = z.object({ items: z.array(destinationSchema) });

export const MAX_SECRET_LENGTH = 4096;
export const MAX_NAME_LENGTH = 100;
export const MAX_PATH_LENGTH = 1024;
export const MAX_USERNAME_LENGTH = 256;
export const MAX_HEADER_NAME_LENGTH = 128;
// RFC 9110 token characters
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
/** headers the sender itself sets: a custom header must not replace them */
const RESERVED_HEADERS = ['host', 'content-length', 'content-type', 'transfer-encoding', 'connection'];
const FILE_PATH = /^(\/|[A-Za-z]:\\)/;

/**
 * What a create or update sends. `secret` is write-only: left out, the stored secret stays;
 * `null` clears it; a string replaces it.
 */
export const destinationInputSchema = z
  .object({
    ...common,
    // the limits again here so that the API document states them; the messages are the rule's own
    name: z
      .string()
      .trim()
      .min(1, 'Enter a name.')
      .max(MAX_NAME_LENGTH, `The name is longer than ${MAX_NAME_LENGTH} characters.`),
    recordTypes: z.array(recordTypeSchema).min(1, 'Choose at least one record type.'),
    secret: z
      .string()
      .max(MAX_SECRET_LENGTH, `The secret is longer than ${formatCount(MAX_SECRET_LENGTH)} characters.`)
      .nullable()
      .optional(),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    /** every text field: no hidden characters, a sane length; false when refused */
    const plain = (path: string[], text: string | null | undefined, what: string, max: number) => {
      const problem = text ? plainTextProblem(text, what, max) : null;
      if (problem) issue(path, problem);
      return problem === null;
    };
    plain(['name'], input.name, 'The name', MAX_NAME_LENGTH);
    // the secret is never repeated in a message; naming the character code is safe
    plain(['secret'], input.secret, 'The secret', MAX_SECRET_LENGTH);
    if (input.type === 'webhook') {
      const check = checkDestinationUrl(input.url ?? '');
      if (!check.ok) issue(['url'], check.message);
    } else {
      const path = (input.path ?? '').trim();
      if (!path) issue(['path'], 'Enter the file the connector writes records to.');
      else if (plain(['path'], path, 'The path', MAX_PATH_LENGTH)) {
        if (!FILE_PATH.test(path)) issue(['path'], 'Use an absolute path, e.g. /var/log/audit/records.json.');
        else if (/(^|[/\\])\.\.([/\\]|$)/.test(path)) issue(['path'], 'The path must not contain "..".');
      }
      if (input.auth.type !== 'none') issue(['auth.type'], 'A file destination takes no authentication.');
    }
    if (input.auth.type === 'basic' && !input.auth.username?.trim())
      issue(['auth.username'], 'Enter the user name.');
    else if (input.auth.type === 'basic') {
      const username = input.auth.username?.trim() ?? '';
      if (plain(['auth.username'], username, 'The user name', MAX_USERNAME_LENGTH) && username.includes(':'))
        // RFC 7617: the first colon ends the user name
        issue(['auth.username'], 'A basic-auth user name cannot contain ":".');
    }
    if (input.auth.type === 'header') {
      const name = input.auth.headerName?.trim() ?? '';
      if (!name) issue(['auth.headerName'], 'Enter the header name, e.g. X-Api-Key.');
      else if (name.length > MAX_HEADER_NAME_LENGTH)
        issue(['auth.headerName'], `Use at most ${MAX_HEADER_NAME_LENGTH} characters.`);
      else if (!HEADER_NAME.test(name))
        issue(
          ['auth.headerName'],
          "A header name has only letters, digits and - _ . ! # $ % & ' * + ^ ` | ~.",
        );
      else if (RESERVED_HEADERS.includes(name.toLowerCase()))
        issue(['auth.headerName'], `${name} is set by the sender; choose another header.`);
    }
  });
export type DestinationInput = z.input<typeof destinationInputSchema>;

/** One batch exactly as the Agilicus audit-destinations documentation shows it. */
export const testBatchSchema = z.object({
  events: z.array(
    z.object({ create_time: z.string(), event: z.record(z.string(), z.unknown()), unique_id: z.string() }),
  ),
});

export const testResultSchema = z.object({
  request: z.object({
    method: z.literal('POST'),
    url: z.string(),
    /** secrets shown masked */
    headers: z.record(z.string(), z.string()),
    body: testBatchSchema,
  }),
  delivery: deliverySchema,
});
export type TestResult = z.infer<typeof testResultSchema>;
