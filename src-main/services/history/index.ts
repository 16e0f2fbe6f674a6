export { nodeFileSystem, type DataFileSystem } from '../fs/data-files';
export { HistoryIndex, type ResolvedHistoryQuery } from './history-index';
export { formatHistoryLine, parseHistoryLines, type ParsedHistory } from './history-lines';
export {
  HistoryError,
  HistoryStore,
  type HistoryLoadReport,
  type HistoryStoreOptions,
  type Logger,
} from './history-store';
