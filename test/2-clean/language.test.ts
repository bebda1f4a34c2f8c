import { describe, expect, it } from 'vitest';
import { chooseLanguage, detectLanguage } from '../../src/2-clean/language.js';

// Invented paragraphs of 40 words or more: long enough for the English-at-sight check to look.
const ENGLISH = 'The council said on Tuesday that the levy would be lifted after the harvest, and the growers who had protested for weeks were told that their fields would be surveyed again with the help of the Harlow Institute before the vote.';
const texts: Array<[string, string, string]> = [
  ['French', 'fr', "Le conseil a annoncé mardi que la taxe serait levée après la récolte, et les cultivateurs qui protestaient depuis des semaines ont appris que leurs champs seraient de nouveau mesurés avec l'aide de l'institut avant le vote prévu pour le mois prochain dans la vallée."],
  ['German', 'de', 'Der Rat hat am Dienstag mitgeteilt, dass die Abgabe nach der Ernte aufgehoben wird, und die Bauern, die seit Wochen protestiert hatten, erfuhren, dass ihre Felder vor der Abstimmung im nächsten Monat mit Hilfe des Instituts noch einmal vermessen werden, was viele begrüßten.'],
  ['Dutch', 'nl', 'De raad heeft dinsdag gezegd dat de heffing na de oogst wordt afgeschaft, en de telers die al weken protesteerden kregen te horen dat hun velden voor de stemming van volgende maand opnieuw worden opgemeten met hulp van het instituut, of dat nu is gepland of niet, zo was te horen in de zaal.'],
  ['Spanish', 'es', 'El consejo anunció el martes que el impuesto se levantará después de la cosecha, y los agricultores que protestaban desde hace semanas supieron que sus campos serán medidos de nuevo con la ayuda del instituto antes de la votación prevista para el mes que viene en el valle.'],
  ['Italian', 'it', "Il consiglio ha annunciato martedì che la tassa sarà revocata dopo il raccolto, e i coltivatori che protestavano da settimane hanno saputo che i loro campi saranno misurati di nuovo con l'aiuto dell'istituto prima del voto previsto per il mese prossimo nella valle del fiume."],
  ['Portuguese', 'pt', 'O conselho anunciou na terça-feira que a taxa será suspensa depois da colheita, e os agricultores que protestavam havia semanas souberam que os seus campos serão medidos outra vez com a ajuda do instituto antes da votação marcada para o mês que vem no vale do rio.'],
];

describe('detectLanguage', () => {
  it('reads English prose as English, reliably', () => {
    expect(detectLanguage(ENGLISH)).toEqual({ language: 'en', reliable: true });
    // Short English (under 40 words) is left to the detector, which agrees.
    expect(detectLanguage('The council said the levy would be lifted after the harvest.').language).toBe('en');
  });

  it.each(texts)('%s prose is not taken for English', (_name, lang, text) => {
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(40);
    expect(detectLanguage(text).language).toBe(lang);
  });

  it('an English article declared as another language is English, with the mismatch noted', () => {
    expect(chooseLanguage('de', ENGLISH)).toEqual({ language: 'en', mismatch: { declared: 'de', detected: 'en' } });
    expect(chooseLanguage('nl', texts[2]![2])).toEqual({ language: 'nl' });
  });

  it('gives no language for text without letters', () => {
    expect(detectLanguage('1,200 — 3.4 % (2026)')).toEqual({ language: null, reliable: false });
  });
});
