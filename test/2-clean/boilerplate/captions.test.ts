import { describe, expect, it } from 'vitest';
import { separateBoilerplate } from '../../../src/2-clean/boilerplate/index.js';
import { checkInvariants } from './invariants.js';

const BODY = 'Israeli strikes hit the port on Tuesday, officials said, as talks stalled in Cairo.';

describe('captions and credits', () => {
  const table: [string, string[], string[]][] = [
    // paragraph, captions, credits
    ['Smoke rises over the port\nSmoke rises over the portJane Roe/Meridian Press', ['Smoke rises over the port'], ['Jane Roe/Meridian Press']],
    ['Smoke rises over the portJane Roe/Meridian Press', ['Smoke rises over the port'], ['Jane Roe/Meridian Press']],
    ['Smoke rises over the port Jane Roe/Meridian Press', ['Smoke rises over the port'], ['Jane Roe/Meridian Press']],
    ['Smoke rises over Gaza City Jane Roe/AFP', ['Smoke rises over Gaza City'], ['Jane Roe/AFP']],
    ['Smoke rises over Gaza CityJane Roe/AFP', ['Smoke rises over Gaza City'], ['Jane Roe/AFP']],
    ['Mourners gather in Khan Younis. Jane Roe/AFP', ['Mourners gather in Khan Younis.'], ['Jane Roe/AFP']],
    ['Mourners gather in Khan Younis on March 18.Jane Roe/AFP', ['Mourners gather in Khan Younis on March 18.'], ['Jane Roe/AFP']],
    ['A rescuer carries a child (Photo: Jane Roe)', ['A rescuer carries a child'], ['Jane Roe']],
    ['A rescuer carries a child. Photograph: Jane Roe/Reuters', ['A rescuer carries a child.'], ['Jane Roe/Reuters']],
    ['A rescuer carries a child Photo: Meridian Press', ['A rescuer carries a child'], ['Meridian Press']],
    ['A rescuer carries a child. Image: Jane Roe', ['A rescuer carries a child.'], ['Jane Roe']],
    ['A rescuer carries a child. Credit: Meridian Press', ['A rescuer carries a child.'], ['Meridian Press']],
    ['A rescuer carries a child | Photo by Jane Roe', ['A rescuer carries a child'], ['Jane Roe']],
    ['Firefighters at the scene. Jane Roe/Getty Images', ['Firefighters at the scene.'], ['Jane Roe/Getty Images']],
    ['Firefighters at the scene. AFP via Getty Images', ['Firefighters at the scene.'], ['AFP via Getty Images']],
    ['Firefighters at the scene Jane Roe/AFP via Getty Images', ['Firefighters at the scene'], ['Jane Roe/AFP via Getty Images']],
    ['Firefighters at the scene. Reuters/Jane Roe', ['Firefighters at the scene.'], ['Reuters/Jane Roe']],
    ['Firefighters at the scene. REUTERS/Jane Roe/File Photo', ['Firefighters at the scene.'], ['REUTERS/Jane Roe/File Photo']],
    ['Firefighters at the scene. (AP Photo/Jane Roe, File)', ['Firefighters at the scene.'], ['AP Photo/Jane Roe, File']],
    ['FILE PHOTO: A man walks past rubble in Gaza City. REUTERS/Jane Roe', ['A man walks past rubble in Gaza City.'], ['FILE PHOTO', 'REUTERS/Jane Roe']],
    ['A man walks past rubble (File photo)', ['A man walks past rubble'], ['File photo']],
    ['Protesters march in the capital Getty Images', ['Protesters march in the capital'], ['Getty Images']],
    ['Jane Roe/Meridian Press', [], ['Jane Roe/Meridian Press']],
    ['Photo: Jane Roe', [], ['Jane Roe']],
    ['(Photo: Meridian Press)', [], ['Meridian Press']],
    ['Photo courtesy of the family', [], ['the family']],
    ['[Photo: Meridian Press]', [], ['Meridian Press']],
    ['[Photo: Smoke rises over the port at dawn]', ['Smoke rises over the port at dawn'], []],
    ['Getty Images', [], ['Getty Images']],
    ['AFP via Getty Images', [], ['AFP via Getty Images']],
    ['File photo', [], ['File photo']],
    // Found by the property test: a repeat in another case is kept, not dropped (nothing lost).
    ['Jane Roe\nJANE ROE Getty Images', ['Jane Roe', 'JANE ROE'], ['Getty Images']],
  ];
  it.each(table)('%s', (paragraph, captions, credits) => {
    const r = separateBoilerplate([paragraph, BODY]);
    expect(r.boilerplate.captions).toEqual(captions);
    expect(r.boilerplate.credits).toEqual(credits);
    expect(r.paragraphs).toEqual([BODY]);
    checkInvariants([paragraph, BODY]);
  });

  it('takes a short line followed by its credit line for a caption', () => {
    const r = separateBoilerplate(['Smoke rises over the port', 'Jane Roe/Meridian Press', BODY]);
    expect(r.boilerplate.captions).toEqual(['Smoke rises over the port']);
    expect(r.boilerplate.credits).toEqual(['Jane Roe/Meridian Press']);
    expect(r.paragraphs).toEqual([BODY]);
  });

  it('takes a short line repeated with a credit in the next paragraph for a caption', () => {
    const r = separateBoilerplate(['Smoke rises over the port', 'Smoke rises over the portJane Roe/Meridian Press', BODY]);
    expect(r.boilerplate.captions).toEqual(['Smoke rises over the port', 'Smoke rises over the port']);
    expect(r.boilerplate.credits).toEqual(['Jane Roe/Meridian Press']);
    expect(r.paragraphs).toEqual([BODY]);
  });

  it('takes a line repeating the title or an earlier caption for a caption', () => {
    const r = separateBoilerplate(['Strikes hit Gaza port', 'Smoke rises Jane Roe/AFP', BODY, 'Smoke rises'], { title: 'Strikes hit Gaza port' });
    expect(r.boilerplate.captions).toEqual(['Strikes hit Gaza port', 'Smoke rises', 'Smoke rises']);
    expect(r.paragraphs).toEqual([BODY]);
  });

  it('finds captions in the middle of the body', () => {
    const r = separateBoilerplate([BODY, 'Rescuers search the rubble. Jane Roe/AFP', 'Talks resume on Friday, officials said.']);
    expect(r.boilerplate.captions).toEqual(['Rescuers search the rubble.']);
    expect(r.paragraphs).toEqual([BODY, 'Talks resume on Friday, officials said.']);
  });

  it('cuts a picture credit glued to the end of a long body paragraph', () => {
    const long = `${BODY} ${BODY} ${BODY} Jane Roe/AFP`;
    const r = separateBoilerplate([long]);
    expect(r.paragraphs).toEqual([`${BODY} ${BODY} ${BODY}`]);
    expect(r.boilerplate.credits).toEqual(['Jane Roe/AFP']);
  });

  it('peels a credit line under a body paragraph', () => {
    const r = separateBoilerplate([`${BODY}\nJane Roe/Meridian Press`]);
    expect(r.paragraphs).toEqual([BODY]);
    expect(r.boilerplate.credits).toEqual(['Jane Roe/Meridian Press']);
  });
});

describe('captions and credits: body text that stays', () => {
  it.each([
    'The conflict in Israel/Gaza has lasted for months, officials said.',
    'Flights between Cairo/Doha were cancelled',
    'He moved to New York/New Jersey',
    'Support for the plan rose, a Reuters/Ipsos poll showed',
    'He posted a photo by Jane Roe',
    'The photo: a study in contrasts',
    'The ministry published an image of the damage on Tuesday.',
    'Credit ratings agencies downgraded the country on Friday.',
    'Photo opportunities were limited, the organisers said.',
    'The minister met reporters at the Pool',
    'Smoke rises over the port',
    'Prices rose 5% year/year in March.',
    'Shares of Getty Images rose 5% on Tuesday.',
    'The agency said the file photo was taken in 2019.',
    'A version of the plan, first drafted by officials in 2023, was approved.',
    'تصاعد الدخان فوق الميناء',
  ])('%s', (paragraph) => {
    const r = separateBoilerplate([paragraph, BODY]);
    expect(r.paragraphs).toEqual([paragraph, BODY]);
    expect(r.boilerplate.credits).toEqual([]);
    expect(r.boilerplate.captions).toEqual([]);
  });
});
