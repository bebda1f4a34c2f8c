// Cue phrases for lines that point away from the story or promote the site.
// Labels match at the start of a line, followed by ":", "|", a dash, or the end of the line.

/** "Read more: ...", "RELATED: ...", "More on this story" -> related. */
export const RELATED_LABELS = [
  'read more', 'read also', 'also read', 'also see', 'see also', 'read next', 'read', 'related', 'related stories',
  'related articles', 'related coverage', 'related content', 'related topics', 'related video', 'related news',
  'related links', 'recommended', 'recommended stories', 'recommended reading', 'more on this story',
  'more on this topic', 'more on this', 'more stories', 'more like this', 'more news', 'more from', 'you may also like',
  'you might also like', 'you may be interested in', "don't miss", 'most read', 'most popular', 'most viewed',
  'trending', 'trending now', 'top stories', 'further reading', 'in pictures', 'watch', 'listen', 'explore more',
  'latest news', 'live', 'live updates', 'live blog', "editor's picks", 'editors’ picks', 'in depth', 'go deeper', 'catch up', 'also on',
];

/** Related lines opening with an instruction rather than a label: "Click here to read the full report". */
export const RELATED_STARTS = /^(?:click|tap) here\b|^follow (?:our|the) (?:live|latest|full)\b.{0,60}$|^(?:read|see|watch) (?:the )?(?:full|our|more|latest)\b.{0,80}\bhere\.?$/iu;

/** Whole-line page furniture -> notes: "Advertisement", "Share this article". */
export const PROMO_LINES = [
  'advertisement', 'advertising', 'ad', 'sponsored', 'sponsored content', 'promoted', 'paid content', 'partner content',
  'story continues below advertisement', 'story continues below', 'article continues below',
  'article continues after advertisement', 'continue reading', 'continue reading below', 'scroll to continue',
  'scroll to continue with content', 'share', 'share this', 'share this article', 'share this story', 'share article',
  'share on facebook', 'share on twitter', 'share on x', 'share on whatsapp', 'share via email', 'copy link',
  'link copied', 'print', 'email', 'tweet', 'save', 'save article', 'listen to this article', 'listen to article',
  'comments', 'show comments', 'view comments', 'skip advertisement', 'skip to content', 'back to top', 'loading',
  'gift this article', 'topics', 'tags', 'follow', 'subscribe', 'subscribe now', 'sign up', 'log in', 'sign in', 'register',
];

/** Promotional or publication notes, matched at the start of a line -> notes. */
export const PROMO_STARTS: RegExp[] = [
  /^follow (?:us|[\p{Lu}][^\n]{0,40}?) on\b/iu, // "Follow us on X", "Follow The Ledger on Facebook"
  /^follow us (?:for|to get|to see)\b.{0,60}$/iu, // "Follow us for more crime news"
  /^(?:like|find|join) us on\b/iu,
  /^join (?:our|the)\b.{0,60}\b(?:channel|group|community|newsletter|list)\b/iu,
  /^sign up (?:for|to)\b.{0,80}\b(?:newsletters?|inbox|e-?mails?|alerts?|briefings?|digest|updates|our|free)\b/iu,
  /^subscribe\b(?:\s+(?:to|now|today|for|here))?/iu, // "Subscribe to our daily briefing"
  /^get (?:the|our|all the|a|your)\b.{0,80}\b(?:in your inbox|newsletters?|app|alerts?|briefing|delivered)\b/iu,
  /^(?:download|install|get) (?:our|the)\b.{0,40}\bapp\b/iu,
  /^(?:this|the) (?:article|story|piece|report|post|column|interview) (?:was |is |has been |first |originally )+(?:published|appeared|posted|republished|syndicated)\b/iu,
  /^(?:this|the) (?:article|story|piece) is (?:republished|reproduced|syndicated)\b/iu,
  /^a version of this (?:article|story|piece|report)\b/iu,
  /^(?:originally|first) (?:published|appeared)\b/iu,
  /^(?:editor['’]s note|editors['’] note|correction|clarification|disclosure|disclaimer)\s*[:\-–—]/iu,
  /^(?:\d+\s*(?:min|mins|minute|minutes)\s+(?:read|listen)|reading time\b)/iu,
  /^(?:support|donate to) (?:our|independent)\b.{0,80}\bjournalism\b/iu,
  // Market pages: "Market data delayed by 15 minutes.", "This article is not investment advice."
  /^(?:market data|quotes|prices|share prices|stock quotes|data)\s+(?:(?:is|are)\s+)?delayed\b/iu,
  /^(?:this|the) (?:article|story|content|information|page) (?:is not|does not constitute|does not amount to) (?:\w+ )?(?:investment|financial) advice\b/iu,
];

/**
 * Correction notes appended to a story: they report what an earlier version said, so they carry
 * reporting verbs ("Correction: An earlier version of this article said the fine was 4 million
 * crowns."); the label or the opening says what they are. Up to MAX_CORRECTION_WORDS words.
 */
export const CORRECTION_STARTS: RegExp[] = [
  /^(?:correction|clarification|corrections? and clarifications?)\s*(?:\([^)]{0,40}\)\s*)?[:\-–—]\s*\S/iu,
  /^\(?\s*an? (?:earlier|previous|prior|original) version of this (?:article|story|report|piece|post)\b/iu,
  /^\(?\s*this (?:article|story|report|piece|post) (?:has been|was) (?:corrected|amended)\b/iu,
];

/**
 * A copyright footer: "© 2025 Outlet. All rights reserved.", "Copyright 2025 Outlet Name", "(c) Outlet".
 * Case-sensitive on purpose: "© symbols were everywhere" and "copyright law" are prose.
 */
export const COPYRIGHT: RegExp[] = [
  /^(?:©|\([cC]\))\s*(?:(?:19|20)\d{2}\b|\p{Lu}|©|[Cc]opyright\b)/u,
  /^(?:Copyright|COPYRIGHT|copyright)\s*(?:©|\([cC]\))?\s*(?:19|20)\d{2}\b/u,
  /^(?:Copyright|COPYRIGHT)\s*(?:©|\([cC]\))/u,
  /(?:^|[.©]\s*)(?:All|ALL|all) (?:rights|RIGHTS) (?:reserved|RESERVED)\.?$/u,
];

/** A footer naming its owner before the year, case-sensitive: "Copyright Meridian Press 2025". */
export const COPYRIGHT_NAMED = /^(?:Copyright|COPYRIGHT)\s+(?:©\s*)?(?:\p{Lu}[\p{L}&.'’-]*\s+){1,6}(?:19|20)\d{2}\b/u;

/** Legal suffixes dropped from an outlet read off a footer: "Meridian Press Ltd" -> "Meridian Press". */
export const LEGAL_SUFFIX = /[,\s]+(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|plc|PLC|GmbH|Corp\.?|Corporation|Co\.|S\.A\.|Pty\.? Ltd\.?)$/u;

/** Reporting verbs: promo and related cues never carry them ("Subscribe to the service, officials said"). */
export const REPORTING_VERBS = /\b(?:said|says|told|tells|according to|announced|reported)\b/iu;
