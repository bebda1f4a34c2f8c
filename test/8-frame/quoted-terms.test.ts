// A speaker's words in a quotation are the speaker's framing, not the outlet's (protest review 3):
// an opposition paper quoting a minister's "rioters" does not call the demonstrators rioters.
import { describe, expect, it } from 'vitest';
import { frameArticles, type FrameArticle } from '../../src/8-frame/index.js';
import { loadedLexicon } from '../../src/8-frame/model/loaded.js';

const frame = (articles: FrameArticle[]) => frameArticles(articles, { loadedLexicon: loadedLexicon({}) });
const outlets = (articles: FrameArticle[], referent: string) =>
  frame(articles).framing.find((r) => r.referent === referent)?.outlets.map((o) => `${o.outlet}: ${o.terms.map((t) => `${t.term} ${t.count}`).join(', ')}`);

describe('framing: referent terms inside a quotation are not the outlet\'s', () => {
  it.each([
    // [article of outlet A, article of outlet B, expected protest row]
    ['The interior minister said: "They are not protesters, they are rioters paid from abroad." Demonstrators marched again on Friday.',
      'Rioters blocked the ring road in Dravik on Friday.', ['Opposition Post: demonstrators 1', 'State TV: rioters 1']],
    ['“These thugs will face the full force of the law,” the mayor said. Protesters gathered at the town hall.',
      'A mob blocked the ring road in Dravik on Friday.', ['Opposition Post: protesters 1', 'State TV: mob 1']],
    // A word or two in quotation marks is the outlet's own choice (a scare quote): still counted.
    ['Police dispersed the "rioters" with water cannon.', 'Rioters blocked the ring road.', ['Opposition Post: rioters 1', 'State TV: rioters 1']],
  ])('%s', (a, b, expected) => {
    expect(outlets([{ id: 'a', text: a, outlet: 'Opposition Post' }, { id: 'b', text: b, outlet: 'State TV' }], 'protest')).toEqual(expected);
  });
});
