// What ./index.ts and ./lazy.ts share: every export but the ways to read a document. index adds
// the synchronous readers and check(); lazy adds loadInputReader.
export { FactmarkError, formatLocation, parseWith } from "./errors.js";
export type { ErrorLocation, FactmarkErrorCode } from "./errors.js";
export { IsoDate, addDays, dayNumber, daysBetween, formatDate, fromDayNumber, isValidIsoDate, monthsBetween } from "./dates.js";
export { Actor, Citation, Id, Source, SourceType } from "./source.js";
export type { ActorInput, SourceInput } from "./source.js";
export { Qualifier, Quantity, inInterval, quantityBounds, quantityValue, roundingStep, writingStep } from "./quantity.js";
export type { Interval, QuantityInput } from "./quantity.js";
export {
  CADENCE_INTERVAL_DAYS,
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
export { Conflict, Place } from "./world.js";
export type { ActorWord, ConflictInput, ConflictPhrase, PlaceInput, PlacePhrase, World } from "./world.js";
export { RegistryData } from "./registry-data.js";
export type { RegistryDataInput } from "./registry-data.js";
export { compactRegistryData, expandRegistryData } from "./compact.js";
export type { CompactChunk, CompactRegistryData, CompactRow, CompactTemplate } from "./compact.js";
export { formatClaimReview, formatClaimStatement } from "./claimreview.js";
export type { ClaimReview, ClaimReviewOptions } from "./claimreview.js";
export { Registry, seriesKeyOf } from "./registry.js";
export type { MergeOptions, RegistryOptions } from "./registry.js";
export { parseCitation } from "./parse-records.js";
export type { RegistryRecords } from "./parse-records.js";
export { parseClaimsCSV, parseRegistry, parseRegistryJSON, parseRegistryNDJSON, readRegistryNDJSON } from "./load.js";
export type { LoadOptions, RegistryFormat } from "./load.js";
export { RegistryProblem, RegistryProblemCode, validateRegistry } from "./validate.js";
export { tokenize } from "./tokenize.js";
export type { Token } from "./tokenize.js";
export { extractMentions } from "./extract.js";
export type { ExtractOptions } from "./extract.js";
export type {
  Attribution,
  AttributionStrength,
  CountMention,
  DateMention,
  DurationMention,
  ElapsedMention,
  ExtractedBlock,
  Mention,
  NameMention,
  PhaseMention,
  PositionMention,
  Span,
  StageCountMention,
} from "./mention.js";
export { mapToSource } from "./formats/block.js";
export type { Block, DisableDirective, InputFormat, OffsetSegment, ParsedDocument } from "./formats/block.js";
export { INPUT_FORMATS, formatFromPath } from "./formats/index.js";
export { ProseMirrorNodeJSON, parseProseMirror } from "./formats/prosemirror.js";
export { parseText } from "./formats/text.js";
export { Evidence, Finding, Fix, RULE_IDS, RelatedSpan, RuleId, Severity } from "./finding.js";
export { Config, RuleSetting, RulesConfig, parseConfig, resolveRuleSetting } from "./config.js";
export { checkBlocks, checkChangedBlocks, checkDocument } from "./check.js";
export type { BlockFinding, BlocksCheck, CheckOptions } from "./check.js";
export type { BlockRule, DocumentFactName, DocumentRule, DocumentRuleReads, Rule, RuleContext, RuleFinding } from "./rule.js";
export { ATTRIBUTION_WORDS_AFTER, ATTRIBUTION_WORDS_BEFORE } from "./rule.js";
export { RULES } from "./rules/index.js";
export { STALENESS_DAYS } from "./rules/figures.js";
export { formatFigureLike } from "./figure.js";
export { gatherFacts, matchActor, matchTopic, resolveAttribution, resolvePosition, stanceFamily } from "./facts.js";
export type { DocumentFacts, ResolvedAttribution, ResolvedPosition } from "./facts.js";
export { messages } from "./messages.js";
