/**
 * Owners counted as people: one person written as a display name ("Omar Haddad"), a handle
 * ("@omar.haddad", "omar_haddad", "omarhaddad") or an e-mail address is one owner.
 */
import { foldAccents } from '../analysis/base/normalise';
import type { Count, Ref } from './types';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The key under which an owner is counted: lower case, accents and a leading `@` dropped, an
 * e-mail address read as its local part, and only letters and digits kept. So a handle and a
 * display name are one owner exactly when the handle's letters are the name's letters
 * ("@omar.haddad" and "Omar Haddad"), and never by a guess ("@ohaddad" stays apart).
 */
export function ownerKey(name: string): string {
  let s = foldAccents(name.trim()).toLowerCase();
  s = s.replace(/^@/, '');
  if (EMAIL.test(s)) s = s.slice(0, s.indexOf('@'));
  const letters = s.replace(/[^\p{L}\p{N}]+/gu, '');
  return letters || s.replace(/\s+/g, ' ');
}

interface OwnerBucket {
  count: number;
  refs: Ref[];
  /** How often each written form was seen, in the order first seen. */
  forms: Map<string, number>;
}

/** Counts items per owner (`ownerKey`), labelled with the form written most often. */
export class OwnerCounter {
  private readonly buckets = new Map<string, OwnerBucket>();

  /** Counts one item for `name`; null for an item with no owner (key `''`, "No owner"). */
  add(name: string | null, ref: Ref): void {
    const form = name === null ? 'No owner' : name.trim().replace(/\s+/g, ' ');
    const key = name === null ? '' : ownerKey(form);
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = { count: 0, refs: [], forms: new Map() }));
    bucket.count++;
    bucket.refs.push(ref);
    bucket.forms.set(form, (bucket.forms.get(form) ?? 0) + 1);
  }

  /** The owners, each labelled with its most written form (on a tie, a name with a space: a display name; then the first seen). */
  list(): Count[] {
    return [...this.buckets].map(([key, bucket]) => {
      let label = '';
      let best = -1;
      for (const [form, n] of bucket.forms) {
        if (n > best || (n === best && form.includes(' ') && !label.includes(' '))) {
          label = form;
          best = n;
        }
      }
      return { key, label, count: bucket.count, refs: bucket.refs };
    });
  }
}
