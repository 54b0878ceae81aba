// A made-up war on the coast of Veridia, as a newsroom would add it: neither bundled dataset knows
// its places, its parties, the health office that counts its dead, that count's monthly reports
// or its truce. The unit tests load it with the library; the browser test writes it through the
// service's HTTP API.

/** The records in the order they name each other, by the service resource each is written to. */
export const places = [
  { id: "veridia", name: "Veridia", aliases: ["Veridian"], demonyms: ["Veridians"] },
  { id: "port-aster", name: "Port Aster", within: ["veridia"] },
];
export const actors = [
  { id: "veridian-government", name: "Veridian government", aliases: ["Veridian officials"], party: true },
  { id: "coastal-league", name: "Coastal League", aliases: ["the League"], party: true },
  { id: "lowland-mediators", name: "Lowland mediators", party: false },
];
export const conflicts = [{ id: "veridian-coastal-war", name: "the Veridian coastal war", aliases: ["coastal war"], start: "2031-03-01", places: ["veridia"], parties: ["veridian-government", "coastal-league"] }];
export const sources = [{ id: "veridia-health-office", name: "Veridian Health Office", aliases: ["health office"], type: "official-body" as const, url: "https://health.veridia.example/reports" }];
export const series = [
  { id: "veridia-killed", title: "Veridian Health Office: people killed in Veridia, cumulative", source: "veridia-health-office", measure: "killed" as const, population: { place: "veridia" }, cumulative: true, since: "2031-03-01", conflict: "veridian-coastal-war" },
];

const report = (asOf: string, value: number) => ({
  kind: "casualty" as const,
  id: `veridia-killed:${asOf}`,
  series: "veridia-killed",
  measure: "killed" as const,
  population: { place: "veridia" },
  cumulative: true,
  since: "2031-03-01",
  asOf,
  quantity: { value },
  citations: [{ source: "veridia-health-office", published: asOf }],
});

/** The health office's count, month by month. */
export const reports = [report("2031-04-01", 640), report("2031-05-01", 1200), report("2031-06-01", 1850), report("2031-07-01", 2400), report("2031-08-01", 2600)];

/** The first of the truce's two phases: 21 days. */
export const truce = {
  kind: "phase" as const,
  id: "phase:harbour-truce-2031:1",
  asOf: "2031-06-10",
  citations: [{ source: "veridia-health-office", published: "2031-06-10" }],
  proposal: { id: "harbour-truce-2031", proposers: ["lowland-mediators"], status: "proposed" as const, conflict: "veridian-coastal-war" },
  index: 1,
  of: 2,
  durationDays: 21,
};

/** Every record, as registry data. */
export const newsroomData = { version: 1 as const, places, actors, conflicts, sources, series, claims: [...reports, truce] };

/** The story's date: the July report is in effect, the August one is still to come. */
export const STORY_DATE = "2031-07-15";
/** An unsourced figure of the July report, then a sourced figure of the May one, outdated by the story's date. */
export const STORY = ["Some 2,400 people have been killed in Veridia since the coastal war began.", "At least 1,200 people have been killed in Veridia, the health office said."];
