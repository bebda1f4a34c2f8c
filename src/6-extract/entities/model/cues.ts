// Speech verbs right after a name mark a speaker: "Yousef Haddad said", "Dana Orlov told".
export const SPEECH_AFTER: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'warned', 'insisted', 'claimed', 'stated', 'noted', 'stressed', 'argued', 'explained',
  'wrote', 'tweeted', 'posted', 'announced', 'confirmed', 'denied', 'acknowledged', 'urged', 'asked', 'replied', 'responded',
  'believes', 'thinks', 'hopes', 'wants', 'accused', 'called', 'described', 'recalled',
]);
