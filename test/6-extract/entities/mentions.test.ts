import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractEntities } from '../../../src/6-extract/entities/mentions.js';

/** mention text -> [type, form, canonical name of its entity] */
function mentions(text: string): Array<[string, string, string, string]> {
  const r = extractEntities(text);
  return r.mentions.map((m) => [m.text, m.type, m.form, r.entities[m.entity]!.name]);
}

describe('extractEntities: chunking and types', () => {
  it.each([
    // A plural possessive inside an organisation's name (review G finding 6); one between two names splits them.
    ["Mira Tasso of the Pellard Dockers' Guild spoke.", [['Mira Tasso', 'person', 'name', 'Mira Tasso'], ["Pellard Dockers' Guild", 'organization', 'name', "Pellard Dockers' Guild"]]],
    ['The Osterby Farmers’ Union met.', [['Osterby Farmers’ Union', 'organization', 'name', 'Osterby Farmers’ Union']]],
    ["Talks at Dunmore Airways' Osterby Centre ended.", [['Dunmore Airways', 'organization', 'name', 'Dunmore Airways'], ['Osterby Centre', 'organization', 'name', 'Osterby Centre']]],
    ['Prime Minister Dana Orlov said the talks would resume.', [['Dana Orlov', 'person', 'name', 'Dana Orlov']]],
    ['Gen. Amos Ilan was in Port Alden on Friday.', [['Amos Ilan', 'person', 'name', 'Amos Ilan'], ['Port Alden', 'place', 'name', 'Port Alden']]],
    ['The Norvessa Health Ministry said 40 people died.', [['Norvessa Health Ministry', 'organization', 'name', 'Norvessa Health Ministry']]],
    ['Officials at the Ministry of Health in Cairo declined.', [['Ministry of Health', 'organization', 'name', 'Ministry of Health'], ['Cairo', 'place', 'name', 'Cairo']]],
    ['Talks resumed in Qatar and France on Monday.', [['Qatar', 'place', 'name', 'Qatar'], ['France', 'place', 'name', 'France']]],
    ['Israeli officials met Palestinian negotiators.', []],
    ['The report was read by Ursula von der Brecht, a lawyer.', [['Ursula von der Brecht', 'person', 'name', 'Ursula von der Brecht']]],
    ['Qasim al-Zubaydi told reporters he was safe.', [['Qasim al-Zubaydi', 'person', 'name', 'Qasim al-Zubaydi']]],
    ['J. K. Marlow wrote the book.', [['J. K. Marlow', 'person', 'name', 'J K Marlow']]],
    // A small number inside a name; a count of people after a name is not part of it.
    ['She told Harbour 4 News that the port would close.', [['Harbour 4 News', 'organization', 'name', 'Harbour 4 News']]],
    // A name made into a modifier is a name of its own; a role after an organisation's name belongs to the next person.
    ['The officials of the Varnia-backed Dunmore Front met.', [['Varnia', 'other', 'name', 'Varnia'], ['Dunmore Front', 'organization', 'name', 'Dunmore Front']]],
    ['Velmair CEO, Tomas Reyes, said the jets were late.', [['Velmair', 'organization', 'name', 'Velmair'], ['Tomas Reyes', 'person', 'name', 'Tomas Reyes']]],
    // A country before a role is a name of its own; adjectives of nationality are no names.
    ['Talks resumed after US President Dana Orlov spoke.', [['US', 'place', 'name', 'US'], ['Dana Orlov', 'person', 'name', 'Dana Orlov']]],
    ['The Israeli-American soldier met North American buyers.', []],
    // Events and facilities by their last word, not people by default.
    ['They met at the Velmora Trade Conference near the Dunmore Terminal.', [['Velmora Trade Conference', 'other', 'name', 'Velmora Trade Conference'], ['Dunmore Terminal', 'place', 'name', 'Dunmore Terminal']]],
    // A currency's country letters, time zones and currency codes name no one.
    ['The deal is worth US$ 7 billion and closed at 12:00 UTC in Qatar.', [['Qatar', 'place', 'name', 'Qatar']]],
    ['The truce let Qatar 15 Varnian prisoners go home.', [['Qatar', 'place', 'name', 'Qatar'], ['Varnian', 'other', 'name', 'Varnian']]],
    // One or two words qualifying a leading title belong to the title, not the name.
    ['Regional Governor Elspeth Varn said the dam had failed.', [['Elspeth Varn', 'person', 'name', 'Elspeth Varn']]],
    ['Harlow Police Chief Dana Orlov spoke first.', [['Dana Orlov', 'person', 'name', 'Dana Orlov']]],
    // Works and landforms are places; a news wire and a body named in the plural are organisations.
    ['Water poured over the Harlow Ridge Dam for hours.', [['Harlow Ridge Dam', 'place', 'name', 'Harlow Ridge Dam']]],
    ['Tomas Reyes told Calloway News Wire that the Ashvale Rescue Volunteers had counted the dead.', [['Tomas Reyes', 'person', 'name', 'Tomas Reyes'], ['Calloway News Wire', 'organization', 'name', 'Calloway News Wire'], ['Ashvale Rescue Volunteers', 'organization', 'name', 'Ashvale Rescue Volunteers']]],
    // Islands, falls and points are places; a name ending like a newspaper's is an organisation.
    ['Talks moved from the Dorran Isles to Ostby Falls.', [['Dorran Isles', 'place', 'name', 'Dorran Isles'], ['Ostby Falls', 'place', 'name', 'Ostby Falls']]],
    ['Ana Ruiz told the Harlow Courier and the Velmora Observer.', [['Ana Ruiz', 'person', 'name', 'Ana Ruiz'], ['Harlow Courier', 'organization', 'name', 'Harlow Courier'], ['Velmora Observer', 'organization', 'name', 'Velmora Observer']]],
    // A broadcaster named after its place is an organisation; "-elect" is part of the title.
    ['Radio Dunmore reported that Governor-elect Marta Velin had won.', [['Radio Dunmore', 'organization', 'name', 'Radio Dunmore'], ['Marta Velin', 'person', 'name', 'Marta Velin']]],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it('does not take a sentence opener for a name', () => {
    expect(mentions('Residents fled. Witnesses said residents were afraid.')).toEqual([]);
    expect(mentions('After the strike, Dana Orlov spoke.').map((m) => m[0])).toEqual(['Dana Orlov']);
  });
});

describe('extractEntities: in-article links', () => {
  const text =
    'Yousef al-Haddad, a spokesman for the Norvessa Health Ministry, said 40 people were killed. ' +
    'Haddad added that the Ashfell Liberation Front had broken the truce. The spokesman said the ALF denied it. ' +
    'Sami Varro, a farmer, said he saw the strike.';
  const r = extractEntities(text);
  const of = (t: string) => r.entities[r.mentions.find((m) => m.text === t)!.entity]!;

  it('ties a surname to the full name (prefix "al-" aside)', () => expect(of('Haddad').name).toBe('Yousef al-Haddad'));
  it('ties a role alone to the person given that role', () => expect(of('The spokesman').name).toBe('Yousef al-Haddad'));
  it('ties an acronym to the organisation it spells', () => expect(of('ALF').name).toBe('Ashfell Liberation Front'));
  it('keeps the role from the apposition', () => expect(of('Yousef al-Haddad').roles).toEqual(['a spokesman for the norvessa health ministry']));
  it('keeps two people apart', () => expect(of('Sami Varro')).not.toBe(of('Haddad')));
  it('lists the other forms as aliases', () => expect(of('Yousef al-Haddad').aliases).toEqual(['Haddad']));

  it('does not tie a surname shared by two people', () => {
    const t = 'Dana Orlov and Mira Orlov spoke. Orlov said the vote was close.';
    const x = extractEntities(t);
    const m = x.mentions.find((m) => m.text === 'Orlov')!;
    expect(x.entities[m.entity]!.name).toBe('Orlov');
  });
});

describe('extractEntities: invariants (property)', () => {
  it('mentions lie inside the text and slice to their text', () => {
    const unit = fc.constantFrom('Dana', 'Orlov', 'al-Haddad', ' ', '. ', ', a spokesman', 'the', 'Ministry', 'of', 'Health', '"', '\n', 'UN', 'J.');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (parts) => {
        const t = parts.join('');
        const r = extractEntities(t);
        for (const m of r.mentions) {
          expect(t.slice(m.start, m.end)).toBe(m.text);
          expect(r.entities[m.entity]).toBeDefined();
        }
      }),
    );
  });
});

describe('extractEntities: organisations among plain capitalised names (twenty-first session)', () => {
  const typeOf = (text: string, name: string) => extractEntities(text).mentions.find((m) => m.text === name)?.type;
  it.each([
    ['Air Dunmore cancelled 40 flights after the strike.', 'Air Dunmore', 'organization'],
    ['Harbour Jihad fired rockets at the port on Friday.', 'Harbour Jihad', 'organization'],
    ['Dana Orlov joined Velmora Steel last year.', 'Velmora Steel', 'organization'],
    ['Dana Orlov joined Velmora Steel last year.', 'Dana Orlov', 'person'],
  ])('%s -> %s is %s', (text, name, type) => expect(typeOf(text, name)).toBe(type));
});

// Review G finding 14: a company by its legal form and its short names, a role written lower-case before a name.
describe('extractEntities: companies and lower-case roles', () => {
  const entities = (text: string) => extractEntities(text).entities.map((e) => [e.name, e.type, e.roles]);
  it.each([
    ['Dunmore Freight SA and Ostra Holdings GmbH cut jobs.', [['Dunmore Freight SA', 'organization', []], ['Ostra Holdings GmbH', 'organization', []]]],
    ['Pellard Marine AG reported a loss. Pellard Marine said it would cut jobs, and Pellard shares fell.', [['Pellard Marine AG', 'organization', []]]],
    ['“We expect a recovery,” chief financial officer Mira Tasso told analysts.', [['Mira Tasso', 'person', ['chief financial officer']]]],
    ['The plan was signed by chief executive Ivo Brandt on Monday.', [['Ivo Brandt', 'person', ['chief executive']]]],
    ['Ilsa Varn, general secretary of the Osterby Dockers\' Guild, spoke.', [["Osterby Dockers' Guild", 'organization', []], ['Ilsa Varn', 'person', ["general secretary of the osterby dockers' guild"]]]],
  ])('%s', (text, expected) => expect(entities(text)).toEqual(expected));
});
