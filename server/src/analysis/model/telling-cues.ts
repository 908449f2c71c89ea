/**
 * The words an incident notice is told with, one small set per language: what names the
 * incident, the past, the authors speaking ("we"), a cause, the service back, what will be done,
 * an apology. The recognition of an incident told in prose (`detect.ts`) reads a document with
 * the set of the language its prose is written in; English is the set `detect.ts` keeps beside
 * its other readings, and the sets here are those of notices written in German, French and
 * Spanish. Data only: the reading is the same whatever the language.
 */

/** The cues of one language. Every pattern is tested on one sentence (or on the opening prose, by the quick scan). */
export interface TellingCues {
  /** Words that name an incident: an outage, a disruption, a service unreachable. */
  incident: RegExp;
  /** A verb or a day of the past: something that happened. */
  past: RegExp;
  /** The perfect tense of being ("has been"), read as the past. */
  hasBeen: RegExp;
  /** Something gone wrong besides an incident's own words: an error, a failure, a problem. */
  wrong: RegExp;
  /** `wrong` with the global flag, to take its words out of a sentence. */
  wrongAll: RegExp;
  /** A sentence that opens on a condition: a case put, not one that happened. */
  conditional: RegExp;
  /** The authors in the plural. */
  we: RegExp;
  /** The authors in the singular. */
  firstPerson: RegExp;
  /** An apology in the first person. */
  apology: RegExp;
  /** Sorry or an apology, however put; read with the first person. */
  sorry: RegExp;
  /** What will be done, or was learned. */
  answer: RegExp;
  /** The service back. */
  recovered: RegExp;
  /** A cause given. */
  cause: RegExp;
  /** A cause told as an event: a change that broke something, and what followed. */
  eventCause: RegExp;
  /** The account announced ("here is what happened"). */
  announced: RegExp;
  /** The authors say they made the report. */
  ownReport: RegExp;
  /** A day named relative to the writing, a weekday, a date. */
  when: RegExp;
  /** A date in running text. */
  date: RegExp;
  /**
   * Planned work named in a notice's opening (maintenance, a scheduled change): a notice of it
   * tells a cause and the service back too. Null where the language's reading has none.
   */
  planned: RegExp | null;
}

/** Matches nothing: a cue a language's set does not read. */
const NEVER = /(?!)/;

/**
 * Alternatives read as whole words: no letter (of any script) right before or after. `\b` knows
 * ASCII letters only, so it finds a word's end inside "Störung" and none after "daß".
 */
function words(alternatives: string, flags = 'iu'): RegExp {
  return new RegExp(String.raw`(?<!\p{L})(?:${alternatives})(?!\p{L})`, flags);
}

/** A letter run that may lead a compound ("Netzwerk" in "Netzwerkstörung", "Strom" in "Stromausfall"). */
const LEAD = String.raw`\p{L}*`;

const GERMAN_WRONG = String.raw`${LEAD}(?:fehler|fehlfunktion(?:en)?|probleme?n?|defekte?[nrs]?)`;

const GERMAN: TellingCues = {
  incident: words(
    String.raw`${LEAD}(?:störung(?:en)?|ausfall|ausfalls|ausfälle[n]?|unterbrechung(?:en)?|beeinträchtigung(?:en)?|datenverlust(?:e|s)?)|downtime|outage|ausgefallen|(?:nicht|kaum|nur eingeschränkt) (?:mehr )?(?:erreichbar|verfügbar|nutzbar|zur verfügung)`,
  ),
  past: words(
    String.raw`war|waren|wurde|wurden|hatte|hatten|gab es|kam es|fiel(?:en)? aus|trat(?:en)? auf|gestern|gestrigen|vergangene[nmrs]?|heute (?:morgen|früh|nacht)|letzte nacht|ausgefallen|aufgetreten|versagt|festgestellt|bemerkt`,
  ),
  hasBeen: NEVER,
  wrong: words(GERMAN_WRONG),
  wrongAll: words(GERMAN_WRONG, 'giu'),
  conditional: /^[^\p{L}]*(?:wenn|falls|sofern|sollten?|im falle)(?!\p{L})/iu,
  we: words('wir|unser\\p{L}*|uns'),
  firstPerson: words('ich|mein\\p{L}*|mir|mich'),
  apology: words(String.raw`(?:wir|uns|ich|mir)(?!\p{L})[^.!?]{0,100}?(?:entschuldig\p{L}*|bedauer\p{L}*|leid)`),
  sorry: words(String.raw`entschuldig\p{L}*|bedauer\p{L}*|tut (?:uns|mir) (?:sehr |aufrichtig )?leid`),
  answer: words(
    String.raw`wir werden|werden wir|künftig|zukünftig|in zukunft|in planung|(?:vermeiden|verhindern),? dass|analysieren wir|wir analysieren|untersuchen wir|wir untersuchen|wir haben (?:inzwischen|mittlerweile|seitdem)`,
  ),
  recovered: words(
    String.raw`behoben|wiederhergestellt|wieder (?:erreichbar|verfügbar|online|stabil|normal|nutzbar|in betrieb)|(?:funktionier|lief|läuft|laufen)\p{L}* (?:\p{L}+ )?wieder|normalbetrieb`,
  ),
  cause: words(String.raw`ursache\p{L}*|aufgrund|verursacht|ausgelöst|zurückzuführen|grund (?:dafür|hierfür) war|lag (?:an|daran)`),
  eventCause: NEVER,
  announced: NEVER,
  ownReport: NEVER,
  when: words(
    String.raw`gestern|gestrigen|heute|letzte nacht|(?:am|letzten|vergangenen) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}`,
  ),
  date: /(?<!\d)\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{4}|(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)(?!\p{L}))/iu,
  planned: words(String.raw`${LEAD}wartung\p{L}*|geplante\p{L}*|angekündigte\p{L}*`),
};

const FRENCH_WRONG = String.raw`erreurs?|problèmes?|défaillances?|bugs?|bogues?|plantages?`;

const FRENCH: TellingCues = {
  incident: words(
    String.raw`pannes?|incidents?|interruptions?|indisponibilités?|coupures?|dysfonctionnements?|perte de données|hors (?:service|ligne)|(?:indisponibles?|inaccessibles?)`,
  ),
  past: words(
    String.raw`était|étaient|a été|ont été|avons|avait|avaient|hier|ce matin|cette nuit|la nuit dernière|s['’]est produit\p{L}*|est survenu\p{L}*|sont survenu\p{L}*|a (?:eu|causé|provoqué|touché|affecté)|ont (?:eu|causé|provoqué|touché|affecté)`,
  ),
  hasBeen: NEVER,
  wrong: words(FRENCH_WRONG),
  wrongAll: words(FRENCH_WRONG, 'giu'),
  conditional: /^[^\p{L}]*(?:si|lorsque|quand|en cas)(?!\p{L})/iu,
  we: words('nous|notre|nos'),
  firstPerson: words('je|mon|mes'),
  apology: words(String.raw`(?:nous|je)(?!\p{L})[^.!?]{0,100}?(?:excus\p{L}*|désolé\p{L}*|regrett\p{L}*)|nos (?:plus )?(?:sincères )?excuses`),
  sorry: words(String.raw`excus\p{L}*|désolé\p{L}*|regrett\p{L}*`),
  answer: words(
    String.raw`nous allons|nous (?:mettrons|ajouterons|améliorerons|renforcerons|revoyons|travaillons)|afin (?:d['’]éviter|que cela ne se reproduise)|pour éviter|à l['’]avenir|désormais|nous avons depuis`,
  ),
  recovered: words(
    String.raw`rétabli\p{L}*|résolu\p{L}*|restauré\p{L}*|de nouveau (?:disponible|accessible|opérationnel)\p{L}*|(?:fonctionne|fonctionnent) (?:à nouveau|de nouveau|normalement)|retour à la normale`,
  ),
  cause: words(
    String.raw`(?:la|une|les) causes?|caus[ée]\p{L}* par|en raison d|à cause d|d[uû]e? à|dus à|provoqu[ée]\p{L}* par|déclench[ée]\p{L}* par|(?:l['’]|son |leur )origine`,
  ),
  eventCause: NEVER,
  announced: NEVER,
  ownReport: NEVER,
  when: words(String.raw`hier|aujourd['’]hui|ce matin|cette nuit|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?|\d{1,2}/\d{1,2}/\d{4}`),
  date: /(?<!\d)\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?!\p{L})|(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}/iu,
  planned: words(String.raw`maintenance|planifié\p{L}*|programmé\p{L}*`),
};

const SPANISH_WRONG = String.raw`errore?s?|problemas?|fallos?|fallas?|bugs?`;

const SPANISH: TellingCues = {
  incident: words(
    String.raw`incidentes?|incidencias?|caídas?|interrupci(?:ón|ones)|cortes?|pérdida de datos|fuera de servicio|sin servicio|no (?:estuvo |estaba |estuvieron |estaban )?(?:disponibles?|accesibles?)`,
  ),
  past: words(
    String.raw`fue|fueron|estaba|estaban|estuvo|estuvieron|hubo|había|ayer|esta mañana|anoche|ocurri[óo]|se produjo|sufrimos|tuvimos|detectamos|experimentamos|caus[óo]|provoc[óo]|qued[óo]|quedaron`,
  ),
  hasBeen: NEVER,
  wrong: words(SPANISH_WRONG),
  wrongAll: words(SPANISH_WRONG, 'giu'),
  conditional: /^[^\p{L}]*(?:si|cuando|en caso)(?!\p{L})/iu,
  we: words('nosotros|nuestr\\p{L}*|nos'),
  firstPerson: words('yo|mis?'),
  apology: words(String.raw`(?:pedimos|ofrecemos) (?:\p{L}+ )?disculpas|nos disculpamos|lamentamos|sentimos (?:mucho )?(?:las|los|el|la|cualquier|este|esta)`),
  sorry: words(String.raw`disculp\p{L}*|lament\p{L}*|perd[óo]n`),
  answer: words(
    String.raw`vamos a|(?:implementaremos|añadiremos|mejoraremos|revisaremos|trabajaremos|reforzaremos)|para evitar|en el futuro|a partir de ahora|hemos (?:implementado|añadido|mejorado|reforzado)`,
  ),
  recovered: words(
    String.raw`restablecid\p{L}*|restaurad\p{L}*|resuelt\p{L}*|solucionad\p{L}*|(?:de nuevo|nuevamente) (?:disponible|operativo|en línea|funcionando)\p{L}*|volvi(?:ó|o|eron) a funcionar|normalidad`,
  ),
  cause: words(String.raw`(?:la|una) causa|debido a|causad\p{L}* por|provocad\p{L}* por|a raíz de|se debi[óo]|originad\p{L}* por|por culpa de`),
  eventCause: NEVER,
  announced: NEVER,
  ownReport: NEVER,
  when: words(String.raw`ayer|hoy|anoche|esta mañana|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|\d{1,2}/\d{1,2}/\d{4}`),
  date: /(?<!\d)\d{1,2}\sde\s(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?!\p{L})|(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}/iu,
  planned: words(String.raw`mantenimiento|programad\p{L}*|planificad\p{L}*`),
};

/**
 * Short words that mark a language's running prose (articles, conjunctions, "we", "is"), none
 * shared by two of the languages read: counted over a text to tell which language it is in.
 */
const MARKERS: readonly [string, RegExp][] = [
  ['en', words('the|and|of|to|is|was|were|we|our|with|this|that', 'giu')],
  ['de', words('der|die|das|und|ist|wir|nicht|mit|von|den|dem|eine?|wurde|auf|zu', 'giu')],
  ['fr', words('le|les|et|est|nous|des|une|pour|dans|du|au|avons|été', 'giu')],
  ['es', words('el|los|las|y|que|del|por|para|con|una|fue|nuestr[oa]s?|hemos', 'giu')],
];

/** The sets of the languages read besides English, by the name `languageOf` gives. */
const FOREIGN: Readonly<Record<string, TellingCues>> = { de: GERMAN, fr: FRENCH, es: SPANISH };

/** A letter German, French or Spanish writes and English does not. */
const ACCENTED = /[äöüßéèêàâçñáíóúù]/i;

/** Marker words a language needs, more than English has, before its set is read. */
const MARKERS_NEEDED = 8;

/** How much of a text is looked at to tell its language. */
const LANGUAGE_LOOKED_AT = 3000;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let found = 0;
  while (pattern.exec(text)) found++;
  return found;
}

/**
 * The cue set of the language a text is written in, when it is German, French or Spanish (it
 * writes an accented letter, and its marker words outnumber English ones and are at least
 * `MARKERS_NEEDED`); null for English, or a text too short to tell.
 */
export function foreignCues(text: string): TellingCues | null {
  const sample = text.length > LANGUAGE_LOOKED_AT ? text.slice(0, LANGUAGE_LOOKED_AT) : text;
  // Prose in these languages writes accented letters (ä, ß, é, ñ ...) within a few lines: a text
  // without one is not counted, which keeps the look cheap on the many English files.
  if (!ACCENTED.test(sample)) return null;
  let best = 'en';
  let most = 0;
  let english = 0;
  for (const [language, pattern] of MARKERS) {
    const found = count(pattern, sample);
    if (language === 'en') english = found;
    else if (found > most) {
      most = found;
      best = language;
    }
  }
  return most >= MARKERS_NEEDED && most > english ? FOREIGN[best] : null;
}
