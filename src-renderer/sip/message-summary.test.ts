import { describe, expect, it } from 'vitest';
import { parseMessageSummary } from './message-summary';

describe('parseMessageSummary', () => {
  it.each([
    [
      'RFC 3842 example',
      'Messages-Waiting: yes\r\nMessage-Account: sip:alice@vmail.example.com\r\nVoice-Message: 2/8 (0/2)\r\n',
      { waiting: true, newCount: 2, oldCount: 8 },
    ],
    [
      'LF line ends, no urgent part',
      'Messages-Waiting: yes\nVoice-Message: 3/1\n',
      { waiting: true, newCount: 3, oldCount: 1 },
    ],
    [
      'no messages',
      'Messages-Waiting: no\r\nVoice-Message: 0/0 (0/0)\r\n',
      { waiting: false, newCount: 0, oldCount: 0 },
    ],
    [
      'waiting without counts',
      'Messages-Waiting: yes\r\n',
      { waiting: true, newCount: 0, oldCount: 0 },
    ],
    [
      'case-insensitive names and values',
      'messages-waiting: YES\r\nvoice-message: 1/0\r\n',
      { waiting: true, newCount: 1, oldCount: 0 },
    ],
    [
      'fax counts ignored',
      'Messages-Waiting: yes\r\nFax-Message: 4/4\r\nVoice-Message: 1/2\r\n',
      { waiting: true, newCount: 1, oldCount: 2 },
    ],
    [
      'spaces around the slash',
      'Messages-Waiting: yes\r\nVoice-Message: 5 / 6\r\n',
      { waiting: true, newCount: 5, oldCount: 6 },
    ],
  ])('%s', (_name, body, summary) => {
    expect(parseMessageSummary(body)).toEqual({ ok: true, summary });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['empty', ''],
    ['blank lines only', '\r\n\r\n'],
    ['no Messages-Waiting', 'Voice-Message: 3/0\r\n'],
    ['Messages-Waiting not yes/no', 'Messages-Waiting: maybe\r\n'],
    ['Messages-Waiting twice', 'Messages-Waiting: yes\r\nMessages-Waiting: no\r\n'],
    ['negative count', 'Messages-Waiting: yes\r\nVoice-Message: -1/0\r\n'],
    ['letters as counts', 'Messages-Waiting: yes\r\nVoice-Message: three/none\r\n'],
    ['one count only', 'Messages-Waiting: yes\r\nVoice-Message: 3\r\n'],
    ['absurd count', 'Messages-Waiting: yes\r\nVoice-Message: 123456789/0\r\n'],
    ['trailing garbage', 'Messages-Waiting: yes\r\nVoice-Message: 1/0 <script>\r\n'],
    ['not a header line', 'Messages-Waiting: yes\r\nhello world\r\n'],
    ['XML instead', '<?xml version="1.0"?><dialog-info/>'],
    ['huge body', `Messages-Waiting: yes\r\n${'X-Pad: a\r\n'.repeat(2000)}`],
  ])('rejects %s', (_name, body) => {
    const result = parseMessageSummary(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/\S/);
  });
});
