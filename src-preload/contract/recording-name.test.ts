import { describe, expect, it } from 'vitest';
import { fileNamePart, recordingFileName } from './recording-name';

const at = new Date(2026, 0, 5, 9, 3, 7).getTime();

describe('recordingFileName', () => {
  it.each([
    [
      'Line 1005',
      '+49 30 123456',
      'audio/webm;codecs=opus',
      '2026-01-05_09-03-07_Line-1005_+49-30-123456.webm',
    ],
    ['Support', '1002', 'audio/ogg;codecs=opus', '2026-01-05_09-03-07_Support_1002.ogg'],
    ['../../etc', '../passwd', 'audio/webm;codecs=opus', '2026-01-05_09-03-07_etc_passwd.webm'],
    [
      'Büro Köln',
      'alice@pbx.example.com',
      'audio/webm;codecs=opus',
      '2026-01-05_09-03-07_Büro-Köln_alice@pbx.example.com.webm',
    ],
    [
      'C:\\Windows',
      'a<b>c:d"e|f?g*h',
      'audio/webm;codecs=opus',
      '2026-01-05_09-03-07_C-Windows_a-b-c-d-e-f-g-h.webm',
    ],
    ['', '', 'audio/webm;codecs=opus', '2026-01-05_09-03-07_line_unknown.webm'],
  ] as const)('%s / %s', (line, number, mimeType, expected) => {
    expect(recordingFileName({ startedAt: at, line, number, mimeType })).toBe(expected);
  });

  it('drops control, bidi and invisible characters and caps the length', () => {
    expect(fileNamePart('ab\u202Ecd\u0000ef\u200B', 'x')).toBe('ab-cd-ef');
    expect(fileNamePart('9'.repeat(100), 'x')).toHaveLength(40);
    expect(fileNamePart('...', 'fallback')).toBe('fallback');
  });
});
