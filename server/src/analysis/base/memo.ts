/**
 * A small memo for work the checks repeat on every version of a document with the same few inputs
 * (the date arithmetic of due dates and timelines, whether the tz database knows a zone name).
 * Bounded: emptied when full, so a long session's many inputs cost memory once, not forever.
 */
export function boundedMemo<T>(limit = 2048): (key: string, compute: () => T) => T {
  const values = new Map<string, T>();
  return (key, compute) => {
    let value = values.get(key);
    if (value === undefined && !values.has(key)) {
      if (values.size >= limit) values.clear();
      values.set(key, (value = compute()));
    }
    return value as T;
  };
}
