/**
 * The words the blameless checks know: people and groups, fault verbs, character words, and the
 * system vocabulary they must leave alone. Everything is lower case; apostrophes are straight.
 */

/** Pronouns and words that stand for one person. */
export const INDIVIDUAL_PRONOUNS = new Set(['he', 'she', 'him', 'someone', 'somebody', 'whoever']);

/**
 * The second person: in a post-mortem, the reader addressed, or anyone at all ("if you skip the
 * canary …", a heading "What you missed in the logs"), not one person singled out.
 */
export const SECOND_PERSON_PRONOUNS = new Set(['you', 'yourself', 'yourselves']);
export const SELF_PRONOUNS = new Set(['i', 'me', 'myself']);
export const WE_PRONOUNS = new Set(['we', 'us']);
export const THEY_PRONOUNS = new Set(['they', 'them']);

/** Possessive pronouns, with who they point at. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'individual' | 'self' | 'we' | 'they'> = new Map([
  ['his', 'individual'],
  ['her', 'individual'],
  ['your', 'individual'],
  ['my', 'self'],
  ['our', 'we'],
  ['their', 'they'],
]);

/** Nouns that name one person by their role. */
export const ROLES = new Set([
  'engineer',
  'developer',
  'dev',
  'programmer',
  'operator',
  'admin',
  'administrator',
  'sysadmin',
  'dba',
  'sre',
  'intern',
  'contractor',
  'consultant',
  'reviewer',
  'approver',
  'author',
  'committer',
  'maintainer',
  'on-call',
  'oncall',
  'on-caller',
  'oncaller',
  'responder',
  // "The primary contact missed the page": the person to reach for a service.
  'contact',
  'commander',
  'ic',
  'manager',
  'lead',
  'employee',
  'person',
  'guy',
  'colleague',
  'coworker',
  'co-worker',
  'teammate',
  'newcomer',
  'hire',
  'junior',
  'tester',
  'analyst',
  'architect',
  'technician',
  'releaser',
  'deployer',
  'human',
  'staffer',
  'owner',
  'individual',
  // People of an open project or a community: "a contributor should have …", "the moderator forgot".
  'contributor',
  'volunteer',
  'moderator',
]);

/** The determiners and possessives that open a noun phrase ("the", "our", "that"). */
const DETERMINER_WORDS = ['the', 'a', 'an', 'our', 'their', 'his', 'her', 'my', 'your', 'this', 'that'];
export const DETERMINERS: ReadonlySet<string> = new Set(DETERMINER_WORDS);

/**
 * Roles that also name software ("the lock manager", "the Kafka operator"): a person only after
 * a determiner or one of `PERSON_ROLE_MODIFIERS`.
 */
export const AMBIGUOUS_ROLES = new Set([
  'manager',
  'operator',
  'owner',
  'lead',
  'admin',
  'author',
  'commander',
  'human',
  'person',
  'individual',
  'hire',
  'junior',
  'responder',
  'reviewer',
  'approver',
]);
export const PERSON_ROLE_MODIFIERS = new Set([
  ...DETERMINER_WORDS,
  'one',
  'release',
  'incident',
  'engineering',
  'product',
  'project',
  'program',
  'delivery',
  'team',
  'on-call',
  'oncall',
  'duty',
  'shift',
  'change',
  'site',
  'new',
  'junior',
  'senior',
  'code',
  'human',
  'service',
  'system',
  'database',
  'network',
  'primary',
  'secondary',
  'tech',
  'technical',
  'first',
  'second',
  'other',
  'same',
  'assigned',
  'responsible',
  'some',
  'any',
]);

/** Nouns that name a group of people. */
export const GROUPS = new Set([
  'team',
  'teams',
  'ops',
  'devops',
  'qa',
  'sres',
  'management',
  'folks',
  'people',
  'staff',
  'everyone',
  'everybody',
  'engineers',
  'developers',
  'devs',
  'programmers',
  'operators',
  'admins',
  'administrators',
  'sysadmins',
  'dbas',
  'interns',
  'contractors',
  'consultants',
  'reviewers',
  'approvers',
  'authors',
  'maintainers',
  'managers',
  'leadership',
  'humans',
  'employees',
  'responders',
  'testers',
  'squad',
  'crew',
  'department',
  'vendor',
  'vendors',
  'supplier',
  'suppliers',
  'parties',
  'partners',
  'contributors',
  'colleagues',
  'coworkers',
  'teammates',
  'volunteers',
  'moderators',
]);

/**
 * Words before "member" that make it a person ("a team member", "staff members"); "a member of the
 * replica set" and "the cluster member" are machines.
 */
export const PERSON_MEMBER_MODIFIERS = new Set(['team', 'staff', 'crew', 'community', 'core', 'project', 'committee', 'board', 'faculty']);

/** Words that end the name of an organisation ("Acme Corp", "Example Inc."): a group of people. */
export const ORGANISATION_SUFFIXES = new Set(['corp', 'corporation', 'inc', 'ltd', 'llc', 'gmbh', 'plc', 'co', 'company', 'ag', 'sa']);

/** Common words that are also first names, and tool names that are; never taken for a person. */
export const NOT_NAMES = new Set(
  (
    'cassandra athena aurora ruby perl julia ada pascal crystal jasmine travis alexa bard claude bert will may june ' +
    'april august page chase max mark grant jack hunter dean bill art cash chip sky skip rocky sunny hope faith grace ' +
    'joy amber penny drew rob sandy gene nick van wolf fern dawn storm forest reed miles lance holly ivy iris lily ' +
    'heather rose violet daisy ginger basil jade pearl opal coral olive cherry berry candy brandy sherry angel king ' +
    'prince earl duke baron major sterling royal price rich bliss bond glen dale hill lane clay flint buck jay robin ' +
    'wren lark cole ford lincoln kent carter porter cooper mason miller turner walker hardy noble mercy patience ' +
    'constance prudence chance lucky happy sonny buddy star spike rex orion venus monday tuesday friday sunday ' +
    'christmas easter so an do the in on at to by of or and as is it be he she we us i me my our your ' +
    // Adverbs and determiners that open sentences ("Even customers who …", "Any user …").
    'even else early any'
  ).split(' '),
);

/** Words that may sit between a subject and its verb: adverbs and auxiliaries. */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'accidentally',
  'mistakenly',
  'inadvertently',
  'apparently',
  'also',
  'then',
  'again',
  'just',
  'simply',
  'clearly',
  'obviously',
  'completely',
  'totally',
  'somehow',
  'probably',
  'likely',
  'unfortunately',
  'still',
  'already',
  'actually',
  'ultimately',
  'later',
  'subsequently',
  'initially',
  'first',
  'eventually',
  'evidently',
  'unknowingly',
  'unwittingly',
  'once',
  'had',
  'has',
  'have',
  'must',
  'may',
  'might',
  'certainly',
  'definitely',
  'really',
  'seemingly',
  'allegedly',
  'reportedly',
  'repeatedly',
  'consistently',
  'promptly',
  'quickly',
  'immediately',
  'even',
  'only',
  'both',
  'all',
  'himself',
  'herself',
  'themselves',
  'ourselves',
  'myself',
  'personally',
  'basically',
  'literally',
  'carelessly',
  'sloppily',
  'lazily',
  'recklessly',
  'negligently',
  'stupidly',
  'again',
  'always',
  'often',
  'sometimes',
  'usually',
  'regularly',
  'routinely',
  'twice',
  'entirely',
  'fully',
  'partly',
  'somewhat',
  'kind',
  'sort',
  'of',
  'did',
  'does',
  'do',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'frankly',
  'honestly',
]);

/** Modifiers that belong to a person's noun phrase ("the junior on-call engineer"). */
export const NOUN_PHRASE_MODIFIERS = new Set([
  ...DETERMINER_WORDS,
  'one',
  'new',
  'junior',
  'senior',
  'same',
  'other',
  'release',
  'on-call',
  'oncall',
  'primary',
  'secondary',
  'backup',
  'lead',
  'database',
  'platform',
  'infrastructure',
  'infra',
  'network',
  'networking',
  'frontend',
  'front-end',
  'backend',
  'back-end',
  'security',
  'payments',
  'ops',
  'sre',
  'qa',
  'support',
  'data',
  'web',
  'mobile',
  'api',
  'storage',
  'responsible',
  'deploying',
  'reviewing',
  'assigned',
  'incident',
  'duty',
  'staff',
  'site',
  'reliability',
  'software',
  'systems',
  'operations',
  'devops',
  'product',
  'core',
  'mobile',
  'billing',
  'dba',
  'night',
  'weekend',
  'overnight',
  'day',
  "vendor's",
]);

/** Words that end a clause for the purpose of finding a subject. */
export const CLAUSE_MARKS = new Set([';', ':', '—', '–', '-', '(', ')', '"', '“', '”', '[', ']', '!', '?', '.', '…']);

/**
 * Fault verbs that only people do ("forgot", "neglected", "messed up"). Any subject that may be
 * a person, even an unknown capitalised word or an omitted subject, makes them blame.
 */
export const STRONG_FAULT_PHRASES: readonly string[] = [
  'forgot',
  'forgotten',
  'forgets',
  'neglected',
  'neglects',
  "didn't bother",
  'did not bother',
  'never bothered',
  "couldn't be bothered",
  'could not be bothered',
  "didn't care",
  'did not care',
  'messed up',
  'messes up',
  'screwed up',
  'screws up',
  'fucked up',
  'cocked up',
  'botched',
  'bungled',
  'blundered',
  'goofed',
  'goofed up',
  'fumbled',
  'flubbed',
  'dropped the ball',
  'fat-fingered',
  'fat fingered',
  'mistyped',
  'overlooked',
  'should have known',
  "should've known",
  'ought to have known',
  'should know better',
  "wasn't paying attention",
  'was not paying attention',
  "weren't paying attention",
  'were not paying attention',
  "didn't pay attention",
  'did not pay attention',
  // The same with a degree of attention: "we did not pay enough attention".
  ...["didn't pay", 'did not pay', "wasn't paying", 'was not paying', "weren't paying", 'were not paying'].flatMap((not) =>
    ['close', 'closer', 'much', 'enough', 'full', 'proper', 'careful', 'sufficient', 'any', 'very close', 'super close', 'super-close'].map(
      (degree) => `${not} ${degree} attention`,
    ),
  ),
  "wasn't careful",
  'was not careful',
  "weren't careful",
  'were not careful',
  "wasn't thorough",
  'was not thorough',
  "weren't thorough",
  'were not thorough',
  'not thorough',
  'not careful enough',
  "didn't think",
  'did not think',
  "didn't bother to",
  // The same care wished for in a condition: "had we bothered to look", "if she had bothered to ask".
  ...['had i', 'had we', 'had he', 'had she', 'had they', 'had anyone', 'had someone', "if i'd", "if we'd"].map((had) => `${had} bothered to`),
  ...['i', 'we', 'he', 'she', 'they', 'anyone', 'someone'].map((who) => `if ${who} had bothered to`),
  'was asleep at the wheel',
  'were asleep at the wheel',
  'dropped the ball on',
  // Evidence set aside by the person reading it: "I explained the warnings away twice".
  'explained it away',
  'explained them away',
  'explained away',
  'brushed it off',
  'brushed them off',
  'waved it away',
  'waved it off',
  'wrote it off as',
  // Responsibility phrases: a duty set aside, a refusal to help.
  ...['abandoned', 'shirked', 'neglected', 'ignored', 'evaded', 'dodged', 'disregarded'].flatMap((verb) =>
    ['their', 'his', 'her', 'its', 'our', 'my'].flatMap((owner) =>
      ['responsibility', 'responsibilities', 'duty', 'duties', 'obligations'].map((duty) => `${verb} ${owner} ${duty}`),
    ),
  ),
  ...["didn't", 'did not', 'never', "wouldn't", 'would not', 'refused to'].flatMap((not) =>
    ['take responsibility', 'take ownership', 'take accountability', 'took responsibility', 'took ownership', 'took accountability'].map(
      (what) => `${not} ${what}`,
    ),
  ),
  ...['took no', 'takes no', 'accepted no', 'showed no'].flatMap((took) => ['responsibility', 'accountability'].map((what) => `${took} ${what}`)),
  ...['their', 'his', 'her', 'its'].flatMap((owner) => [`failed in ${owner} duty`, `failed in ${owner} duties`, `failed in ${owner} responsibilities`]),
  ...['should have been more', "should've been more", 'could have been more'].flatMap((was) =>
    ['careful', 'thorough', 'diligent', 'cautious', 'attentive'].map((care) => `${was} ${care}`),
  ),
  // Haste in a change a person pushed through: "Kim rushed the release", "we hurried the
  // migration". Rushing a fix or to the office is response work and stays out.
  ...['rushed', 'hurried'].flatMap((verb) =>
    ['the', 'a', 'this', 'that', 'their', 'his', 'her', 'our', 'my'].flatMap((owner) =>
      ['release', 'change', 'deploy', 'deployment', 'rollout', 'migration', 'upgrade', 'review', 'merge', 'launch', 'cutover'].map(
        (work) => `${verb} ${owner} ${work}`,
      ),
    ),
  ),
  'rushed through the review',
  'cut corners',
  'took shortcuts',
  'took a shortcut',
  'went rogue',
  ...["didn't do", 'did not do', 'failed to do', "wasn't doing", 'was not doing'].flatMap((not) =>
    ['their job', 'his job', 'her job', 'their jobs'].map((job) => `${not} ${job}`),
  ),
  ...["didn't know", 'did not know'].flatMap((not) =>
    ['what he was doing', 'what she was doing', 'what they were doing', 'what i was doing', 'what we were doing'].map((what) => `${not} ${what}`),
  ),
  'took it upon himself',
  'took it upon herself',
  'took it upon themselves',
  'took no responsibility',
  'shirked',
  'passed the buck',
  'washed their hands of',
  'washed his hands of',
  'washed her hands of',
  ...['refused', 'declined'].flatMap((verb) =>
    ['engage', 'cooperate', 'co-operate', 'help', 'assist', 'acknowledge', 'take responsibility', 'take ownership', 'listen', 'communicate'].map(
      (what) => `${verb} to ${what}`,
    ),
  ),
];

/** Keeping people uninformed ("we did not notify the owners"): a fault phrase, and one "we" may own. */
const LEFT_UNINFORMED = [
  "didn't communicate",
  'did not communicate',
  "didn't inform",
  'did not inform',
  "didn't notify",
  'did not notify',
  'never communicated',
  'never informed',
  'never notified',
];

/**
 * Care not taken ("did not test", "never reviewed"): a weak fault phrase, and one "we" may own
 * (WE_FAULT_PHRASES).
 */
const DILIGENCE_LAPSES = [
  "didn't check",
  'did not check',
  "didn't test",
  'did not test',
  "didn't verify",
  'did not verify',
  "didn't review",
  'did not review',
  "didn't double-check",
  'did not double-check',
  'never checked',
  'never tested',
  'never verified',
  'never reviewed',
];

/**
 * Fault verbs that systems do too ("the job failed to start", "the cache missed"). They are blame
 * only with a subject known to be a person: a name, a handle, a role, a group, he, she or I.
 */
/** Words that grade a mistake someone made: "made a costly mistake", "made an awful error". */
const MISTAKE_GRADES: readonly string[] = [
  'costly',
  'serious',
  'grave',
  'major',
  'real',
  'simple',
  'basic',
  'silly',
  'careless',
  'dumb',
  'stupid',
  'critical',
  'fatal',
  'big',
  'huge',
  'terrible',
  'awful',
  'catastrophic',
  'disastrous',
  'horrible',
];

export const WEAK_FAULT_PHRASES: readonly string[] = [
  // Haste judged: "I was too quick to approve the pull request" (a timer may be "too quick to fire").
  ...['was', 'were'].flatMap((be) => [`${be} too quick to`, `${be} too hasty`]),
  'failed to',
  'fails to',
  'ignored',
  'ignores',
  'missed',
  'misses',
  'broke',
  'breaks',
  'caused',
  'causes',
  'skipped',
  'skips',
  ...DILIGENCE_LAPSES,
  "didn't read",
  'did not read',
  "didn't follow",
  'did not follow',
  "didn't notice",
  'did not notice',
  // "The vendor refused to refund us", "Sam refused to roll back": a refusal of any act, by a person.
  'refused to',
  'refuses to',
  // "The reviewer didn't catch the typo": an omission of review, like "didn't notice".
  "didn't catch",
  'did not catch',
  // "We did not tell our users about the window": keeping people uninformed, an omission of the authors or of a person.
  ...LEFT_UNINFORMED,
  "didn't spot",
  'did not spot',
  "didn't escalate",
  'did not escalate',
  "didn't look",
  'did not look',
  "didn't ask",
  'did not ask',
  "didn't wait",
  'did not wait',
  'never read',
  'never followed',
  'made a mistake',
  'made an error',
  'made a typo',
  'made a blunder',
  'made an oversight',
  'made a bad call',
  'made the wrong call',
  'made a poor decision',
  'made a bad decision',
  'made mistakes',
  'made errors',
  // "I made more mistakes than usual": mistakes counted are still owned.
  'made more mistakes',
  'made several mistakes',
  'made some mistakes',
  'made many mistakes',
  'made a few mistakes',
  'made a couple of mistakes',
  // "I made a costly mistake", "she made a serious error": a mistake graded is still owned.
  ...MISTAKE_GRADES.flatMap((grade) => ['mistake', 'error', 'blunder'].map((what) => `made ${/^[aeiou]/.test(grade) ? 'an' : 'a'} ${grade} ${what}`)),
  'was at fault',
  'were at fault',
  'is at fault',
  'are at fault',
  'is to blame',
  'was to blame',
  'are to blame',
  'were to blame',
  'was blamed',
  'were blamed',
  'is the culprit',
  'was the culprit',
  'were the culprits',
  'are the culprits',
  'is responsible for the outage',
  'was responsible for the outage',
  'was responsible for the incident',
  'is responsible for the incident',
  'should have checked',
  'should have tested',
  'should have caught',
  'should have noticed',
  'should have double-checked',
  'should have verified',
  'should have read',
  'should have followed',
  'should have asked',
  'should have waited',
  'should have reviewed',
  'should have realised',
  'should have realized',
  "should've checked",
  "should've tested",
  "should've caught",
  "should've noticed",
  // Rules and warnings set aside.
  'bypassed',
  'circumvented',
  'violated',
  'disregarded',
  'chose to ignore',
  // A safeguard set aside by choice: as "skipped" and "bypassed", said of a person.
  ...['decided', 'chose', 'opted', 'elected'].flatMap((choice) => ['skip', 'bypass', 'circumvent'].map((what) => `${choice} to ${what}`)),
  'decided to ignore',
  'decided not to follow',
  ...['a bug', 'the bug', 'a regression', 'the regression', 'a typo', 'the typo', 'an error', 'the error', 'a mistake'].map((what) => `introduced ${what}`),
  // "I introduced a new bug while fixing the old one", "she introduced another regression".
  ...['a second', 'a new', 'a subtle', 'a nasty', 'a serious', 'another', 'the second', 'the new', 'one more'].flatMap((which) =>
    ['bug', 'regression', 'typo', 'error', 'mistake'].map((what) => `introduced ${which} ${what}`),
  ),
  // Judging a person's reading of the situation.
  'misjudged',
  'misread',
  'misunderstood',
  'misinterpreted',
  'mishandled',
  'misconfigured',
  'forget to',
  "wasn't aware",
  'was not aware',
  "wasn't fully aware",
  'was not fully aware',
  "weren't aware",
  'were not aware',
  'was unaware',
  'were unaware',
  'had no idea',
  ...['is', 'was', 'are', 'were'].flatMap((be) =>
    [
      'this mess',
      'the mess',
      'this outage',
      'this incident',
      'the breach',
      'this breach',
      'the downtime',
      'this downtime',
      'the failure',
      'this failure',
      'the disaster',
      'this disaster',
    ].map((harm) => `${be} responsible for ${harm}`),
  ),
  // A person's foresight or grasp judged as wanting, like "wasn't aware": "the reviewer didn't realise
  // the flag was global", "I never anticipated a second writer", "she underestimated the backlog".
  // Not "expect", "know" or "understand", which also tell the state of an investigation ("I didn't
  // understand why the pod restarted"), nor "consider", which also passes a judgement ("did not
  // consider it a bug"). Of "we" it stays quiet (WE_FAULT_PHRASES): what a team did not foresee is
  // the system's lesson.
  ...["didn't", 'did not'].flatMap((not) => ['realise', 'realize', 'anticipate', 'foresee', 'recognise', 'recognize'].map((verb) => `${not} ${verb}`)),
  ...['realised', 'realized', 'anticipated', 'foresaw', 'recognised', 'recognized'].map((verb) => `never ${verb}`),
  'underestimated',
  'underestimates',
  // Omissions of a step that was theirs to do.
  ...["didn't", 'did not', "doesn't", 'does not', 'never'].flatMap((not) =>
    [
      'update',
      'notify',
      'inform',
      'tell',
      // Keeping others uninformed, with the other verbs of telling: "she did not alert the team".
      'alert',
      'warn',
      'mention',
      'escalate',
      'respond',
      'investigate',
      'flag',
      'create',
      'request',
      'document',
      'communicate',
      'confirm',
      'validate',
      'monitor',
      'double check',
      'announce',
      'rotate',
      'renew',
      'back up',
      'coordinate',
      'consult',
    ].map((verb) => `${not} ${verb}`),
  ),
];

/**
 * The weak fault phrases that also blame "we": an admitted lapse of diligence ("we did not test
 * how long it takes"), not a report of what happened ("we did not deploy until Monday").
 */
export const WE_FAULT_PHRASES: ReadonlySet<string> = new Set([
  ...DILIGENCE_LAPSES,
  'failed to',
  // A misreading the authors own: "we misunderstood how the flag works".
  'misunderstood',
  'misinterpreted',
  'misread',
  ...LEFT_UNINFORMED,
]);

/** What "we failed to" may be followed by and still report an outcome, not a lapse ("we failed to reproduce it"). */
export const FAILED_TO_OUTCOMES = new Set([
  'reproduce',
  'find',
  'determine',
  'identify',
  'connect',
  'restore',
  'recover',
  'resolve',
  'locate',
  'obtain',
  'reach',
  'replicate',
  'start',
  'boot',
  'load',
  'get',
]);

/** Verbs that put a change into the running system: "deployed", "pushed", "shipped". */
const GOING_LIVE = ['deployed', 'deploys', 'pushed', 'pushes', 'merged', 'merges', 'applied', 'applies', 'shipped', 'ships', 'released', 'releases'];

/** Verbs of putting a change in place: with a person as subject and a faulty object, they attribute the fault ("Sam deployed the wrong build"). */
export const CHANGE_VERBS = new Set([
  ...GOING_LIVE,
  'added',
  'adds',
  'introduced',
  'introduces',
  'committed',
  'commits',
  'uploaded',
  'uploads',
  'wrote',
  'writes',
  'entered',
  'enters',
  'typed',
  'types',
  'configured',
  'configures',
  'set',
  'sets',
  'approved',
  'approves',
  'ran',
  'runs',
  'used',
  'uses',
  'chose',
  'chooses',
  'picked',
  'picks',
  'selected',
  'selects',
  'copied',
  'copies',
  'pasted',
  'pastes',
  'made',
  'makes',
  'installed',
  'installs',
]);

/**
 * Verbs that put a change into a running system, said of one person ("Sam pushed the new build to
 * production"): those of `CHANGE_VERBS` that go live, and upgrading and submitting, which a faulty
 * object does not make a slip ("upgraded the broken node" is repair).
 */
export const LIVE_CHANGE_VERBS = new Set([...GOING_LIVE, 'upgraded', 'upgrades', 'submitted', 'submits']);

/** Adjectives that call the object of a change faulty. */
export const FAULTY_OBJECT = new Set([
  'broken',
  'bad',
  'faulty',
  'buggy',
  'incorrect',
  'wrong',
  'invalid',
  'untested',
  'unreviewed',
  'erroneous',
  'defective',
  'mistaken',
]);

/** Judgements of how an act was done: blame when the clause's subject is a person. */
export const MANNER_ADVERBS = new Set([
  'errantly',
  'hastily',
  'blindly',
  'haphazardly',
  'thoughtlessly',
  'mindlessly',
  'cavalierly',
  'heedlessly',
  'rashly',
  'wantonly',
  'blithely',
]);

/** What a person did "without" that judges their care ("without checking", "without being thorough"). */
export const WITHOUT_DILIGENCE = new Set([
  'checking',
  'testing',
  'verifying',
  'reviewing',
  'thinking',
  'asking',
  'consulting',
  'double-checking',
  'reading',
  'looking',
  'telling',
  'notifying',
  'informing',
  'warning',
  'confirming',
  'validating',
  'care',
  'caring',
  'permission',
  'approval',
  'bothering',
  'considering',
  'review',
  'reviews',
]);
/** "without being …". */
export const WITHOUT_BEING = new Set(['thorough', 'careful', 'diligent', 'attentive', 'cautious']);

/** Words of adequacy: negated, with a person as the subject, they judge care ("did not adequately test"). */
export const ADEQUACY_WORDS = new Set([
  'adequately',
  'effectively',
  'properly',
  'sufficiently',
  'reasonably',
  'thoroughly',
  'carefully',
  'diligently',
  'appropriately',
  'responsibly',
  'adequate',
  'proper',
  'sufficient',
  'reasonable',
  'thorough',
  'careful',
  'diligent',
  'appropriate',
  'responsible',
]);

/**
 * Character words that judge only when they are said of a person ("an inexperienced engineer",
 * "the vendor was greedy"), since they also name techniques ("a greedy match", "a naive cache").
 */
export const PERSON_CHARACTER_WORDS = new Set([
  'inexperienced',
  'greedy',
  'arrogant',
  'selfish',
  'dishonest',
  'complacent',
  'naive',
  'naïve',
  'ignorant',
  'unqualified',
  'unprepared',
  'incapable',
  'unreliable',
  'untrustworthy',
  'lax',
  'cowboy',
  'apathetic',
  'indifferent',
  'unresponsive',
  'uncooperative',
  'disorganised',
  'disorganized',
  'unacceptable',
  'rogue',
  'smug',
  'overconfident',
  'over-confident',
]);

/** Words that say a disposition went too far ("overly", "too"). */
export const EXCESS_WORDS: ReadonlySet<string> = new Set(['overly', 'too', 'excessively', 'unduly']);

/**
 * Dispositions of people that are a judgement only in excess: "we were overly aggressive", "the
 * team was too optimistic about the schedule". Said of a system ("the retry policy was overly
 * aggressive") they describe it, and alone ("an ambitious plan") they judge nothing.
 */
export const EXCESS_DISPOSITIONS: ReadonlySet<string> = new Set([
  'aggressive',
  'ambitious',
  'optimistic',
  'confident',
  'eager',
  'hasty',
  'trusting',
  'casual',
  'relaxed',
]);

/** Qualities of care a counterfactual wishes people had had more of ("had we been more careful"). */
export const CARE_WORDS: ReadonlySet<string> = new Set([
  'careful',
  'thorough',
  'diligent',
  'disciplined',
  'attentive',
  'cautious',
  'vigilant',
  'rigorous',
  'methodical',
  'conscientious',
]);

/** Nouns of a person's conduct: judged, they judge the person ("their behaviour was reckless"). */
export const CONDUCT_NOUNS: ReadonlySet<string> = new Set(['behaviour', 'behavior', 'conduct', 'attitude']);

/**
 * Words that judge conduct as a person's (with the character words): "judged that behaviour as
 * blackhat", "their conduct was unethical". Not words that also judge systems ("unacceptable", "erratic").
 */
export const CONDUCT_VERDICTS: ReadonlySet<string> = new Set([
  'blackhat',
  'unethical',
  'dishonest',
  'arrogant',
  'selfish',
  'greedy',
  'shameful',
  'disgraceful',
  'malicious',
  'hostile',
  'rude',
  'abusive',
]);

/** Participles that, followed by "by" and a person, pin a failure on them. */
export const PASSIVE_FAULT = new Set([
  'caused',
  'broken',
  'missed',
  'ignored',
  'overlooked',
  'forgotten',
  'skipped',
  'neglected',
  'botched',
  'bungled',
  'introduced',
]);

/** Words that judge a person's character or care. */
export const CHARACTER_WORDS = new Set([
  'careless',
  'carelessly',
  'carelessness',
  'negligent',
  'negligently',
  'negligence',
  'sloppy',
  'sloppily',
  'sloppiness',
  'lazy',
  'lazily',
  'laziness',
  'incompetent',
  'incompetence',
  'incompetently',
  'reckless',
  'recklessly',
  'recklessness',
  'stupid',
  'stupidly',
  'stupidity',
  'idiot',
  'idiots',
  'idiotic',
  'moron',
  'morons',
  'moronic',
  'clueless',
  'irresponsible',
  'irresponsibly',
  'inattentive',
  'foolish',
  'foolishly',
  'boneheaded',
  'bonehead',
  'dumbass',
  'inexcusable',
  'unprofessional',
  'inept',
  'inexperience',
  'ineptitude',
  'ineptly',
]);

/** Character words that also name a technique: said of a thing, they name it ("a lazy upgrade"). */
export const TECHNIQUE_CHARACTER_WORDS = new Set(['lazy']);

/**
 * Character adverbs that also name a technique, and judge only an act a person does: "the admin
 * lazily reused the old config" against "lazily encode the data", "objects are fetched lazily",
 * "a lazily cloned repository" (release notes and READMEs of many projects use it so).
 */
export const TECHNIQUE_ADVERBS = new Set(['lazily']);

/** System compounds that use a character word as a technical term ("lazy loading"). */
export const CHARACTER_WORD_TERMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'lazy',
    new Set([
      'loading',
      'load',
      'loaded',
      'loads',
      'evaluation',
      'init',
      'initialization',
      'initialisation',
      'instantiation',
      'iterator',
      'iterators',
      'sequence',
      'sequences',
      'val',
      'property',
      'properties',
      'import',
      'imports',
      'binding',
      'bindings',
      'deserialization',
      'allocation',
      'fetch',
      'fetching',
      'consumer',
      'consumers',
      'mode',
      'eval',
      'computation',
      'expansion',
      'list',
      'lists',
      'parsing',
      'static',
      'singleton',
      'column',
      'columns',
      'quantifier',
      'quantifiers',
      'matching',
      'route',
      'routes',
      'module',
      'modules',
      'component',
      'components',
      'hydration',
      'rendering',
      'deletion',
      'replication',
      'expiry',
      'expiration',
      'cleanup',
    ]),
  ],
  ['sloppy', new Set(['quorum', 'quorums'])],
  // "Lazily" beside a verb of computing is the technique, not a manner: "loads the list lazily",
  // "lazily initialised". Read on either side of the adverb.
  [
    'lazily',
    new Set(
      (
        'load loads loaded loading evaluate evaluates evaluated evaluating initialise initialises initialised ' +
        'initialize initializes initialized init instantiate instantiates instantiated create creates created ' +
        'fetch fetches fetched compute computes computed import imports imported resolve resolves resolved ' +
        'render renders rendered allocate allocates allocated bind binds bound compile compiles compiled ' +
        'parse parses parsed construct constructs constructed populate populates populated'
      ).split(' '),
    ),
  ],
]);

/** Nouns after "fault"/"error"/"mistake" that make it a technical term ("error rate", "fault tolerance"). */
export const FAULT_NOUN_TERMS = new Set([
  'rate',
  'rates',
  'budget',
  'budgets',
  'handling',
  'handler',
  'handlers',
  'message',
  'messages',
  'code',
  'codes',
  'log',
  'logs',
  'page',
  'pages',
  'count',
  'counts',
  'path',
  'paths',
  'response',
  'responses',
  'state',
  'states',
  'spike',
  'spikes',
  'tracking',
  'reporting',
  'tolerance',
  'tolerant',
  'injection',
  'domain',
  'domains',
  'line',
  'lines',
  'detection',
  'isolation',
  'zone',
  'zones',
  'tree',
  'trees',
  'mode',
  'modes',
  'condition',
  'conditions',
  'bar',
  'bars',
  'correction',
  'checking',
  'class',
  'classes',
  'type',
  'types',
  'field',
  'fields',
  'value',
  'values',
]);

/** Words that negate a nearby fault word ("not to blame", "no finger-pointing", "without blame"). */
export const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'without',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'rather',
  'instead',
  'avoid',
  'avoids',
  'avoiding',
  'avoided',
  'free',
  'none',
  'beyond',
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "can't",
  'cannot',
  "shouldn't",
  "nobody's",
  "no-one's",
  "anyone's",
  "anybody's",
  'against',
  'refuse',
  'refuses',
  'reject',
  'rejects',
  'instead of',
  'discourage',
  'discourages',
  'stop',
  'stops',
]);

/** Words that judge a decision, and so whoever made it ("starting at 5 pm was unwise"). */
export const DECISION_WORDS = new Set(['inadvisable', 'ill-advised', 'unwise', 'ill-considered', 'foolhardy', 'short-sighted', 'shortsighted', 'misguided']);

/** Participles that, negated and followed by "by" and people, pin an omission on them ("was not caught by the team"). */
export const PASSIVE_OMISSION = new Set([
  'identified',
  'caught',
  'noticed',
  'spotted',
  'tested',
  'reviewed',
  'checked',
  'verified',
  'detected',
  'found',
  'flagged',
  'reported',
  'escalated',
  'followed',
  'updated',
  'read',
]);

/** Words that only make a fault noun bigger: "a huge mistake" judges, "a huge mistake in the parser" names a bug. */
export const SIZE_WORDS: ReadonlySet<string> = new Set([
  'massive',
  'huge',
  'big',
  'terrible',
  'horrible',
  'colossal',
  'monumental',
  'epic',
  'glaring',
  'embarrassing',
  'unforgivable',
  'catastrophic',
  'disastrous',
  'grave',
  'dreadful',
  'awful',
]);

/** Qualities of people whose absence is a judgement of them ("a lack of care", "a rookie mistake"). */
export const JUDGING_PHRASES: readonly string[] = [
  ...['lack of', 'lacked', 'lacking', 'absence of'].flatMap((lack) =>
    [
      'diligence',
      'care',
      'attention to detail',
      'professionalism',
      'competence',
      'judgement',
      'judgment',
      'discipline',
      'rigour',
      'rigor',
      'common sense',
      'accountability',
    ].map((quality) => `${lack} ${quality}`),
  ),
  ...['rookie', 'amateur', 'silly', 'dumb', 'careless', 'stupid', 'sloppy', 'newbie', 'beginner'].flatMap((kind) =>
    ['mistake', 'mistakes', 'error', 'errors', 'move'].map((what) => `${kind} ${what}`),
  ),
  'amateur hour',
  'amateurish',
  ...['poor', 'bad', 'questionable'].flatMap((kind) => [`${kind} judgement`, `${kind} judgment`, `${kind} decision-making`]),
  'error of judgement',
  'error of judgment',
  'lapse in judgement',
  'lapse in judgment',
  'lapse of judgement',
  'lapse of judgment',
  'lack of experience',
  // A grasp of how the thing works found wanting: "my lack of understanding of the ORM", "the team lacked deep understanding of …".
  ...['lack of', 'lacked', 'lacking'].flatMap((lack) =>
    ['', 'a ', 'any '].flatMap((det) => ['', 'deep ', 'full ', 'clear ', 'basic '].map((grade) => `${lack} ${det}${grade}understanding`)),
  ),
  // "A massive mistake", "an epic fail": a fault noun made bigger is a verdict on whoever did it.
  ...[...SIZE_WORDS].flatMap((size) => ['mistake', 'blunder', 'fail'].map((what) => `${size} ${what}`)),
  // Haste named as a cause, or owned: "root causes: haste", "in our rush we thought …".
  'haste',
  ...['our', 'their', 'his', 'her', 'my'].flatMap((owner) => ['rush', 'haste', 'hurry'].map((what) => `${owner} ${what}`)),
  // Ways of working called bad: "bad ops practices", "sloppy security practices".
  ...['bad', 'poor', 'sloppy', 'careless'].flatMap((kind) =>
    ['', 'ops ', 'operational ', 'operations ', 'security ', 'engineering ', 'release ', 'deployment ', 'coding '].map((what) => `${kind} ${what}practices`),
  ),
];

/** Words after "rush" or "hurry" that make it a time of heavy load, not haste: "our rush hour". */
export const RUSH_TERMS: ReadonlySet<string> = new Set([
  'hour',
  'hours',
  'period',
  'periods',
  'season',
  'traffic',
  'order',
  'orders',
  'job',
  'jobs',
  'delivery',
]);

/** Words after "fail" that make it a term of failover, not the noun of a verdict ("a big fail-over test"). */
export const FAIL_TERMS: ReadonlySet<string> = new Set(['over', 'safe', 'open', 'closed', 'fast', 'back', 'whale']);

/** Phrases that name "the person" as the cause. */
export const HUMAN_ERROR_PHRASES: readonly string[] = [
  'human error',
  'human errors',
  'operator error',
  'operator errors',
  'pilot error',
  'pebkac',
  'pebcak',
  'id10t error',
  'layer 8 issue',
  'layer 8 problem',
  'layer-8 issue',
  'layer-8 problem',
  'human mistake',
  'human mistakes',
  'human failure',
  'people problem',
  'fat finger',
  'fat-finger',
  'fat-finger error',
  'fat finger error',
];

/** Nouns that, owned by anyone who may be a person ("Bob's fault", "our mistake"), pin a failure on them. */
export const FAULT_NOUNS = new Set([
  'fault',
  'mistake',
  'mistakes',
  'oversight',
  'screw-up',
  'screwup',
  'screwups',
  'screw-ups',
  'mess-up',
  'blunder',
  'blunders',
  'negligence',
  'carelessness',
  'bad',
  'fuck-up',
  'cock-up',
  'slip-up',
  // The same lapses written solid or in the plural ("my fuckup", "our slip-ups").
  'fuckup',
  'fuckups',
  'fuck-ups',
  'cockup',
  'cock-ups',
  'slipup',
  'slip-ups',
  'mess-ups',
  'incompetence',
  'laziness',
  // Care found wanting, owned as "carelessness" is: "a table emptied through her inattention".
  'inattention',
]);

/**
 * Nouns that are blame only when owned by a known person ("Bob's error") or put "on our part",
 * since systems have errors too (and caches have misses).
 */
export const WEAK_FAULT_NOUNS = new Set(['error', 'errors', 'failure', 'failing', 'failings', 'miss', 'misses']);

/** Culture phrases that hunt for someone to blame. */
export const BLAME_CULTURE_PHRASES: readonly string[] = [
  'blame game',
  'assign blame',
  'assigned blame',
  'assigning blame',
  'place blame',
  'placed blame',
  'placing blame',
  'pin the blame',
  'pinned the blame',
  'pinning the blame',
  'point fingers',
  'pointed fingers',
  'pointing fingers',
  'finger-pointing',
  'finger pointing',
  'the blame lies',
  'the blame falls',
  'the blame rests',
  'the blame goes',
  'takes the blame',
  'take the blame',
  'took the blame',
  'shoulder the blame',
  'gets the blame',
  'got the blame',
  'the fault lies',
  'the fault lay',
  'the fault rests',
  'the fault rested',
  'thrown under the bus',
  'threw under the bus',
  'under the bus',
  'who is responsible',
  'who was responsible',
  'who is to blame',
  'who was to blame',
];

/** Words that, in a question starting with "who", look for a culprit. */
export const WHO_QUESTION_WORDS = new Set([
  'broke',
  'break',
  'breaks',
  'caused',
  'cause',
  'fault',
  'blame',
  'responsible',
  'forgot',
  'messed',
  'screwed',
  'botched',
  'missed',
  'ignored',
  'overlooked',
  'skipped',
  'neglected',
]);
export const WHO_QUESTION_PAIRS: readonly string[] = [
  'did this',
  'did that',
  'did it',
  'approved this',
  'approved that',
  'approved it',
  'pushed this',
  'pushed that',
  'pushed it',
  'merged this',
  'merged that',
  'merged it',
  'deployed this',
  'deployed that',
  'deployed it',
  'let this',
  'let that',
  'allowed this',
  'signed off',
];

/**
 * Irregular past tenses that are never a present or a bare verb: "ran", "broke", "took" (some are
 * participles too: "made", "sent", "lost"). The core that two readings share: whether a sentence tells the past (fault-nouns.ts
 * `PAST_FORMS`, which adds the pasts of being, having and knowing) and whether a slip adverb
 * stands before an act (manner.ts `IRREGULAR_PAST`, which adds forms that are presents too, "set",
 * "put", "cut": after "accidentally" they are an act either way).
 */
export const IRREGULAR_PAST_CORE: readonly string[] = [
  'ran',
  'wrote',
  'broke',
  'took',
  'gave',
  'threw',
  'chose',
  'did',
  'began',
  'sent',
  'made',
  'left',
  'kept',
  'lost',
];

/** Past participles, so "should have" + participle reads as a judgment of the past. */
export const IRREGULAR_PARTICIPLES = new Set([
  'known',
  'been',
  'done',
  'caught',
  'seen',
  'run',
  'set',
  'put',
  'made',
  'taken',
  'gone',
  'got',
  'gotten',
  'built',
  'sent',
  'kept',
  'left',
  'read',
  'thought',
  'spent',
  'written',
  'told',
  'found',
  'held',
  'brought',
  'understood',
  'spotted',
  'stopped',
  'split',
  'shut',
  'hit',
  'begun',
  'chosen',
  'given',
  'driven',
  'known',
  'drawn',
  'shown',
  'grown',
  'thrown',
  'woken',
  'rung',
  'sung',
  'won',
  'led',
  'fed',
  'paid',
  'said',
  'laid',
  'meant',
  'felt',
  'dealt',
]);

/** Verbs of noticing and preventing, for counterfactuals ("would have caught it if …"). */
export const HINDSIGHT_VERBS = new Set([
  'caught',
  'noticed',
  'seen',
  'known',
  'spotted',
  'avoided',
  'prevented',
  'averted',
  'found',
  'detected',
  'realized',
  'realised',
  'stopped',
  'predicted',
  'anticipated',
  'foreseen',
  'expected',
]);

/** Words that, after "obviously" or "clearly", make it a judgment rather than a description. */
export const JUDGING_AFTER_OBVIOUSLY = new Set([
  'should',
  "shouldn't",
  'ought',
  'needed',
  'need',
  'needs',
  'had',
  'was',
  "wasn't",
  'were',
  "weren't",
  'is',
  "isn't",
  'are',
  "aren't",
  'wrong',
  'a',
  'an',
  'not',
  'too',
  'unsafe',
  'risky',
  'bad',
  'broken',
  'missing',
  'incorrect',
  'insufficient',
  'inadequate',
  'the',
  'going',
  'must',
  'could',
  'would',
  'never',
  'did',
  "didn't",
  'forgot',
  'ignored',
  'missed',
  'misconfigured',
  'mistaken',
  'a mistake',
  'careless',
  'unnecessary',
  'dangerous',
]);

/** Words that begin a sentence whose subject follows "Obviously"/"Clearly". */
export const SENTENCE_SUBJECT_STARTS = new Set([
  'the',
  'this',
  'that',
  'it',
  'we',
  'they',
  'he',
  'she',
  'there',
  'nobody',
  'someone',
  'somebody',
  'a',
  'an',
  'our',
  'their',
  'his',
  'her',
  'i',
  'you',
  'no',
  'everyone',
  'anyone',
]);

/** Qualities a call to "be more …" asks of people ("we need to be more careful"): trying harder in place of a safeguard. */
export const CARE_QUALITIES = new Set([
  'careful',
  'rigorous',
  'diligent',
  'thorough',
  'attentive',
  'vigilant',
  'cautious',
  'disciplined',
  'mindful',
  'conscientious',
]);

/**
 * Participles of receiving: "Bob should have received the page", "you should have received a copy
 * of the licence" tell what should have reached someone, as "should have been paged" does, not
 * what they failed to do.
 */
export const RECEIPT_PARTICIPLES = new Set(['received']);

/** Participles of catching a problem in time: "could have caught", "should have been spotted in review". */
export const PREVENTION_PARTICIPLES = new Set([
  'avoided',
  'prevented',
  'averted',
  'stopped',
  'caught',
  'spotted',
  'noticed',
  'detected',
  'flagged',
  'found',
  'questioned',
  'rejected',
]);

/** Participles of a judgement call ("was deemed acceptable by the developer"). */
export const JUDGEMENT_PARTICIPLES = new Set(['deemed', 'judged', 'dismissed']);

/** Verdicts of such a call that let a risk through ("good enough", "acceptable", "noise"). */
export const RISK_ACCEPTED = new Set([
  'enough',
  'acceptable',
  'safe',
  'fine',
  'harmless',
  'benign',
  'unnecessary',
  'unimportant',
  'minor',
  'noise',
  'ok',
  'okay',
  'sufficient',
  'adequate',
]);

/** Participles of work only people do, which "was not done properly" judges. */
export const HUMAN_WORK = new Set(['done', 'carried', 'coordinated', 'planned', 'communicated', 'organised', 'organized']);

/** How such work should have been done: "properly", "in a coordinated manner". */
export const CARE_MANNERS = new Set([
  'properly',
  'carefully',
  'thoroughly',
  'diligently',
  'systematically',
  'adequately',
  'sufficiently',
  'responsibly',
  'methodically',
  'rigorously',
]);

/** Adjectives of a "… manner" or "… way" that describe care ("in a careful, orderly manner"). */
export const CARE_MANNER_ADJECTIVES = new Set([
  'systematic',
  'coordinated',
  'co-ordinated',
  'careful',
  'structured',
  'organised',
  'organized',
  'controlled',
  'disciplined',
  'professional',
  'responsible',
  'thorough',
  'methodical',
  'rigorous',
]);

/** Verbs of getting a change looked at ("did not request a review", "didn't wait for approval"). */
export const REVIEW_REQUESTS = new Set(['request', 'ask', 'wait', 'get', 'seek', 'obtain']);

/** What such a verb asks for. */
export const REVIEW_WORDS = new Set(['review', 'reviews', 'approval', 'sign-off', 'signoff']);

/** Verbs of reminding people of their part, which as a fix puts the failure on their memory. */
export const REMINDER_VERBS = new Set(['remind', 'reiterate', 're-iterate', 're-emphasise', 're-emphasize', 'reemphasise', 'reemphasize']);
