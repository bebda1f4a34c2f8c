import { describe, expect, it } from 'vitest';
import { separateBoilerplate } from '../../../src/2-clean/boilerplate/index.js';
import { checkInvariants } from './invariants.js';

const BODY = 'Israeli strikes hit the port on Tuesday, officials said, as talks stalled in Cairo.';
const MORE = 'Talks are due to resume on Friday, according to the mediators.';
type Kind = 'related' | 'notes';

describe('related links and promotions', () => {
  const table: [string, Kind][] = [
    ['Read more: Ceasefire talks stall in Cairo', 'related'],
    ['READ MORE: Ceasefire talks stall in Cairo', 'related'],
    ['Read more', 'related'],
    ['Related: Port strike enters third week', 'related'],
    ['RELATED', 'related'],
    ['Also read: Port strike enters third week', 'related'],
    ['See also: Port strike enters third week', 'related'],
    ['Recommended: Port strike enters third week', 'related'],
    ['Recommended', 'related'],
    ['More on this story', 'related'],
    ['Watch: Rescuers pull survivors from rubble', 'related'],
    ['Click here to read the full report', 'related'],
    ['Click here for live updates', 'related'],
    ['You may also like', 'related'],
    ['Advertisement', 'notes'],
    ['ADVERTISEMENT', 'notes'],
    ['Story continues below advertisement', 'notes'],
    ['Share this article', 'notes'],
    ['Follow us on Twitter and Facebook', 'notes'],
    ['Follow The Daily Ledger on Instagram', 'notes'],
    ['Sign up for our newsletter', 'notes'],
    ['Sign up for our daily briefing and get the news in your inbox', 'notes'],
    ['Subscribe to our YouTube channel', 'notes'],
    ['Get the latest headlines in your inbox', 'notes'],
    ['Download our app for breaking news alerts', 'notes'],
    ['This article was originally published by The Conversation.', 'notes'],
    ['This story first appeared in the Daily Ledger.', 'notes'],
    ['A version of this article appeared in print on March 18, 2025.', 'notes'],
    ['Copyright 2025 Meridian Press', 'notes'],
    ['© 2025 Meridian Press. All rights reserved.', 'notes'],
    ['All rights reserved.', 'notes'],
    ["Editor's note: This story has been updated with new figures.", 'notes'],
    ['Correction: An earlier version misstated the date of the strike.', 'notes'],
    ['5 min read', 'notes'],
    // A bar of page furniture (trial review 12: it stayed in a tabloid's body, "crime" a loaded word).
    ['SHARE THIS STORY | Follow us for more crime news', 'notes'],
    ['Share · Print · Email', 'notes'],
    ['Follow us for the latest from Tessel', 'notes'],
    // Correction notes restate what was said (trial review 2: the note's "14 years" read as the story's).
    ['Correction: An earlier version of this story said the Marlow bridge had 40 spans. It has 14.', 'notes'],
    ['Clarification (4 June): A previous version said the vote in Tessel was held on Tuesday.', 'notes'],
    ['An earlier version of this article said the mayor was fined 40,000 dalers. He was fined 4,000 dalers.', 'notes'],
    ['This article was amended on 4 June to correct the length of the sentence, which a court spokesman said was nine years.', 'notes'],
  ];
  it.each(table)('%s -> %s', (line, kind) => {
    const r = separateBoilerplate([BODY, line, MORE]);
    expect(r.boilerplate[kind]).toEqual([line]);
    expect(r.paragraphs).toEqual([BODY, MORE]);
    checkInvariants([BODY, line, MORE]);
  });

  it("sets a live blog's update times apart, deep inside the body too", () => {
    const updates = ['Rescuers reached the east bank at dawn, the agency said.', 'The river peaked overnight, engineers said.', 'Two more bridges were closed, police said.', 'Schools will stay shut until Monday, the council said.'];
    const page = [BODY, MORE, '14:20', updates[0]!, '11:40 GMT', updates[1]!, '8.05am', updates[2]!, updates[3]!, BODY, MORE];
    const r = separateBoilerplate(page);
    expect(r.boilerplate.notes).toEqual(['14:20', '11:40 GMT', '8.05am']);
    expect(r.paragraphs).toEqual([BODY, MORE, ...updates, BODY, MORE]);
    checkInvariants(page);
  });

  it('keeps a sentence that gives a time in the body', () => {
    for (const line of ['The rally began at 14:20, police said.', 'At 2.15pm the water rose again.']) expect(separateBoilerplate([BODY, line, MORE, MORE]).paragraphs).toContain(line);
  });

  it('takes headlines listed under a related label as related', () => {
    const r = separateBoilerplate([BODY, MORE, 'More on this story', 'Port strike enters third week', 'Ceasefire talks stall in Cairo', 'The strike ended on Friday, officials said.']);
    expect(r.boilerplate.related).toEqual(['More on this story', 'Port strike enters third week', 'Ceasefire talks stall in Cairo']);
    expect(r.paragraphs).toEqual([BODY, MORE, 'The strike ended on Friday, officials said.']);
  });
});

describe('related and promo cues inside ordinary sentences stay in the body', () => {
  it.each([
    'Read more about the plan in the ministry report, officials said.',
    'Related talks in Doha made little progress.',
    'Millions subscribe to the service, the company said.',
    'Subscribers to the service complained that prices rose by 20% last year.',
    'Sign up for the draft was low, officials said.',
    'Follow-up talks are planned for Friday.',
    'Share prices fell 3% on Tuesday.',
    'Advertisement revenue fell sharply last year, the company said.',
    'Copyright law reform was debated in parliament on Tuesday.',
    '© symbols were everywhere.',
    'All rights reserved, he joked.',
    'The Copyright Office rejected the claim.',
    'The article was published on Tuesday and quickly withdrawn, the editor said.',
    'Watch: He said the deal was done.',
    'Recommended doses were halved after the trial.',
    'See also the ministry statement issued on Monday, which said nothing new.',
    'Click',
    'Correction officers were deployed to the prison.',
    'Correction officers said the inmates were moved on Tuesday.',
    'Share prices fell | bonds rose on Tuesday.',
    'Follow us for more, the mayor told the crowd in Tessel.',
    'An earlier version of the bill said nothing about fines, lawmakers said.',
    'Print media have struggled for years.',
  ])('%s', (line) => {
    const r = separateBoilerplate([BODY, line, MORE]);
    expect(r.paragraphs).toEqual([BODY, line, MORE]);
  });
});

describe('desk notes', () => {
  const table: [string, string[]][] = [
    ['(Reporting by Jane Roe; Editing by John Doe)', []],
    ['(Reporting by Jane Roe in Gaza; Writing by John Doe; Editing by Ann Lee and Tom Poe)', []],
    ['(Reporting by Jane Roe in Gaza and John Doe in Cairo; Additional reporting by Ann Lee)', []],
    ['Reporting by Jane Roe; Editing by John Doe', []],
    ['Editing by John Doe', []],
    ['Additional reporting by Ann Lee in Cairo', []],
    ['Compiled by Jane Roe', []],
    ['Compiled by our Gaza desk', []],
    ['With AFP', ['AFP']],
    ['— With AFP', ['AFP']],
    ['With AFP and Reuters', ['AFP', 'Reuters']],
    ['— With reporting from AP', ['AP']],
    ['With reporting by Jane Roe', []],
    ['With agency reports', []],
    ['With inputs from agencies', []],
    ['With inputs from PTI', ['PTI']],
    ['AFP contributed to this report.', ['AFP']],
    ['The Associated Press contributed to this report.', ['AP']],
    ['Associated Press writer Jane Roe in Cairo contributed to this report.', ['AP']],
    ['This story was compiled by our world desk with agency reports.', []],
    ['(Reuters)', ['Reuters']],
    ['(AFP)', ['AFP']],
    ['— Reuters', ['Reuters']],
    ['AFP', ['AFP']],
  ];
  it.each(table)('%s', (line, agencies) => {
    const r = separateBoilerplate([BODY, MORE, line]);
    expect(r.boilerplate.notes).toEqual([line]);
    expect(r.paragraphs).toEqual([BODY, MORE]);
    expect(r.agencies).toEqual(agencies);
    checkInvariants([BODY, MORE, line]);
  });

  it.each([
    'Reporting by the ministry showed exports fell by 5% in March.',
    'Editing by hand is slow, the archivist said.',
    'Additional reporting by the ministry is expected next week.',
    'With AFP reporting that talks had failed, markets fell.',
    'Compiled by the UN refugee agency, the report shows 1 million displaced.',
    'This report was compiled by the UN refugee agency.',
    'Many factors contributed.',
    'With Reuters and AFP both reporting the strike, the ministry confirmed it on Tuesday.',
    '(The ministry did not respond to a request for comment.)',
  ])('keeps %s in the body', (line) => {
    const r = separateBoilerplate([BODY, MORE, line]);
    expect(r.paragraphs).toEqual([BODY, MORE, line]);
    expect(r.boilerplate.notes).toEqual([]);
  });
});

describe('footer outlet hint', () => {
  it.each([
    ['© 2025 Meridian Press. All rights reserved.', 'Meridian Press'],
    ['Copyright 2025 Meridian Press', 'Meridian Press'],
    ['Copyright © 2025 The Daily Ledger Ltd. All rights reserved.', 'The Daily Ledger'],
    ['© Meridian Press 2025', 'Meridian Press'],
    ['(c) 2024-2025 Riverland Broadcasting Corporation', 'Riverland Broadcasting'],
    ['Copyright 2025 The Associated Press. All rights reserved. This material may not be published.', 'AP'],
  ])('%s -> %s', (line, outlet) => {
    const r = separateBoilerplate([BODY, line]);
    expect(r.outletHint).toEqual({ outlet, from: 'footer' });
  });

  it('gives no hint for a footer naming no outlet', () => {
    expect(separateBoilerplate([BODY, 'All rights reserved.']).outletHint).toBeNull();
  });
});
