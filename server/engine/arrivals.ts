import type { StreamName } from '../../src/api/streams';
import type { Arrival, LiveSource } from './types';

/**
 * Hands over a live source's records as their time comes, each once: after a read at instant
 * s, every record up to s has been delivered, and no later arrival is older than s.
 */
export class Arrivals {
  /** per stream: delivered up to and including this instant */
  private readonly delivered = new Map<StreamName, number>();

  /** `start`: the instant the first tail asked from; nothing before it arrives (nobody watched) */
  constructor(
    private readonly live: LiveSource,
    private readonly start: number,
  ) {}

  /** The records of `stream` whose time has come since the last call, oldest first. */
  take(stream: StreamName, upTo: number): Arrival[] {
    const from = this.delivered.get(stream) ?? this.start;
    if (upTo <= from) return [];
    const arrived = this.live.between(stream, from, upTo);
    this.delivered.set(stream, upTo);
    return arrived;
  }
}
