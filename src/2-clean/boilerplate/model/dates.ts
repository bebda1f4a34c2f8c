// Calendar words for datelines ("GAZA CITY, March 18 (Reuters) -") and timestamp lines
// ("Updated: Tue 18 Mar 2025 10.00 GMT", "5 min read").

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

export const WEEKDAYS = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
];

/** Labels that open a timestamp line: "Published: 18 March 2025". */
export const TIMESTAMP_LABELS = ['published', 'updated', 'last updated', 'first published', 'posted', 'modified', 'last modified', 'date'];

/** Other words a timestamp or reading-time line may hold. */
export const TIME_WORDS = [
  'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'est', 'edt', 'et', 'pt', 'pst', 'pdt', 'ist',
  'local', 'time', 'ago', 'hours', 'hour', 'hrs', 'hr', 'minutes', 'minute', 'mins', 'min', 'days', 'day', 'at', 'on',
  'of', 'the', 'read', 'reading', 'yesterday', 'today', 'just', 'now', 'and', 'by',
];
