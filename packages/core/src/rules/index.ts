import type { Rule } from "../rule.js";
import { anonymousSource } from "./anonymous-source.js";
import { beyondData } from "./beyond-data.js";
import { figureMismatch } from "./figure-mismatch.js";
import { inconsistentDuration } from "./inconsistent-duration.js";
import { inconsistentElapsedTime } from "./inconsistent-elapsed-time.js";
import { misattributedClaim } from "./misattributed-claim.js";
import { outdatedFigure } from "./outdated-figure.js";
import { outdatedPosition } from "./outdated-position.js";
import { partyClaim } from "./party-claim.js";
import { phaseCountMismatch } from "./phase-count-mismatch.js";
import { unattributedPosition } from "./unattributed-position.js";
import { unsourcedFigure } from "./unsourced-figure.js";

/** Every rule factmark runs, in reporting order. A new rule is one file plus one line here. */
export const RULES: readonly Rule[] = [
  unsourcedFigure,
  outdatedFigure,
  figureMismatch,
  inconsistentDuration,
  inconsistentElapsedTime,
  phaseCountMismatch,
  unattributedPosition,
  anonymousSource,
  misattributedClaim,
  outdatedPosition,
  beyondData,
  partyClaim,
];
