import { describe, expect, it } from 'vitest';
import { classifyRegistrationFailure } from './registration-status';

describe('classifyRegistrationFailure', () => {
  it.each([
    ['Authentication Error', 401, 'wrong-password'],
    ['Authentication Error', undefined, 'wrong-password'],
    ['Rejected', 403, 'forbidden'],
    ['Not Found', 404, 'not-found'],
    ['Request Timeout', undefined, 'timeout'],
    ['SIP Failure Code', 408, 'timeout'],
    ['Connection Error', undefined, 'unreachable'],
    ['SIP Failure Code', 503, 'server-unavailable'],
    ['Unavailable', 480, 'server-unavailable'],
    ['SIP Failure Code', 488, 'rejected'],
  ] as const)('%s / %s -> %s', (cause, code, problem) => {
    expect(classifyRegistrationFailure(cause, code)).toBe(problem);
  });
});
