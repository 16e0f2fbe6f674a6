import { describe, expect, it } from 'vitest';
import { autoAnswerHint, type AutoAnswerHeaders } from './auto-answer-hint';

describe('autoAnswerHint', () => {
  const cases: [string, AutoAnswerHeaders, number | undefined][] = [
    ['no headers', {}, undefined],
    ['Call-Info answer-after=0', { callInfo: ['<sip:pbx.example.com>;answer-after=0'] }, 0],
    ['Call-Info answer-after=5', { callInfo: ['<sip:pbx>;answer-after=5'] }, 5],
    ['Call-Info, case and spaces', { callInfo: ['<sip:x> ; Answer-After = 2'] }, 2],
    [
      'Call-Info second entry',
      { callInfo: ['<http://a/p.png>;purpose=icon, <sip:x>;answer-after=3'] },
      3,
    ],
    ['Call-Info icon only', { callInfo: ['<http://a/p.png>;purpose=icon'] }, undefined],
    ['Call-Info a comma inside the URI', { callInfo: ['<sip:a,b@x>;answer-after=1'] }, 1],
    ['Alert-Info alert-autoanswer', { alertInfo: ['<http://x>;info=alert-autoanswer'] }, 0],
    ['Alert-Info with delay', { alertInfo: ['<http://x>;info=alert-autoanswer;delay=4'] }, 4],
    ['Alert-Info intercom', { alertInfo: ['<http://x>;info=intercom'] }, 0],
    ['Alert-Info bare info', { alertInfo: ['info=alert-autoanswer'] }, 0],
    ['Alert-Info Ring Answer', { alertInfo: ['Ring Answer'] }, 0],
    ['Alert-Info a ring tone', { alertInfo: ['<http://x/bellcore-dr2>'] }, undefined],
    ['Alert-Info another info', { alertInfo: ['<http://x>;info=ring2'] }, undefined],
    ['Answer-Mode Auto', { answerMode: ['Auto'] }, 0],
    ['Answer-Mode Manual', { answerMode: ['Manual'] }, undefined],
    [
      'the smallest of several',
      { callInfo: ['<sip:x>;answer-after=9'], answerMode: ['Auto;require'] },
      0,
    ],
    // Malformed: never an auto-answer.
    ['answer-after empty', { callInfo: ['<sip:x>;answer-after='] }, undefined],
    ['answer-after negative', { callInfo: ['<sip:x>;answer-after=-1'] }, undefined],
    ['answer-after not a number', { callInfo: ['<sip:x>;answer-after=soon'] }, undefined],
    ['answer-after fraction', { callInfo: ['<sip:x>;answer-after=1.5'] }, undefined],
    ['answer-after too long', { callInfo: ['<sip:x>;answer-after=3600'] }, undefined],
    ['answer-after inside an unclosed URI', { callInfo: ['<sip:x;answer-after=0'] }, undefined],
    ['answer-after inside the URI', { callInfo: ['<sip:x;answer-after=0>'] }, undefined],
    [
      'Alert-Info delay garbage',
      { alertInfo: ['<http://x>;info=alert-autoanswer;delay=x'] },
      undefined,
    ],
    ['Alert-Info unclosed', { alertInfo: ['<http://x;info=alert-autoanswer'] }, undefined],
    ['empty strings', { callInfo: [''], alertInfo: [' , '], answerMode: [''] }, undefined],
  ];
  it.each(cases)('%s', (_name, headers, expected) => {
    expect(autoAnswerHint(headers)).toBe(expected);
  });
});
