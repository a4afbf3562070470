import type { HistogramFrame } from '../../engine/histogram';
import type { SqlParams } from '../params';

/**
 * bucketOf() (server/engine/histogram.ts) in SQL: width_bucket is the number of bucket starts at
 * or before the value (0 before the first), so minus one it is the bucket, clamped as bucketOf
 * clamps.
 */
export function bucketSql(column: string, frame: HistogramFrame, params: SqlParams): string {
  const starts = params.add(frame.starts, 'bigint[]');
  return `GREATEST(width_bucket(${column}, ${starts}) - 1, 0)`;
}
