/**
 * Contempt for a provider, a vendor or a person, said outright: "hosting providers SUCK!",
 * "their support sucks", "the complete sham that was Acme", "customers got completely scammed",
 * "shame on you". Leaves a feeling about the day ("this sucks", "it sucked to be paged at 3am"),
 * things that suck in air or memory ("the fan sucks air in"), scams that are an attack's means
 * ("a phishing scam", "users were scammed by a fake support page") and shame denied ("no shame
 * in asking").
 */
import { categoryOf } from './hit';
import type { PersonClass } from './people';
import type { SentenceReader, Subject } from './reader';
import { isClauseMark, isWord } from './words';

/** Nouns for a provider of a service, which "sucks" and "shame on" judge as its people. */
const PROVIDERS = new Set([
  'provider',
  'providers',
  'vendor',
  'vendors',
  'host',
  'hosts',
  'hoster',
  'hosters',
  'hosting',
  'company',
  'companies',
  'support',
  'isp',
  'isps',
  'registrar',
  'registrars',
  'supplier',
  'suppliers',
  'service',
]);

/** People and organisations: what contempt can be aimed at. A capitalised unknown word is a company as often as a person. */
const AIMED = new Set<PersonClass>(['named', 'individual', 'group', 'they', 'capitalised', 'self', 'we']);

/** Words after "sucks" that keep it a verdict rather than a verb with an object ("sucks air in"). */
const AFTER_SUCKS = new Set(['and', 'but', 'so', 'big', 'badly', 'hard', 'too', 'again', 'anyway', 'honestly', 'man', 'lol']);

/** Words that make the rest intense without changing it: "got completely scammed", "a total sham". */
const INTENSIFIERS = new Set(['complete', 'completely', 'total', 'totally', 'utter', 'utterly', 'absolute', 'absolutely', 'just', 'basically', 'such']);

/** Words before "scam" that make it an attack's means, not a verdict: "a phishing scam". */
const ATTACK_SCAMS = new Set(['phishing', 'crypto', 'romance', 'email', 'sms', 'fake', 'impersonation', 'giveaway', 'support']);

function word(r: SentenceReader, k: number): string {
  return isWord(r.t[k]) ? r.t[k].norm : '';
}

/** The category of contempt aimed at a subject: one person's, or a group's. */
function categoryFor(cls: PersonClass) {
  return cls === 'named' || cls === 'individual' ? categoryOf(cls, true) : cls === 'self' ? 'self-fault' : 'group-fault';
}

/** True when the subject is people or a provider: "the hosting providers", "Acme", "their support". */
function aimedAt(r: SentenceReader, subject: Subject): boolean {
  if (subject.head < 0) return false;
  if (AIMED.has(subject.cls) && !['it', 'this', 'that', 'everything', 'which'].includes(word(r, subject.head))) return true;
  return PROVIDERS.has(word(r, subject.head));
}

/** "Hosting providers SUCK!", "their support sucks so much": contempt for a provider or a person. */
function sucks(r: SentenceReader, at: number): boolean {
  const t = r.t;
  const next = t[at + 1];
  if (next && isWord(next) && !AFTER_SUCKS.has(next.norm)) return false;
  if (next && !isWord(next) && !isClauseMark(next) && !['!', ',', '.', ';', ':', ')'].includes(next.raw)) return false;
  if (r.negated(at, 2)) return false;
  let subject = r.subjectBefore(at);
  // "Providers in this region suck": the head comes before a place or a kind after it.
  if (!aimedAt(r, subject) && subject.first > 0 && ['in', 'from', 'of', 'at', 'on'].includes(word(r, subject.first - 1)))
    subject = r.subjectBefore(subject.first - 1);
  if (!aimedAt(r, subject)) return false;
  r.blame('verdict', categoryFor(subject.cls), subject.first, at, at, at);
  return true;
}

/** "Shame on you", "shame on the vendor", "shame on Acme": reproach aimed at whoever follows. */
function shameOn(r: SentenceReader, at: number): boolean {
  if (word(r, at + 1) !== 'on' || !isWord(r.t[at + 2])) return false;
  if (r.negated(at, 2) || ['no', 'without'].includes(word(r, at - 1))) return false;
  const target = word(r, at + 2);
  let cls: PersonClass | null = null;
  if (target === 'you' || target === 'him' || target === 'her') cls = 'individual';
  else if (target === 'them' || target === 'us') cls = 'group';
  else if (target === 'me') cls = 'self';
  else {
    const person = r.personAfter(at + 2);
    if (person) cls = person.cls;
    else if (PROVIDERS.has(word(r, at + 3)) || PROVIDERS.has(target) || /^[A-Z]/.test(r.t[at + 2].raw)) cls = 'group';
  }
  if (!cls) return false;
  r.blame('verdict', categoryFor(cls), at, at + 2, at, at + 2);
  return true;
}

/** Words that end a noun phrase read forward: "by our colo provider for years". */
const PHRASE_ENDS = new Set(['for', 'that', 'who', 'which', 'and', 'but', 'to', 'with', 'in', 'on', 'at', 'after', 'when', 'because', 'of']);

/** The last word of the noun phrase from `from`, within five words: "our colo provider" → "provider". */
function headAfter(r: SentenceReader, from: number): number {
  let head = -1;
  for (let k = from; k < from + 5 && isWord(r.t[k]) && !PHRASE_ENDS.has(r.t[k].norm); k++) head = k;
  return head;
}

/** Words after "sham" that keep it a noun of its own, not a modifier ("a sham transaction" is a term). */
const AFTER_SHAM = new Set(['that', 'and', 'but', 'of', 'from', 'anyway', 'really']);

/** "The complete sham that was Acme", "their uptime promise was a sham": a provider's dealings called a sham. */
function sham(r: SentenceReader, at: number): boolean {
  if (isWord(r.t[at + 1]) && !AFTER_SHAM.has(r.t[at + 1].norm)) return false;
  let det = at - 1;
  while (INTENSIFIERS.has(word(r, det))) det--;
  if (!['a', 'the', 'such'].includes(word(r, det)) && !INTENSIFIERS.has(word(r, at - 1))) return false;
  if (r.negated(det, 2)) return false;
  r.blame('verdict', 'group-fault', det + 1, at, det + 1, at);
  return true;
}

/**
 * "Customers got completely scammed", "we were scammed by our hosting provider", "that company is a
 * scam": people cheated by those they paid. A scam that is an attack's means ("a phishing scam",
 * "scammed by a fake support page") is left; it tells what an attacker did.
 */
function scammed(r: SentenceReader, at: number, end: number): boolean {
  const t = r.t;
  const w = t[at].norm;
  if (w === 'scam') {
    let det = at - 1;
    while (INTENSIFIERS.has(word(r, det))) det--;
    if (!['a', 'such'].includes(word(r, det)) || ATTACK_SCAMS.has(word(r, at - 1))) return false;
    if (!['is', 'was', "'s"].includes(word(r, det - 1)) || r.negated(det, 2)) return false;
    const subject = r.subjectBefore(det - 1);
    if (!aimedAt(r, subject)) return false;
    r.blame('verdict', categoryFor(subject.cls), subject.first, at, det, at);
    return true;
  }
  let aux = at - 1;
  while (INTENSIFIERS.has(word(r, aux))) aux--;
  if (!['got', 'get', 'gets', 'getting', 'were', 'was', 'been', 'being'].includes(word(r, aux))) return false;
  if (r.negated(aux, 2)) return false;
  // "Scammed by a fake support page": an attack told, unless the "by" names people or a provider.
  const by = word(r, end + 1) === 'by';
  if (by && !r.personAfter(end + 2) && !PROVIDERS.has(word(r, headAfter(r, end + 2)))) return false;
  // Without "by", plain "were scammed" is as often a report of a fraud's victims: only the colloquial "got scammed" judges.
  if (!by && !['got', 'get', 'gets', 'getting'].includes(word(r, aux))) return false;
  r.blame('verdict', 'group-fault', aux, end, aux, end);
  return true;
}

/** Contempt said outright at word `at`. */
export function contempt(r: SentenceReader, at: number): boolean {
  const t = r.t;
  if (t[at].literal) return false;
  switch (t[at].norm) {
    case 'suck':
    case 'sucks':
    case 'sucked':
      return sucks(r, at);
    case 'shame':
      return shameOn(r, at);
    case 'sham':
      return sham(r, at);
    case 'scam':
    case 'scammed':
      return scammed(r, at, at);
    case 'ripped':
      return word(r, at + 1) === 'off' && scammed(r, at, at + 1);
    default:
      return false;
  }
}
