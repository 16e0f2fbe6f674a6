/**
 * The call-history export (a CSV call-detail report), shared by main (desktop) and the web
 * bridge (browser): the same rows, columns and file name in both builds.
 */
export {
  CDR_COLUMNS,
  cdrCsv,
  cdrDuration,
  cdrFileName,
  cdrRow,
  lineLookup,
  localDate,
  localTime,
  type LineIdentity,
  type LineLookup,
} from './cdr-csv';
export { collectFiltered } from './collect';
