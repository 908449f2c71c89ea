import type { ActionItem, AnalysedDocument } from '../model';
import { boundedMemo } from '../../base/memo';
import { blockOnLine, childIndexAt } from '../../parse/blocks';
import { ROUTE_ANNOUNCEMENT, words } from './passages';
import { IMPERATIVE } from '../action-items/reading';

/** What an action item's outcome mainly serves. */
export type ItemKind = 'detection' | 'response' | 'prevention' | 'communication';

export const ITEM_KINDS: readonly ItemKind[] = ['detection', 'response', 'prevention', 'communication'];

/** The kind of one action item and how it was found. */
export interface ItemKindFact {
  kind: ItemKind;
  /** `written` when a column, tag or label says it; `inferred` when read from what the item changes. */
  source: 'written' | 'inferred';
  /** The words that decided it (the written label, or the matched words); empty when nothing matched and prevention is the default. */
  evidence: string[];
}

/** Written labels (a Type/Category column, a `[detection]` tag, `Kind: response`) and the kind each stands for. */
const LABELS: Record<string, ItemKind> = {
  detection: 'detection',
  detect: 'detection',
  monitoring: 'detection',
  alerting: 'detection',
  observability: 'detection',
  response: 'response',
  respond: 'response',
  mitigate: 'response',
  mitigation: 'response',
  recovery: 'response',
  recover: 'response',
  // "Quicker resolution": how an incident is brought to an end, the responders' work.
  resolution: 'response',
  prevention: 'prevention',
  prevent: 'prevention',
  preventive: 'prevention',
  preventative: 'prevention',
  repair: 'prevention',
  fix: 'prevention',
  communication: 'communication',
  communications: 'communication',
  communicate: 'communication',
  comms: 'communication',
};

const TAG = /(?:^|\s)(?:\[|\(|#)(detection|detect|response|respond|prevention|prevent|communication|comms|mitigation|mitigate|repair)(?:\]|\)|\b)/i;
const KIND_LINE = /\b(?:kind|type|category)\s*[:=]\s*\**\s*([A-Za-z]+)/i;

/**
 * What decides an inferred kind, in order: communication and detection words are specific, response
 * words come next, and everything else (fixes, tests, limits, architecture) is prevention.
 */
const INFERRED: [ItemKind, RegExp][] = [
  // A status page that is read (watched, checked, subscribed to: a supplier's or a platform's) is
  // how a failure that is not ours is found sooner; one that is written to tells people (below).
  [
    'detection',
    /\b(?:(?:monitor|watch|check|follow|track|poll)(?:s|es|ed|ing)?(?! (?:that|whether|if|how|what|who|when)\b)|subscrib(?:e|es|ed|ing) to|keep(?:s|ing)? an eye on) (?:the |our |their |all |any |each |every )?(?:[\w.-]+(?:'s|’s)? ){0,2}?(?:status ?pages?|statuspage|status (?:rss |atom )?feeds?)\b/i,
  ],
  // Finding out sooner told as the item's purpose ("…, so we can catch the issues sooner", "this
  // would allow us to detect anomalies sooner"): what the work serves is detection, whatever it
  // names on the way. Bugs caught earlier (before a release) are the tests', and left to them.
  [
    'detection',
    /\b(?:so (?:that )?(?:we|i|the team|on-?call|they|responders|engineers) (?:can|could|will|would|may|might)|(?:allow|let|help|enable)s? (?:us|the team|on-?call|responders) (?:to )?) ?(?:catch|detect|notice|spot|see|find|identify) (?:the |these |such |similar |any |future |those )?(?:[\w-]+ )?(?:issues?|problems?|failures?|anomal(?:y|ies)|outages?|incidents?|errors?|it|this|them) (?:much |far |a lot )?(?:sooner|earlier|faster|quicker|more quickly)\b/i,
  ],
  // What the published account of an incident says of the people in it ("we will leave the
  // responders' names out of the public notes", "redact names in future write-ups") is how the
  // incident is told to others.
  [
    'communication',
    /\b(?:redact\w*|anonymi[sz]\w*|omit\w*|withh[oe]ld\w*|leav\w*(?: out)?|remov\w*) (?:the |their |our |any |all )?(?:[\w'’-]+ ){0,2}names?\b(?=[^.;!?]{0,120}\b(?:publish\w*|public|post-?mortems?|write-?ups?|incident (?:notes|reports?|reviews?)|notes|blog)\b)/i,
  ],
  // Writing the incident report ("document the postmortem") is telling people what happened; a runbook
  // for the customer messages is a plan for telling them.
  [
    'communication',
    /\b(?:(?:write|writing|draft|drafting|complete|finish|wrote|written) (?:up )?(?:an? |the |our |this )?(?:incident report|post-?mortem|incident review|after-action report|write-?up)|document(?:s|ed|ing)? (?:the |this |that |our )?(?:incident|outage|post-?mortem)\b(?! (?:patterns?|response|procedures?|handling|process(?:es)?|playbooks?|run ?books?|commanders?|management|signals?|symptoms?|types?|signatures?)\b)|(?:update|updating|post (?:to|on)|posting (?:to|on)) (?:the |our )?(?:status ?page|status\.[a-z]+)|(?:run ?books?|play ?books?|templates?) (?:for|on|about) (?:\w+ )?(?:comms|communications?|messag\w+|notices|announcements)|(?:speak|write|talk|post|report|tell you) (?:more )?(?:about|on) (?:this|that|it|these|them|the [\w-]+) (?:in|with) (?:future|upcoming|later|coming|the next|a (?:later|follow-?up|future)) (?:[\w-]+ )?(?:posts?|updates?|articles?|newsletters?|issues|editions|write-?ups?)|(?:company|organi[sz]ation|org|team|staff|project)[- ]wide (?:[\w"“”'-]+ ){0,2}channels?|(?:speed up|faster|earlier|sooner|quicker) (?:the |our )?(?:warnings?|notices|heads-?ups?))\b/i,
  ],
  // A blog written about the outage ("Write our first outage blog", "publish a blog post on the
  // failover") tells people what happened, as the incident report does.
  ['communication', /\b(?:write|writing|wrote|written|draft\w*|publish\w*)\b (?:[\w'’-]+ ){0,5}?blog(?:s|\s+posts?|\s+entr(?:y|ies))?\b/i],
  // The incident's own account passed on ("circulate this to the leads", "share this report with the
  // board") and what it cost written down ("document the data loss", "record what was lost") tell
  // people what happened, whatever the passing on is for. A thing handed out that is not the
  // account ("distribute this config to all hosts") is not.
  [
    'communication',
    /\b(?:(?:distribut|circulat|shar|forward|send|present)\w* this (?=(?:as|to|with|among|across|around|widely|internally|at)\b)|(?:distribut|circulat|forward|shar|send|present)\w* (?:this|the|our) (?:[\w-]+ )?(?:document|doc|report|write-?up|post-?mortem|retrospective|review|summary)(?= (?:with|to|among|across|around|at|in|on|for|as|widely|internally|and)\b|\s*[.,;:!?)]|\s*$)|(?:document|record|write down|list)\w* (?:the |any |all )?(?:data loss|loss(?:es)? of data|lost (?:data|records|orders|messages|files)|what (?:happened|was lost)|affected (?:users|customers|accounts|records))\b)/i,
  ],
  // An account of the incident or of the service sent or published to people ("send a short report to
  // the customers", "publish details about the new protections", "release the details after the
  // fix"): what the item makes is something people read. "Provide" is left out: a document says it
  // provides a report of itself.
  [
    'communication',
    /\b(?:publish|send|sent|share|release|post|circulat)\w* (?:an? |the |our |some |more |further |additional )?(?:(?:\([\w -]{1,30}\)|[\w-]+) ){0,2}?(?:reports?|summar(?:y|ies)|information|info|details|write-?ups?|analys[ie]s|rcas?) (?:to|about|on|regarding|with|for|of the (?:incident|outage|vulnerability|attack|exploit|breach|issue))\b/i,
  ],
  // Finding out why the incident happened ("investigate the root cause", "look into what caused the
  // crash", "work out how the cache was emptied", "find out why the job could stall") is work against
  // a repeat, whatever the sentence says of the recovery beside it; finding a cause faster, during the
  // next incident, is the response's (left to the patterns below), and a question about how to act
  // ("determine how to fail over") names no past event. Why an alert stayed silent is left to the
  // words of finding out.
  [
    'prevention',
    /\b(?:(?:investigat\w*|look\w* (?:at|into)|find\w*|determin\w*|identify\w*) (?:the |what )?(?:root |underlying )?caus(?:es?|ed)|(?:investigat\w*|determin\w*|find(?:s|ing)? out|found out|work\w* out|figur\w* out|look\w* into|dig\w* into) (?:exactly |precisely )?(?:how|why|what) (?!to\b)(?![^.;!?]{0,80}\b(?:alert|alarm|monitor|detect|notic|pag(?:e|ed|ing)\b|dashboard)\w*)(?:[\w./'-]+ ){0,8}?(?:was|were|did|had|got|went|happened|occurred|came|could|caused))\b(?![^.;!?]{0,80}\b(?:faster|quick\w*|sooner|easier|during)\b)/i,
  ],
  // The old state kept at hand for a while after a change ("keep a backup of the old database for a
  // week", "keep at least one prior kernel installed"): a way back, should the change go wrong, which
  // serves whoever responds. A backup taken on a schedule is prevention (below).
  [
    'response',
    /\bkeep(?:s|ing)? (?:a |an |the )?(?:full )?(?:back-?ups?|cop(?:y|ies)|snapshots?|archives?) of (?:the |our )?(?:old|previous|prior|former|earlier)\b|\bkeep(?:s|ing)? (?:the |a |an |at least one |one |two )?(?:old|previous|prior|former|earlier|last known[- ]good) (?:[\w-]+ ){0,2}?(?:images?|versions?|kernels?|releases?|builds?|binar(?:y|ies)|packages?|databases?|dbs?|repositor(?:y|ies)|installs?)\b/i,
  ],
  // Readiness to recover, once something has failed: a plan or procedure for the recovery, restores
  // made faster (a recovery time cut, a system put back together sooner), the team's own skill with
  // the system raised. Finding out faster before the recovery ("quicker detection and restores")
  // is the finding out's, left to the patterns of detection. What the item changes is how well the
  // responders act, whatever it names on the way (a backup tool, regular snapshots inside the plan).
  [
    'response',
    /\b(?:(?:recovery|restore|restoration|roll-?back|fail-?over|disaster[- ]recovery) plans?|(?:procedures?|plans?|process(?:es)?) (?:for|to) (?:restor|recover|roll\w* back)\w*|(?:much |far |a lot |significantly )?(?:faster|quicker|speedier|shorter) (?:(?!detect|alert|notic|discover)[\w-]+ ){0,2}?(?:restores|restorations?|recover(?:y|ies))|(?:shorten|reduc|cut|lower|decreas|minimi[sz])\w* (?:the |our )?(?:[\w-]+ ){0,2}?(?:recovery|restore|restoration) times?|(?:put|bring|get)(?:s|ting)? (?:it|them|things|everything|(?:the|our) [\w-]+) back (?:together |up |online )?(?:much |far |a lot |significantly )?(?:faster|quicker|more quickly|sooner)|speed (?:of|up) (?:the |our )?(?:[\w-]+ ){0,2}?(?:restores|restorations?|recovery)|upskill\w*|(?:increas|improv|build|grow|deepen|broaden|rais|spread)\w* (?:the |our )?(?:[\w-]+ ){0,2}?(?:knowledge|expertise|know-how|familiarity) (?:in|of|across|within|among|throughout) (?:the |our |each |every )?(?:[\w-]+ ){0,2}?(?:team|teams|staff|engineers|on-?call|responders))\b/i,
  ],
  // Backups checked that they restore ("weekly backup verification", "test the backups", "restores
  // are tested every month") and
  // practice at restoring or failing over ("rehearse restoring the SDK gateways with every
  // engineer") ready the team to recover: response, though a backup taken regularly is prevention
  // (below). Unless it is an alert on them, which is how a bad backup is found.
  [
    'response',
    /(?<!\b(?:alert|alarm|monitor|pag(?:e|ing)|notif(?:y|ication))\w*\b[^.;!?]{0,60})\b(?:back-?ups? (?:[\w-]+ )?(?:verification|validation|testing|tests|test runs?|restore (?:tests?|drills?))|(?:verif(?:y|ies|ied|ying|ication)|validat(?:e|es|ed|ing|ion)|test(?:s|ed|ing)?)(?: (?:of|that))? (?:the |our |all |each |every |that )?(?:[\w-]+ ){0,2}?back-?ups?(?! (?:are|were) (?:taken|made|run))|(?:back-?ups?|restor(?:e|es|ation|ations)) (?:from (?:the |our )?(?:[\w-]+ )?back-?ups? )?(?:[\w-]+ ){0,2}?(?:are|is|get|gets|be|being|were|was) (?:[\w-]+ )?(?:tested|verified|validated|rehearsed|practi[sc]ed)\b|restor(?:e|ation) (?:tests?|testing|drills?|rehearsals?|exercises?)|(?:rehears|practi[cs]|drill)\w* (?:[\w-]+ ){0,5}?(?:restor(?:e|es|ed|ing)|recover(?:y|ing)|fail(?:ing)?[- ]?overs?|roll(?:ing)?[- ]?backs?)\b)\b/i,
  ],
  // A lever the responders pull by hand once they know ("add a manual override to the health
  // checks", "an emergency override for the rate limiter") and a failover tried out on a schedule
  // ("formalise failover testing", "quarterly failover exercises") ready the response, whatever
  // check or alarm the lever sits on.
  [
    'response',
    /\b(?:(?:manual|emergency|operator|admin(?:istrator)?|break[- ]glass) overrides?|fail(?:ing)?[- ]?over (?:testing|exercises?|rehearsals?)|(?:regular|routine|scheduled|periodic|quarterly|monthly|yearly|annual) fail[- ]?over tests?)\b/i,
  ],
  // A person's approval put before a release goes out ("on-call engineers approve each new SDK
  // release", "pull requests will require a manual review and approval"): a gate on the change,
  // whoever is asked for it, as the checks of a release's list are (below).
  [
    'prevention',
    /\b(?:approv(?:e|es|ed|ing|al|als) (?:of |for )?(?:the |each |every |all |any |new |future )?(?:[\w-]+ ){0,2}?(?:releases?|deploy(?:s|ments?)?|rollouts?|pull requests?|prs|merges?|publish(?:es|ing)?)|(?:requires?|required|requiring|needs?) (?:an? )?(?:manual |explicit |written |second )?(?:review and )?(?:approval|sign-?off) (?:from|by|of) )\b/i,
  ],
  // A check added to the list or runbook of a routine operation (a release, an upgrade, a resize)
  // stops the next one going wrong; so do a regression test, putting back the setting a change
  // took away, taking out a workaround once the fix is in, and backups taken regularly or before an
  // operation (they limit what a failure loses), and health checks that take a failing instance out
  // of a rollout or a load balancer. So does access taken away, narrowed or closed ("block public
  // access to the bucket", "lock down external access"), least privilege by name included
  // ("implement least-privilege in the cluster"), whatever the item says of who keeps access.
  [
    'prevention',
    /\b(?:(?:release|deploy\w*|acceptance|review|resize|migration|upgrade|update|rollout|rotation|change|launch|pre-?flight|merge|maintenance) (?:check-?lists?|run ?books?|play ?books?)|(?:(?:site|app|web|code|software|production|our|the) )?(?:release|deploy(?:ment)?|rollout|merge|migration|upgrade|change[- ]management|code[- ]review) (?:process|procedure|pipeline|workflow)(?:es|s)?\b|(?:process|procedure)(?:es)? (?:of|for) (?:deploy\w*|releas\w*|ship\w*|merg\w*|rolling out|pushing) (?:[\w-]+ ){0,2}?(?:changes?|code|releases?|updates?|commits?|to production)\b|(?<!\b(?:a|an|the|our|this|that|new|same|shared|simple|written|short|one|each|every|its|their|your) )(?<!\b(?:incident|response|recovery|outage|emergency|escalation|on-?call|triage|restore|disaster|failover|handover|debug\w*|troubleshoot\w*|investigation|responders?)(?: [\w-]+)? )(?<=[\w-]+ )check-?lists?\b|(?:checks?|tests?|steps?|validation|gates?|settings?) (?:to|in|into) (?:the |our |each |every )?(?:[\w-]+ ){0,2}(?:check-?lists?|run ?books?|play ?books?)|(?:run ?books?|check-?lists?) to (?:include |also )?(?:compare|validat\w*|verify)|regression tests?|tests?\b[^.;]{0,80}?\b(?:prevent|avoid|catch|guard against) (?:[\w-]+ ){0,3}regressions?\b|(?:restore|roll ?back|revert|put back) (?:to )?(?:the |our )?(?:old|previous|original|earlier|former)\b|(?:take|taking|taken|set up|daily|hourly|weekly|nightly|regular|periodic|scheduled|automated|automatic|full) (?:[\w-]+ ){0,2}(?:snapshots?|back-?ups?)\b|(?:snapshot|back-?up) (?:schedules?|polic(?:y|ies)|rotation|retention)\b|(?:snapshots?|back(?: |-)?ups?|back up) (?:[\w/.`()+-]+ ){0,4}(?:before (?:any|each|every|all|an?|the)|regularly|daily|nightly|weekly|hourly|every)\b|(?:revert|remove|roll ?back|undo|drop) (?:the |our |this |that |a )?(?:[\w-]+ )?(?:workarounds?|hacks?|stop-?gaps?|temporary (?:fix|fixes|patch|patches|change|changes))\b|(?:configur\w*|tun(?:e|es|ed|ing)|tighten\w*|add(?:s|ed|ing)?|set(?:s|ting)?(?: up)?|enabl\w*) (?:[\w-]+ ){0,3}(?:liveness|readiness)(?: (?:and|or) (?:liveness|readiness))? (?:probes?|checks?)\b|(?:alb|elb|nlb|load[- ]balancer|lb|target group) health ?checks?\b|health ?checks? (?:to|in|into|for) (?:the |our |each |every )?(?:[\w`.-]+ ){0,2}(?:scripts?|deploy\w*|rollouts?|pipelines?|cycl\w+|upgrades?|releases?)\b|(?:no longer (?:have|has|get|gets|hold|holds) |(?:revok|remov|restrict|limit|reduc|tighten|withdr[ae]w|drop|audit)\w* (?:[\w-]+ ){0,6}?(?:and (?:revok|remov|restrict|limit|reduc)\w* (?:[\w-]+ ){0,6}?)?)(?:(?:write|admin|publish|push|commit|merge|root|ssh|production|repo(?:sitory)?) )?(?:access|permissions?|rights)\b|(?:block|disabl|den(?:y|ie)|forbid|disallow|prevent)\w* (?:all |any |the )?(?:public |anonymous |external |outside |internet |unauthori[sz]ed |unauthenticated |direct |remote )?(?:[\w-]+ ){0,2}?access\b|(?:lock\w*|shut\w*|clos\w*|cut\w*) (?:down |off )?(?:all |any |the )?(?:public |anonymous |external |outside |internet |unauthori[sz]ed |unauthenticated |direct |remote )(?:[\w-]+ ){0,2}?access\b|least[- ]privileges?\b)/i,
  ],
  // Who may reach a system, looked over or routed through a gate ("review who holds access to the
  // admin mailbox", "access to the build hosts will go through a bastion and 2FA"): a control that
  // keeps an intruder out, not the responders' way in (which stays response, below).
  [
    'prevention',
    /\b(?:(?:review|audit|check|limit|restrict|reduc|narrow|reassess|re-?evaluat)\w* who (?:still )?(?:has|have|had|holds?|can get|gets?) access\b|access (?:to (?:[\w.-]+ ){1,4}?)?(?:(?:will|shall|must|should) (?:now |only )?(?:be|go|happen)|(?:is|are)(?: now)?) (?:only )?(?:via|through|behind) (?:an? |the |our )?(?:[\w-]+ )?(?:vpns?|bastions?|jump ?(?:box(?:es)?|hosts?|servers?)|ssh|sso|single sign-on|2fa|mfa|two-factor|multi-factor|hardware keys?|(?:client |per-device )?certificates?)\b)/i,
  ],
  // Bringing more people into everyday work (onboarding or training reviewers and maintainers)
  // widens who can do it: it keeps the work safe, unless the training is for incidents. Training
  // whose audience is the people who build the system ("engineer training", "training for new
  // developers") is the same; its audience named as responders (on-call engineers) is theirs.
  [
    'prevention',
    /\b(?:(?:onboard\w*|train\w*|mentor\w*) (?:(?:new|existing|more|additional|other|junior) )?(?:(?!(?:on-?call|incident|response|support|sres?|ops)\b)[\w/.-]+ ){0,2}?(?:maintainers|reviewers|contributors|committers|volunteers|developers|engineers)|(?<!(?:on-?call|incident|response|support|sre|ops)[- ])(?:developer|engineer|contributor|maintainer|reviewer)s?'? (?:onboarding|training|education)s?)\b(?![^.;!?]{0,80}\b(?:incidents?|on-?call|outages?|emergenc\w+|run ?books?|play ?books?|escalat\w+|pag(?:e|ing)|drills?|fail-?overs?|recover\w*|restor\w*)\b)/i,
  ],
  // Training on the safe way to do everyday work ("team training on test safety procedures",
  // "educate developers in secure coding practices") changes how the work is done: prevention,
  // unless the training is for incidents or the recovery, which is the responders' (below).
  [
    'prevention',
    /(?<!\b(?:incident|response|on-?call|recovery|emergency|outage|escalation|disaster)[- ])\b(?:train(?:s|ed|ing)?|educat(?:e|es|ed|ing|ion)|workshops?)\b(?![^.;!?]{0,120}\b(?:incidents?|on-?call|outages?|emergenc\w+|run ?books?|play ?books?|escalat\w+|pag(?:e|ing)|drills?|fail-?overs?|recover\w*|restor\w*|respon(?:d|se|ses|ders?)|tools?|dashboards?|consoles?)\b) (?:[\w-]+ ){0,3}?(?:on|in|about|around) (?:the |our |safe |secure |good |best )?(?:[\w-]+ ){0,3}?(?:safety|practices?|procedures?|polic(?:y|ies)|guidelines?|conventions?|standards?|coding|testing|code reviews?)\b/i,
  ],
  // How everyday work is to be done, written down ("document the API design decisions", "write
  // up our safe automation patterns"): it shapes the next change, as a routine operation's written
  // procedure does (above). Documentation of failures, incidents or the recovery is the
  // responders' (below).
  [
    'prevention',
    /\b(?:document|write down|record|writ\w* up)\w* (?:the |our |a |an |all |any )?(?:(?!(?:normal|expected|usual|healthy|baseline|failure|error|incident|outage|recovery|restore|backup|response|troubleshooting|on-?call|escalation|failover)\b)[\w-]+ ){0,3}?(?:design (?:decisions|choices|rationale)|decisions|patterns|conventions|coding standards|best practices)\b/i,
  ],
  // Documentation put into the guide the project keeps for those who build it and set it up (the
  // contributors' guide, the setup guide, the read-me at the repository's root): it shapes how the
  // next change or install is made, as a written procedure of everyday work does (above). A guide
  // for responders (an on-call or SRE guide, a runbook) is theirs (below).
  [
    'prevention',
    /\b(?:document|describ|explain|add|writ\w* (?:up|down)|record|note|mention)\w* (?:(?!(?:incident|outage|recovery|restore|failover|troubleshooting|on-?call|escalation|response)\b)[\w./&'-]+ ){1,5}?(?:in|to|into|inside|within) (?:the |our |a |each )?(?:contributing(?:\.md)?|contributors?(?:'s|')? (?:guide|docs|documentation)|readme(?:\.md|s)?|(?:setup|set-up|installation|install|developer|dev|onboarding|contribution) (?:guides?|docs|documentation|instructions))(?![\w-])/i,
  ],
  // Documentation written for the people who use the service tells them; documentation of the
  // service for those who run it is the responders' (below).
  [
    'communication',
    /\b(?:documentation|docs|guides?|faqs?|help pages?) (?:for|aimed at|written for|to help) (?:our |the |all |affected |new )?(?:[\w-]+ ){0,2}?(?:users|customers|integrators|clients|partners|subscribers|validators|node operators)\b/i,
  ],
  // A runbook or playbook is for the responder, even when it is an alert's runbook; so is a
  // contingency plan, what to do when the failure comes again.
  ['response', /\b(?:run ?books?|play ?books?|contingency plans?)\b/i],
  // A faster response or reaction to what goes wrong is the responders' work.
  ['response', /\b(?:faster|quicker|sooner|earlier|more rapid|swifter) (?:responses?|reactions?)\b/i],
  // The response itself made faster or sturdier ("rework the secrets handling to make our response
  // to incidents like this faster") is the responders' work, whatever the item reworks to get there.
  [
    'response',
    /\b(?:make|makes|making|made|keep|keeps) (?:our |the |their |its |any )?(?:incident )?(?:responses?|reactions?)(?: to [^.;!?]{0,60}?)? (?:faster|quicker|swifter|sooner|smoother|easier|more (?:robust|rapid|effective|efficient|reliable))\b/i,
  ],
  // Automating a workflow, a process or its manual steps takes a person's memory out of it: the
  // item changes how the work is done, however the workflow is named ("automate the admin notice
  // workflows", "script the mailing-list edits"). What it sends, when the item names that ("automate
  // the status page updates"), is told to people, and other patterns read it.
  [
    'prevention',
    /\b(?:automat(?:e|es|ing)|script(?:s|ing)?) (?:the |our |all |any |these |those )?(?:[\w/-]+ ){0,3}?(?:workflows?|process(?:es)?|procedures?|(?:manual )?steps|edits|pipelines?|routing)\b/i,
  ],
  // Tests that inject faults or simulate failures exercise how the code copes before it ships:
  // prevention, however the tests are named.
  [
    'prevention',
    /\b(?:tests?|testing|test suites?) (?:[\w-]+ ){0,3}?(?:with|using|through|via|that (?:inject|simulate)s?) (?:[\w-]+ )?(?:fault[- ]injection|injected faults|simulated (?:failures|faults|outages))\b|\b(?:fault[- ]injection|chaos) (?:tests?|testing)\b/i,
  ],
  // A test that reproduces the failure, an integration or end-to-end test for the product's main
  // paths or run before a change lands, or one written for the code ("add integration tests for the
  // fetch wrapper", "add end-to-end tests for the checkout flow"), keeps the same fault from
  // shipping again: prevention, though such tests run against production or a live service, or
  // watched and alerted on, find failures (detection, below).
  // So is a detection that blocks an action ("environment detection blocks deletion in production")
  // or turns away what it finds ("detect duplicate rows and skip them"),
  // or one run before a change lands or failing it in CI ("scan for keys before every commit",
  // "checksums to detect tampering, failing in CI"): it is a gate, not a way of finding out. A scan
  // that fails a build on what its logs show ("scan build logs … and fail the build") finds a leak.
  // A check that tells whether a script runs against production, or one run before the operation
  // starts ("pre-flight checks in the import script"), finds where the work is about to run, not a
  // failure: a gate too.
  [
    'prevention',
    /\b(?:tests? (?:(?:that|which|to) (?:[\w-]+ ){0,2}?reproduc(?:e|es)|reproducing) (?:the |this |that |a |an |our )?(?:[\w-]+ ){0,2}?(?:issues?|bugs?|failures?|problems?|incidents?|outages?|crash(?:es)?|faults?|regressions?)\b|(?:integration|e2e|end-to-end) (?:[\w-]+ ){0,2}?tests? (?:for|covering|of|across) (?:the |our |all |every |each )?(?:[\w-]+ ){0,2}?(?:journeys|flows|paths|use cases|scenarios|workflows)\b|(?:integration|e2e|end-to-end) (?:[\w-]+ ){0,2}?tests? (?:[\w-]+ ){0,3}?(?:in|into|to|on|before) (?:the |our |every |each |all )?(?:ci|ci pipelines?|build pipelines?|pull requests?|prs|merges?|merging|pre-?merge|pre-?submit)\b|(?:add|adding|added|write|writing|wrote|written|creat\w*|build|building|built|expand\w*|extend\w*|implement\w*) (?:an? |more |comprehensive |new |additional |extra |proper |full |better )?(?:integration|e2e|end-to-end) tests?\b(?![^.;!?]{0,120}\b(?:alert\w*|monitor\w*|continu\w*|production|live|hourly|periodic\w*|pag(?:e|es|ed|ing)|notif\w*)\b)|(?:detection|detector|check|guard|validation)s? (?:now |that |which |to )?(?:blocks?|prevents?|refuses?|rejects?|forbids?|disallows?|aborts?)\b|detect(?:s|ed|ing)? (?:[\w-]+ ){1,6}?(?:and|then) (?:reject|skip|block|drop|refus|discard|ignor|abort|quarantin)\w*|(?:detect\w*|recogni[sz]\w*|tell\w*) (?:whether |if |when |that )?(?:(?:it|they|we|the [\w-]+) (?:is|are) (?:running |pointed )?(?:in|on|at|against) )?(?:the |a )?(?:production|prod|live) (?:environments?|envs?|databases?|dbs?|clusters?|hosts?|servers?)\b|(?:production|prod) (?:environment |env )?detection\b|pre-?flight (?:checks?|validations?|guards?)\b|\b(?:detect|scan|check|validat)\w*\b[^.;!?]{0,60}?\bbefore (?:any|each|every) (?:commit|merge|push|deploy\w*|release)s?\b|(?:,|\band) fail(?:s|ing)? in (?:the )?(?:ci|pipelines?)\b)/i,
  ],
  // Capacity that follows a measure ("autoscale the workers on queue depth metrics", "throttle
  // clients based on request metrics"): the metric is what the scaling reads, and the item stops
  // the overload, whatever it names on the way.
  [
    'prevention',
    /\b(?:auto-?scal\w*|scal(?:e|es|ed|ing) (?:up|out|down|in)|throttl\w*|rate[- ]limit\w*|load[- ]shed\w*|shed\w* (?:the )?load) (?:[\w-]+ ){0,4}?(?:on|by|using|from|(?:based|depending) on|driven by) (?:the |our )?(?:[\w-]+ ){0,3}?metrics?\b/i,
  ],
  // What the system is doing made visible to the team (the ability to see a backlog, logging of
  // every event) is how the next failure is found sooner.
  [
    'detection',
    /\b(?:(?:the |an? )?ability to (?:see|view|watch|track) (?:the |how many |how much )?(?:[\w/-]+ ){0,2}?(?:number|count|size|depth|age|state|status|rate|progress|backlog|queue)s?\b|(?:more |better |improved )?visibility (?:into|of|on) (?:the |our )?(?:[\w/-]+ ){0,2}?(?:number|count|size|depth|age|state|status|rate|progress|backlogs?|queues?|processing|latenc\w+)\b|(?:^|(?<=[.!?]\s))(?:more |better |improved |extra |additional )?(?:logging|audit logs?)(?: and [\w-]+)? (?:for|of|on) (?:every|each|all)\b)/i,
  ],
  // A way to measure what a resource is using ("a way to measure total volume usage per region"),
  // error tracking, and a channel for reporting vulnerabilities (instructions that are easy to find,
  // a disclosure policy) are how the next problem is found, as a bug bounty is.
  [
    'detection',
    /\b(?:(?:the |an? )?(?:ability|ways?|means|tool(?:s|ing)?) to (?:see|view|watch|track|measure|monitor) (?:the |our |total |overall |how much |current )?(?:[\w/-]+ ){0,3}?(?:usage|utili[sz]ation|consumption|spend(?:ing)?|quotas?)\b|(?:error|exception|crash) (?:tracking|aggregation)|crash reporting|(?:instructions|guidance|process(?:es)?|channels?|polic(?:y|ies)|pages?|forms?|(?:e-?mail )?address(?:es)?|ways?|how) (?:for|on|to) (?:report(?:ing)?|disclos(?:e|ing)) (?:a |an |any |the )?(?:security )?(?:vulnerabilit(?:y|ies)|security (?:issues?|bugs?|flaws?|problems?))|(?:vulnerability|responsible|coordinated|security) disclosure (?:polic(?:y|ies)|program(?:me)?s?|process(?:es)?)|security\.txt)\b/i,
  ],
  // Taking data out of messages, or moving off a channel, changes what the messages can leak or
  // how they are sent: it stops a repeat, however much the item speaks of communications.
  [
    'prevention',
    /\b(?:remov\w*|strip\w*|redact\w*|exclud\w*|scrub\w*|keep(?:ing)?) (?:[\w-]+ ){1,4}(?:out of|from) (?:the |our |all |any )?(?:[\w-]+ ){0,3}(?:communications?|e-?mails?|messages?|notifications?|announcements?)\b|\bmov\w* away from (?:[\w-]+ ){0,3}(?:for|as) (?:[\w-]+ (?:and |or )?){0,3}communications?\b/i,
  ],
  // Machines talking to each other ("encrypt the traffic between services", "server-to-server
  // communication", "how the workers communicate with the queue", "communication errors"): the
  // system's own traffic, not people told, so the item changes the system.
  [
    'prevention',
    /\b(?:(?:(?:server|service|node|machine|host|pod|container|process|cluster)s?[- ]to[- ](?:server|service|node|machine|host|pod|container|process|cluster)s?|inter-?(?:service|node|process|cluster|pod|host)|network|encrypted|unencrypted|tls|mtls|ssl|https?|grpc|rpc|tcp|udp|websocket|socket|api|backend|machine) communications?|communicat\w* (?:errors?|failures?|timeouts?|protocols?|ports?|layers?|channels? between (?:the )?(?:services|servers|nodes|hosts|pods|containers|processes))|communicat\w* (?:between|with|from|to) (?:the |its |their |our |all |each |every |other )?(?:[\w-]+ )?(?:api|apis|databases?|dbs?|services|servers?|nodes|workers?|queues?|brokers?|clusters?|pods?|hosts?|containers?|processes|components?|backends?|frontends?|endpoints?|daemons?|replicas?|the internet|each other|one another)\b)/i,
  ],
  // A rule made known to the staff and held to ("communicate and enforce the change freeze",
  // "reiterate the deploy policy") stops the next change that would break it: what the item
  // changes is what people do, not what they are told, unless it is told to the users.
  [
    'prevention',
    /\b(?:(?:communicat\w*|re-?iterat\w*|re-?inforc\w*|publici[sz]\w*|remind\w*)(?: (?:and|&) (?:enforc\w*|audit\w*))?|enforc\w*) (?![^.;!?]{0,40}\b(?:incidents?|responses?|escalat\w*|on-?call|outages?)\b)(?:the |our |a |an |all |any )?(?:[\w-]+ ){0,2}?(?:change[- ]freezes?|(?:code |deploy(?:ment)? |release )?freezes?|polic(?:y|ies)|procedures?|rules?|guidelines?|standards?|requirements?)\b(?! (?:to|with|for) (?:[\w-]+ ){0,2}?(?:users|customers|clients|the public|public|community|subscribers|partners)\b)/i,
  ],
  // Defence or response coordinated with other parties ("channels with peer operators for a
  // coordinated defence", "coordinate mitigation with the upstream") is how the next attack is
  // answered, however much the item speaks of communication.
  [
    'response',
    /\b(?:coordinat\w* (?:[\w-]+ ){0,2}?(?:defen[cs]es?|responses?|mitigations?|incident handling|takedowns?)\b(?! (?:messag|comms|communicat|announc|status|updates?)\w*)|(?:defen[cs]e|response|mitigation) coordination)\b/i,
  ],
  // Among the words of telling people: a status page, and a maintenance or outage page shown in the
  // service's place; a thing built to tell them, said in a relative clause ("an
  // incident page that informs users about the outage", "an error page that will inform users the
  // site is down"), whatever the thing is. Mail that tells users when something happens to them
  // ("a mail that notifies users when a key expires") is a feature, left to the other patterns.
  [
    'communication',
    /\b(?:status ?page|status\.[a-z]|statuspage|(?:maintenance|outage|downtime|offline|holding) (?:pages?|banners?|screens?)|customers? (?:notice|notification|communication)|notify (?:users|customers|the community)|(?:^|\b(?:to|will|and|also|we|should|must) )(?:notify|inform|tell) (?:all |the |our |any |every )?(?:[\w-]+ ){0,3}(?:users|customers|operators|validators|partners|integrators|maintainers|members|stakeholders|subscribers|community)\b|(?<=\b(?:that|which) (?:will |would |can |could |should |must |also )?)(?:notif(?:y|ies)|informs?|tells?) (?:all |the |our |any |every |affected )?(?:[\w-]+ ){0,2}(?:users|customers|clients|visitors|subscribers|community|readers)\b(?! (?:[\w-]+ )?(?:when|if|whenever|once|as soon as)\b)|(?:^|\b(?:to|will|and|also|we|should|must) )(?:alert|warn) (?:all |the |our |any |every |affected )?(?:[\w-]+ ){0,2}(?:users|customers|contributors|operators|validators|partners|integrators|maintainers|members|stakeholders|subscribers|community|holders)\b(?! (?:[\w-]+ )?(?:when|if|whenever|on|once|as soon as|before|after)\b)|(?:announc(?:e[sd]?|ements?|ing)|newsletter|blog post|public (?:report|post|write-?up))|communicat\w*|(?:publish|share|post|release|send) (?:the |a |an |full |our )?(?:(?:detailed|full|short|public|follow-?up|interim|preliminary|final) )?(?:post-?mortem|causal analysis|incident report|analysis|write-?up|updates?|(?:blog )?post|article)|post-?mortem (?:documented|published|written)|(?:community|forum|channel) (?:updates?|announcements?)|keep(?:s|ing)? (?:(?:all |the |our |affected |other )?(?:[\w-]+ )?(?:users|customers|clients|community|stakeholders|teams?|squads|partners|operators|contributors|reporters?|whitehats?|people|staff|members|subscribers)|everyone|everybody|them(?= (?:informed|updated|up[- ]to[- ]date|in the loop|posted) (?:as|on|about|of|throughout|during|while)\b)) (?:(?:fully|better|regularly|closely) )?(?:informed|updated|up[- ]to[- ]date|in the loop|posted)|(?:will|shall) be (?:contacted|notified|informed|emailed|told)|(?:users|customers|clients|tenants|operators|validators|integrators|maintainers|partners|subscribers|members|holders|stakeholders|people|parties) (?:[\w-]+ ){0,3}?to be (?:contacted|notified|informed|emailed|told)\b(?! (?:when|if|whenever|by (?:an? |the )?(?:alerts?|monitors?|pager)))|liais(?:e|es|ed|ing) with\b(?![^.;!?]{0,80}\bto (?:identify|fix|resolve|investigat|find|determin|understand|diagnos|debug|repair|replac|upgrad|patch)\w*)|(?:update|post (?:an? )?updates?|report back) (?:here|on this (?:page|post|thread|issue|entry)|in this (?:post|thread|issue|entry))|update this (?:entry|post|page|thread|incident(?: entry| page| report)?)\b|(?:instructions|guidance|updates?|details|a notice|(?:an? |the )?(?:proposals?|plans?|notices?)|(?:an? |the )?(?:(?:full|final|interim|detailed|public) )?(?:incident )?reports?) (?:will|is to|are to|to) (?:also )?be (?:provided|published|shared|posted|announced|sent)|incident (?:comms|communication)|report on these|templates? for (?:updates|notices|announcements)|(?:push|upload|commit|move|copy|add) (?:this|the|our) (?:document|doc|write-?up|report|post-?mortem|retrospective) (?:to|into|in|on)\b|(?:share|publish|circulate) (?:[\w-]+ ){0,2}(?:best practices|guidance|guidelines|recommendations|advice)\b|document (?:that|for) (?:[\w-]+ ){0,2}(?:users|customers|developers|integrators|operators|clients|partners)\b|(?:be|being) (?:much |far )?more (?:transparent|informative|communicative|forthcoming)\b|(?:creat|set(?:ting)? up|schedul|hold|start|add|organi[sz]|establish|introduc)\w* (?:an? |the )?(?:[\w/-]+ ){0,2}(?:meetings?|syncs?|sync-?ups?|check-?ins?|stand-?ups?) (?:for|between|with|across)\b|(?:calendars?|schedules?|roadmaps?) (?:[\w-]+ ){0,6}?(?:easily |readily )?(?:accessible|visible|available|shared|published) (?:to|with) (?:everyone|everybody|all|anyone|the (?:[\w-]+ )?teams?)\b)/i,
  ],
  // Writing to the people hurt ("we are emailing all affected users to help them recover what they
  // lost", "contact the impacted customers") tells them; mail sent by the product when something
  // happens ("email users when a key expires") is a feature, and other patterns read it.
  [
    'communication',
    /\b(?:e-?mail(?:s|ed|ing)?|contact(?:s|ed|ing)?|reach(?:es|ed|ing)? out to|writ(?:e|es|ing) to|messag(?:e|es|ed|ing)|call(?:s|ed|ing)?) (?:all |the |our |any |every |each )?(?:of the |of our )?(?:affected|impacted) (?:[\w-]+ )?(?:users|customers|clients|subscribers|account holders|owners|members|operators|tenants)\b(?! (?:when|if|whenever|once|as soon as)\b)/i,
  ],
  // Work on a configuration (reviewing, improving, hardening it) changes what the system does:
  // prevention, whatever the item names beside it ("review the proxy config and add a monitor", "rework
  // the balancer configuration to check each host") or the purpose it gives. The configuration of a
  // tool that watches, pages or tells people is that tool's, and keeps its own kind.
  [
    'prevention',
    /\b(?:review|improv|chang|harden|audit|tighten|correct|rework|revis|overhaul)\w* (?:the |our |all |its |their )?(?:(?!(?:alert|alarm|monitor|pag|notif|dashboard|log|status|on-?call|escalat|metric|observab|telemetry|grafana|prometheus|datadog|runbook|playbook|backup|restore|recovery|fail-?over)\w*\b)[\w.-]+ ){0,3}?(?:configuration|config)s?\b(?! (?:of|for) )(?![^.;!?]{0,60}\b(?:alert|alarm|pag(?:e|es|ing)|notif\w*|dashboards?|status ?pages?|on-?call|escalat\w*)\b)/i,
  ],
  // Limits, requests or quotas set on something cap what it can take, whatever it is: a
  // monitoring product named as the thing capped ("memory limits for the Grafana pods") does not
  // make the item one of detection.
  [
    'prevention',
    /\b(?:set|sets|setting|add|adding|give|giving|configure|configuring|apply|applying|enforce|enforcing|define|defining|raise|raising|lower|lowering|tighten|tightening|put|putting) (?:(?!(?:alert|alarm|monitor|page|paging|notif|dashboard|report|log)\w*\b)[\w.-]+ ){0,6}?(?:resource |memory |cpu |ram |disk |storage |connection )?(?:limits?|requests?|quotas?|caps?)\b(?! (?:to|per|of|made|sent|received|served|fail\w*|alert\w*|alarm\w*|thresholds?|monitor\w*|dashboards?|usage|metrics?)\b)/i,
  ],
  // Diagnostics gathered for whoever looks into the next failure (a bundle of logs, a dump at
  // start-up) serve the responder, even when they name a probe or a log.
  [
    'response',
    /\b(?:diagnostics? (?:bundles?|dumps?|collection|snapshots?|tool(?:s|ing)?|scripts?|archives?)|(?:add\w*|collect\w*|captur\w*|gather\w*|includ\w*|improv\w*|better|more|richer|deterministic) (?:[\w-]+ ){0,2}diagnostics)\b/i,
  ],
  // A dashboard that shows what changed last (the latest deploy, the rule published last) is where
  // the responder looks for the cause: it serves the response, not the finding out.
  [
    'response',
    /\b(?:(?:last|latest|recent|most recent|newest) (?:[\w-]+ ){0,2}?(?:changes?|deploy(?:s|ments?)?|releases?|rules?|versions?|commits?|config(?:uration)?s?|rollouts?|edits?) (?:to|on|in|into|onto) (?:the |our |each |every )?(?:[\w-]+ ){0,2}dashboards?|(?:deploy(?:ment)?|change|release|rollout|config(?:uration)?) (?:markers|annotations|events) (?:to|on|in|into) (?:the |our |each |every )?(?:[\w-]+ ){0,2}(?:dashboards?|graphs?|charts?|panels?)|dashboards? (?:that |to )?(?:shows?|lists?|displays?) (?:what|which) (?:[\w-]+ ){0,3}?changed)\b/i,
  ],
  // What the incident left stranded (stuck payments, undelivered mail, rewards not paid out) put
  // right, told as done or due ("the stuck jobs were re-run", "the undelivered mail will be sent"):
  // the recovery's work on the incident's own harm, not a change against a repeat.
  [
    'response',
    /\b(?:stuck|stranded|undelivered|undistributed|unpaid|unprocessed|unsent|lost|missing) (?:[\w-]+ ){0,3}?(?:were|was|have been|has been|will be|are being|is being|got|get) (?:all |now |then |later |eventually |manually |successfully )?(?:re-?(?:process|send|sent|play|tri|stor|deliver|distribut|submit|broadcast|run|ran|queu|index|sync)\w*|accelerat\w*|finali[sz]\w*|processed|delivered|distributed|paid|refunded|credited|recovered|cleared|mined|unstuck|released|flushed|drained|sent|backfill\w*)\b(?![^.;!?]{0,40}\bautomatic)/i,
  ],
  // The people the incident cost made good ("affected holders will be compensated", "give the
  // subscribers a week of compensation for the trouble"): the recovery's work on the incident's own
  // harm, as above. Compensating for something in code ("compensate for clock drift", compensating
  // controls) is no payment to anyone, and is left to the other patterns.
  [
    'response',
    /\b(?:compensat(?:e|es|ed|ing) (?:you|them|all|every\w*|each|those|(?:the |our |any )?(?:affected|impacted) [\w-]+|(?:the |our )(?:[\w-]+ )?(?:users?|customers?|clients?|tenants?|merchants?|players?|owners?|holders?|members?|subscribers?|depositors?|stakers?|accounts?))\b|(?:be|been|being|are|were|is|was|get|gets|got) (?:fully |partly |partially )?compensated\b|(?:receiv|get|got|offer|provid|pay|paid|grant|giv|gave|add)\w* (?:[\w+-]+ ){0,4}?compensation (?:for|to)\b)/i,
  ],
  // Seeing an alert through once it fires ("acknowledge every page within five minutes", "make sure
  // alerts reach someone who answers them") and bringing a host back by itself once it drops are
  // how the response goes, however much the item speaks of alerts.
  [
    'response',
    /\b(?:(?:receiv\w*|acknowledg\w*|ack|answer\w*) (?:and (?:acknowledg\w*|answer\w*|act\w* on) )?(?:any |all |every |the |our |incoming |new )?(?:[\w-]+ )?(?:alerts?|pages?|alarms?)|(?:automatic\w*|auto-?) ?(?:restart|reboot|recover)\w* (?:the |a |our |any )?(?:[\w-]+ ){0,2}(?:servers?|hosts?|machines?|nodes?|instances?|boxe?s?)\b(?=[^.;]{0,60}\b(?:goes|go|went|is|are|drops?) (?:offline|down)))\b/i,
  ],
  // A routine job that fails when its output is empty makes a silent fault loud: the failure is
  // how it is found; so does a warning logged when a lookup comes back empty. (A build or a deploy
  // that fails is a gate: prevention.)
  [
    'detection',
    /\b(?:fail\w* (?:the |a |each |every |any |our )?(?:[\w-]+ ){0,2}?(?:jobs?|exports?|imports?|back-?ups?|syncs?|tasks?|batch(?:es)?|cron ?jobs?)|(?:jobs?|exports?|imports?|back-?ups?|syncs?|tasks?|batch(?:es)?) (?:to |should |must |will )?fail\w*|warn(?:s|ed|ing)?|(?:log|logs|logged|logging|emit\w*|rais\w*) (?:an? )?(?:warnings?|errors?)) (?:when|if|whenever|on) (?:[\w-]+ ){0,5}?(?:empty|no (?:data|rows|records|output|files?|results?|entries)|zero (?:rows|records|bytes|entries|files))\b/i,
  ],
  // The words of finding out: alerts, monitors, dashboards, metrics, probes, logs collected. Uptime
  // counts as a check or a service that measures it ("an uptime check", "UptimeRobot"), not as the
  // measure itself ("aim for 99.9% uptime"), which is a target the other work serves.
  [
    'detection',
    /\b(?:(?:fail\w*|break\w*|stopp\w*) (?:silently|quietly|unnoticed)|silent (?:failures?|errors?)|(?:looks?|checks?|checking|looking|watch\w*) for (?:[\w-]+ ){0,5}?every (?:so often|few (?:minutes|hours|days)|hour|day|night|morning|week|(?:\d+|ten|five|fifteen|thirty) (?:minutes|hours))|is (?:it|the [\w-]+) (?:still )?(?:working|running|up|alive)\b|alert(?:s|ing|ed)?|alarm(?:s|ing|ed)?|page (?:on|when|if|us)|scann(?:er|ers|ing)|scan (?:[\w-]+ ){0,3}for|(?:vulnerability|security|secrets?|credentials?|regular|periodic|automated|scheduled|dependency|malware|weekly|daily|nightly) scans?\b|collect (?:the |all )?(?:[\w-]+ )?logs|(?:logs?|logging) (?:centrally|collection|aggregation)|end-to-end (?:[\w-]+ ){0,2}?tests?|e2e (?:[\w-]+ ){0,2}?tests?|uptime ?(?:checks?|monitor\w*|robot|kuma|services?|alerts?|pings?|probes?)|monitor(?:s|ing|ed)?|dashboards?|metrics?|synthetic|health[- ]?check(?:s|ing)?|(?<!readiness\/|liveness\/|readiness |liveness |readiness-|liveness-)probes?|observability|detective controls?|detect(?:s|ion|ed)?|telemetry|bug bount(?:y|ies)|bounty (?:program(?:me)?s?|rewards?)|notif(?:y|ied|ications?) (?:us|when|on|if)|notifications? (?:should |must |will |would |are |is |to )?(?:be |get )?(?:sent|raised|emitted|fired|triggered|posted|delivered) (?:on|for|upon|after|when|whenever|if) (?:[\w-]+ ){0,3}?(?:failures?|fail(?:s|ed|ing)?|errors?|crash(?:es|ed)?)\b|keep(?:s|ing)? an eye (?:out )?(?:on|for)\b|keep(?:s|ing)? (?:a )?(?:close )?watch (?:on|over|for)\b|(?:automat(?:ed|ic)|auto-?) notifications?\b(?! (?:to|for) (?:all |the |our |any |affected |each |every )?(?:[\w-]+ ){0,2}?(?:users|customers|clients|subscribers|community|members|players|visitors|public|holders|partners|readers)\b)|send(?:s|ing)? (?:an? |the )?(?:[\w-]+ )?notifications? to (?:the |our |an? )?(?:[\w-]+ )?(?:managers?|team|admins?|administrators?|operators|maintainers|on-?call|engineers|owners?|sres?|ops|developers|devs|us|me)\b|(?<!\b(?:minimi[sz]\w*|reduc\w*|shorten\w*|limit\w*|cut(?:s|ting)?|lower\w*|trim\w*) (?:the |our |all )?)(?:log|logging) (?:coverage|retention|metric)|keep logs|smoke tests? (?:in|against) production|canar(?:y|ies) check|run (?:the )?(?:tests|checks) (?:constantly|continuously|periodically)|pager ?duty alert|smtp for alerts|integration tests|(?:^|\b(?:to|will|and|also|we|should|must) )log (?:(?:all|the|every|each|any) )?(?:[\w-]+ )?(?:failures|errors|exceptions)\b|(?:^|\b(?:to|will|and|also|we|should|must) )log (?:[\w-]+ ){1,3}as (?:an? )?(?:errors?|warnings?)|(?:daily|hourly|weekly|nightly|periodic|scheduled) (?:[\w-]+ )?(?:checks?|tests?|scans?|probes?|verifications?)|(?:goes|go|turns?|turning) red (?:if|when|on|whenever)|grafana|prometheus|datadog|cloud ?watch|splunk|kibana|new ?relic|honeycomb|audit trails?|(?:add|adding|added) (?:more |extra |additional |better )?(?:logs?|logging) (?:to|for|in|around|on|at)|improvements? (?:to|of|in) (?:the |our )?(?:logs?|logging)\b|improve (?:the |our )?logging\b|(?:export|ship|forward|send|stream)\w* (?:the |all |our )?(?:[\w-]+ ){0,3}logs? (?:to|into)|logs? (?:analysis|analytics|shipping|forwarding))\b/i,
  ],
  [
    'response',
    // "Training" joined to the word before it ("AI-training crawlers") names a kind of thing, not people
    // trained, as training data or a model's training does; privilege escalation is an attack, a
    // drill-down a view, and snapshot tests are tests: none of them the responders' escalation,
    // drills or snapshots.
    /\b(?:(?:turn\w*|switch\w*|bring\w*|brought|put\w*) (?!(?:[\w.-]+ ){0,2}?(?:tests?|checks?|validations?|lint\w*|scans?|probes?|gates?|guards?|protections?|limits?|safeguards?|fuzz\w*)\b)(?:[\w.-]+ ){1,3}?back (?:on|online|up)\b|(?:easier|faster|quicker|sooner|simpler)(?: (?:and|or) (?:easier|faster|quicker|sooner|simpler))? (?:to )?(?:recover\w*|restor\w*|rebuild\w*)|(?:shorter|lower|reduc\w*|shorten\w*|improv\w*) (?:the |our )?(?:recovery time(?: objective)?|rto|time to (?:recover|restore))\b|recovery time objective|(?:(?:know|understand|learn)(?:s|ing)? how to |(?:documentation|docs|guides?|instructions|criteria|guidelines|guidance) (?:on|for|about) (?:how to |when to |(?:deciding )?whether (?:or not )?to )?(?:[\w-]+ ){0,2}?)(?:troubleshoot|diagnos|disabl|paus|halt|restor|recover|roll(?:ing)? back|fail(?:ing)? over|patch)\w*|(?:able to|enabled? to|empower\w* (?:[\w-]+ ){1,3}to) (?:[\w-]+ ){0,3}?(?:solutions? to|resolve|fix|handle|troubleshoot|debug|respond to) (?:[\w-]+ ){0,3}?(?:problems|issues|incidents|outages|failures)\b|(?:identify|find|look for|search for|check for|determine) (?:any )?(?:potential |possible )?(?:additional|further|other|remaining) (?:[\w-]+ )?(?:compromise|intrusions?|breach(?:es)?|affected [\w-]+)|run ?books?|play ?books?|(?<!privilege )escalat\w*(?! (?:of )?(?:user |admin |root )?privileges?)|(?:write|document|describe|create|define) (?:the |a |an |our )?(?:[\w-]+ ){0,2}(?:procedure|process)(?:es)?\b|emergency (?:[\w-]+ )?(?:process(?:es)?|procedures?|plans?|response|contacts?)\b|triag(?:e|ed|ing)\b(?! (?:the |all |any |our |these |those |old |custom |stale |unused )?(?:[\w./-]+ ){0,3}(?:certificates?|certs?|files?|keys?|configs?|configurations?|settings?|entries|records?|rules?|packages?|dependencies|images?|tokens?|secrets?|volumes?|buckets?|branches)\b)|(?:engag\w+|hir\w+|retain\w*|brought in|bring in) (?:an? |the )?(?:third[- ]party |external |outside |independent )?(?:[\w-]+ )?(?:analysts?|investigators?|incident responders?|security firms?)\b|(?:kill|stop|off|emergency) switch(?:es)?|channel (?:for|to) (?:getting hold of|reach(?:ing)?|contact(?:ing)?|pag(?:e|ing)|escalat\w+)|learning path|(?:people|persons|members|engineers|maintainers|admins|administrators|approvers|responders|reviewers|staff|someone|somebody|owners) (?:[\w-]+ ){0,3}?(?:in|across|spread over|from) (?:different|other|more|several|many|multiple|all|each) time[- ]?zones?|time[- ]?zone coverage|follow[- ]the[- ]sun|(?:around|round)[- ]the[- ]clock (?:coverage|cover|support|availability)|(?:24\/7|24x7) (?:coverage|cover|availability)|(?:documentation|docs) (?:about|of|on|for|describing|covering) (?:the |our |how )?(?:[\w-]+ ){0,2}?(?:production|deployments?|infrastructure|set-?up|servers?|clusters?|hosts?|machines?|architecture|network|stack)\b|(?:(?:documentation|docs) (?:about|of|on|for|describing|covering)|document(?:s|ed|ing)?) (?:the |our |how )?(?:[\w-]+ )?(?:normal|expected|usual|healthy|baseline|failure|error|incident|outage) (?:[\w-]+ )?(?:patterns?|behaviou?r|baselines?|signatures?|symptoms?)\b|on[- ]?call\b|paging\b|(?:^|\b(?:to|will|would|should|must|and|also|we|then|always|automatically|immediately) )page\b(?! (?:loads?|views?|titles?|layouts?|sizes?|counts?|speed|size|content|templates?)\b)|\bpage (?:the |an? |our |their |every |any |whoever )?(?:[\w-]+ )?(?:on-?call|engineers?|sres?|teams?|someone|somebody|people|responders?|primary|secondary|admins?|administrators?|operators?|owners?|maintainers?|humans?|persons?|staff)\b|out[- ]of[- ]band (?:[\w-]+ )?(?:access|consoles?|management|links?|connections?|connectivity|uplinks?|networks?|modems?)|emergency (?:ssh |remote |console )?access|jump (?:servers?|hosts?|box(?:es)?)|break[- ]glass|(?:easier|faster|quicker|simpler|less manual) (?:[\w-]+ )?fail-?over|(?:recover|restor)\w* (?:[\w-]+ ){0,3}(?:faster|quicker|more quickly|sooner)\b|fail-?over (?:[\w-]+ )?(?:easier|faster|quicker|simpler|less manual)|pagers?\b|pager ?duty (?:account|schedule|rota|notifications?|escalations?|settings?)|(?:phone|sms|call|push) (?:call )?(?:notifications?|escalations?)|incident['"”]?[- ]management|major incident (?:management|process|procedure|plan)s?|incident\.io|incident[- ](?:response|commander|process|handling)|(?:recovery|restore|restoration|response|incident|rollback|production) (?:procedures?|process(?:es)?|steps|documentation|guides?)|(?:backfill|replay|re-?process\w*|re-?ingest\w*) (?:tool(?:s|ing)?|scripts?)\b|document (?:our|the|how|a|clear)|document (?:this|that|it)\b|^document (?!and\b|or\b|that\b|for\b|whether\b|why\b)[\w-]+|(?:purg\w*|cache (?:invalidation|flush\w*|clear\w*)) (?:process|procedure|steps|workflow|scripts?|tool(?:s|ing)?)\b|(?:for|during|to (?:speed up|aid|help(?: with)?)) (?:the |a |faster |quick(?:er)? )?(?:recovery|restores?|troubleshooting|debugging)\b|(?:recovery|restore|rollback|failover|unstick) (?:steps? |procedures? |process )?(?:is |was |are |were )?(?:now )?(?:documented|written (?:up|down))\b|(?:sre|ops|operations) guide|cheat ?sheet|(?<![a-z]-|\bmodel |\bml )training(?! (?:data|datasets?|sets?|runs?|jobs?|pipelines?|corpus|examples|samples)\b)|drills?(?![- ]?down)|game ?days?|(?:resolve|handle|respond to) (?:future )?incidents|check-?list|access to|credential management|revert\w*|roll ?back|snapshot(?! tests?\b| testing\b)|re-?deploy|restor(?:e|ation)|when to call an incident|declar\w* (?:an? |the )?incidents?|(?:during|in the middle of) (?:an? |the )?incidents?|commands used|accuracy of our estimat\w*|decide how we document|clean (?:this|it|them) up so)\b/i,
  ],
  // A check of the running service made right after each deploy ("we confirm the login page loads
  // after every deploy", "test name resolution immediately after deployment"): the change is out
  // already, and the check finds what it broke sooner. A test run before the change lands is a
  // gate on it (prevention, above). Late, so that any other word of the item decides first.
  [
    'detection',
    /\b(?:check|test|verif(?:y|ies|ied|ying)|confirm|smoke[- ]?test|validat)\w*\b[^.;!?]{0,80}?\b(?:(?:right|immediately|straight|directly|just) )?after (?:every |each |a |the |any |all |our )?(?:new )?(?:deploy(?:s|ments?)?|releases?|rollouts?|upgrades?)\b/i,
  ],
  // More news promised to the readers ("we'll keep posting here", "this thread will be updated as we
  // learn more", "we will follow up with a full write-up", "we'll keep you informed", "we will stay
  // transparent" in the form "provide transparency"): the item keeps people informed. Updating a
  // thing that is not an account (the servers, the config, the runbook) names none of these objects.
  // Transparency into or over a system is visibility, left to the patterns of detection. Late, so
  // that work the item names beside the promise ("improve the alerts; we will keep you posted")
  // decides first.
  [
    'communication',
    /\b(?:(?:continu|keep)\w* (?:to )?(?:updat(?:e|ing)|post(?:ing)?) (?:here\b|this (?:page|post|thread|issue|ticket|article|report)\b|(?:you|everyone|users|customers|the community)\b)|(?:this|the) (?:page|post|thread|issue|ticket|article|incident report|status page|blog post) (?:will|shall) (?:be|get) updated\b|will (?:update|follow up) (?:you |everyone |this (?:page|post|thread) |here )?with (?:(?:an?|the|more|further|full|complete|detailed) ){0,2}(?:post[- ]?mortem|write-?up|details|information|report|rca|root cause analysis)\b|(?:keep|keeping|kept) (?:you|everyone|users|customers|our (?:users|customers|community)|the community|people|all of you) (?:updated|posted|informed|in the loop)\b|provid\w* (?:more |further |full |greater |continued )?transparency\b(?! (?:in|into|of|over|across|for|on (?:the|our|its|their|how))\b))/i,
  ],
  // An item that is itself a question to settle by looking ("Check whether the staging cluster was
  // hit too", "Check if the uptime probe covers the search API"): it finds out what is so. Whether
  // something can be done ("check if we can move to IPv6") weighs an option, and stays with the
  // default. Late, so that any other word of the item (a backup tested, a runbook) decides first.
  [
    'detection',
    /^\W*check(?:ing)? (?:if|whether) (?!(?:we|you|they|it|one|this|that) (?:can|could|should|would|might|may|need to)\b|it(?:'s| is| would be) (?:possible|feasible|worth|better)\b|(?:there is|there's) (?:a|any) way\b)/i,
  ],
  // A view or a command made to show the team a measure of the system ("a page that shows the
  // number of stuck jobs", "a command that tells the free space left"): what is going on is seen
  // sooner, as the ability to see a backlog is (above). Shown to users, customers or the public, it
  // tells them (a status page, a banner), and is left to the other readings. Late, so that any other
  // word of the item decides first.
  [
    'detection',
    /(?<!\b(?:status ?pages?|banners?|notices?|e-?mails?|messages?|announcements?|posts?) )\b(?:to|that|which) (?:show|display|tell|surface|expose)s? (?:us |the team |operators |admins |engineers |on-?call )?(?:the |all )?(?:amount|number|events?|state|size|count|progress|how many|how much|remaining|free|used|current|left)\b(?![^.;!?]{0,80}\b(?:to|for|with) (?:the |our |all |any |affected )?(?:users|customers|clients|players|visitors|members|public|community|subscribers|readers)\b)/i,
  ],
  // Last, so that any other word of the item decides first: an item named by the resilience it
  // builds ("API resilience pattern", "fault tolerance for the importer") is prevention, and a
  // bare title so named is not read by the logging or monitoring its detail shows on the way.
  ['prevention', /\b(?:resilien(?:ce|cy|t)|fault[- ]toleran(?:ce|t)|robustness|redundan(?:cy|t))\b/i],
];

/**
 * Sentences that give the reason for an item ("This enables faster customer communication.",
 * "This would have detected it in minutes."): they say what the item is for, told as a benefit,
 * and often name another kind's outcome. The item is what it changes, so they are left out, unless
 * nothing else is left.
 */
const RATIONALE =
  /(?:^|(?<=[.!?])\s+)(?:this|that|which|these|it) (?:enables|allows|will allow|would allow|would have|will help|helps|would help|ensures|means|gives|lets)\b[^.!?]*[.!?]?/gi;

function withoutRationale(text: string): string {
  const rest = text.replace(RATIONALE, ' ').trim();
  return rest ? rest : text;
}

/** The kind a written label stands for, or null. */
export function kindOfLabel(label: string): ItemKind | null {
  const words = label
    .slice(0, 200)
    .trim()
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ');
  // "Quicker detection", "Faster recovery": the gain sought names no kind; the stage after it does.
  const word = (GAIN.test(words[0] ?? '') ? words[1] : words[0]) ?? '';
  return LABELS[word] ?? null;
}

/** A comparative that opens a plan's heading on the gain it seeks ("Quicker detection"). */
const GAIN = /^(?:quicker|faster|better|safer|smoother|earlier|sooner)$/;

/** At most this much of an item's detail is read: what it changes is said near its title. */
const DETAIL_BUDGET = 2000;

/** A node of the parsed tree, as far as finding a list item by offset needs it. */
interface Positioned {
  type: string;
  children?: unknown[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The child of `node` that holds `offset`, or null. */
function childAt(node: Positioned, offset: number): Positioned | null {
  const index = childIndexAt(node, offset);
  return index === -1 ? null : (node.children as Positioned[])[index];
}

/** The innermost list item of `node` that holds `offset`, or null. */
function listItemAt(node: Positioned, offset: number): { end: number } | null {
  let found: { end: number } | null = null;
  // Lists nest a few levels deep; each step goes one level down, so a list of 10,000 items costs
  // a binary search per level, not a scan.
  for (let depth = 0; depth < 32 && node.children; depth++) {
    const child = childAt(node, offset);
    if (!child || (child.type !== 'list' && child.type !== 'listItem')) break;
    if (child.type === 'listItem') found = { end: child.position?.end.offset ?? offset };
    node = child;
  }
  return found;
}

type Spanned = Pick<ActionItem, 'start' | 'end'>;

/** The items of a document by where they start, sorted once per list of items. */
const sortedItems = new WeakMap<readonly Spanned[], Spanned[]>();

function byStart(items: readonly Spanned[]): Spanned[] {
  let sorted = sortedItems.get(items);
  if (!sorted) sortedItems.set(items, (sorted = [...items].sort((a, b) => a.start - b.start)));
  return sorted;
}

/** The index of the first item that starts at or after `offset`. */
function firstFrom(sorted: Spanned[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The words of a list item below its own first paragraph that no other item holds: the
 * "Description: …" line under a bold title, a note that explains it. Empty for a table row, a
 * sentence, or an item of one paragraph.
 */
export function itemDetail(
  doc: Pick<AnalysedDocument, 'text' | 'root'>,
  item: Pick<ActionItem, 'line' | 'start' | 'textSpan'> & Partial<Pick<ActionItem, 'shape' | 'end'>>,
  items: readonly Spanned[],
): string {
  // A sub-heading read as an item runs over the paragraphs that describe it: they are its detail.
  if (item.shape === 'heading' && item.end !== undefined)
    return doc.text.slice(item.textSpan.end, Math.min(item.end, item.textSpan.end + DETAIL_BUDGET)).trim();
  const block = blockOnLine(doc.root, item.line + 1);
  const listItem = block && block.type === 'list' ? listItemAt({ type: 'root', children: [block] }, item.start) : null;
  if (!listItem) return '';
  const from = item.textSpan.end;
  const to = Math.min(listItem.end, from + DETAIL_BUDGET);
  if (to <= from) return '';
  let out = '';
  let at = from;
  // Items nested in this one say what they change themselves.
  const sorted = byStart(items);
  for (let i = firstFrom(sorted, from); i < sorted.length && sorted[i].start < to; i++) {
    const other = sorted[i];
    if (other.start > at) out += doc.text.slice(at, other.start);
    at = Math.max(at, Math.min(other.end, to));
  }
  if (at < to) out += doc.text.slice(at, to);
  return out.trim();
}

/**
 * The kind of an action item: its written category, tag or `Kind:` line first, else what its words
 * change. An item written as a bare title whose words name nothing of any kind ("Improve
 * console access") is read by its `detail`, the description written under it, when that names
 * a kind; an item written as a sentence is what it says.
 */
export function classifyItem(item: Pick<ActionItem, 'text' | 'category'>, detail: string | (() => string) = ''): ItemKindFact {
  if (item.category) {
    const kind = kindOfLabel(item.category);
    if (kind === 'prevention') {
      // "Prevention measures" over "Cost alarm: `writes-high`" (set to alert at 80%): an alarm is put in
      // against a repeat, but it serves seeing one. An item whose words, or a bare title's detail, name
      // detection is detection; the rest keeps the heading's word.
      const own = inferKind(item.text);
      const seen = own.evidence.length || !isTitle(item.text) ? own : inferKind(typeof detail === 'string' ? detail : detail());
      if (seen.kind === 'detection') return seen;
    }
    if (kind && !BORROWED.test(item.category)) return { kind, source: 'written', evidence: [item.category] };
    if (kind) {
      // "Mitigate" and "fix" sort work by when it lands, not by what it serves: an item under
      // them that tells people is communication; the rest keeps the column's word.
      const inferred = inferKind(item.text);
      if (inferred.kind === 'communication') return inferred;
      return { kind, source: 'written', evidence: [item.category] };
    }
  }
  const raw = clip(item.text);
  const tag = TAG.exec(raw);
  if (tag) {
    const kind = kindOfLabel(tag[1]);
    if (kind) return { kind, source: 'written', evidence: [tag[0].trim()] };
  }
  const text = withoutRationale(words(raw));
  const line = KIND_LINE.exec(text);
  if (line) {
    const kind = kindOfLabel(line[1]);
    if (kind) return { kind, source: 'written', evidence: [line[0]] };
  }
  const inferred = inferKind(item.text);
  if (inferred.evidence.length || !detail || !isTitle(item.text)) return inferred;
  // The detail is read only for a bare title that named nothing: most items never need it.
  const said = typeof detail === 'string' ? detail : detail();
  if (!said) return inferred;
  const described = inferKind(said);
  return described.evidence.length ? described : inferred;
}

/** The kinds of a document's action items, in order, read once per analysed document. */
const kindsByDocument = new WeakMap<AnalysedDocument, ItemKindFact[]>();

/**
 * The kind of each of the document's action items, a bare title read by its detail: the one
 * reading the facts, the hovers and the workspace index share (it needs no settings).
 */
export function itemKindsOf(doc: AnalysedDocument): ItemKindFact[] {
  let kinds = kindsByDocument.get(doc);
  if (!kinds) {
    const items = doc.model.actionItems;
    kindsByDocument.set(doc, (kinds = items.map((item) => classifyItem(item, () => itemDetail(doc, item, items)))));
    inheritFromLeads(doc, items, kinds);
    inheritFromSubheadings(doc, items, kinds);
  }
  return kinds;
}

/** Sections whose title can be a plan's theme: not one of the narrative sections (what happened, how it was found). */
const THEMED = new Set<string | null>([null, 'action-items']);

/**
 * An item that names no kind of its own, under a plan's sub-heading that names one ("### Status
 * updates and messaging" over "We will settle on one forum"): the heading is the theme its
 * sentences serve, so the item takes the heading's kind. Only a heading of the plan or an untitled
 * part counts, not a narrative section ("Detection", "Resolution"), whose words say what happened.
 * A binary search per item over the document's sections, each heading read once.
 */
function inheritFromSubheadings(doc: AnalysedDocument, items: readonly ActionItem[], kinds: ItemKindFact[]): void {
  const sections = doc.model.sections;
  if (!sections.length) return;
  const read = new Map<number, ItemKindFact | null>();
  for (let i = 0; i < items.length; i++) {
    const kind = kinds[i];
    const item = items[i];
    if (kind.source !== 'inferred' || kind.evidence.length || item.shape === 'heading') continue;
    const at = sectionBefore(sections, item.start);
    if (at === -1) continue;
    const section = sections[at];
    if (section.source === 'label' || item.start >= section.end) continue;
    let theme: ItemKindFact | null | undefined = null;
    if (THEMED.has(section.kind)) {
      theme = read.get(at);
      if (theme === undefined) {
        const named = inferKind(section.heading.text);
        read.set(at, (theme = named.evidence.length ? named : headingArea(section.heading.text)));
      }
    }
    if (!theme && LISTED.has(item.shape) && !item.done) theme = recoveryPlan(sections, at, item.start);
    if (theme) kinds[i] = theme;
  }
}

const LISTED = new Set<ActionItem['shape']>(['task', 'bullet', 'numbered']);

/**
 * A plan's sub-heading that names the logs as the area it changes ("### Logging", "### What we
 * changed in logging", "### Audit logs"): what its items add is a record of what happened, log
 * coverage, which LABELS.md counts as detection, as a sub-heading naming monitoring or alerting
 * already gives. Read on headings only: an item's own mention of logs ("reduce log noise") is
 * not the theme of a part.
 */
const LOG_AREA = /\b(?<!\b(?:from|in|of|through|per) (?:the|our|these|its|their) )(?:logging|logs|audit[- ](?:logs?|trails?))\b/i;

function headingArea(heading: string): ItemKindFact | null {
  const match = LOG_AREA.exec(words(heading.slice(0, 200)));
  return match ? { kind: 'detection', source: 'inferred', evidence: [match[0]] } : null;
}

/** A heading of the recovery's remaining work: "Recovery TODO", "Remaining recovery steps", "Restore plan". */
const RECOVERY_PLAN =
  /^\W*(?:(?:remaining|open|outstanding|pending) )?(?:recovery|restore|restoration)\b[^.!?]{0,40}?\b(?:todo|to-?do|to do|plan|tasks|steps|check-?list)\b(?! (?:taken|done|completed|followed)\b)/i;

/** A part that puts its work later than the recovery: the long term, next week, prevention. */
const LATER = /\b(?:long[- ]?term|later|next (?:week|month|quarter|year|sprint)|weeks?|months?|quarters?|prevent\w*|follow[- ]?ups?|safeguards?|hardening)\b/i;

/** At most this many sections are stepped over, looking for the recovery plan that holds an item. */
const MAX_ENCLOSING = 64;

/**
 * An open task of a recovery's to-do list ("## Recovery TODO" over "### Next hour" over "- [ ] Deploy
 * the network plugin"), named by no words of its own, is the recovery's remaining work: response.
 * The sections that hold the item are read from the innermost out; a part that puts its work later
 * ("Long term", "Next week") keeps its items to their own words.
 */
function recoveryPlan(sections: AnalysedDocument['model']['sections'], at: number, offset: number): ItemKindFact | null {
  let depth = Infinity;
  for (let j = at; j >= 0 && at - j < MAX_ENCLOSING; j--) {
    const section = sections[j];
    if (section.source === 'label' || section.heading.depth >= depth || section.end <= offset) continue;
    depth = section.heading.depth;
    const heading = words(section.heading.text);
    if (LATER.test(heading)) return null;
    if (RECOVERY_PLAN.test(heading)) return { kind: 'response', source: 'inferred', evidence: [section.heading.text] };
    if (!THEMED.has(section.kind) || depth <= 1) return null;
  }
  return null;
}

/** The index of the last section whose heading starts before `offset`, or -1 (sections are in document order). */
function sectionBefore(sections: AnalysedDocument['model']['sections'], offset: number): number {
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sections[mid].heading.start < offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** An item that opens a list of its own with a colon ("Make sure alerting covers:"): its children finish its sentence. */
const LEAD = /:\s*$/;

/**
 * Items nested under a lead item ("Add alerts for:" over "- the claims service", "- the relay")
 * finish its sentence: one that names no kind of its own takes the lead's. One pass over the items
 * in document order: a lead holds while the items after it are indented deeper than it is.
 */
function inheritFromLeads(doc: Pick<AnalysedDocument, 'text'>, items: readonly ActionItem[], kinds: ItemKindFact[]): void {
  let lead: { indent: number; kind: ItemKindFact } | null = null;
  let previous = -1;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.shape !== 'bullet' && item.shape !== 'task' && item.shape !== 'numbered') {
      lead = null;
      continue;
    }
    // Items are in document order; one out of it ends any lead.
    if (item.start < previous) lead = null;
    previous = item.start;
    const indent = indentAt(doc.text, item.start);
    if (lead && indent <= lead.indent) lead = null;
    const kind = kinds[i];
    if (lead && kind.source === 'inferred' && !kind.evidence.length) kinds[i] = lead.kind;
    else if (!lead && LEAD.test(item.text.trimEnd()) && kind.evidence.length) lead = { indent, kind };
    else if (!lead && LEAD.test(item.text.trimEnd()) && kind.source === 'inferred') {
      // "A better process for flagging fires quickly:" over "- Alerts on …", "- More monitoring of …":
      // a lead that names no kind is the goal its items serve, when each of them names the same one.
      const agreed = kindOfParts(doc, items, kinds, i, indent);
      if (agreed) kinds[i] = agreed;
    }
  }
}

/** At most this many items under a lead are read for the kind they share. */
const MAX_PARTS = 50;

/** The kind every item nested under the lead at `at` names, when each names the same one. */
function kindOfParts(
  doc: Pick<AnalysedDocument, 'text'>,
  items: readonly ActionItem[],
  kinds: ItemKindFact[],
  at: number,
  indent: number,
): ItemKindFact | null {
  let agreed: ItemKindFact | null = null;
  let previous = items[at].start;
  for (let j = at + 1; j < items.length && j <= at + MAX_PARTS; j++) {
    const part = items[j];
    if ((part.shape !== 'bullet' && part.shape !== 'task' && part.shape !== 'numbered') || part.start < previous) break;
    previous = part.start;
    if (indentAt(doc.text, part.start) <= indent) break;
    const kind = kinds[j];
    if (!kind.evidence.length || (agreed && agreed.kind !== kind.kind)) return null;
    agreed ??= kind;
  }
  return agreed;
}

/** The columns of white space before the line that holds `offset` starts its words. */
function indentAt(text: string, offset: number): number {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  let at = from;
  while (at < offset && (text[at] === ' ' || text[at] === '\t')) at++;
  return at - from;
}

/** Words a title has at most: more, and the item is a sentence that says what it changes. */
const TITLE_WORDS = 8;

/** An item written as a title ("Better console access"): a few words, no sentence of its own. */
function isTitle(text: string): boolean {
  const t = words(text).trim();
  return t.length <= 120 && t.split(/\s+/).length <= TITLE_WORDS && !/[.!?]\s+\S/.test(t);
}

const clip = (text: string): string => (text.length > 2000 ? text.slice(0, 2000) : text);

/** Labels of another way of sorting work (by when it lands), which stand for a kind unless the item tells people. */
const BORROWED = /^\W*(?:mitigat\w*|fix\w*|repair\w*)\b/i;

/**
 * A clause that opens a sentence on what the item comes with or waits for, up to its comma ("Once
 * the agent runs, …", "In tandem with the pager service, …"), or on what is already in place
 * ("With the new metrics agent in place we …"): the sentence's own verb comes after it.
 */
const LEADING_SIDE =
  /(^|[.!?;]\s+)(?:with\b[^,.;:!?]{1,80}?\bin place\b,?|(?:now that|once|when(?:ever)?|after|until|(?:in tandem|together|along|combined|coupled|in combination) with)\b[^,.;:!?]{1,200},)\s*/gi;

/**
 * A tool named as what makes the work possible ("the agent will allow us to set up a rotation",
 * "the new tracker lets the team triage"): the item is the work, so the words up to it are left out.
 */
const ENABLER =
  /(^|[.!?;]\s+)[^.;:!?]{1,80}?\b(?:will |would |should |can |could |to )?(?:allow|let|enable|help)s? (?:us|them|the team|our team|our (?:[\w-]+ )?(?:engineers|contributors|operators|maintainers)) (?:to )?/gi;

/**
 * A clause after the main one that says when the item acts or what else holds then ("… when
 * failures are detected", "… during incidents", "… now that the agent runs"): it runs to the end
 * of the sentence and names the moment, not the work. Its opening word is kept, so a pattern that
 * reads "alert … when" as a condition watched for still sees one. A "when" that asks ("define when
 * the notice should go out", "when to page") is the object of the verb, not a side clause. A
 * purpose ("so that we catch regressions", "so that users stay informed") is left in: it often
 * says what the work serves.
 */
const TRAILING_SIDE =
  /(?<=[\w)'"]\s|,\s)(when(?:ever)?(?! to\b)(?![^.;:!?,]{0,60}\b(?:should|must|ought to|needs? to|has to|have to)\b)|during|in case of|now that)\b[^.;!?]*/gi;

/** The item's own clauses: its words without the side clauses around its main verb; the whole text when nothing is left. */
function ownClauses(text: string): string {
  const own = text.replace(LEADING_SIDE, '$1').replace(ENABLER, '$1').replace(TRAILING_SIDE, ' $1 ').replace(/\s+/g, ' ').trim();
  return /\w/.test(own) ? own : text;
}

/** The kind the first pattern that matches `text` names, or null. */
function firstKind(text: string): ItemKindFact | null {
  for (const [kind, pattern] of INFERRED) {
    const match = pattern.exec(text);
    if (match) return { kind, source: 'inferred', evidence: [match[0]] };
  }
  return null;
}

/** A purpose that looks ahead, pointing back at the change before it: "This will allow …", "It lets us …", "This ensures …". */
const FORWARD_PURPOSE = /(?:^|(?<=[.!?])\s+)(?:this|that|it) (?:will allow|allows|enables|will enable|lets|will let|ensures|will ensure)\b[^.!?]*/gi;

/**
 * The kind of the purpose an item states, when the item tells a change as the state it left ("The
 * team now owns every DNS record. This will allow a faster response to …") and its own words name
 * none: the state says what changed, and only its purpose what it serves. A task ("Add a second
 * reviewer. This will allow …") is what it changes, and a benefit told in hindsight ("This would
 * have caught it") names none; both keep the default.
 */
function statedPurposeKind(whole: string, own: string): ItemKindFact | null {
  if (own === whole) return null;
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(whole);
  if (first && IMPERATIVE.has(first[1].toLowerCase())) return null;
  for (const m of whole.matchAll(FORWARD_PURPOSE)) {
    const found = firstKind(m[0]);
    if (found) return found;
  }
  return null;
}

/**
 * A purpose clause that says the work is there to stop a repeat ("… to prevent similar incidents",
 * "…, keeping bad hosts from reaching users", "… so as to make sure this does not happen again",
 * "… to make sure outages stay rare"): what the item is for is said outright, so the tools it names
 * on the way (monitors, a faster recovery) do not decide. Only a clause after the item's own verb
 * counts (after "to" or a comma), and only one whose object is a repeat or a harm kept away, not a
 * single thing ("to prevent data loss" names what is guarded, not what the work does).
 */
const PREVENTION_PURPOSE = new RegExp(
  [
    String.raw`(?<!(?:^|[.!?:;]\s*)(?:in order |so as )?)(?:\b(?:in order |so as )?to|,\s*(?:thereby |thus |so )?)\s*(?:prevent(?:s|ing)?|avoid(?:s|ing)?|stop(?:s|ping)?)\s+`,
    String.raw`(?:(?:this|that|these|those|such|similar|the same|any|future|further|a repeat of)\b[^.;!?]{0,60}?\b(?:incidents?|issues?|outages?|problems?|situations?|errors?|failures?|events?|mistakes?|breakages?|kinds?|sorts?|types?|repeats?|recurrences?)\b`,
    String.raw`|(?:[\w'’-]+ ){1,4}?from (?:happening|recurring|reoccurring|occurring|repeating|affecting|reaching|spreading)\b`,
    String.raw`|(?:a |any )?(?:recurrences?|repeats?|repetitions?)\b)`,
    String.raw`|(?<!(?:^|[.!?:;]\s*))(?:\bto|,)\s*(?:ensure|make sure)(?: that)? [^.;!?]{0,80}?(?:\b(?:does|do|will|would|can|could)(?: not|n['’]t)|\bwon['’]t|\bnever|\bno longer) (?:happen|recur|reoccur|occur|repeat)\w*`,
    String.raw`|(?<!(?:^|[.!?:;]\s*))(?:\bto|,)\s*(?:ensure|make sure)(?: that)? [^.;!?]{0,60}?\b(?:will (?:be|stay|remain)|stays?|remains?|are|is|becomes?) (?:extremely |very |far |much )?rar(?:e|er)\b`,
  ].join(''),
  'i',
);

/**
 * The kind read from what the item's words change; prevention when nothing else matches. What
 * the item's own clauses say decides first: a tool, a stage or a goal named in a clause around
 * them ("so that we see it during incidents", "once monitoring is in place") counts only when
 * those clauses name nothing.
 */
function inferKind(itemText: string): ItemKindFact {
  if (itemText.length > MAX_KEPT_TEXT) return readKind(itemText);
  const { kind, source, evidence } = kindsByText(itemText, () => readKind(itemText));
  return { kind, source, evidence: [...evidence] };
}

/**
 * `inferKind`'s readings by the item's text, which is all they depend on: a check reads every
 * item's kind, and an edit leaves almost every item's text as it was (some sixty patterns per
 * item otherwise). Each reading is handed out as a copy.
 */
const kindsByText = boundedMemo<ItemKindFact>(4096);

/** Longer texts are read each time: items are rarely this long, and the memo holds at most 8 MB of words. */
const MAX_KEPT_TEXT = 2000;

function readKind(itemText: string): ItemKindFact {
  const text = withoutRationale(words(clip(itemText))).replace(ROUTE_ANNOUNCEMENT, 'route advertisement');
  const own = ownClauses(text);
  const read = (own !== text ? firstKind(own) : null) ?? firstKind(text);
  if (read && read.kind !== 'prevention' && read.kind !== 'communication') {
    // Words of finding out or responding that come in the purpose, after the stated aim of stopping
    // a repeat ("… to make sure outages stay rare, and that we recover faster"), are part of that
    // aim; the item's own work, before it ("add logging to prevent similar issues"), keeps its kind.
    const purpose = PREVENTION_PURPOSE.exec(text);
    if (purpose && text.indexOf(read.evidence[0]) >= purpose.index) return { kind: 'prevention', source: 'inferred', evidence: [purpose[0].trim()] };
  }
  return read ?? statedPurposeKind(words(clip(itemText)), text) ?? { kind: 'prevention', source: 'inferred', evidence: [] };
}
