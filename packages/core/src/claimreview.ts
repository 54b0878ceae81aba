import type { Claim } from "./claim.js";
import { countedWords, formatCount } from "./messages.js";
import type { Source } from "./source.js";

/** A schema.org `ClaimReview` object (JSON-LD). */
export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  claimReviewed: string;
  datePublished?: string;
  url?: string;
  author?: { "@type": "Organization"; name: string; url?: string };
  reviewRating?: {
    "@type": "Rating";
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: {
    "@type": "Claim";
    datePublished: string;
    appearance?: { "@type": "CreativeWork"; url?: string; datePublished?: string; headline?: string }[];
    author?: { "@type": "Organization"; name: string; url?: string };
  };
}

/** Options for {@link formatClaimReview}. */
export interface ClaimReviewOptions {
  /** The organisation publishing the review. @default none */
  reviewer?: { name: string; url?: string };
  /** The verdict in words ("Accurate", "Outdated", "Unsupported"); with `ratingValue` on a 1–5 scale. */
  rating?: { alternateName: string; ratingValue: number };
  /** Review date (ISO). */
  datePublished?: string;
  /** URL of the review itself. */
  url?: string;
  /** Where the claim appeared: a story URL, its date and headline. */
  appearance?: { url?: string; datePublished?: string; headline?: string };
  /** Sources by id, to name the claim's author. */
  sources?: ReadonlyMap<string, Source> | Record<string, Source>;
}

/** A one-sentence statement of a claim, in plain words (used as `claimReviewed`). */
export function formatClaimStatement(claim: Claim): string {
  switch (claim.kind) {
    case "casualty": {
      const q = claim.quantity;
      const amount = q.value !== undefined ? formatCount(q.value) : `${formatCount(q.low ?? 0)}–${formatCount(q.high ?? 0)}`;
      return `${amount} ${countedWords(claim.population.group, claim.measure)} in ${claim.population.place}${claim.cumulative ? "" : " in the period"} as of ${claim.asOf}`;
    }
    case "phase":
      return `Phase ${claim.index}${claim.of !== undefined ? ` of ${claim.of}` : ""} of proposal ${claim.proposal.id}${claim.durationDays !== undefined ? ` lasts ${claim.durationDays} days` : ""}`;
    case "position":
      return claim.statement;
    case "event":
      return `${claim.title}: ${claim.date}`;
    case "classification":
      return `${claim.area}: IPC phase ${claim.phase}${claim.label ? ` (${claim.label})` : ""}, ${claim.projection}`;
  }
}

/**
 * A schema.org ClaimReview JSON-LD view of a claim, for search engines and fact-check
 * aggregators. The claim's first citation becomes the reviewed claim's author and date.
 *
 * @example
 * const jsonLd = formatClaimReview(claim, { reviewer: { name: "Newsroom Desk" }, rating: { alternateName: "Accurate", ratingValue: 5 } });
 */
export function formatClaimReview(claim: Claim, options: ClaimReviewOptions = {}): ClaimReview {
  const citation = claim.citations[0]!;
  const sources = options.sources;
  const source = sources instanceof Map ? sources.get(citation.source) : (sources as Record<string, Source> | undefined)?.[citation.source];
  const review: ClaimReview = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: formatClaimStatement(claim),
    itemReviewed: {
      "@type": "Claim",
      datePublished: citation.published,
      ...(source ? { author: { "@type": "Organization", name: source.name, ...(source.url ? { url: source.url } : {}) } } : {}),
      ...(options.appearance ? { appearance: [{ "@type": "CreativeWork", ...options.appearance }] } : citation.url ? { appearance: [{ "@type": "CreativeWork", url: citation.url, datePublished: citation.published }] } : {}),
    },
  };
  if (options.datePublished) review.datePublished = options.datePublished;
  if (options.url) review.url = options.url;
  if (options.reviewer) review.author = { "@type": "Organization", ...options.reviewer };
  if (options.rating) review.reviewRating = { "@type": "Rating", bestRating: 5, worstRating: 1, ...options.rating };
  return review;
}
