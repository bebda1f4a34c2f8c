// A live blog's update times (flood review 12): each time line set aside as a note heads the
// body paragraphs after it, and is resolved against the page's date, newest first or oldest
// first, across midnight, or by its own date. Places, people and outlets invented.
import { describe, expect, it } from 'vitest';
import { cleanItem } from '../../src/2-clean/index.js';
import { resolveStamps } from '../../src/2-clean/live-updates.js';
import type { RawItem } from '../../src/core/types.js';
import { checkInvariants } from './boilerplate/invariants.js';

const UPDATES = [
  'Ferry crews on the Lorran estuary have stopped all crossings, the port authority said.',
  'Water reached the market square in Hollin Bay overnight, volunteers said.',
  'The coastguard said two fishing boats were missing off Cape Sarn.',
  'Schools in the lower town will stay shut until Monday, the council said.',
];
const INTRO = 'Good morning. We will follow the storm over the Lorran estuary here all day.';

/** A page: an intro, then each time line over one update. */
const page = (times: string[], publishedAt: string): RawItem => ({
  source: 'blog.txt', format: 'text', title: 'Live: storm over the Lorran estuary', publishedAt,
  text: [INTRO, ...times.flatMap((t, i) => [t, UPDATES[i]!])].join('\n\n'),
});

/** Each update's first words with its resolved time. */
function updates(item: RawItem): Array<[string, string]> {
  const r = cleanItem(item);
  if (!r.ok) throw new Error(r.diagnostic.message);
  return (r.draft.updates ?? []).map((u) => [r.draft.text.slice(u.start, u.start + 12), u.at]);
}

describe('cleanItem: a live blog keeps its update times as positions', () => {
  it.each<[string, string[], string, string[]]>([
    ['newest first, same day', ['16:45', '12:30', '09:15', '07:00'], '2026-05-12T07:00:00Z', ['2026-05-12T16:45', '2026-05-12T12:30', '2026-05-12T09:15', '2026-05-12T07:00']],
    ['oldest first, same day', ['07:00', '09:15 GMT', '12:30', '16:45'], '2026-05-12T07:00:00Z', ['2026-05-12T07:00', '2026-05-12T09:15', '2026-05-12T12:30', '2026-05-12T16:45']],
    ['newest first across midnight', ['01:20', '00:05', '23:40', '22:10'], '2026-05-12T22:10:00Z', ['2026-05-13T01:20', '2026-05-13T00:05', '2026-05-12T23:40', '2026-05-12T22:10']],
    ['oldest first across midnight', ['22:10', '23:40', '00:35', '02:00'], '2026-05-12T22:10:00Z', ['2026-05-12T22:10', '2026-05-12T23:40', '2026-05-13T00:35', '2026-05-13T02:00']],
    ['am/pm clocks', ['6.10am', '9.45am', '2.15pm', '7pm'], '2026-05-12T06:10:00Z', ['2026-05-12T06:10', '2026-05-12T09:45', '2026-05-12T14:15', '2026-05-12T19:00']],
    // The page's time is its last update's (21:00): the others are earlier that day, not after it.
    ['page dated by its last update', ['21:00', '14:00', '10:30', '06:10'], '2026-05-12T21:00:00Z', ['2026-05-12T21:00', '2026-05-12T14:00', '2026-05-12T10:30', '2026-05-12T06:10']],
    // A time with its own date uses it; the ones after follow from it.
    ['own date', ['Updated 11 May, 19:40', '22:05', 'Updated 12 May 2026, 08:30', '09:00'], '2026-05-12T09:00:00Z', ['2026-05-11T19:40', '2026-05-11T22:05', '2026-05-12T08:30', '2026-05-12T09:00']],
    // A zone written on the lines: "08:05 BST" is 07:05 UTC.
    ['written zone', ['08:05 BST', '10:20 BST', '13:00 BST', '15:30 BST'], '2026-05-12T07:05:00Z', ['2026-05-12T07:05', '2026-05-12T09:20', '2026-05-12T12:00', '2026-05-12T14:30']],
  ])('%s', (_name, times, publishedAt, expected) => {
    expect(updates(page(times, publishedAt))).toEqual(UPDATES.map((u, i) => [u.slice(0, 12), `${expected[i]}:00.000Z`]));
  });

  it('a page with one time line over its story is no live blog', () => {
    const item: RawItem = { source: 'a.txt', format: 'text', title: 'Storm closes the estuary', publishedAt: '2026-05-12T07:00:00Z', text: [INTRO, '10:00', ...UPDATES].join('\n\n') };
    expect(updates(item)).toEqual([]);
  });

  it.each<[string[], string, string[]]>([
    // No zone written: the first update shows the page's time an hour on (a page of 05:10 UTC, clocks in UTC+1).
    [['08:05', '06:10'], '2026-05-12T05:10:00Z', ['2026-05-12T07:05:00.000Z', '2026-05-12T05:10:00.000Z']],
    // The first update hours after the page's time (an untimed intro): no zone.
    [['18:30', '11:40'], '2026-05-12T06:10:00Z', ['2026-05-12T18:30:00.000Z', '2026-05-12T11:40:00.000Z']],
    // Nothing to resolve against.
    [['18:30', '11:40'], '', [null, null] as unknown as string[]],
  ])('resolveStamps(%j, %s)', (stamps, publishedAt, expected) => expect(resolveStamps(stamps, publishedAt || null)).toEqual(expected));

  it('a page stamp ("Published: …") heads no update', () => {
    const item = page(['16:45', '12:30', '09:15', '07:00'], '2026-05-12T07:00:00Z');
    const r = cleanItem({ ...item, text: `Published: 12 May 2026 07:00\n\n${item.text}` });
    expect(r.ok && r.draft.updates?.length).toBe(4);
  });

  // "<p><b>16:45</b> Ferry crews…</p>" reaches the cleaner as "16:45 Ferry crews…"; a text file's "**16:45**" too.
  it.each<[string, (t: string, u: string) => string]>([
    ['bold time opening the update', (t, u) => `${t} ${u}`],
    ['time and dash', (t, u) => `${t} – ${u}`],
  ])('%s', (_name, join) => {
    const times = ['16:45', '12.30pm', '9.15am', '07:00 GMT'];
    const paragraphs = [INTRO, ...times.map((t, i) => join(t, UPDATES[i]!))];
    const item: RawItem = { source: 'blog.txt', format: 'text', title: 'Live: storm over the Lorran estuary', publishedAt: '2026-05-12T07:00:00Z', text: paragraphs.join('\n\n') };
    expect(updates(item)).toEqual(UPDATES.map((u, i) => [u.slice(0, 12), ['2026-05-12T16:45', '2026-05-12T12:30', '2026-05-12T09:15', '2026-05-12T07:00'][i] + ':00.000Z']));
    checkInvariants(paragraphs);
  });

  it.each([
    // One time heading one paragraph is no live blog; a time inside a sentence heads nothing.
    [['14:20 Ferry crews stopped all crossings, the port authority said.', UPDATES[1]!, UPDATES[2]!]],
    [['At 14:20 the water rose again.', 'At 16:00 the ferries stopped.', UPDATES[2]!]],
    // A timeline of events written after them: no time shows the page's (07:00), so no live blog.
    [['8:15 am – The coastguard receives a call from a trawler off Cape Sarn.', '9:40 am – A lifeboat leaves Hollin Bay.', '11:05 am – Two fishermen are pulled from the water.']],
  ])('keeps %j as it is', (paragraphs) => {
    const r = cleanItem({ source: 'a.txt', format: 'text', title: 'Storm closes the estuary', publishedAt: '2026-05-12T07:00:00Z', text: paragraphs.join('\n\n') });
    expect(r.ok && [r.draft.text, r.draft.updates]).toEqual([paragraphs.join('\n\n'), undefined]);
  });
});
