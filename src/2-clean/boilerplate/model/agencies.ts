// Wire agencies: the canonical short form a result reports, and the ways copy writes them.
// Sample: "told Agence France-Presse" and "(AFP) -" both credit 'AFP'.

export interface AgencyEntry {
  canonical: string;
  /** Spellings trusted anywhere a credit phrase names them ("told Reuters"). */
  aliases: string[];
  /** Spellings too ambiguous outside a dateline or desk note: "PA" is also the Palestinian Authority. */
  strictAliases?: string[];
}

export const WIRE_AGENCIES: AgencyEntry[] = [
  { canonical: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'Agence France-Press'] },
  { canonical: 'AP', aliases: ['Associated Press', 'AP'] },
  { canonical: 'Reuters', aliases: ['Reuters', 'REUTERS', 'Thomson Reuters'] },
  { canonical: 'UPI', aliases: ['UPI', 'United Press International'] },
  { canonical: 'dpa', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { canonical: 'Xinhua', aliases: ['Xinhua', 'XINHUA', 'Xinhua News Agency'] },
  { canonical: 'Anadolu', aliases: ['Anadolu', 'Anadolu Agency', 'Anadolu Ajansı'], strictAliases: ['AA'] },
  { canonical: 'EFE', aliases: ['EFE', 'Agencia EFE'] },
  { canonical: 'ANSA', aliases: ['ANSA'] },
  { canonical: 'Kyodo', aliases: ['Kyodo', 'Kyodo News'] },
  { canonical: 'Yonhap', aliases: ['Yonhap', 'Yonhap News Agency'] },
  { canonical: 'TASS', aliases: ['TASS', 'Tass', 'ITAR-TASS'] },
  { canonical: 'PTI', aliases: ['PTI', 'Press Trust of India'] },
  { canonical: 'IANS', aliases: ['IANS', 'Indo-Asian News Service'] },
  { canonical: 'WAFA', aliases: ['WAFA', 'Wafa news agency'], strictAliases: ['Wafa'] },
  { canonical: 'Bernama', aliases: ['Bernama', 'BERNAMA'] },
  { canonical: 'PA', aliases: ['Press Association', 'PA Media', 'PA news agency'], strictAliases: ['PA'] },
  { canonical: 'Bloomberg', aliases: ['Bloomberg News', 'Bloomberg'] },
];

/** Phrases before an agency that credit it as a source: "told AFP", "according to the Associated Press". */
export const CREDIT_BEFORE = [
  'told', 'telling', 'tells', 'said to', 'speaking to', 'spoke to', 'speaks to', 'talking to', 'talked to',
  'in an interview with', 'an interview with', 'in a statement to', 'said in a statement to', 'a statement to',
  'in comments to', 'in remarks to', 'according to', 'quoted by', 'cited by', 'reported by', 'confirmed to',
  'interviewed by', 'contacted by', 'reached by', 'seen by', 'obtained by', 'reviewed by', 'a report by',
];

/** Words after an agency that credit it: "Reuters reported", "an AFP correspondent", "an AFP tally". */
export const CREDIT_AFTER = [
  'reported', 'reports', 'has reported', 'had reported', 'learned', 'has learned', 'correspondent', 'correspondents',
  'reporter', 'reporters', 'journalist', 'journalists', 'photographer', 'photographers', 'tally', 'count',
  'calculations', 'news agency', 'was told', 'has obtained', 'obtained', 'quoted', 'cited', 'contributed',
];

/** Words that may stand between a credit phrase and the agency: "told the French news agency AFP". */
export const CREDIT_FILLERS = ['the', 'state', 'official', 'state-run', 'state-owned', 'news', 'wire', 'agency', 'service'];
