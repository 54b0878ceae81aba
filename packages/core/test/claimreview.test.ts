import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CasualtyClaim, formatClaimReview, Source } from "../src/index.js";

const claim = CasualtyClaim.parse({
  kind: "casualty",
  id: "gaza-moh-killed-2024-05-04",
  series: "gaza-moh-killed",
  asOf: "2024-05-04",
  measure: "killed",
  population: { group: "people", place: "gaza" },
  quantity: { value: 34654 },
  citations: [{ source: "gaza-moh", published: "2024-05-04", url: "https://data.techforpalestine.org/api/v2/casualties_daily.json" }],
});
const moh = Source.parse({ id: "gaza-moh", name: "Gaza Ministry of Health", type: "official-body", party: true });

describe("formatClaimReview", () => {
  it("gives a schema.org ClaimReview naming the claim, its source and the verdict", () => {
    const review = formatClaimReview(claim, {
      sources: new Map([["gaza-moh", moh]]),
      reviewer: { name: "Newsroom Desk" },
      rating: { alternateName: "Accurate", ratingValue: 5 },
      datePublished: "2024-05-05",
    });
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "34,654 people killed in gaza as of 2024-05-04",
      datePublished: "2024-05-05",
      author: { "@type": "Organization", name: "Newsroom Desk" },
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Accurate" },
      itemReviewed: { "@type": "Claim", datePublished: "2024-05-04", author: { name: "Gaza Ministry of Health" } },
    });
  });
});

describe("the registry JSON Schema", () => {
  it("ships with the build and describes sources, series and claims", () => {
    const schema = JSON.parse(readFileSync(new URL("../dist/registry.schema.json", import.meta.url), "utf8"));
    expect(schema.title).toBe("factmark registry");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["sources", "actors", "series", "claims"]));
    const kinds = JSON.stringify(schema.properties.claims);
    for (const kind of ["casualty", "phase", "position", "event", "classification"]) expect(kinds).toContain(`"${kind}"`);
  });
});
