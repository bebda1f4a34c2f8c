// A speaker described by an organisation's head noun in an article that never names it ("the
// commission said", "the provincial electoral commission said") -> the one organisation that
// other articles of the same story name so ("Orlund Provincial Electoral Commission"). Without
// it "who is quoted" lists one commission under four names. Same story: an article naming the
// organisation shares at least two other entities with the speaker's article.
import type { ResolvedEntity } from '../6-extract/entities/resolve.js';

const DESCRIBED = /^the\s+((?:\p{L}+\s+){0,3})(\p{Ll}+)$/iu;
/** Other entities an article naming the organisation must share with the speaker's article. */
const SHARED_ENTITIES = 2;

export interface DescribedSpeakers {
  /** The organisation `speaker` (as written in `articleId`) stands for, or null. */
  resolve(articleId: string, speaker: string | null): string | null;
}

export function describedSpeakers(entities: ResolvedEntity[], idOf: Map<string, string[]>): DescribedSpeakers {
  const entitiesOf = new Map<string, Set<string>>();
  for (const [articleId, ids] of idOf) entitiesOf.set(articleId, new Set(ids));
  const orgs = entities.filter((e) => e.type === 'organization').map((e) => ({ e, words: e.name.toLowerCase().split(/\s+/) })).filter((o) => o.words.length > 1);

  const sameStory = (articleId: string, org: ResolvedEntity) => {
    const mine = entitiesOf.get(articleId);
    if (!mine) return false;
    if (mine.has(org.id)) return true;
    return org.articleIds.some((other) => {
      let shared = 0;
      for (const id of entitiesOf.get(other) ?? []) if (id !== org.id && mine.has(id) && ++shared >= SHARED_ENTITIES) return true;
      return false;
    });
  };

  return {
    resolve(articleId, speaker) {
      const m = speaker ? DESCRIBED.exec(speaker.trim()) : null;
      if (!m) return null;
      const head = m[2]!.toLowerCase();
      const others = m[1]!.toLowerCase().split(/\s+/).filter(Boolean);
      const fits = orgs.filter((o) => o.words.at(-1) === head && others.every((w) => o.words.includes(w)) && sameStory(articleId, o.e));
      return fits.length === 1 ? fits[0]!.e.id : null;
    },
  };
}
