// Quotation marks by script and house style: “English”, «French/Arabic», „German“, 「Japanese」.
// A straight " both opens and closes. Single quotes are left out: ' is also an apostrophe.

/** Opening mark -> the marks that may close it. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [open: string, close: string]> = [
  ['"', '"'],
  ['“', '”“'],
  ['”', '”'], // Swedish/Finnish style ”quote”
  ['«', '»'],
  ['»', '«'], // Danish/German »quote«
  ['„', '“”'],
  ['‹', '›'],
  ['「', '」'],
  ['『', '』'],
  ['״', '״'], // Hebrew gershayim used as quote marks
];
