/** A source of audio in the local mix: our microphone or the far end of one conference leg. */
export type MixSource = { kind: 'microphone' } | { kind: 'leg'; id: string };

/**
 * Pure: what each conference leg must be sent. Every party hears us and every other party,
 * never itself (that would be an echo of its own voice, delayed by two network hops).
 */
export function planConference(legIds: readonly string[]): Map<string, MixSource[]> {
  const unique = [...new Set(legIds)];
  return new Map(
    unique.map((id) => [
      id,
      [
        { kind: 'microphone' } as MixSource,
        ...unique
          .filter((other) => other !== id)
          .map((other) => ({ kind: 'leg', id: other }) as MixSource),
      ],
    ]),
  );
}
