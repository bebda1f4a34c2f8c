// General English function words and newswire filler that carry no topic.
export const STOPWORDS = new Set(
  `a about above after again against all almost also although always am among an and another any anyone anything are around as at
  back be became because become been before being below between both but by can cannot could did do does doing done down during
  each either else enough even ever every few for from further get gets got had has have having he her here hers herself him himself
  his how however i if in including into is it its itself just last least less like made make many may me might more most much must
  my myself near neither never new next no nor not now of off often on once one only onto or other others our ours ourselves out over
  own per perhaps put rather really said same say says see seen several shall she should since so some still such than that the
  their theirs them themselves then there these they this those though through thus to too toward towards under until up upon us
  very was we well were what whatever when where whether which while who whom whose why will with within without would yet you your
  yours yourself yourselves mr mrs ms dr told according reported added also week weeks day days year years month months time times
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ago two three four five six seven eight nine ten
  first second third percent people statement news report reports reporting says saying think going want way']`
    .split(/\s+/)
    .filter(Boolean),
);
