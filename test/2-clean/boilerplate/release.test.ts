import { describe, expect, it } from 'vitest';
import { separateBoilerplate } from '../../../src/2-clean/boilerplate/index.js';
import { cleanItem } from '../../../src/2-clean/index.js';
import { readContent } from '../../../src/1-ingest/read/index.js';
import { checkInvariants } from './invariants.js';

// Review G finding 14: a press release's labels and closing sections (the same in every release of
// the company) are notes, not body. Invented company and text.
const LEAD = 'Pellard Shipping Ltd today reported a 6% fall in first-half revenue and said it would close its Osterby depot.';
const QUOTE = '“This was a hard decision,” said chief executive Mira Tasso.';
const ABOUT = 'Founded in 1921 and headquartered in Dunmore, Pellard Shipping employs 4,200 people in six countries.';

describe('press-release furniture', () => {
  it.each<[string, string[], string[]]>([
    // Labels and a placed timestamp above the release.
    ['labels on top', ['Press release · Regulated information', LEAD, QUOTE], ['Press release · Regulated information']],
    ['immediate release', ['FOR IMMEDIATE RELEASE', LEAD, QUOTE], ['FOR IMMEDIATE RELEASE']],
    ['placed timestamp', ['Dunmore, 4 May 2026, 08:00 CET', LEAD, QUOTE], ['Dunmore, 4 May 2026, 08:00 CET']],
    // The closing sections, whatever follows the heading.
    ['about heading', [LEAD, QUOTE, 'About Pellard Shipping', ABOUT, 'Media contact: Ivo Brandt, press@pellard.example'], ['About Pellard Shipping', ABOUT, 'Media contact: Ivo Brandt, press@pellard.example']],
    ['inline about', [LEAD, QUOTE, `About Pellard Shipping Ltd: ${ABOUT}`], [`About Pellard Shipping Ltd: ${ABOUT}`]],
    ['forward-looking', [LEAD, QUOTE, 'Forward-looking statements', 'Some statements in this release concern future events and are subject to risks.'], ['Forward-looking statements', 'Some statements in this release concern future events and are subject to risks.']],
    ['unheaded forward-looking', [LEAD, QUOTE, 'This press release contains forward-looking statements that involve risks.'], ['This press release contains forward-looking statements that involve risks.']],
    ['contact line alone', [LEAD, QUOTE, 'For more information, please contact Ivo Brandt on 555 0100.'], ['For more information, please contact Ivo Brandt on 555 0100.']],
    ['market footer', [LEAD, QUOTE, 'Market data delayed by 15 minutes. This article is not investment advice.'], ['Market data delayed by 15 minutes. This article is not investment advice.']],
  ])('%s', (_name, paragraphs, notes) => {
    const r = separateBoilerplate(paragraphs);
    expect(r.boilerplate.notes).toEqual(notes);
    expect(r.paragraphs).toEqual(paragraphs.filter((p) => !notes.includes(p)));
    checkInvariants(paragraphs);
  });

  it.each<[string, string[]]>([
    // "About" as a quantity, a subheading over prose, a label mid-story, a contact named in reporting.
    ['about a quantity', [LEAD, QUOTE, 'About 300 dockers will be offered early retirement.', 'The depot closes in June.']],
    ['about subheading', [LEAD, QUOTE, 'About Osterby', 'The depot opened in 1950 and was the town’s biggest employer.', 'Its closure leaves 300 jobs at risk.']],
    ['press release in prose', [LEAD, 'A press release issued on Monday gave no figures.', QUOTE]],
    ['contacts in prose', [LEAD, QUOTE, 'Contacts between the company and the union broke down on Friday.']],
  ])('keeps the body: %s', (_name, paragraphs) => {
    const r = separateBoilerplate(paragraphs);
    expect(r.paragraphs).toEqual(paragraphs);
  });

  it('cleans an HTML release down to its news', () => {
    const html = `<html><head><title>Pellard reports first-half results</title></head><body><article>
<p class="kicker">Press release</p><h1>Pellard reports first-half results</h1><p>Dunmore, 4 May 2026, 08:00 CET</p>
<p>${LEAD}</p><p>${QUOTE}</p><h2>About Pellard Shipping</h2><p>${ABOUT}</p>
<p>Media contact: Ivo Brandt, Head of Communications, press@pellard.example</p></article></body></html>`;
    const r = cleanItem(readContent('pr.html', html, 'html').items[0]!);
    expect(r.ok && r.draft.text).toBe(`${LEAD}\n\n${QUOTE}`);
  });
});
