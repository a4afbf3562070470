import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { fetchExport, type ExportRequest } from '../../api/export';
import { saveBlob } from './download';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; written: number; total: number | null }
  | { kind: 'done'; records: number; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

// Progress re-renders at most this often: a million records arrive in ~1,000 chunks.
const PROGRESS_INTERVAL_MS = 150;

/** One export at a time: start, progress, cancel; the file is saved only when complete. */
export function useExport() {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const current = useRef<AbortController | null>(null);

  // closing the dialog (unmount) stops a running export
  useEffect(() => () => current.current?.abort(), []);

  const start = useCallback(async (request: ExportRequest, fileName: string) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setStatus({ kind: 'running', written: 0, total: null });
    let shownAt = Number.NEGATIVE_INFINITY;
    // a count held back by the interval is shown when it ends, even if no chunk follows (a stalled download)
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const show = (written: number, total: number) => {
      clearTimeout(trailing);
      trailing = undefined;
      if (controller.signal.aborted) return;
      shownAt = performance.now();
      setStatus({ kind: 'running', written, total });
    };
    try {
      const { blob, records } = await fetchExport(request, {
        signal: controller.signal,
        onProgress: ({ written, total }) => {
          const wait = PROGRESS_INTERVAL_MS - (performance.now() - shownAt);
          if (wait <= 0 || written >= total) show(written, total);
          else {
            clearTimeout(trailing);
            trailing = setTimeout(() => show(written, total), wait);
          }
        },
      });
      if (controller.signal.aborted) return;
      saveBlob(blob, fileName);
      setStatus({ kind: 'done', records, fileName });
    } catch (error) {
      if (controller.signal.aborted) return;
      setStatus({ kind: 'failed', message: errorMessage(error) });
    } finally {
      clearTimeout(trailing);
      if (current.current === controller) current.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setStatus({ kind: 'cancelled' });
  }, []);

  return { status, start, cancel };
}
