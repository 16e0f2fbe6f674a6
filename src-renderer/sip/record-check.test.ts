import { describe, expect, it } from 'vitest';
import {
  canPlayAgain,
  canRecord,
  nextPhase,
  type RecordEvent,
  type RecordPhase,
} from './record-check';

const run = (events: RecordEvent[], from: RecordPhase = 'idle') =>
  events.reduce<RecordPhase>(nextPhase, from);

describe('the record-and-play-back loop', () => {
  it.each<[string, RecordEvent[], RecordPhase]>([
    ['records, then plays back by itself', ['record', 'recorded'], 'playing'],
    ['ends played, ready to play again', ['record', 'recorded', 'ended'], 'played'],
    ['plays again', ['record', 'recorded', 'ended', 'play-again'], 'playing'],
    ['records anew after playing', ['record', 'recorded', 'ended', 'record'], 'recording'],
    ['records anew while playing back', ['record', 'recorded', 'record'], 'recording'],
    ['says so when nothing was recorded', ['record', 'nothing-recorded'], 'empty'],
    ['may try again after nothing', ['record', 'nothing-recorded', 'record'], 'recording'],
    ['fails while recording', ['record', 'failed'], 'failed'],
    ['fails on playback', ['record', 'recorded', 'failed'], 'failed'],
    ['may try again after a failure', ['record', 'failed', 'record'], 'recording'],
    ['resets from anywhere', ['record', 'recorded', 'reset'], 'idle'],
  ])('%s', (_, events, phase) => {
    expect(run(events)).toBe(phase);
  });

  it.each<[RecordPhase, RecordEvent]>([
    ['idle', 'recorded'],
    ['idle', 'ended'],
    ['idle', 'play-again'],
    ['recording', 'record'],
    ['recording', 'play-again'],
    ['recording', 'ended'],
    ['playing', 'play-again'],
    ['played', 'ended'],
    ['played', 'recorded'],
    ['empty', 'play-again'],
    ['failed', 'ended'],
  ])('ignores a stray event: %s + %s', (phase, event) => {
    expect(nextPhase(phase, event)).toBe(phase);
  });

  it.each<[RecordPhase, boolean, boolean]>([
    ['idle', true, false],
    ['recording', false, false],
    ['playing', true, false],
    ['played', true, true],
    ['empty', true, false],
    ['failed', true, false],
  ])('%s: may record %s, may play again %s', (phase, record, again) => {
    expect(canRecord(phase)).toBe(record);
    expect(canPlayAgain(phase)).toBe(again);
  });
});
