import { describe, expect, it } from 'vitest';
import type { Appraisal, Objective } from '../../../shared/appraisal/appraisal';
import {
  carryForward,
  copyOf,
  previousObjectivesFrom,
  setPreviousObjectiveComment,
  setPreviousObjectiveStatus,
  undoCarryForward,
} from '../../../shared/appraisal/carryOver';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { emptyDraft } from './appraisalFixture';

const rota: Objective = {
  id: 'prev-rota',
  what: 'Plan the night rota four weeks ahead.',
  measure: 'Rota published by the 1st of each month.',
  targetDate: '2025-12-31',
  support: 'Time with the deputy manager.',
  carriedFromId: null,
};
const moving: Objective = {
  id: 'prev-moving',
  what: 'Complete moving-and-handling train-the-trainer.',
  measure: 'Certificate on file.',
  targetDate: '2025-10-31',
  support: '',
  carriedFromId: null,
};
const previous: Appraisal = completeAppraisal({
  id: 'previous',
  status: 'signed',
  objectives: [rota, moving],
});

function draft(): Appraisal {
  return emptyDraft({ previous });
}

function changed(result: ReturnType<typeof undoCarryForward>): Appraisal {
  if (result.outcome !== 'changed') throw new Error(`expected a change, got: ${result.reason}`);
  return result.appraisal;
}

describe('previous objectives', () => {
  it('are copied from the previous appraisal, each still to be given a status', () => {
    expect(previousObjectivesFrom(previous)).toEqual([
      { objective: rota, status: null, comment: '' },
      { objective: moving, status: null, comment: '' },
    ]);
    expect(previousObjectivesFrom(null)).toEqual([]);
  });

  it('are not new objectives until carried forward explicitly', () => {
    expect(draft().objectives).toEqual([]);
  });

  it('carrying forward sets the status and adds a copy with a new id, no target date and a link back', () => {
    const result = carryForward(draft(), 'prev-rota', 'new-1');
    expect(result.previousObjectives.map((r) => r.status)).toEqual(['carried-forward', null]);
    expect(result.objectives).toEqual([
      {
        id: 'new-1',
        what: rota.what,
        measure: rota.measure,
        targetDate: '',
        support: rota.support,
        carriedFromId: 'prev-rota',
      },
    ]);
  });

  it('carrying forward twice adds only one copy', () => {
    const once = carryForward(draft(), 'prev-rota', 'new-1');
    const twice = carryForward(once, 'prev-rota', 'new-2');
    expect(twice.objectives.map((o) => o.id)).toEqual(['new-1']);
  });

  it('does nothing for an objective that is not in the review', () => {
    const start = draft();
    expect(carryForward(start, 'no-such-objective', 'new-1')).toBe(start);
  });

  it('any other status copies nothing', () => {
    let appraisal = draft();
    for (const status of ['met', 'partly-met', 'not-met', 'dropped'] as const) {
      appraisal = changed(setPreviousObjectiveStatus(appraisal, 'prev-moving', status));
      expect(appraisal.previousObjectives[1]?.status).toBe(status);
      expect(appraisal.objectives).toEqual([]);
    }
  });

  it('keeps a comment without touching the status', () => {
    const appraisal = setPreviousObjectiveComment(draft(), 'prev-rota', 'Rota was late twice in winter.');
    expect(appraisal.previousObjectives[0]).toMatchObject({
      status: null,
      comment: 'Rota was late twice in winter.',
    });
  });
});

describe('undoing carry forward', () => {
  it('clears the status and removes the copy while it is unchanged', () => {
    const carried = carryForward(draft(), 'prev-rota', 'new-1');
    const undone = changed(undoCarryForward(carried, 'prev-rota'));
    expect(undone.previousObjectives[0]?.status).toBeNull();
    expect(undone.objectives).toEqual([]);
  });

  it('keeps other new objectives', () => {
    const own: Objective = { ...moving, id: 'own', carriedFromId: null };
    const carried = carryForward({ ...draft(), objectives: [own] }, 'prev-rota', 'new-1');
    expect(changed(undoCarryForward(carried, 'prev-rota')).objectives).toEqual([own]);
  });

  it('is refused once the copy has been edited, and nothing changes', () => {
    const carried = carryForward(draft(), 'prev-rota', 'new-1');
    const edited: Appraisal = {
      ...carried,
      objectives: carried.objectives.map((o) => ({ ...o, targetDate: '2026-09-30' })),
    };
    const result = undoCarryForward(edited, 'prev-rota');
    expect(result.outcome).toBe('refused');
    expect(result.appraisal).toBe(edited);
    if (result.outcome === 'refused')
      expect(result.reason).toMatch(/first remove the copy from New objectives/);
  });

  it('still clears the status when the copy was already removed by hand', () => {
    const carried = carryForward(draft(), 'prev-rota', 'new-1');
    const removed = { ...carried, objectives: [] };
    expect(changed(undoCarryForward(removed, 'prev-rota')).previousObjectives[0]?.status).toBeNull();
  });

  it('choosing another status after carrying forward removes an unchanged copy', () => {
    const carried = carryForward(draft(), 'prev-rota', 'new-1');
    const dropped = changed(setPreviousObjectiveStatus(carried, 'prev-rota', 'dropped'));
    expect(dropped.previousObjectives[0]?.status).toBe('dropped');
    expect(copyOf(dropped, 'prev-rota')).toBeUndefined();
  });

  it('choosing another status is refused while an edited copy exists', () => {
    const carried = carryForward(draft(), 'prev-rota', 'new-1');
    const edited = {
      ...carried,
      objectives: carried.objectives.map((o) => ({ ...o, what: `${o.what} Weekly.` })),
    };
    const result = setPreviousObjectiveStatus(edited, 'prev-rota', 'met');
    expect(result.outcome).toBe('refused');
    expect(result.appraisal.previousObjectives[0]?.status).toBe('carried-forward');
  });

  it('is refused for an objective that is not in the review', () => {
    expect(undoCarryForward(draft(), 'no-such-objective').outcome).toBe('refused');
  });
});
