export { nodeFileSystem, type HistoryFileSystem } from './file-system';
export { HistoryIndex, type ResolvedHistoryQuery } from './history-index';
export { formatHistoryLine, parseHistoryLines, type ParsedHistory } from './history-lines';
export {
  HistoryError,
  HistoryStore,
  type HistoryLoadReport,
  type HistoryStoreOptions,
  type Logger,
} from './history-store';
