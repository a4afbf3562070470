/** authentik's default retention (its events documentation), for the streams that have one. */
export const DEFAULT_RETENTION_DAYS = 365;
