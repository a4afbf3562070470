/**
 * A create's secret, kept in this process's memory for a few minutes so that a retried POST
 * (same Idempotency-Key, the first answer lost) can be answered with it: only the hash is ever
 * written. The server sees every secret in every ingest request anyway, so holding a new one
 * briefly adds no exposure; a retry after it is forgotten (or to another process) gets 409.
 */
export class RecentSecrets {
  private readonly secrets = new Map<string, { secret: string; until: number }>();

  constructor(
    private readonly keepMs = 10 * 60_000,
    private readonly max = 100,
  ) {}

  remember(tokenId: string, secret: string, now = Date.now()): void {
    this.prune(now);
    // the oldest goes first: Map keeps insertion order
    if (this.secrets.size >= this.max) this.secrets.delete(this.secrets.keys().next().value ?? '');
    this.secrets.set(tokenId, { secret, until: now + this.keepMs });
  }

  recall(tokenId: string, now = Date.now()): string | undefined {
    this.prune(now);
    return this.secrets.get(tokenId)?.secret;
  }

  forget(tokenId: string): void {
    this.secrets.delete(tokenId);
  }

  private prune(now: number): void {
    for (const [id, { until }] of this.secrets) if (until <= now) this.secrets.delete(id);
  }
}
