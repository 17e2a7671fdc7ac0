// Progress of a long build on a terminal: documents done of total, MB/s and time left, redrawn on
// one line at most a few times a second. Silent when standard error is not a terminal or CI is set,
// so logs and pipes get only the summary line.

export interface ProgressState {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
  seconds: number;
}

export interface ProgressSink {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export function formatProgress(state: ProgressState): string {
  const { done, total, bytesDone, bytesTotal, seconds } = state;
  const rate = seconds > 0 ? bytesDone / 1e6 / seconds : 0;
  const share = bytesTotal > 0 ? bytesDone / bytesTotal : total > 0 ? done / total : 1;
  const left = share > 0 && share < 1 ? (seconds * (1 - share)) / share : 0;
  const percent = Math.floor(share * 100);
  return `build: ${done}/${total} documents (${percent}%), ${rate.toFixed(1)} MB/s, ${formatDuration(left)} left`;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

export function showsProgress(
  sink: ProgressSink,
  env: Record<string, string | undefined>,
): boolean {
  return sink.isTTY === true && !env.CI;
}

/** A throttled reporter; `end()` clears the line so the summary starts on a clean one. */
export function progressReporter(sink: ProgressSink, intervalMs = 200) {
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(state: ProgressState): void {
      const now = performance.now();
      if (now - last < intervalMs && state.done < state.total) return;
      last = now;
      drawn = true;
      sink.write(`\r\x1b[2K${formatProgress(state)}`);
    },
    end(): void {
      if (drawn) sink.write("\r\x1b[2K");
    },
  };
}
