import { describe, expect, it } from 'vitest';
import { planConference } from './conference-plan';

describe('planConference', () => {
  it('sends each party our microphone and the other party, never itself', () => {
    expect(Object.fromEntries(planConference(['b', 'c']))).toEqual({
      b: [{ kind: 'microphone' }, { kind: 'leg', id: 'c' }],
      c: [{ kind: 'microphone' }, { kind: 'leg', id: 'b' }],
    });
  });

  it('scales to more legs: everyone hears everyone else', () => {
    const plan = planConference(['b', 'c', 'd']);
    for (const [id, sources] of plan) {
      expect(sources).toHaveLength(3);
      expect(sources).not.toContainEqual({ kind: 'leg', id });
      expect(sources[0]).toEqual({ kind: 'microphone' });
    }
  });

  it('plans nothing to mix for a lone leg or duplicates', () => {
    expect(Object.fromEntries(planConference(['b']))).toEqual({ b: [{ kind: 'microphone' }] });
    expect(planConference(['b', 'b', 'c']).size).toBe(2);
    expect(planConference([]).size).toBe(0);
  });
});
