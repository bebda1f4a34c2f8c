// Loader helpers on invented inputs (no dataset text here).
import { describe, expect, it } from 'vitest';
import { detokenize } from '../../eval/datasets/detok.js';
import { catSentences, datelineDate, ecbDocument, looksLikeTitle } from '../../eval/datasets/ecbplus.js';
import { dateFromUrl, outletName } from '../../eval/datasets/neus.js';
import { blind } from '../../eval/blind.js';

const tok = (s: string) => s.split(' ');

describe('detokenize', () => {
  it('removes spaces before closing punctuation and after opening quotes/brackets', () => {
    expect(detokenize(tok("He said `` no '' ( twice ) , then left ."))).toBe('He said "no" (twice), then left.');
    expect(detokenize(tok('She called it " a start " ; they agreed !'))).toBe('She called it "a start"; they agreed!');
  });
  it('rejoins clitics, initialisms and numbers the tokenizer split', () => {
    expect(detokenize(tok("It is n't Ann 's boat"))).toBe("It isn't Ann's boat");
    expect(detokenize(tok('Bob ’ s dog'))).toBe('Bob’s dog');
    expect(detokenize(tok('The U . K . side won 3 - 1 at 4 : 30 p . m . on 06 / 07 / 2015'))).toBe('The U.K. side won 3-1 at 4:30 p.m. on 06/07/2015');
    expect(detokenize(tok('Prices rose 2 . 5 % to 12 , 500 units'))).toBe('Prices rose 2.5% to 12,500 units');
  });
});

describe('ECB+ document rebuilding', () => {
  it('reads CAT XML tokens grouped by sentence', () => {
    const xml = `<Document doc_name="x.xml"><token t_id="1" sentence="0" number="0">Hi</token><token t_id="2" sentence="0" number="1">.</token><token t_id="3" sentence="1" number="0">Tom &amp; Ann</token><Markables><ACTION_OCCURRENCE m_id="1"><token_anchor t_id="1"/></ACTION_OCCURRENCE></Markables></Document>`;
    expect(catSentences(xml)).toEqual([['Hi', '.'], ['Tom & Ann']]);
  });

  it('drops a URL line, keeps a headline as title and a dateline as publishedAt', () => {
    const doc = ecbDocument([
      tok('http : / / news . example . org / story / 123'),
      tok('Bakery wins regional bread prize'),
      tok('Posted : March 4 , 2011 10 : 15 AM EST'),
      tok('A small bakery won the regional prize on Thursday .'),
      tok('The owner thanked her staff .'),
    ]);
    expect(doc.title).toBe('Bakery wins regional bread prize');
    expect(doc.publishedAt).toBe('2011-03-04T00:00:00.000Z');
    expect(doc.paragraphs).toEqual(['A small bakery won the regional prize on Thursday.', 'The owner thanked her staff.']);
  });

  it('leaves prose alone: no title, no date from a sentence that mentions one', () => {
    const doc = ecbDocument([tok('The council met on Monday , March 7 , 2011 .'), tok('It voted for the plan .')]);
    expect(doc.title).toBeNull();
    expect(doc.publishedAt).toBeNull();
    expect(doc.paragraphs).toHaveLength(2);
  });

  it('dateline rules', () => {
    expect(datelineDate('07/14/10 09:00 AM ET', 6)).toBe('2010-07-14T00:00:00.000Z');
    expect(datelineDate('Updated Wed., May. 9, 2012 at 8:01 PM', 12)).toBe('2012-05-09T00:00:00.000Z');
    expect(datelineDate('Posted last Friday', 3)).toBeNull();
    expect(datelineDate('The bridge opened on June 1, 2010, after years of delay.', 14)).toBeNull();
    expect(looksLikeTitle('Storm closes mountain pass', 4)).toBe(true);
    expect(looksLikeTitle('The storm closed the pass.', 6)).toBe(false);
  });
});

describe('NeuS helpers', () => {
  it('reads dates from article links and strips rating labels from outlet names', () => {
    expect(dateFromUrl('https://news.example.com/2020/02/29/some-story.html')).toBe('2020-02-29T00:00:00.000Z');
    expect(dateFromUrl('https://news.example.com/2021/02/30/bad-day')).toBeNull();
    expect(dateFromUrl('https://news.example.com/politics/some-story')).toBeNull();
    expect(outletName('Example Times (Online News)')).toBe('Example Times');
  });
});

describe('blind', () => {
  it('hides ids, order and labels, and maps results back', () => {
    const docs = Array.from({ length: 10 }, (_, i) => ({ id: `file-${i}`, title: null, text: `t${i}`, outlet: null, publishedAt: null, gold: { storyline: `s${i % 2}`, event: `e${i}` } }));
    const b = blind(docs);
    expect(b.docs.every((d) => /^d\d+$/.test(d.id) && d.gold.storyline === '' && d.gold.event === '')).toBe(true);
    expect(b.docs.map((d) => d.text)).not.toEqual(docs.map((d) => d.text));
    const back = b.unblind(new Map(b.docs.map((d) => [d.id, d.text])));
    for (const d of docs) expect(back.get(d.id)).toBe(d.text);
  });
});
