export { FactmarkError, formatLocation, parseWith } from "./errors.js";
export type { ErrorLocation, FactmarkErrorCode } from "./errors.js";
export { IsoDate, addDays, dayNumber, daysBetween, formatDate, fromDayNumber, isValidIsoDate, monthsBetween } from "./dates.js";
export { Actor, Citation, Id, Source, SourceType } from "./source.js";
export type { ActorInput, SourceInput } from "./source.js";
export { Qualifier, Quantity, inInterval, intervalsOverlap, quantityBounds, quantityRange, quantityValue, roundingStep } from "./quantity.js";
export type { Interval, QuantityInput } from "./quantity.js";
export {
  CLAIM_KINDS,
  Cadence,
  CasualtyClaim,
  Claim,
  ClaimStatus,
  ClassificationClaim,
  EventClaim,
  Measure,
  Period,
  PhaseClaim,
  Population,
  PositionClaim,
  ProposalStatus,
  Series,
  Stance,
  Supersession,
  SupersessionReason,
} from "./claim.js";
export type { ClaimInput, ClaimKind, SeriesInput } from "./claim.js";
export { RegistryData } from "./registry-data.js";
export type { RegistryDataInput } from "./registry-data.js";
export { formatClaimReview, formatClaimStatement } from "./claimreview.js";
export type { ClaimReview, ClaimReviewOptions } from "./claimreview.js";
