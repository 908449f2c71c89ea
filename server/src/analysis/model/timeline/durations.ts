/** Durations in words for messages and code lenses: `45 min`, `1 h 5 min`, `2 d 3 h`. */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  if (days) return [`${days} d`, hours ? `${hours} h` : '', rest ? `${rest} min` : ''].filter(Boolean).join(' ');
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** Writes minutes in the style of a figure the document already uses (`0h 16m`, `20 minutes`, `20 min`). */
export function formatLike(example: string, minutes: number): string {
  const m = Math.round(minutes);
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (/\d\s*h\s*\d+\s*m\b/i.test(example) || /^\d+\s*h$/i.test(example.trim())) return `${h}h ${rest}m`;
  if (/hours?/i.test(example))
    return h ? `${h} hour${h === 1 ? '' : 's'}${rest ? ` ${rest} minute${rest === 1 ? '' : 's'}` : ''}` : `${rest} minute${rest === 1 ? '' : 's'}`;
  if (/minutes?/i.test(example)) return h ? `${h} hour${h === 1 ? '' : 's'} ${rest} minutes` : `${rest} minute${rest === 1 ? '' : 's'}`;
  if (/mins?\b/i.test(example) && !h) return `${rest} min`;
  return formatMinutes(m);
}
