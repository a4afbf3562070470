/**
 * The store cannot answer now but will (a database shard is down): the API says 503 with
 * Retry-After and this message, which names what is down, instead of a 500 or a partial answer.
 */
export class StoreUnavailable extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(message);
    this.name = 'StoreUnavailable';
  }
}
