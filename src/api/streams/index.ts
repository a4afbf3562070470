import type { z } from 'zod';
import { accessContract } from './access';
import { activityContract } from './activity';
import { authenticationContract } from './authentication';
import { authorisationContract } from './authorisation';
import type { StreamContract } from './types';

export type { StreamContract } from './types';

/**
 * Every stream the API serves, by the name used in its URLs: the one list that stream names,
 * record types, retention keys, the timeline's union and the navigation derive from.
 */
const contracts = {
  authentication: authenticationContract,
  authorisation: authorisationContract,
  access: accessContract,
  activity: activityContract,
};

export type StreamName = keyof typeof contracts;
export const streamNames = Object.keys(contracts) as [StreamName, ...StreamName[]];

/** A record of one stream, as its schema types it. */
export type StreamRecord<S extends StreamName> = z.infer<(typeof contracts)[S]['schema']>;

/** A record of any stream, as the generic engine sees it. */
export type AuditRecord = { id: string } & Record<string, unknown>;

// Widened once here: the engine and the mock handle every stream's records generically.
export const streamContracts = contracts as unknown as Record<StreamName, StreamContract<AuditRecord>>;

export function isStreamName(name: string): name is StreamName {
  return Object.hasOwn(contracts, name);
}

/** The same value for every stream, e.g. one schema per stream in an object schema. */
export function perStream<T>(value: (stream: StreamName) => T): Record<StreamName, T> {
  return Object.fromEntries(streamNames.map((name) => [name, value(name)])) as Record<StreamName, T>;
}
