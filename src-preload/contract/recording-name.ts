import type { RecordingMimeType } from './recordings';

/** What a recording's file name is made of. */
export interface RecordingNameParts {
  /** When the recording started (epoch ms); written in the computer's local time. */
  startedAt: number;
  line: string;
  number: string;
  mimeType: RecordingMimeType;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * Keeps what is safe in a file name on Windows, macOS and Linux: letters and digits of any script,
 * `+`, `-`, `.`, `_`, `@`; everything else (slashes, `..`, control, bidi and reserved characters)
 * becomes `-`. Never empty, at most 40 characters, no leading or trailing dot or dash.
 */
export function fileNamePart(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}+._@-]+/gu, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 40)
    .replace(/[.-]+$/g, '');
  return cleaned || fallback;
}

/**
 * Pure: `2026-12-02_11-40-05_Line-1005_+4930123456.webm` — date and time, line and number,
 * each sanitised (fileNamePart), the extension from the container.
 */
export function recordingFileName(parts: RecordingNameParts): string {
  const at = new Date(parts.startedAt);
  const date = `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}-${pad(at.getMinutes())}-${pad(at.getSeconds())}`;
  const extension = parts.mimeType.startsWith('audio/ogg') ? 'ogg' : 'webm';
  return `${date}_${time}_${fileNamePart(parts.line, 'line')}_${fileNamePart(parts.number, 'unknown')}.${extension}`;
}
