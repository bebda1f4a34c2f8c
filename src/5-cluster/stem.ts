// A light English stemmer: enough to fold plurals and verb forms ("talks", "talked",
// "talking" -> "talk") without the over-stemming of Porter ("news" stays "news").
export function stem(w: string): string {
  if (w.length <= 4 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 5) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 6) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 5) return undouble(w.slice(0, -2));
  if (w.endsWith('es') && /(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is|ws)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** "stopp" -> "stop", "plann" -> "plan" */
function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
