import type { Measure, Stance } from "./claim.js";
import type { Qualifier } from "./quantity.js";

// The word lists the extractor reads stories with. They are data, kept in one module so a
// newsroom can see (and extend) exactly which phrasings factmark understands.

/**
 * Verbs that compare a count with a round figure instead of stating it, as headlines and wire
 * copy write tolls: "toll tops 34,000" is a floor (the count is at or above it), "toll nears
 * 29,000" is just below it. "Climbs to", "rises to" and "reaches" state the count and are not here.
 */
export const COMPARATIVE_VERBS = {
  // The bare forms take a plural subject ("settler attacks top 4,000", "tolls pass 1,000").
  floor: ["top", "surpass", "pass", "exceed", "cross", "tops", "topped", "topping", "surpasses", "surpassed", "surpassing", "passes", "passed", "passing", "exceeds", "exceeded", "crosses", "crossed", "crossing", "breaches", "breached"],
  near: ["near", "nears", "neared", "nearing", "approach", "approaches", "approached"],
  // Followed by "past": "the toll climbs past 8,500", "rose past 30,000". Alone, "past" is a
  // time word ("the past 24 hours").
  pastMotion: ["climb", "climbs", "climbed", "climbing", "rise", "rises", "rose", "risen", "rising", "go", "goes", "went", "gone", "going", "move", "moves", "moved", "moving", "push", "pushes", "pushed", "pushing", "creep", "creeps", "crept", "creeping", "surge", "surges", "surged", "surging", "soar", "soars", "soared", "soaring", "jump", "jumps", "jumped", "jumping", "edge", "edges", "edged", "edging", "tick", "ticks", "ticked", "ticking", "shoot", "shoots", "shot", "shooting"],
  // Verbs that carry their object past a figure, with the object between them and "past": "pushed
  // the toll past 28,000", "took the death toll past 40,000". The count is above the figure.
  carryPast: ["push", "pushes", "pushed", "pushing", "take", "takes", "took", "taken", "taking", "bring", "brings", "brought", "bringing", "send", "sends", "sent", "sending", "drive", "drives", "drove", "driven", "driving", "lift", "lifts", "lifted", "lifting", "put", "puts", "putting", "carry", "carries", "carried", "carrying", "tip", "tips", "tipped", "tipping"],
} as const;

/** Hedging phrases before a figure, longest first, with the qualifier they mean. */
export const QUALIFIER_PHRASES: readonly { words: readonly string[]; qualifier: Qualifier }[] = (
  [
    ["over", [["just", "over"], ["well", "over"], ["more", "than"], ["upwards", "of"], ["upward", "of"], ["in", "excess", "of"], ["north", "of"], ["higher", "than"], ["greater", "than"], ["over"], ["above"], ["exceeding"], ...COMPARATIVE_VERBS.pastMotion.map((verb) => [verb, "past"])]],
    ["nearly", [["just", "under"], ["just", "below"], ["just", "shy", "of"], ["just", "short", "of"], ["nigh", "on"], ["close", "to"], ["nearly"], ["almost"], ["approaching"], ["toward"], ["towards"], ...COMPARATIVE_VERBS.near.map((verb) => [verb]),
      // "putting the toll within days of 40,000", "on the verge of 40,000": a mark the toll is about to reach.
      ...["days", "hours", "reach", "sight"].map((what) => ["within", what, "of"]), ...["verge", "cusp", "brink"].map((edge) => ["on", "the", edge, "of"])]],
    ["about", [["an", "estimated"], ["about"], ["around"], ["some"], ["roughly"], ["approximately"], ["approx"], ["circa"], ["estimated"], ["an", "approximate"], ["in", "the", "region", "of"], ["on", "the", "order", "of"], ["something", "like"]]],
    ["at-least", [["at", "least"], ["no", "fewer", "than"], ["no", "less", "than"], ["not", "fewer", "than"], ["not", "less", "than"], ["a", "minimum", "of"], ...COMPARATIVE_VERBS.floor.map((verb) => [verb])]],
    ["up-to", [["up", "to"], ["as", "many", "as"], ["as", "much", "as"], ["as", "high", "as"]]],
    ["fewer-than", [["fewer", "than"], ["less", "than"], ["under"], ["below"]]],
  ] as [Qualifier, string[][]][]
)
  .flatMap(([qualifier, phrases]) => phrases.map((words) => ({ words, qualifier })))
  .sort((a, b) => b.words.length - a.words.length);

/** Words for 0–19 and the tens, with their values: the words a numeral's groups are made of (see numerals.ts). */
export const UNITS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10],
  ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

/** Multiplier words and suffixes ("million", "35k"). */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100], ["thousand", 1_000], ["million", 1_000_000], ["billion", 1_000_000_000],
  ["k", 1_000], ["m", 1_000_000], ["mn", 1_000_000], ["mln", 1_000_000], ["bn", 1_000_000_000],
]);

/** Scale words, largest last: each multiplies the group before it, and a numeral uses each at most once, falling. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["thousand", 1_000], ["million", 1_000_000], ["billion", 1_000_000_000],
]);

/** Fractions that stand before "a" and a scale ("half a million", "a quarter of a million"). */
export const FRACTION_PHRASES: readonly { words: readonly string[]; value: number }[] = [
  { words: ["half", "a"], value: 0.5 },
  { words: ["a", "half"], value: 0.5 },
  { words: ["a", "quarter", "of", "a"], value: 0.25 },
  { words: ["a", "quarter"], value: 0.25 },
  { words: ["three", "quarters", "of", "a"], value: 0.75 },
];

/** Ordinal words and their values ("the second phase", "in its eighth month"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["initial", 1], ["opening", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7], ["eighth", 8],
  ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12], ["1st", 1], ["2nd", 2], ["3rd", 3], ["4th", 4], ["5th", 5], ["6th", 6], ["7th", 7], ["8th", 8],
  ["9th", 9], ["10th", 10], ["11th", 11], ["12th", 12],
]);

/** Vague amounts read as ranges: "dozens" is 24–99, "hundreds of thousands" 200,000–999,999. */
export const VAGUE: readonly { words: readonly string[]; low: number; high: number }[] = [
  { words: ["hundreds", "of", "thousands"], low: 200_000, high: 999_999 },
  { words: ["tens", "of", "thousands"], low: 20_000, high: 99_999 },
  { words: ["tens", "of", "millions"], low: 20_000_000, high: 99_999_999 },
  { words: ["a", "few", "hundred"], low: 200, high: 500 },
  { words: ["a", "few", "thousand"], low: 2_000, high: 5_000 },
  { words: ["several", "hundred"], low: 300, high: 900 },
  { words: ["several", "thousand"], low: 3_000, high: 9_000 },
  { words: ["a", "dozen"], low: 12, high: 12 },
  { words: ["dozens"], low: 24, high: 99 },
  { words: ["scores"], low: 40, high: 99 },
  { words: ["hundreds"], low: 200, high: 999 },
  { words: ["thousands"], low: 2_000, high: 9_999 },
  { words: ["millions"], low: 2_000_000, high: 9_999_999 },
];

/** Words naming who is counted, with the population group id they stand for. */
export const GROUPS: ReadonlyMap<string, string> = new Map([
  ["people", "people"], ["persons", "people"], ["individuals", "people"], ["residents", "people"], ["inhabitants", "people"],
  ["civilians", "civilians"], ["children", "children"], ["kids", "children"], ["minors", "children"], ["infants", "children"], ["babies", "children"],
  ["women", "women"], ["men", "men"],
  ["journalists", "journalists"], ["reporters", "journalists"], ["photojournalists", "journalists"],
  ["medics", "medical-personnel"], ["doctors", "medical-personnel"], ["nurses", "medical-personnel"], ["paramedics", "medical-personnel"],
  ["soldiers", "soldiers"], ["troops", "soldiers"], ["troop", "soldiers"], ["servicemen", "soldiers"], ["reservists", "soldiers"],
  ["fighters", "fighters"], ["militants", "fighters"], ["combatants", "fighters"], ["operatives", "fighters"], ["terrorists", "fighters"], ["gunmen", "fighters"],
  ["hostages", "hostages"], ["captives", "hostages"], ["prisoners", "prisoners"], ["detainees", "prisoners"],
  ["refugees", "people"], ["families", "families"], ["students", "students"], ["patients", "patients"],
  ["worshippers", "people"], ["bodies", "people"], ["victims", "people"], ["casualties", "people"],
  ["person", "people"], ["child", "children"], ["woman", "women"], ["journalist", "journalists"], ["soldier", "soldiers"], ["hostage", "hostages"], ["civilian", "civilians"],
  ["staff", "aid-workers"], ["workers", "workers"],
  ["settlers", "settlers"], ["settler", "settlers"],
]);

/**
 * Directions that put a war's noun on one region of a land ("its northern offensive", "the
 * offensive in northern Gaza"): one operation, not the war as a whole.
 */
export const REGION_ADJECTIVES: ReadonlySet<string> = new Set(["northern", "southern", "eastern", "western", "central"]);

/** Words of direction before a place name, passed over to read the preposition before it ("in southern Israel"). */
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set(["southern", "northern", "eastern", "western", "central", "occupied", "south", "north", "east", "west"]);

/** Nouns of a war before the place it is fought in ("the war in Gaza"): that place is the war's, not a count's. */
export const WAR_NOUNS: ReadonlySet<string> = new Set(["war", "conflict", "offensive", "fighting", "invasion", "campaign", "bombardment", "assault"]);

/**
 * Nouns of what a party wages or commands: after a place name in the possessive ("in Israel's
 * offensive on the Gaza Strip", "by Russia's strikes") the name is the party, not where a count
 * happened. A possessive before any other noun stays a place ("in Gaza's south", "Lebanon's hospitals").
 */
export const WAGED_NOUNS: ReadonlySet<string> = new Set([
  ...WAR_NOUNS,
  "military", "army", "forces", "troops", "strikes", "airstrikes", "bombing", "bombings", "attacks", "blockade", "siege", "operation", "operations", "retaliation", "incursion", "raids",
]);

/**
 * Words that open a clause of its own after a count or before it ("Gaza toll tops 55,000 as
 * Israeli fire near aid site kills 27"): a count's clause ends at them. "as" only when the word
 * after it is not one of {@link NOT_CLAUSE_AFTER_AS} ("as of Monday", "as many as").
 */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(["as", "while", "whereas", "when"]);
export const NOT_CLAUSE_AFTER_AS: ReadonlySet<string> = new Set(["of", "many", "much", "well", "a", "part"]);

/** Measures that count incidents, not people ({@link ATTACKERS}). */
export const INCIDENT_MEASURES: ReadonlySet<string> = new Set(["attacks"]);

/** Adverbs passed over inside a cue of a count's clause: "has also recorded", "have now been killed". */
export const CUE_ADVERBS: ReadonlySet<string> = new Set(["also", "now", "already", "so", "far", "reportedly", "officially", "previously", "just", "thus", "since", "cumulatively"]);

/** Nouns that name incidents right after a count ("4,000 attacks on Palestinians"): an attack count when its attacker is named. */
export const INCIDENT_NOUNS: ReadonlySet<string> = new Set(["attacks", "attack", "incidents"]);

/**
 * Who carries out the incidents an attack count counts, by the word that names them ("4,300
 * settler attacks", "settlers have carried out more than 4,000 attacks"): the count's group. An
 * attack count whose clause names none of them counts nothing a series counts.
 */
export const ATTACKERS: ReadonlyMap<string, string> = new Map([
  ["settler", "settlers"], ["settlers", "settlers"],
]);

/** Two-word groups ("aid workers", "health workers"). */
export const GROUP_PHRASES: readonly { words: readonly string[]; group: string }[] = [
  { words: ["military", "personnel"], group: "soldiers" },
  { words: ["aid", "workers"], group: "aid-workers" },
  { words: ["humanitarian", "workers"], group: "aid-workers" },
  { words: ["un", "staff"], group: "aid-workers" },
  { words: ["u.n.", "staff"], group: "aid-workers" },
  { words: ["health", "workers"], group: "medical-personnel" },
  { words: ["healthcare", "workers"], group: "medical-personnel" },
  { words: ["medical", "staff"], group: "medical-personnel" },
  { words: ["medical", "workers"], group: "medical-personnel" },
  { words: ["hospital", "staff"], group: "medical-personnel" },
  { words: ["medical", "personnel"], group: "medical-personnel" },
  { words: ["media", "workers"], group: "journalists" },
  { words: ["civil", "defence"], group: "civil-defence" },
  { words: ["civil", "defense"], group: "civil-defence" },
  { words: ["rescue", "workers"], group: "civil-defence" },
];

/** Every group id core's own words name: a registry's series aliases add words only for other groups. */
export const CORE_GROUPS: ReadonlySet<string> = new Set([...GROUPS.values(), ...GROUP_PHRASES.map((p) => p.group), "people", "hostages"]);

/** What a death from hunger is of ("malnutrition deaths", "died of starvation", "deaths from famine and malnutrition"). */
const HUNGER_CAUSES = ["starvation", "malnutrition", "hunger", "famine", "dehydration"] as const;

/** Words and phrases naming what happened to those counted, longest first. */
export const MEASURE_PHRASES: readonly { words: readonly string[]; measure: Measure }[] = (
  [
    [["death", "toll"], "killed"], [["lost", "their", "lives"], "killed"], [["lost", "his", "life"], "killed"], [["lost", "her", "life"], "killed"],
    // "Russia has lost 887,620 troops", "Russian losses have reached 891,660 troops": a side's
    // count of its enemy's dead, as stories write it.
    [["has", "lost"], "killed"], [["have", "lost"], "killed"], [["had", "lost"], "killed"], [["losses"], "killed"],
    [["killed"], "killed"], [["killing"], "killed"], [["kills"], "killed"], [["kill"], "killed"], [["dead"], "killed"], [["deaths"], "killed"], [["died"], "killed"], [["slain"], "killed"],
    [["fatalities"], "killed"], [["toll"], "killed"], [["martyred"], "killed"], [["martyrs"], "killed"], [["perished"], "killed"],
    [["injured"], "injured"], [["injuring"], "injured"], [["wounded"], "injured"], [["wounding"], "injured"], [["wound"], "injured"], [["injure"], "injured"], [["injuries"], "injured"], [["hurt"], "injured"],
    [["missing"], "missing"], [["under", "the", "rubble"], "missing"], [["unaccounted", "for"], "missing"],
    [["held", "hostage"], "held-hostage"], [["held", "captive"], "held-hostage"], [["hostages"], "held-hostage"], [["hostage"], "held-hostage"], [["captives"], "held-hostage"], [["abducted"], "held-hostage"], [["abducting"], "held-hostage"], [["kidnapped"], "held-hostage"],
    [["released"], "released"], [["freed"], "released"], [["release"], "released"],
    [["detained"], "detained"], [["arrested"], "detained"], [["imprisoned"], "detained"], [["prisoners"], "detained"], [["detainees"], "detained"],
    [["displaced"], "displaced"], [["uprooted"], "displaced"], [["fled"], "displaced"], [["forced", "from", "their", "homes"], "displaced"], [["driven", "from", "their", "homes"], "displaced"], [["driven", "out"], "displaced"], [["forced", "to", "flee"], "displaced"],
    // The count between the verb and where from: "has driven more than 2.6 million people from their homes".
    [["from", "their", "homes"], "displaced"], [["out", "of", "their", "homes"], "displaced"], [["homeless"], "displaced"], [["displacement"], "displaced"],
    [["seeking", "shelter"], "sheltering"], [["sheltering"], "sheltering"], [["shelter", "in"], "sheltering"], [["sheltered", "in"], "sheltering"], [["taking", "shelter"], "sheltering"], [["took", "shelter"], "sheltering"], [["taking", "refuge"], "sheltering"], [["sought", "refuge"], "sheltering"], [["crammed"], "sheltering"], [["packed", "into"], "sheltering"], [["squeezed", "into"], "sheltering"],
    // Famine and malnutrition name a death count only with a word of dying: "facing famine" counts the hungry, not the dead.
    [["starved"], "starvation-deaths"], [["starved", "to", "death"], "starvation-deaths"],
    ...HUNGER_CAUSES.flatMap((cause) =>
      [
        [cause, "deaths"], [`${cause}-related`, "deaths"], ["deaths", "from", cause], ["deaths", "due", "to", cause], ["died", "of", cause], ["died", "from", cause], ["dying", "of", cause], ["dying", "from", cause],
        // "took the malnutrition toll to 227" ("died of hunger-related causes" is read by "died of hunger").
        [cause, "toll"], [cause, "death", "toll"], [`${cause}-related`, "toll"], [`${cause}-related`, "death", "toll"],
        // "Hunger has killed 461 people": the cause as the subject of the verb.
        [cause, "killed"], [cause, "has", "killed"], [cause, "have", "killed"], [cause, "had", "killed"],
      ].map(
        (words) => [words, "starvation-deaths"] as const,
      ),
    ),
    // Incidents, not people: an attack count names who attacked ("settler attacks", "attacks by settlers").
    [["settler", "attacks"], "attacks"], [["settler", "attack"], "attacks"], [["attacks", "by", "settlers"], "attacks"], [["attacks", "by", "israeli", "settlers"], "attacks"],
    [["settler-related", "incidents"], "attacks"], [["settler", "violence", "incidents"], "attacks"], [["incidents", "of", "settler", "violence"], "attacks"], [["settler-related", "attacks"], "attacks"],
  ] as const
)
  .map(([words, measure]) => ({ words: words as readonly string[], measure: measure as Measure }))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * Words that mark a count as a running total, whatever time words stand near it: "bringing the
 * toll to", "have been killed since October 7", "the overall death toll", "so far".
 */
export const CUMULATIVE_CUES: readonly (readonly string[])[] = [
  ["toll"], ["tally"], ["total"], ["overall"], ["cumulative"], ["bringing"], ["raising"], ["pushing"], ["so", "far"], ["in", "all"], ["to", "date"], ["since", "the", "war"], ["since", "the", "start"], ["since", "the", "beginning"],
  ["since", "the", "outbreak"], ["since", "october"], ["since", "oct"], ["since", "7", "october"], ["since", "the", "conflict"], ["since", "the", "fighting"],
  ["in", "the", "war"], ["during", "the", "war"], ["of", "the", "war"], ["throughout", "the", "war"], ["over", "the", "course"], ["in", "total"],
  // All of the dead, as one count: "were among the dead", "among those killed", "the number of wounded reached".
  // The war as the one that killed: "The war killed more than 3,000 people in Lebanon".
  ["war", "killed"], ["conflict", "killed"],
  ...["dead", "killed", "victims", "martyrs", "fatalities", "deceased"].map((dead) => ["among", "the", dead]),
  ["among", "those", "killed"], ["of", "the", "dead"], ["the", "number", "of"],
];

/**
 * Verbs of an event that restarts or ends a stretch of a war: a count "since" one of them ("since
 * Israel resumed its offensive", "since the truce collapsed", "since the ceasefire took effect")
 * is counted from that event, not from the war's start.
 */
export const SINCE_EVENT_VERBS: ReadonlySet<string> = new Set(["resumed", "resumption", "collapsed", "collapse", "ended", "expired", "broke", "restarted", "renewed", "took", "came"]);

/**
 * "Among the dead", "among those killed": the dead a paragraph counted before. A count after these
 * words is a part of that count, in its period ("killed 209 civilians in April ... Among the dead
 * were 19 children"), and carries on its report; with no count before it, the war's dead.
 */
export const DEAD_REFERENCES: readonly (readonly string[])[] = [
  ...["dead", "killed", "victims", "fatalities"].map((dead) => ["among", "the", dead]),
  ["among", "those", "killed"],
];

/**
 * The perfect aspect ("have been killed", "has killed"): a running total unless a period cue in
 * the same clause says otherwise ("had killed 52 people in the past 24 hours").
 */
export const PERFECT_CUES: readonly (readonly string[])[] = ["has", "have", "had"].flatMap((auxiliary) =>
  [
    // a body's record of the count
    "recorded", "documented", "registered", "counted", "confirmed", "verified", "logged",
    // the count's own verb, active or passive ("have been killed")
    "been", "killed", "wounded", "injured", "displaced", "detained", "arrested", "died",
    // a total's movement
    "risen", "climbed", "reached", "surpassed", "exceeded", "topped", "passed", "crossed", "hit",
  ].map((participle) => [auxiliary, participle]),
);

/**
 * A count a verb of movement leads to ("malnutrition deaths rise to 281", "the number of injured
 * climbed to 157,673"): the count has moved there, so it is a running total, unless a period cue in
 * the same clause says otherwise ("the day's toll rose to 60 on Monday"). Every form of each verb, before "to".
 */
export const MOVEMENT_CUES: readonly (readonly string[])[] = [
  ["rise", "rises", "rising", "rose", "risen"],
  ["climb", "climbs", "climbing", "climbed"],
  ["jump", "jumps", "jumping", "jumped"],
  ["increase", "increases", "increasing", "increased"],
  ["mount", "mounts", "mounting", "mounted"],
  ["grow", "grows", "growing", "grew", "grown"],
  ["soar", "soars", "soaring", "soared"],
].flatMap((forms) => forms.map((verb) => [verb, "to"]));

/**
 * Nouns for one operation or stretch of pressure within a war (a raid, a blockade, a standoff): a
 * length next to them is the operation's ("a three-day assault", "the standoff entered its third
 * week"), not the war's age; a count during one ("30 killed since the start of the operation")
 * is the operation's toll, not the war's (see {@link PERIOD_CUES}).
 */
export const OPERATION_WORDS: ReadonlySet<string> = new Set(["assault", "raid", "operation", "incursion", "sweep", "blitz", "standoff", "stand-off", "blockade", "curfew", "lockdown"]);

/**
 * A calendar period a count runs from ("killed since the start of the year", "so far this
 * month"): a count from that day, not the war's running total, though "since the start" alone
 * reads as the war's ({@link CUMULATIVE_CUES}).
 */
export const CALENDAR_PERIOD_CUES: readonly (readonly string[])[] = ["year", "month", "week"].flatMap((unit) => [
  ["start", "of", "the", unit], ["beginning", "of", "the", unit], ["start", "of", "this", unit], ["beginning", "of", "this", unit], ["so", "far", "this", unit],
  ["earlier", "this", unit], ["this", unit],
]);

/**
 * A report's figures named as what shows the count ("The same figures show 172,158 people
 * injured", "the ministry's data showed"): a report gives its running totals, so an exact count
 * after these words is one, unless its own words name a period.
 */
export const REPORT_SHOWS_CUES: readonly (readonly string[])[] = ["figures", "data", "statistics", "numbers", "update", "tally", "report"].flatMap((noun) => [
  [noun, "show"], [noun, "shows"], [noun, "showed"],
]);

/**
 * Simple-past passives that report one event ("45 people were killed"): a period count, unless its
 * clause or a phrase fronted before it says it is a total ("Between 7 October and 17 June, 37,347
 * Palestinians were killed"). Part of {@link PERIOD_CUES}, which name the period outright.
 */
export const SIMPLE_PAST_CUES: readonly (readonly string[])[] = [["were", "killed"], ["was", "killed"], ["were", "wounded"], ["were", "injured"]];

/**
 * Words that open a phrase fronted before a sentence's main clause, after which a comma stands:
 * "In its latest tally, the ministry put the dead at 1,001", "Between 7 October and 17 June, ...".
 * What the phrase says of time is said of the counts of the clause after it.
 */
export const FRONTED_OPENERS: ReadonlySet<string> = new Set(["in", "according", "between", "from", "by", "as", "since", "throughout", "over", "during", "per", "through"]);

/**
 * Time words and event words that make a count cover a short period or one event, not the running
 * total: "in the past 24 hours", "overnight", "on Monday", "in a strike". A cue counts only for
 * the count whose clause it stands in, and not when it dates a reporting verb ("said on Monday").
 */
export const PERIOD_CUES: readonly (readonly string[])[] = [
  ["overnight"], ["yesterday"], ["today"], ["tonight"], ["this", "week"], ["this", "morning"], ["this", "weekend"], ["last", "week"], ["last", "night"],
  ["past", "24", "hours"], ["last", "24", "hours"], ["previous", "24", "hours"], ["past", "48", "hours"], ["last", "48", "hours"], ["past", "72", "hours"],
  ["previous", "48", "hours"], ["previous", "72", "hours"], ["past", "two", "days"], ["previous", "two", "days"], ["last", "two", "days"], ["past", "three", "days"],
  ["past", "day"], ["past", "week"], ["past", "month"], ["previous", "day"], ["a", "day"], ["single", "day"], ["one", "day"], ["deadliest", "day"], ["bloodiest", "day"], ["per", "day"], ["each", "day"], ["every", "day"], ["daily"],
  ["on", "monday"], ["on", "tuesday"], ["on", "wednesday"], ["on", "thursday"], ["on", "friday"], ["on", "saturday"], ["on", "sunday"],
  ["since", "monday"], ["since", "tuesday"], ["since", "wednesday"], ["since", "thursday"], ["since", "friday"], ["since", "saturday"], ["since", "sunday"],
  ["in", "a", "strike"], ["in", "an", "airstrike"], ["in", "an", "air", "strike"], ["in", "a", "raid"], ["in", "an", "attack"], ["in", "a", "bombing"],
  ["in", "the", "strike"], ["in", "the", "attack"], ["in", "strikes"], ["in", "airstrikes"], ["in", "air", "strikes"], ["in", "attacks"], ["in", "raids"],
  ["when", "a"], ["when", "an"], ["after", "a", "strike"], ["after", "an", "airstrike"], ["in", "shelling"], ["in", "a", "blast"],
  ["in", "an", "explosion"], ["in", "the", "latest"], ["at", "a", "school"], ["at", "an", "aid"], ["near", "an", "aid"],
  ...SIMPLE_PAST_CUES,
  // A count bounded by an earlier time is as of then: "had killed more than 4,000 people before a
  // ceasefire took effect in November 2024", "until the truce".
  ["before"], ["until"], ["till"], ["prior", "to"],
];

/**
 * Words that make a count one operation's within the war ("30 killed since the start of the
 * operation", "said it had killed 14 fighters during the raid"): the operation's toll, not the
 * war's running total, even after "since the start" or "toll" ({@link CUMULATIVE_CUES}).
 */
export const OPERATION_PERIOD_CUES: readonly (readonly string[])[] = [...OPERATION_WORDS].flatMap((w) => [
  ["during", "the", w], ["in", "the", w], ["throughout", "the", w], ["since", "the", w],
  ["since", "the", "start", "of", "the", w], ["since", "the", "beginning", "of", "the", w], ["since", "the", "launch", "of", "the", w],
]);

/**
 * Words that make a count a part of a population that no series counts on its own: people killed
 * while seeking aid, "157 of them children", deaths recorded after a committee's review. Such a
 * count is never judged against the whole population's running total.
 */
export const SUBSET_CUES: readonly (readonly string[])[] = [
  ["seeking", "aid"], ["aid", "seekers"], ["aid", "sites"], ["aid", "site"], ["aid", "distribution"], ["waiting", "for", "aid"],
  ["committee"], ["recovered"], ["succumbed"], ["added", "to"],
  // A cause that narrows the dead to some of them: "31 deaths linked to the storms and the cold".
  ["linked", "to"], ["related", "to"], ["caused", "by"], ["blamed", "on"],
  // The dead a body has identified are some of the dead: "24,686 of the dead have been fully identified".
  ["identified"],
  // What a total includes is some of it: "The toll includes 103 deaths over the past 24 hours".
  ...["toll", "tally", "total", "figure", "count"].flatMap((noun) => ["includes", "included", "include"].map((verb) => [noun, verb])),
];

/**
 * Heads of a counting body referred back to by "the" ("The ministry said many victims were still
 * trapped"): a sentence opening with one goes on with the report of the sentence before it, so it
 * sources that sentence's count. A pronoun ("it said"), a named party or a statement at a
 * sentence's end does not. Narrower than {@link BODY_NOUNS}, which also holds the nouns a party
 * goes by ("the group", "the movement"): a party's statement is not a count's report.
 */
export const REFERRED_SOURCE_HEADS: ReadonlySet<string> = new Set(["ministry", "office", "agency", "mission", "authority", "authorities", "department", "service", "services", "army", "military", "organisation", "organization", "monitor", "observatory"]);

/**
 * Words before a count that carry on a report named in an earlier sentence of the paragraph
 * ("Of those killed, ...", "The same figures show ...", "According to the update, ..."): the
 * count has that report's source.
 */
export const RELAY_CUES: readonly (readonly string[])[] = [
  ["of", "those"], ["of", "them"], ["of", "whom"], ["among", "them"], ["among", "those"], ["the", "same", "figures"], ["the", "figures"], ["its", "figures"],
  ["the", "report"], ["the", "update"], ["the", "statement"], ["the", "tally"], ["the", "same", "report"], ["the", "same", "update"], ["the", "data"], ["the", "same", "data"],
  ...DEAD_REFERENCES,
];

/**
 * Words that open a sentence with a count going on from the counts of the sentence before it ("A
 * further 101,510 people have been wounded", "Another 2,618 were injured"): the count is more of
 * the same report, whatever it counts.
 */
export const CONTINUATION_OPENERS: readonly (readonly string[])[] = [["a", "further"], ["another"], ["and", "a", "further"], ["and", "another"]];

/** Possessives of a stretch of days before a count's noun: "bringing the day's losses to 24" is a day's toll, not the war's. */
export const STRETCH_POSSESSIVES: ReadonlySet<string> = new Set(["day's", "day’s", "week's", "week’s", "weekend's", "weekend’s"]);

/** Words right after a count that make it an increment, not a total ("Three more Palestinians died"). */
export const INCREMENT_WORDS: ReadonlySet<string> = new Set(["more"]);

/** Verbs that carry a day's count on to the running total ("bringing the toll to", "taking the number of injured to"). */
export const RUNNING_TOTAL_VERBS: ReadonlySet<string> = new Set(["bringing", "raising", "taking", "pushing", "lifting"]);

/**
 * Words that refer a count's period back to the count before it ("have been injured over the same
 * period", "in that period"): the count covers what that one covers, a running total or a day.
 */
export const SAME_PERIOD_CUES: readonly (readonly string[])[] = [["the", "same", "period"], ["that", "period"], ["this", "period"], ["the", "same", "time", "frame"], ["the", "same", "timeframe"]];

/**
 * Words right after an amount of time that measure it from another event than the war's start
 * ("two days after the strike", "three days later", "80 years since the end of the Second World
 * War" unless the words after "since" name the war's start).
 */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(["after", "before", "later", "earlier", "ago", "since", "until", "from"]);

/** Words right before an amount of time that make it a stretch within the war, not its age ("in the first weeks", "its opening days"). */
export const STRETCH_WORDS: ReadonlySet<string> = new Set(["first", "early", "opening", "initial", "last", "final", "past", "next", "coming"]);

/** Words that, after "since", name the war's start ("since the war began", "since the start of the conflict"), not another event. */
export const WAR_START_WORDS: ReadonlySet<string> = new Set(["start", "beginning", "outbreak", "began", "begun", "started", "launched", "erupted"]);

/** Participles that, after a comma, give a stance in the actor's own words ("Israel has rejected the moves, saying ..."): the actor is its own source. */
export const SELF_REPORT_WORDS: ReadonlySet<string> = new Set(["saying", "adding", "arguing", "insisting", "calling", "describing", "warning", "stating", "accusing", "proposing", "noting", "explaining", "claiming"]);

/**
 * Nouns of an occasion on which a party speaks in public ("In a televised statement, Putin
 * offered ...", "told a news conference", "in a post on Telegram"): a stance given at one is the
 * actor's own public word, its own source.
 */
export const PUBLIC_WORD_NOUNS: ReadonlySet<string> = new Set([
  "statement", "speech", "address", "interview", "conference", "briefing", "post", "video", "letter", "broadcast", "communique", "communiqué",
  "statements", "speeches", "interviews", "briefings", "posts", "videos", "letters", "communiques", "communiqués",
]);

/**
 * Nouns of one incident: as the subject of a count's verb, singular with an article ("the strike
 * had killed 18") or dated by a day's possessive ("Tuesday's pager blasts had killed 12"), they
 * make the count that incident's, whatever the tense. "Israeli strikes have killed 34,000" is the war's.
 */
export const INCIDENT_SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  "strike", "airstrike", "blast", "blasts", "explosion", "explosions", "bombing", "attack", "shelling", "ambush", "massacre", "stampede", "collapse",
  // "a raid that health officials say has killed at least 10 people": one raid's toll.
  "raid", "incursion",
]);

/**
 * Nouns that point back at an armed group or movement named before ("The group remains committed
 * to the proposal", "the militant movement has said"): the story's group party
 * (`DocumentFacts.groupActor`), when its own words name no actor.
 */
/**
 * Words that open a condition ("unless Israel first agrees to end the war", "until Israel agrees
 * to a permanent ceasefire"): a stance phrase after one is what the condition asks of a party,
 * not a stance that party holds.
 */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(["unless", "until", "till", "if", "once", "provided", "providing"]);

export const GROUP_ANAPHOR_NOUNS: ReadonlySet<string> = new Set(["group", "movement", "militants", "organisation", "organization", "faction"]);

/**
 * Nouns for another's words: a party that dismisses, denies or rejects one ("an accusation the
 * Kremlin dismissed", "Israel denied the claims") answers words with words, so the stance is the
 * party's own public reply, its own source.
 */
export const SPEECH_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges", "report", "reports", "suggestion", "suggestions",
  "remarks", "comments", "criticism", "assertion", "assertions",
]);

/**
 * Verbs whose particle reads like a hedge before a figure: "handed over 23 soldiers", "turned over
 * 12 bodies" give 23 and 12, not more than them ("took over 200 hostages" still means more than
 * 200). Keyed by the particle.
 */
export const PARTICLE_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["over", new Set(["hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs", "signed", "signing"])],
]);

/**
 * Verbs of handing people from one side to the other ("Russia handed over 23 wounded soldiers",
 * "Israel freed 90 detainees"): the people a count right after one counts were exchanged, a term
 * of a deal, not a toll, whoever they are.
 */
export const TRANSFER_VERBS: ReadonlySet<string> = new Set([
  "freed", "freeing", "frees", "released", "releasing", "releases", "returned", "returning", "returns", "exchanged", "exchanging", "swapped", "swapping", "traded", "trading", "repatriated", "repatriating",
]);

/**
 * Words that make a figure an earlier one, given as such: "the UN's previous figure, given in
 * November, put the toll at 14,534", "up from 372". Such a figure is not held to the story's date.
 */
export const EARLIER_FIGURE_WORDS: ReadonlySet<string> = new Set(["previous", "earlier", "prior", "former", "last"]);
/**
 * Words before a war's length that make it an earlier war's ("the previous 13-month war"). Not
 * "last": "the last 15 months" is the war to now.
 */
export const EARLIER_WAR_WORDS: ReadonlySet<string> = new Set(["previous", "earlier", "prior", "former"]);
/** Nouns of a figure that {@link EARLIER_FIGURE_WORDS} make an earlier one. */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set(["figure", "figures", "count", "toll", "tally", "estimate", "total", "number", "report", "update", "version"]);

/**
 * Nouns of published figures, singular and plural: after one, "released" is what a body did with
 * its data ("according to figures released by OCHA", "data released on Monday"), not a release of
 * people, so it gives a count no measure.
 */
export const PUBLISHED_DATA_NOUNS: ReadonlySet<string> = new Set([...FIGURE_NOUNS, "figures", "data", "statistics", "numbers", "estimates", "counts", "reports", "updates", "tallies", "totals", "list", "lists"]);

/** Verbs of showing: a source's report only with a noun of records before them ({@link SHOWING_NOUNS}). */
export const SHOW_VERBS: ReadonlySet<string> = new Set(["show", "shows", "showed", "shown", "showing"]);

/**
 * Nouns of records that show a figure ("the ministry's figures showed", "satellite images show",
 * "a UN survey showed"). Any other subject of "show" shows something it did ("unless Beirut showed
 * quick progress"), and reports nothing.
 */
export const SHOWING_NOUNS: ReadonlySet<string> = new Set([
  ...PUBLISHED_DATA_NOUNS, "records", "record", "documents", "document", "images", "imagery", "footage", "video", "videos", "photos", "photographs", "survey", "surveys", "poll", "polls",
  "analysis", "study", "studies", "assessment", "assessments", "findings", "results", "map", "maps", "tallies", "logs", "log", "registry", "register",
]);

/** Verbs of a formal act on the record ("the cabinet approved the deal"), and the bodies that take such acts: a decision of record, not a stance that needs a source. */
export const RECORD_ACT_VERBS: ReadonlySet<string> = new Set(["approved", "approves", "approve", "ratified", "ratifies", "signed", "signs", "voted", "votes", "endorsed", "endorses", "passed"]);
export const RECORD_BODIES: ReadonlySet<string> = new Set(["government", "cabinet", "parliament", "legislature", "assembly", "council", "congress", "senate"]);
/** Titles of an office whose holder, named, takes such acts ("Defence Minister Israel Katz approved the army's plan"). */
export const RECORD_OFFICES: ReadonlySet<string> = new Set(["minister", "president", "premier", "chancellor", "secretary", "speaker", "commander"]);

/** Words that open the circumstance of a part of the dead ("killed while seeking aid"), before a verb in -ing. */
export const CIRCUMSTANCE_WORDS: ReadonlySet<string> = new Set(["while", "whilst"]);

/** Words that credit a count to the authorities without naming them ("the official death toll"): a source, if a vague one. */
export const OFFICIAL_COUNT_CUES: readonly (readonly string[])[] = [
  ["official", "death", "toll"], ["official", "toll"], ["official", "figures"], ["official", "figure"], ["official", "count"], ["official", "tally"], ["official", "data"],
  ["official", "statistics"], ["officially"],
];

/** Words right after a count that make it a part of the count before it ("eight of them dead", "29 of whom"). */
export const BREAKDOWN_PHRASES: readonly (readonly string[])[] = [["of", "them"], ["of", "whom"], ["among", "them"], ["among", "whom"], ["of", "those"]];

/** Words that open a breakdown of a count ("132 hostages, including 28 believed to have died"). */
export const INCLUSION_WORDS: ReadonlySet<string> = new Set(["including", "among"]);

/**
 * Words that open an aside giving the share of a count's people, with no count of its own: "34,700
 * Palestinians, mostly women and children, have been killed", "14,800 people, most of them women
 * and children, ...", "..., the majority of them civilians, ...". The count's predicate follows the aside.
 */
export const PROPORTION_WORDS: ReadonlySet<string> = new Set(["mostly", "most", "many", "majority", "half", "largely", "mainly", "predominantly", "overwhelmingly"]);

/** {@link BREAKDOWN_PHRASES} as "word word" keys ("of them", "among whom"), for a lookup of two tokens. */
export const BREAKDOWN_PAIRS: ReadonlySet<string> = new Set(BREAKDOWN_PHRASES.map((words) => words.join(" ")));

/** Verbs that, right before a count, report one event in the simple past ("strikes killed 45"): a period count unless a cumulative cue says otherwise. */
export const EVENT_VERBS: ReadonlySet<string> = new Set(["killed", "kills", "kill", "killing", "wounded", "wounds", "wounding", "injured", "injures", "injuring"]);

/**
 * Words of a deal's terms, or of one event that moves captives (a rescue, a recovery of bodies): a count of hostages or
 * prisoners in a sentence with one of them is a term of the deal or that event's, not a toll.
 */
export const DEAL_WORDS: ReadonlySet<string> = new Set([
  "exchange", "exchanged", "swap", "swapped", "return", "returned", "deal", "agreement", "accord", "truce", "ceasefire", "cease-fire", "phase", "stage", "proposal",
  "plan", "framework", "terms", "release", "released", "releasing", "freed", "free", "freeing", "handed", "handover", "hand", "trade", "traded", "every", "per",
  "rescue", "rescued", "rescues", "rescuing", "recovered", "recovery", "recover",
]);

/**
 * Words of a proposal's id that do not name it: what kind of deal it is and its length's unit.
 * What is left of an id ("easter-truce-2025-04" → easter) names the proposal in a sentence
 * ("the Easter truce"); an id with nothing left ("ceasefire-2025-01") is named only by its proposers.
 */
export const PROPOSAL_KIND_WORDS: ReadonlySet<string> = new Set([
  "ceasefire", "cease", "fire", "truce", "pause", "lull", "halt", "moratorium", "respite", "calm", "suspension", "cessation", "armistice",
  "deal", "agreement", "accord", "proposal", "plan", "framework", "offer", "initiative", "talk", "round", "call", "phase", "stage",
  "hour", "day", "week", "month", "year", "interim", "immediate", "unconditional", "full", "partial",
]);

/**
 * Words that tell what a truce really lasted or did, not the term agreed: "had held for two
 * months", "the two-month ceasefire collapsed", "a seven-day truce in November saw 105 freed".
 */
export const ENDED_TRUCE_CUES: readonly (readonly string[])[] = [
  ["held", "for"], ["had", "held"], ["has", "held"], ["lasted"], ["collapsed"], ["collapses"], ["collapse"], ["ended"], ["ending", "a"], ["ending", "its"], ["broke", "down"], ["shattered"],
  // "..., ending almost two months of relative calm": a hedged stretch the fighting ended.
  ...["almost", "nearly", "more", "over", "about", "some", "roughly", "around"].map((hedge) => ["ending", hedge]),
  // A truce that "expired" ran its term: that length is still the term, and is not here.
  ["unravelled"], ["unraveled"], ["fell", "apart"], ["saw"],
  // "Israel resumed its offensive on March 18 after a two-month truce": the war resumed, so the truce ended.
  ["resumed"],
];

/** Words between an amount and its unit, or before the amount, that make a duration an extension of a truce, not its term: "two more days", "an additional 10 days". */
export const EXTENSION_WORDS: ReadonlySet<string> = new Set(["more", "extra", "additional", "further", "another"]);

/** Verbs whose "by" gives an extension's length ("extended by two days", "prolong the truce by 48 hours"), and the noun of one ("a two-day extension"). */
export const EXTENSION_VERBS: ReadonlySet<string> = new Set([
  "extend", "extends", "extended", "extending", "extension", "prolong", "prolongs", "prolonged", "prolonging", "lengthen", "lengthened", "renew", "renewed", "stretch", "stretched",
]);

/** Nouns for the war as a whole: an age written with an article or the unit alone ("a year of war", "the year-long conflict") is read only before one of them. */
export const WHOLE_WAR_WORDS: ReadonlySet<string> = new Set(["war", "conflict", "fighting", "hostilities"]);

/** Modifiers that make a war word a stretch of greater intensity within the war, not the war itself: "two months of all-out war". */
export const ESCALATION_WORDS: ReadonlySet<string> = new Set(["all-out", "full-blown", "open", "intense", "intensified", "escalated", "heavy", "heaviest"]);

/**
 * Nouns of a bare stretch of time, naming no act of its own: a length on one ("an initial 60-day
 * period", "a 42-day term") is the length of the truce its clause is about.
 */
export const PERIOD_NOUNS: ReadonlySet<string> = new Set(["period", "term"]);

/** Nouns after a length that make it a deadline for an act of a deal, not a truce's term: "a 45-day window to pull out", "the 60-day deadline". */
export const WINDOW_NOUNS: ReadonlySet<string> = new Set(["window", "deadline", "timeframe", "timetable"]);

/**
 * Acts a deal gives a deadline for, by the class of act: a window ("within 72 hours", "48 hours to
 * hand over") is compared only with windows for the same act (releases with releases, withdrawals
 * with withdrawals).
 */
export const WINDOW_ACTS: ReadonlyMap<string, "release" | "withdraw"> = new Map([
  ...["release", "released", "releases", "releasing", "return", "returned", "returning", "hand", "handed", "handing", "handover", "free", "freed", "freeing", "swap", "exchange"].map(
    (w) => [w, "release"] as const,
  ),
  ...["withdraw", "withdrawal", "withdrawing", "withdrew", "withdrawn", "pull", "pullback", "pulled", "pulling", "leave", "leaves", "leaving", "vacate", "vacated", "deploy", "deploys", "deployed", "deployment", "redeploy", "redeployment"].map(
    (w) => [w, "withdraw"] as const,
  ),
]);

/** Modifiers that make a war word the war's pause: "six weeks of ceased hostilities" is a truce's length, not the war's age. */
export const CESSATION_WORDS: ReadonlySet<string> = new Set(["ceased", "halted", "paused", "suspended", "stopped", "frozen"]);

/**
 * Verbs that end a stretch of the war before a length of it ("The ceasefire halted 15 months of
 * fighting", "ended two years of war"): the stretch is measured to that end, not to the story's
 * date, so it is not the war's age.
 */
export const STRETCH_END_VERBS: ReadonlySet<string> = new Set([
  "halted", "halts", "halting", "halt", "ended", "ends", "ending", "end", "stopped", "stops", "stopping", "stop", "paused", "pauses", "pausing", "concluded", "closed", "capped",
]);

/**
 * Prepositions before a stretch of the war that tie it to an event at its end ("a ceasefire took
 * hold after 12 days of war", "following 15 months of fighting"): measured to that event, on or
 * before the story's date, as after {@link STRETCH_END_VERBS}.
 */
export const STRETCH_END_PREPOSITIONS: ReadonlySet<string> = new Set(["after", "following"]);

/** Superlatives whose window a length after "in" gives ("its heaviest loss in one day", "the deadliest day in two months"). */
export const SUPERLATIVE_WORDS: ReadonlySet<string> = new Set(["heaviest", "deadliest", "bloodiest", "worst", "highest", "largest", "biggest", "most", "first", "fiercest"]);

/**
 * Nouns after a compound length that make it a point reached, not a term: "the ceasefire reaches
 * the two-week mark", "the 100-day milestone". How old something is, not how long it lasts.
 */
export const MILESTONE_NOUNS: ReadonlySet<string> = new Set(["mark", "milestone", "anniversary"]);

/**
 * Nouns of a round figure a toll reaches ("passing the 3,000 mark", "crossed the 40,000
 * threshold"): after a comparative verb and "the", the figure is hedged as the verb hedges it, and
 * counts what the toll it is said of counts.
 */
export const FIGURE_MILESTONE_NOUNS: ReadonlySet<string> = new Set(["mark", "milestone", "threshold", "barrier"]);

/**
 * Words that, joined by "and" to "wounded" ("sick and wounded", "wounded and sick"), make it say
 * who patients are, not count casualties: "about 50 sick and wounded people left through Rafah".
 */
export const PATIENT_WORDS: ReadonlySet<string> = new Set(["sick", "ill", "ailing"]);

/**
 * Simple-past verbs of what a war did, read after "the N-month war" ("The 14-month war between
 * Israel and Hezbollah killed more than 4,000 people"): told in the past, the war has ended and
 * its length is measured to its end, so it may be shorter than the time since it began. After
 * "has" or "is" the war goes on and its age is judged as usual.
 */
export const WAR_OUTCOME_PAST_VERBS: ReadonlySet<string> = new Set([
  "killed", "left", "displaced", "wounded", "injured", "claimed", "cost", "destroyed", "devastated", "uprooted", "lasted", "ended", "took", "forced", "drove", "razed",
]);

/** Words that, after a war's noun, say it goes on ("the 14-month war has killed", "is", "will"): its age is then counted to the story's date. */
export const ONGOING_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "is", "are", "continues", "continued", "remains", "will", "would", "may", "might", "could"]);

/**
 * Verbs that, right after a count and the people it counts, make the count the subject of a
 * clause of its own ("some 1.4 million people are crowded into Rafah", "100,000 remain in the
 * north", "about 300,000 still live there"): a measure named in another clause before it is not
 * the count's. Forms of "be", "remain" and "live", and the auxiliaries a clause of state opens with.
 */
export const COUNT_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  "is", "are", "was", "were", "remain", "remains", "remained", "live", "lives", "lived", "still", "now", "will", "would", "could", "may", "might", "can",
]);

/**
 * Nouns of what a side asks for, which a colon after them goes on to give ("Putin set out his own
 * terms: Ukraine must withdraw ...", "Hamas listed its demands: ..."): the words after the colon
 * are that side's.
 */
export const TERMS_NOUNS: ReadonlySet<string> = new Set(["terms", "conditions", "demands", "position", "proposal", "plan", "offer", "red-lines"]);

/**
 * Nouns of one event that a year before them dates ("the 2020 explosion", "the 2006 war", "the
 * 2014 election"): the year names which one, and counts nothing, whatever verb follows.
 */
export const DATED_EVENT_NOUNS: ReadonlySet<string> = new Set([
  ...WAR_NOUNS, "explosion", "blast", "attack", "attacks", "earthquake", "quake", "election", "elections", "truce", "ceasefire", "uprising", "intifada", "massacre", "coup", "revolution", "protests", "deal", "accord", "agreement", "talks", "summit", "raid", "siege", "strike", "strikes", "flood", "floods", "famine",
]);

/** Words before "phases" or "stages" that leave the first out ("two further stages of 42 days each", "the remaining phases"): their length is not the first phase's. */
export const LATER_PHASE_WORDS: ReadonlySet<string> = new Set(["further", "more", "remaining", "other", "later", "subsequent", "next", "following", "last", "final"]);

/** Nouns of fighting that a truce ends besides a war's own words ("ended more than a year of cross-border fire", "ending the exchanges"). */
export const FIGHTING_NOUNS: ReadonlySet<string> = new Set(["fire", "exchanges", "shelling", "clashes", "bloodshed", "violence"]);

/**
 * Events other than a war or a truce that a story gives an age as they go on ("The Gaza Solidarity
 * Encampment entered its eighth day", "the hunger strike, now in its third week"): the age is theirs.
 */
export const AGED_EVENT_NOUNS: ReadonlySet<string> = new Set(["encampment", "encampments", "sit-in", "protest", "protests", "vigil", "strike", "walkout", "boycott", "occupation", "march", "camp"]);

/** Words after a length that make it the time between two events ("two days after the ceasefire took effect", "a week before the vote"): neither a term nor an age. */
export const BETWEEN_EVENTS_WORDS: ReadonlySet<string> = new Set(["after", "before", "later", "earlier", "beforehand", "afterwards"]);

/** Labels of a line of its own that names the source of the paragraph before it ("Source: ..."), as some outlets close a paragraph. */
export const SOURCE_LINE_LABELS: readonly string[] = ["source", "sources"];

/**
 * Nouns of a deal's text that "Under" opens a sentence with ("Under those terms, ...", "Under the
 * plan, ..."): the sentence gives the deal's terms, so what a party offers or rejects in it is a
 * term, not a stance ("Under those terms, ... with Israel offering one extra day of calm").
 */
export const TERM_NOUNS: ReadonlySet<string> = new Set(["deal", "terms", "agreement", "plan", "proposal", "framework", "accord", "arrangement", "ceasefire", "truce", "deal's", "plan's"]);

/**
 * Nouns that take an "as" of their own ("recognition of the regions as Russian", "the designation
 * of UNRWA as a terrorist group"): an "as" after a stance whose object holds one completes that
 * noun, and is not what the actor called the object ("dismissed the truce as a stunt").
 */
export const AS_COMPLEMENT_NOUNS: ReadonlySet<string> = new Set([
  "recognition", "recognising", "recognizing", "designation", "designating", "listing", "classification", "classifying", "labelling", "labeling", "branding", "annexation", "acceptance",
]);

/**
 * Nouns of a deal and its text that a relative clause describes with a party's act ("the draft,
 * which Kyiv had accepted", "the plan that Kyiv backed would freeze the front", "Under the text
 * Hamas accepted, ..."): the sentence is about the text, and the act is background to it.
 */
export const DEAL_TEXT_NOUNS: ReadonlySet<string> = new Set([...TERM_NOUNS, "text", "draft", "document", "version", "offer", "outline", "initiative", "roadmap", "memorandum", "pact", "blueprint"]);

/**
 * First words of what follows a stance's verb when its object is left out, as it is in a relative
 * clause ("which Israel supports as an alternative", "the text Hamas accepted, ...", "the plan that
 * Kyiv backed would freeze"): a preposition or time word, or the main clause's verb.
 */
export const OBJECT_GAP_OPENERS: ReadonlySet<string> = new Set([
  "after", "as", "at", "in", "on", "during", "before", "since", "when", "while", "last", "earlier", "then", "until", "by", "under", "with", "without", "only",
  "would", "will", "could", "should", "might", "may", "must", "can", "has", "had", "have", "was", "were", "is", "are",
]);

/**
 * Nouns that name a whole deal after its number of stages ("the two-stage outline", "a three-phase
 * process"): a stage count before one counts the deal's phases. Before other nouns ("a two-stage
 * withdrawal") it counts the stages of one act.
 */
export const STAGED_DEAL_NOUNS: ReadonlySet<string> = new Set([...TERM_NOUNS, "outline", "process", "roadmap", "initiative", "formula", "pact", "blueprint", "offer", "ceasefire", "cease-fire"]);

/**
 * Words a deal's number of phases follows when its clause's subject is the deal: "in" and "of"
 * ("would unfold in three phases", "made up of three stages"), "into" ("divided into three
 * stages"), and verbs that lay out what a deal holds ("The framework envisages three phases",
 * "the plan comprises two stages").
 */
export const STAGE_LAYOUT_WORDS: ReadonlySet<string> = new Set([
  "in", "of", "into", "envisages", "envisage", "envisaged", "envisions", "envision", "envisioned", "foresees", "foresee", "foresaw", "comprises", "comprise", "comprised",
  "includes", "include", "included", "contains", "contain", "contained", "has", "have", "had", "outlines", "outline", "outlined",
]);

/** Particles a deal's number of phases follows, with the verbs they complete ("sets out three phases", "calls for two stages"). */
export const STAGE_LAYOUT_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["out", new Set(["sets", "set", "setting", "lays", "laid", "laying", "spells", "spelled", "spelt", "spelling"])],
  ["for", new Set(["calls", "call", "called", "calling", "provides", "provide", "provided", "providing"])],
]);

/**
 * Words after a length that make it a rate ("one extra day of calm for every ten hostages
 * released", "a day per ten captives"): how a term grows, neither a term nor an extension.
 */
export const RATE_OPENERS: readonly (readonly string[])[] = [["for", "every"], ["for", "each"], ["per"], ["a", "piece"]];

/** Words right before a length that refer back to a period the story already named ("During those 42 days", "in these six weeks"). */
export const ANAPHOR_WORDS: ReadonlySet<string> = new Set(["those", "these"]);

/** Words before "enter" that put an ordinal age in the future ("will enter its fifth year next month"): the war is then in the unit before. */
export const FUTURE_ENTRY_CUES: readonly (readonly string[])[] = [
  ["will", "enter"], ["is", "set", "to", "enter"], ["is", "about", "to", "enter"], ["is", "due", "to", "enter"], ["would", "enter"], ["enters", "next"], ["to", "enter"],
];

/** Units of time and their length in days (a month and a year as a range of days). */
export const TIME_UNITS: ReadonlyMap<string, { unit: "hour" | "day" | "week" | "month" | "year"; min: number; max: number }> = new Map([
  ["hour", { unit: "hour", min: 1 / 24, max: 1 / 24 }], ["hours", { unit: "hour", min: 1 / 24, max: 1 / 24 }],
  ["day", { unit: "day", min: 1, max: 1 }], ["days", { unit: "day", min: 1, max: 1 }],
  ["week", { unit: "week", min: 7, max: 7 }], ["weeks", { unit: "week", min: 7, max: 7 }],
  ["month", { unit: "month", min: 28, max: 31 }], ["months", { unit: "month", min: 28, max: 31 }],
  ["year", { unit: "year", min: 365, max: 366 }], ["years", { unit: "year", min: 365, max: 366 }],
]) as ReadonlyMap<string, { unit: "hour" | "day" | "week" | "month" | "year"; min: number; max: number }>;

/**
 * Nouns for a truce that takes effect on a day and holds from then: the age given to one ("the
 * two-month-old ceasefire", "a week into the truce", "six weeks since the ceasefire took effect")
 * is measured from the day the registry's truce took effect.
 */
export const TRUCE_AGE_NOUNS: ReadonlySet<string> = new Set(["ceasefire", "cease-fire", "truce", "armistice", "moratorium"]);

/** Nouns for a pause in fighting or a stage of a deal: durations next to them describe a phase. */
export const TRUCE_WORDS: ReadonlySet<string> = new Set([
  "ceasefire", "cease-fire", "truce", "pause", "lull", "halt", "phase", "stage", "respite", "calm", "deal", "agreement", "break", "suspension", "armistice",
]);

/** Nouns for the war itself: durations next to them are elapsed time. */
export const WAR_WORDS: ReadonlySet<string> = new Set(["war", "conflict", "fighting", "offensive", "campaign", "bombardment", "siege", "assault", "hostilities", "invasion", "onslaught"]);

/** Words after which a number is not a count: "Resolution 2728", "Route 90", "page 3". */
export const IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
  "resolution", "res", "no", "number", "nos", "article", "section", "chapter", "page", "pages", "route", "highway", "road", "building", "block", "bus",
  "flight", "unit", "room", "apartment", "floor", "platform", "gate", "kilometre", "kilometer", "km", "mile", "figure", "table", "paragraph", "clause",
  "point", "version", "level", "phase", "stage", "corridor", "channel", "line", "division", "brigade", "battalion", "verse", "item", "case", "file", "code",
]);

/**
 * Things a number counts that are not people: "300 trucks", "20 military vehicles" (one modifier
 * may stand between), "15 schools". Part of {@link NON_COUNT_UNITS}.
 */
export const OBJECT_NOUNS: ReadonlySet<string> = new Set([
  "trucks", "lorries", "truckloads", "pallets", "meals", "rockets", "missiles", "bombs", "projectiles", "drones", "sorties", "strikes", "airstrikes", "targets",
  "buildings", "homes", "houses", "schools", "mosques", "churches", "hospitals", "tents", "calls", "votes", "signatures", "points", "goals", "seats", "words",
  "pages", "rounds", "shells", "tunnels", "vehicles", "tanks", "aircraft", "planes", "jets", "bulldozers", "boats", "ships", "beds", "cots", "rooms", "wards", "ambulances", "generators", "wells", "bakeries", "kitchens", "shelters", "camps", "crossings", "checkpoints",
]);

/** Words after a number that make it money, a share, a size, a time or a count of things rather than a count of people. */
export const NON_COUNT_UNITS: ReadonlySet<string> = new Set([
  "percent", "per", "dollars", "dollar", "usd", "euros", "euro", "eur", "pounds", "shekels", "shekel", "nis", "ils", "yen",
  "francs", "tons", "tonnes", "ton", "tonne", "kg", "kilograms", "kilogrammes", "litres", "liters", "gallons", "km", "kilometres", "kilometers",
  "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter", "acres", "hectares", "dunams", "square", "calories", "kcal",
  "degrees", "°", "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "o'clock", "times", ...OBJECT_NOUNS,
]);

/** Street suffixes: a number before them is an address. */
export const STREET_WORDS: ReadonlySet<string> = new Set(["street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way", "square", "plaza"]);

/** Month names and abbreviations, for telling dates from counts. */
export const MONTHS: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Weekday names (dates relative to the dateline). */
export const WEEKDAYS: ReadonlySet<string> = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/**
 * Verbs of answering: a source's words only when what they said follows ("Officials in Jerusalem
 * reply that ...", "the ministry responded: ..."); "Hamas replied to the plan with changes" is an act.
 */
export const REPLY_VERBS: ReadonlySet<string> = new Set(["replied", "replies", "reply", "responded", "countered", "retorted"]);

/**
 * Demonstratives that point back at the sentence before ("That's according to the ministry", "That
 * is the count from regional officials", "officials gave that number"): a sentence that opens with
 * one, or sets one before a word for a figure, names the source of the figures just given, as
 * broadcast copy does a sentence after them.
 */
export const POINTING_BACK_WORDS: ReadonlySet<string> = new Set(["that", "that's", "that’s", "this", "these", "those"]);

/**
 * Openings of a sentence that set what follows at a past moment: "When the convoy was hit on April
 * 1, 2024, the ministry said 32,845 ...", "On the day he was killed, the ministry counted 39,445",
 * "On that day, the media office put the toll at 14,800", "A day later, he said ...". A count the
 * sentence then tells in the past is the figure of that moment, not the story's.
 */
export const PAST_MOMENT_OPENERS: readonly (readonly string[])[] = [
  ["when"], ["on", "the", "day"], ["on", "that", "day"], ["that", "day"], ["at", "the", "time"], ["by", "then"], ["back", "then"], ["at", "that", "time"],
  ...["day", "week", "month"].flatMap((unit) => [["a", unit, "later"], ["the", "next", unit], ["the", "following", unit]]),
  ["days", "later"], ["weeks", "later"], ["months", "later"], ["hours", "later"],
];

/**
 * Verbs of a study or an inquiry's result: a source's words only before "that" ("Airwars found
 * that between 40 and 60 civilians were killed", "the inquiry finds that ..."); "rescuers found 40
 * bodies" is an act.
 */
export const FINDING_VERBS: ReadonlySet<string> = new Set(["found", "finds", "concluded", "concludes"]);

/** Verbs and phrases that report who a figure or statement comes from. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...FINDING_VERBS,
  "said", "says", "say", "reported", "reports", "report", "reporting", "told", "tells", "estimated", "estimates", "estimate", "announced", "announces", "confirmed", "confirms",
  "stated", "states", "counted", "counts", "recorded", "records", "documented", "documents", "tallied", "warned", "warns", "added", "noted", "notes", "put", "puts", "putting",
  "registered", "listed", "published", "showed", "show", "shows", "according", "citing", "cited", "acknowledged", "claimed", "claims", "updated", "verified", "tallies",
  "mentioned", "stressed", "emphasized", "emphasised", "reiterated", "asserted", "believes", "believe", "wrote", "writes", "tweeted", "argued", "argues",
  "logged", "logs", ...REPLY_VERBS,
]);

/**
 * Reporting verbs of what someone believes, not says: "Mediators believe a deal is closer, diplomats
 * said". Before another source's reporting verb in the sentence, such a clause is what that source
 * reported, not a source beside it.
 */
export const BELIEF_VERBS: ReadonlySet<string> = new Set(["believe", "believes"]);

/**
 * Reporting verbs of record, whose object is the count itself ("133 deaths recorded over the
 * previous day", "the office documented 40 attacks this week"): a time word beside them dates what
 * was counted, not when a body spoke, as it does after "said on Monday".
 */
/** Verbs of a body revising its own count ("the ministry raised its death toll to 48,181", "lowered its tally"): the body reports the count. */
export const TOLL_REVISION_VERBS: ReadonlySet<string> = new Set(["raised", "raises", "lowered", "lowers", "revised", "revises", "updated", "updates", "increased", "increases", "corrected", "corrects"]);

/**
 * Verbs of a body keeping its record of a count ("the ministry counted", "the mission verified"):
 * what the body reports, not one event; before a count, its running total unless a period is named.
 */
export const RECORD_VERBS: ReadonlySet<string> = new Set(["recorded", "records", "documented", "documents", "registered", "counted", "counts", "tallied", "listed", "verified", "logged", "logs"]);

/** Phrases that mark a source as anonymous. */
export const ANONYMOUS_PHRASES: readonly (readonly string[])[] = [
  ["condition", "of", "anonymity"], ["on", "background"], ["not", "authorised", "to", "speak"], ["not", "authorized", "to", "speak"], ["declined", "to", "be", "named"],
  ["who", "asked", "not", "to", "be", "named"], ["familiar", "with"], ["briefed", "on"], ["sources", "said"], ["source", "said"], ["officials", "said"], ["official", "said"],
  ["a", "senior", "official"], ["an", "official"], ["a", "source"], ["diplomatic", "sources"], ["security", "sources"], ["a", "senior"], ["anonymous"],
];

/**
 * Phrases that say outright that a source is unnamed, or that it asked to be ("speaking on
 * condition of anonymity", "who asked not to be identified", "on condition that his name not be
 * used"), as opposed to words that merely leave it unnamed ("a senior official").
 */
export const EXPLICIT_ANONYMITY_PHRASES: readonly (readonly string[])[] = [
  ["condition", "of", "anonymity"], ["on", "background"], ["not", "authorised", "to", "speak"], ["not", "authorized", "to", "speak"], ["declined", "to", "be", "named"],
  ["declined", "to", "be", "identified"], ["not", "to", "be", "named"], ["not", "to", "be", "identified"], ["name", "not", "be", "used"], ["names", "not", "be", "used"],
  ["name", "not", "be", "published"], ["anonymous"], ["anonymously"], ["requested", "anonymity"], ["without", "being", "named"], ["without", "being", "identified"],
  // "The official was granted anonymity to discuss ...": the outlet's formula for the same.
  ["granted", "anonymity"], ["given", "anonymity"],
];

/**
 * Head nouns of an unnamed speaker ("a source familiar with the talks", "an official", "a
 * resident of the camp"), with what the speaker is: `office` speaks for an institution (a stated
 * reason such as not being authorised to brief reporters is then what a reader needs), `unnamed`
 * says no more than that the speaker is not named ("a source", "people close to the talks"), and
 * `private` is a witness speaking for themselves, whose safety may be a reason but whose account
 * still rests on no name.
 */
export const UNNAMED_SPEAKER_NOUNS: ReadonlyMap<string, "office" | "unnamed" | "private"> = new Map<string, "office" | "unnamed" | "private">([
  ["source", "unnamed"], ["sources", "unnamed"], ["person", "unnamed"], ["people", "unnamed"], ["insider", "unnamed"], ["insiders", "unnamed"],
  ["official", "office"], ["officials", "office"], ["diplomat", "office"], ["diplomats", "office"], ["negotiator", "office"], ["negotiators", "office"],
  ["mediator", "office"], ["mediators", "office"], ["aide", "office"], ["aides", "office"], ["member", "office"], ["members", "office"],
  ["resident", "private"], ["residents", "private"], ["villager", "private"], ["villagers", "private"], ["witness", "private"], ["witnesses", "private"],
  ["worker", "private"], ["workers", "private"], ["survivor", "private"], ["survivors", "private"],
  // Medical staff who saw what they tell ("a nurse who was in the building", "a doctor at Nasser
  // hospital"): witnesses, not an office's voice.
  ["doctor", "private"], ["doctors", "private"], ["nurse", "private"], ["nurses", "private"], ["medic", "private"], ["medics", "private"],
  ["paramedic", "private"], ["paramedics", "private"], ["surgeon", "private"], ["surgeons", "private"],
]);

/**
 * Plural nouns of office that, uncounted and with no word of anonymity, are the authorities'
 * collective voice rather than unnamed people: "officials said", "health officials said", "the
 * strike killed 12, officials said". Wire copy writes event tolls and damage this way, meaning
 * whoever speaks for the place; one unnamed "official", counted officials ("two officials") and
 * officials said to be unnamed ("officials briefed on the talks") are unnamed speakers. (Nouns
 * of a body, "authorities", are no unnamed speakers at all: see UNNAMED_SPEAKER_NOUNS.)
 */
export const COLLECTIVE_OFFICE_NOUNS: ReadonlySet<string> = new Set(["officials"]);

/**
 * Words after an unnamed speaker that describe its access instead of naming it ("a person
 * familiar with the talks", "people close to the negotiations", "a source with knowledge of the
 * meeting", "an official briefed on the talks"): the speaker is unnamed, and says so.
 */
export const SPEAKER_ACCESS_PHRASES: readonly (readonly string[])[] = [
  ["familiar", "with"], ["close", "to"], ["with", "knowledge", "of"], ["with", "direct", "knowledge", "of"], ["with", "knowledge", "about"], ["briefed", "on"],
  ["involved", "in"], ["privy", "to"], ["knowledgeable", "about"], ["aware", "of"],
];

/**
 * Words that join a place, a body or a party to an unnamed speaker's head noun ("a source in the
 * Egyptian delegation", "a resident of Sagaing region", "a diplomatic source in Cairo"): the words
 * after them describe the speaker, they are not the speaker.
 */
export const SPEAKER_MODIFIER_WORDS: ReadonlySet<string> = new Set(["in", "of", "at", "from", "inside", "within", "near", "with", "close", "familiar", "briefed", "involved", "privy", "knowledgeable", "aware", "based"]);

/**
 * Endings of English words for a people or nation ("Russian", "Sudanese", "Turkish", "Iraqi",
 * "Korean"): a capitalized word with one of them, before a source's name, ties the source to a
 * nation ("the Russian defence ministry"). Matched against the whole word, lowercase.
 */
export const NATIONALITY_SUFFIXES: readonly string[] = ["ian", "ean", "ese", "ish", "an", "i"];

/**
 * Words that give the reason a source is unnamed ("because he was not authorized to brief
 * reporters", "in line with military rules", "to discuss details not yet made public"): what the
 * anonymous-source note asks the writer to say. What an official was there to discuss ("to
 * discuss internal assessments") is the subject of the talk, not a reason.
 */
export const ANONYMITY_REASONS: readonly (readonly string[])[] = [
  ["because"], ["in", "line", "with"], ["in", "keeping", "with"], ["under", "military", "rules"], ["under", "rules"], ["ground", "rules"], ["not", "yet", "public"],
  ["not", "yet", "made", "public"], ["not", "been", "made", "public"], ["not", "made", "public"], ["not", "publicly", "announced"], ["private", "deliberations"],
  ["private", "talks"], ["confidential"], ["to", "speak", "freely"], ["not", "authorized"], ["not", "authorised"], ["for", "fear"], ["fearing"], ["for", "security", "reasons"],
  ["for", "their", "safety"], ["for", "his", "safety"], ["for", "her", "safety"], ["citing", "the", "sensitivity"], ["given", "the", "sensitivity"], ["due", "to", "the", "sensitivity"], ["sensitive"],
  // "speaking on condition of anonymity to discuss diplomatic correspondence": the agencies' formula for what the name is withheld for.
  ["anonymity", "to", "discuss"],
];

/**
 * Nouns that make capitalised words the name of a body, not of a person ("Gaza's Health
 * Ministry", "the World Health Organization"): a body named after an unnamed official does not
 * name that official.
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  "ministry", "office", "agency", "organization", "organisation", "department", "committee", "council", "authority", "authorities", "government", "court",
  "forces", "army", "military", "command", "programme", "program", "fund", "commission", "bureau", "service", "services", "group", "movement", "nations", "union", "staff",
]);

/**
 * Nouns that name a body keeping its own count or making its own estimate, capitalised in its
 * name ("the Committee to Protect Journalists", "researchers at the London School of Hygiene",
 * "the Syrian Observatory for Human Rights") or lowercase in the description set beside it ("a
 * New York-based press freedom group"): a count credited to such a body the registry does not
 * hold is that body's, which no registered series confirms or refutes.
 */
export const COUNTING_BODY_NOUNS: ReadonlySet<string> = new Set([
  "committee", "institute", "university", "school", "college", "observatory", "network", "watch", "project", "foundation", "centre", "center", "society", "group",
  "organisation", "organization", "watchdog", "monitor", "charity", "researchers", "study", "lancet", "survey", "preprint",
]);

/**
 * Words before a count in its sentence that give it as a sum of counts ("Taken together, the two
 * counts put the number killed at 8,375", "the combined toll of both wars"): no one series holds it.
 */
export const COMBINED_COUNT_CUES: readonly (readonly string[])[] = [["taken", "together"], ["combined"], ["added", "together"], ["between", "them"]];

/** Role nouns: "a military spokesperson" is an official by role, named or not. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "spokesperson", "spokesman", "spokeswoman", "minister", "official", "officials", "director", "chief", "head", "commander", "president", "secretary", "envoy",
  "ambassador", "negotiator", "negotiators", "mediator", "mediators", "diplomat", "diplomats", "source", "sources", "aide", "adviser", "advisor",
]);

/**
 * Lowercase words of an office holder's title between the capitalised words of a name ("Lebanese
 * caretaker Prime Minister Najib Mikati", "the acting Foreign Minister ..."): the title goes on.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(["caretaker", "acting", "interim", "former", "outgoing", "incoming", "deputy", "senior", "chief", "foreign", "defence", "defense", "prime", "minister"]);

/** A phrase list indexed by one of its words, each bucket longest phrase first. */
export type PhraseIndex<T extends { words: readonly string[] }> = ReadonlyMap<string, readonly T[]>;

/**
 * Indexes phrases by their first word (or last, for phrases matched backwards from a figure), so
 * the extractor looks up the few phrases that can start at a token instead of trying every one.
 */
export function indexPhrases<T extends { words: readonly string[] }>(phrases: readonly T[], by: "first" | "last" = "first"): PhraseIndex<T> {
  const index = new Map<string, T[]>();
  for (const phrase of phrases) {
    const key = by === "first" ? phrase.words[0]! : phrase.words[phrase.words.length - 1]!;
    const bucket = index.get(key) ?? [];
    bucket.push(phrase);
    index.set(key, bucket);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/**
 * Verbs of a view a party holds, by whether they state one only with an "as" after their object:
 * "Moscow regards the format as a return to the process", "Israel sees the reply as a trap", but
 * "Russia considers the counter-proposal unconstructive". The "as" completes the view; it is not
 * what the party called its object ("dismissed the truce as a stunt"), which is the party's speech.
 */
export const VIEW_VERBS: ReadonlyMap<string, boolean> = new Map([
  ...["regards", "regarded", "regard", "views", "viewed", "view", "sees", "saw", "see"].map((verb) => [verb, true] as const),
  ...["considers", "consider", "deems", "deemed", "deem"].map((verb) => [verb, false] as const),
]);

/**
 * Stance phrases: the words that state an actor's position, with the stance they mean. `speech`
 * marks phrases that report the actor's own public words ("warned", "called for", "declared"):
 * the actor is then the source of the statement. `noun` marks noun forms that take a possessive
 * actor ("Israel's commitment to", "Hamas's demand for").
 */
export const STANCE_PHRASES: readonly { words: readonly string[]; stance: Stance; speech: boolean; noun: boolean; charge?: boolean; onlyNegated?: boolean; asComplement?: boolean }[] = (
  [
    ["demands", false, ["demands"], ["demanded"], ["demanding"], ["pushing", "for"], ["pushed", "for"], ["pushes", "for"], ["push", "for"], ["insists", "on"], ["insisted", "on"], ["insisting", "on"], ["seeks"], ["seeking"], ["sought"], ["wants"], ["holding", "out", "for"], ["holds", "out", "for"], ["held", "out", "for"], ["wanted"], ["want"], ["pushed", "to"], ["pushing", "to"], ["pushes", "to"],
      // "Israel has conditioned any resumption of aid on a new system": a condition is a demand.
      ["conditioned"], ["conditioning"]],
    ["states", false, ["insists"], ["insisted"], ["retains"], ["retained"], ["budged"],
      // "Israel reserves the right to strike": a right a party claims for itself.
      ...["reserves", "reserved", "reserving"].map((verb) => [verb, "the", "right"])],
    // "Lebanon's government holds that the state alone must decide", "Israel maintains that ...": a
    // view held, told in the writer's words. "holds" only before "that": "holds talks", "holds hostages".
    ["states", false, ...["holds", "held", "maintains", "maintained", "contends", "contended"].map((verb) => [verb, "that"]), ["takes", "the", "view", "that"], ["took", "the", "view", "that"]],
    // "Hamas has dropped its insistence on ...": a position given up is a position stated.
    ["states", false, ...["dropped", "abandoned", "softened"].flatMap((verb) => ["insistence", "demand", "demands", "condition", "conditions", "opposition"].map((noun) => [verb, "its", noun]))],
    // "Israel must keep control of the corridor": a party's own "must" states what it demands.
    ["demands", false, ["must"]],
    ["demands", true, ["called", "for"], ["calls", "for"], ["calling", "for"]],
    ["rejects", false, ["rejects"], ["rejected"], ["rejecting"], ["refuses"], ["refused"], ["refusing"], ["turned", "down"], ["turns", "down"], ["ruled", "out"], ["rules", "out"], ["dismissed"], ["dismisses"], ["reject"], ["refuse"], ["unwilling", "to"]],
    ["accepts", false, ["signed", "off", "on"], ["signs", "off", "on"], ["accepts"], ["accepted"], ["accepting"], ["adopted"], ["adopts"], ["adopting"], ["agreed", "to"], ["agrees", "to"], ["agree", "to"], ["accept"], ["approved"], ["approves"], ["ready", "for"], ["ready", "to"], ["willing", "to"]],
    ["commits-to", false, ["committed", "to"], ["commits", "to"], ["commit", "to"], ["determined", "to"]],
    // "Israel intends to seize Gaza City": an aim a party holds, stated as the story's fact.
    ["commits-to", false, ["intends", "to"], ["intended", "to"], ["intending", "to"], ["aims", "to"], ["aimed", "to"], ["aiming", "to"], ["plans", "to"], ["planned", "to"], ["planning", "to"],
      // After an auxiliary only ("Israel does not intend to withdraw", "Hamas did not plan to").
      ["intend", "to"], ["aim", "to"], ["plan", "to"]],
    ["commits-to", true, ["vowed", "to"], ["vows", "to"], ["pledged", "to"], ["pledges", "to"]],
    ["concerned", true, ["raised", "concerns"], ["raises", "concerns"], ["raising", "concerns"], ["raised", "concern"], ["expressed", "concern"], ["expressed", "concerns"], ["expressing", "concern"], ["expressing", "concerns"], ["voiced", "concern"], ["voiced", "concerns"], ["expressed", "skepticism"], ["expressing", "skepticism"], ["expressed", "scepticism"], ["expressing", "scepticism"]],
    ["concerned", false, ["concerned", "about"], ["concerned", "over"], ["worried", "about"], ["worried", "over"]],
    ["warns", true, ["warned"], ["warns"], ["warning"], ["cautioned"], ["cautions"]],
    ["declares", true, ["declared"], ["declares"], ["declaring"], ["proclaimed"], ["proclaims"]],
    ["opposes", false, ["opposes"], ["opposed"], ["opposing"], ["is", "against"], ["are", "against"], ["remains", "against"], ["objects", "to"], ["objected", "to"], ["resisted"], ["resists"], ["resisting"]],
    ["supports", false, ["supports"], ["backs"], ["backed"], ["endorsed"], ["endorses"], ["favours"], ["favors"]],
    ["supports", true, ["welcomed"], ["welcomes"]],
    ["denies", true, ["denied"], ["denies"]],
    // A proposal put forward is made in public, as a call is; an offer is often a report of what was conveyed in private.
    ["proposes", true, ["proposed"], ["proposes"], ["put", "forward"], ["tabled"]],
    ["proposes", false, ["offered"], ["offers"], ["offering"]],
  ] as [Stance, boolean, ...string[][]][]
)
  .flatMap(([stance, speech, ...phrases]) => phrases.map((words) => ({ words, stance, speech, noun: false })))
  // A view a party holds of something, told in the writer's words: "Moscow regards the Istanbul
  // format as a return to the process", "Israel sees Hamas's reply as a trap", "Russia considers
  // the counter-proposal unconstructive". "Regards", "views" and "sees" state a view only with an
  // "as" after their object ("Gaza sees heavy strikes" is none); base forms only after an
  // auxiliary ({@link BARE_STANCE_VERBS}).
  .concat([...VIEW_VERBS].map(([verb, asComplement]) => ({ words: [verb], stance: "states" as const, speech: false, noun: false, asComplement })))
  // Charges that a party broke a deal ("Hamas had failed to meet its commitment", "Israel violated
  // the truce"): the other side's claim against the party named, as contested as any stance.
  // Compliance denied is the same charge ("The Lebanese state has not yet fully enforced the
  // agreement"); compliance affirmed ("Hamas has implemented the first phase") is the record's to tell.
  .concat(
    [
      ...[["violated"], ["violates"], ["violating"], ["breached"], ["breaches"], ["reneged", "on"], ["reneges", "on"], ["backtracked", "on"]].map((words) => ({ words, onlyNegated: false })),
      ...["failed", "fails", "failing"].flatMap((verb) =>
        ["meet", "honour", "honor", "comply", "abide", "implement", "enforce", "fulfil", "fulfill", "uphold", "respect"].map((act) => ({ words: [verb, "to", act], onlyNegated: false })),
      ),
      ...[["enforced"], ["implemented"], ["honoured"], ["honored"], ["complied", "with"], ["abided", "by"], ["respected"], ["fulfilled"], ["met", "its", "obligations"], ["met", "its", "commitments"]].map((words) => ({ words, onlyNegated: true })),
    ].map(({ words, onlyNegated }) => ({ words, stance: "states" as const, speech: false, noun: false, charge: true, onlyNegated })),
  )
  .concat(
    (
      [
        ["demands", false, ["demand", "for"], ["demands", "for"], ["insistence", "on"], ["conditions", "for"], ["terms", "for"]],
        ["demands", true, ["call", "for"], ["calls", "for"]],
        ["rejects", false, ["rejection", "of"]],
        ["accepts", false, ["acceptance", "of"]],
        ["commits-to", false, ["commitment", "to"], ["determination", "to"]],
        ["opposes", false, ["opposition", "to"], ["stance", "against"], ["objection", "to"]],
        ["supports", false, ["support", "for"], ["backing", "for"]],
      ] as [Stance, boolean, ...string[][]][]
    ).flatMap(([stance, speech, ...phrases]) => phrases.map((words) => ({ words, stance, speech, noun: true }))),
  )
  .sort((a, b) => b.words.length - a.words.length);

/** Adverbials that may stand inside a stance phrase of several words: "will not agree under any circumstances to", "insists in principle on". */
export const STANCE_INSERTS: readonly (readonly string[])[] = [
  ["under", "any", "circumstances"], ["under", "no", "circumstances"], ["in", "principle"], ["at", "any", "cost"], ["at", "all"], ["in", "any", "way"], ["for", "now"],
  ["firmly"], ["publicly"], ["formally"], ["only"], ["now"], ["still"],
];

/**
 * Negative contractions of the auxiliaries a stance is read after, each with its auxiliary:
 * "Hamas won't accept" is "Hamas will not accept". The tokenizer keeps a contraction one word
 * ("won't"), so the words that read auxiliaries and negations read these too. (Modals a stance is
 * not read after, "can", "should", "must", are left out with their contractions.)
 */
export const NEGATIVE_CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ["won't", "will"], ["wouldn't", "would"], ["doesn't", "does"], ["don't", "do"], ["didn't", "did"], ["isn't", "is"], ["aren't", "are"],
  ["wasn't", "was"], ["weren't", "were"], ["hasn't", "has"], ["haven't", "have"], ["hadn't", "had"],
]);

/** Words between an actor and its stance phrase that leave the stance as stated ("has been", "has long", "publicly"). */
export const STANCE_AUXILIARIES: ReadonlySet<string> = new Set([
  "has", "have", "had", "is", "are", "was", "were", "been", "be", "will", "would", "also", "still", "now", "long", "already", "again", "repeatedly",
  "publicly", "firmly", "formally", "officially", "previously", "earlier", "later", "then", "recently", "so", "far", "not", "never", "n't", "flatly", "swiftly",
  "quickly", "initially", "reluctantly", "effectively", "largely", "broadly", "once", "consistently", "steadfastly", "staunchly", "strongly",
  "only", "remains", "remain", "does", "do", "did", "yet",
  // "won't", "doesn't", "hasn't": an auxiliary of the list and its negation in one word, read as the two.
  ...NEGATIVE_CONTRACTIONS.keys(),
]);

/**
 * Verbs of a scheduled event ("Netanyahu will meet Trump at the White House on Tuesday", "the
 * envoy will travel to Cairo"): after "will" or "would" they say what is planned, not a stance;
 * negated ("will not meet to approve the deal until …") they state a refusal.
 */
export const SCHEDULE_VERBS: ReadonlySet<string> = new Set(["meet", "visit", "travel", "fly", "arrive", "attend", "host", "address", "join", "head", "speak", "brief", "mark", "celebrate", "observe", "commemorate"]);

/**
 * Verbs that, after "will" or "would", tell what befalls a party, not what it means to do: a
 * writer's forecast ("Hezbollah will find it far harder to rearm", "Hamas would struggle to
 * rebuild", "Russia will face more sanctions"), no stance of the party's, negated or not.
 */
export const UNDERGOING_VERBS: ReadonlySet<string> = new Set(["find", "face", "struggle", "suffer", "feel", "fare"]);

/**
 * Verbs of what a deal has each side do ("Israel will free 30 prisoners for every hostage",
 * "Israeli troops will pull back", "aid would enter"): after "will" or "would" they state a
 * proposal's terms, not what a party says it will do.
 */
export const TERM_VERBS: ReadonlySet<string> = new Set([
  "free", "release", "withdraw", "pull", "hand", "return", "exchange", "swap", "allow", "let", "enter", "receive", "open", "deliver", "transfer", "begin", "start", "last", "see",
]);

/**
 * Words after a deal's verb that make its refusal conditional ("Hezbollah would not hand over its
 * weapons while Israel kept up its attacks", "Hamas would not free more hostages until ..."): the
 * party's demand, a stance, where "Israel would not withdraw from the corridor" alone is a term.
 */
export const REFUSAL_CONDITIONS: readonly (readonly string[])[] = [["while"], ["as", "long", "as"], ["so", "long", "as"], ["until"], ["unless"]];

/**
 * Base forms of stance verbs ("agree to", "accept", "refuse"): a stance only after an auxiliary
 * ("will not agree to", "would accept", "does not want"), since without one the subject is plural
 * or several ("Israel and Hamas agree to ...") or the verb is an order.
 */
export const BARE_STANCE_VERBS: ReadonlySet<string> = new Set(["agree", "accept", "reject", "refuse", "want", "commit", "intend", "aim", "plan", "regard", "view", "see", "consider", "deem"]);

/**
 * Verbs that, after "is" or "are" and before "to", report hearsay instead of a source ("Israel is
 * said to have softened its position", "Hamas is reported to be ready"), as does "X said to ..."
 * in a headline: a hedge, not an attribution, and the stance it carries has no source.
 */
export const HEDGED_REPORTING_VERBS: ReadonlySet<string> = new Set(["said", "reported", "believed", "understood", "thought", "rumoured", "rumored"]);

/**
 * Nouns of an act or a stretch of time, not of a party: a noun phrase they head ("The Israeli
 * withdrawal will test whether ...", "Israel's deadline will pass") is no actor, whatever party
 * its modifier names. Wars, truces and deals are in {@link WAR_WORDS}, {@link TRUCE_WORDS} and
 * {@link DEAL_WORDS}.
 */
export const ACT_NOUNS: ReadonlySet<string> = new Set([
  "withdrawal", "pullout", "pullback", "redeployment", "deployment", "exchange", "release", "handover", "decision", "move", "step", "vote", "window", "deadline", "process", "visit",
]);

/** Words that negate a stance ("has not accepted", "never agreed to", "won't accept"). */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "n't", ...NEGATIVE_CONTRACTIONS.keys()]);

/** Words that end a topic: a new clause begins. */
export const TOPIC_STOPS: ReadonlySet<string> = new Set([
  "while", "but", "as", "where", "after", "before", "because", "although", "though", "since", "when", "which", "who", "amid", "despite", "even", "whereas", "according", "unless", "if",
]);

/**
 * Topic words that mean the same thing, mapped to one form, so a story's "invasion of Rafah"
 * meets a registered "rafah-offensive". Used when matching a stated topic to registered topics.
 */
export const TOPIC_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["invasion", "offensive"], ["invading", "offensive"], ["invade", "offensive"], ["incursion", "offensive"], ["operation", "offensive"], ["operations", "offensive"],
  ["assault", "offensive"], ["attack", "offensive"], ["truce", "ceasefire"], ["cease-fire", "ceasefire"], ["cessation", "ceasefire"], ["pullout", "withdrawal"],
  ["withdraw", "withdrawal"], ["withdrawing", "withdrawal"], ["pull-out", "withdrawal"], ["starvation", "famine"], ["hunger", "famine"], ["permanent", "permanent"],
  ["lasting", "permanent"], ["complete", "permanent"], ["full", "permanent"], ["ending", "end"], ["deal", "proposal"], ["plan", "proposal"], ["framework", "proposal"], ["offer", "proposal"],
]);

/** Words too common to tell topics apart. */
export const TOPIC_STOPWORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "from", "with", "by", "its", "their", "all", "any", "is", "are", "be", "that", "this", "there", "it", "at", "as",
  "has", "have", "been", "was", "were", "will", "would", "into", "s", "than", "about", "over", "if", "no", "not",
]);

/** The lowercase particles of personal names ("al-Rishq", "von der Leyen", "bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["al", "el", "bin", "ben", "bint", "ibn", "abu", "van", "von", "der", "de", "du", "da", "di", "la", "le"]);

/** Nouns of those who act for a party beyond core's bodies, roles and groups. */
export const AGENT_NOUNS: ReadonlySet<string> = new Set(["side", "leadership", "leaders", "delegation", "negotiators", "mediators", "authorities", "administration", "cabinet", "officials", "team", "envoy", "envoys", "president", "premier", "state", "people", "public"]);

/** Finite verbs of saying that open the clause a count stands in: its subject is after them. */
export const SAYING_BEFORE_COUNT: ReadonlySet<string> = new Set(["says", "said", "estimates", "adds", "added", "notes", "noted", "told"]);

/** Prepositions after which a noun phrase goes on past its head ("Russia's war against Ukraine"). */
export const HEAD_ENDING_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "against", "on", "in", "with", "between", "over", "for", "from"]);
