import { describe, expect, it } from 'vitest';
import type { ActivityEntry, ControlEntry } from '@/lib/situation';
import { situationLabels } from '@/lib/vocabulary';
import { WORDS } from '../helpers/messages';

const when = { date: '2022-06-30', approximate: false };
const fields = { describes: when, reported: when, report: { id: 'r', places: ['p'], describes: when, reported: when, assertions: [] } };
const control = (basis: ControlEntry['basis']): ControlEntry => ({ control: 'russian', basis, according_to: 'Russian media', ...fields });
const activity = (basis: ActivityEntry['basis']): ActivityEntry => ({ activity: 'under-attack', basis, according_to: 'Sky News', ...fields });

describe('situationLabels', () => {
  it('puts control first, then each activity, and names who makes a claim', () => {
    expect(situationLabels(WORDS.en.t, { control: control('claimed'), activities: [activity('observed')] })).toEqual([
      'Russian control (claimed by Russian media)',
      'Under attack',
    ]);
    expect(situationLabels(WORDS.en.t, { control: control('reported'), activities: [activity('claimed')] })).toEqual([
      'Russian control',
      'Under attack (claimed by Sky News)',
    ]);
  });

  it('says when control is not reported', () => {
    expect(situationLabels(WORDS.en.t, { activities: [] })).toEqual(['Control not reported']);
  });

  it('speaks Ukrainian from the Ukrainian catalogue, the claimant named as given', () => {
    expect(situationLabels(WORDS.uk.t, { control: control('claimed'), activities: [activity('observed')] })).toEqual([
      'Під контролем Росії (заявляє Russian media)',
      'Під атакою',
    ]);
  });
});
