/** What tests/bench/page/history-probe.ts records: durations in ms, from the page's own clock. */
export interface HistoryProbe {
  samples: {
    /** History tab click → the list drawn. */
    open: number[];
    /** Search calls edit → the list redrawn, less the view's debounce. */
    search: number[];
  };
}
