// Generated from the OpenAPI document by scripts/write-openapi-types.mjs; do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description The Prometheus text format: requests by route and status, request and check durations, the check pool's queue, the registry version, the open event streams.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List actors */
        get: operations["listActors"];
        put?: never;
        /** Create a actor */
        post: operations["createActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a actor */
        get: operations["getActor"];
        /** Create or replace a actor */
        put: operations["putActor"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a actor
         * @description Oldest first, as `{ items }`; a retracted record's history ends with its retraction and the record as it was.
         */
        get: operations["getActorHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retract a actor, with a reason
         * @description The actor leaves the registry and its history keeps it. 422 `invalid-registry` while another record names it, with the path of each.
         */
        post: operations["retractActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a draft
         * @description Findings with 0-based UTF-16 offsets into `content` (ProseMirror: document positions, plus the textblock `path` and `offset`). With `gate=publish`, any error finding answers 422 with the blocking findings. The check runs on a worker thread with a deadline (503 `timeout` past it).
         */
        post: operations["checkDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List claims */
        get: operations["listClaims"];
        put?: never;
        /** Create a claim */
        post: operations["createClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a claim */
        get: operations["getClaim"];
        /** Replace a claim (its history is kept) */
        put: operations["putClaim"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a claim */
        get: operations["getClaimHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a claim, with a reason */
        post: operations["retractClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/supersede": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a claim that supersedes this one */
        post: operations["supersedeClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List conflicts */
        get: operations["listConflicts"];
        put?: never;
        /** Create a conflict */
        post: operations["createConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conflicts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a conflict */
        get: operations["getConflict"];
        /** Create or replace a conflict */
        put: operations["putConflict"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conflicts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a conflict
         * @description Oldest first, as `{ items }`; a retracted record's history ends with its retraction and the record as it was.
         */
        get: operations["getConflictHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conflicts/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retract a conflict, with a reason
         * @description The conflict leaves the registry and its history keeps it. 422 `invalid-registry` while another record names it, with the path of each.
         */
        post: operations["retractConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registry change events
         * @description text/event-stream: `event: registry` with `data: {"version": n, "claims": [ids], "records": {"places": [ids], …}}` on every change (`records` only when it touched sources, actors, places, conflicts or series); a comment heartbeat every 15 s.
         */
        get: operations["streamRegistryEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import NDJSON records in one transaction
         * @description One record per line: a claim, {"source":…}, {"actor":…}, {"place":…}, {"conflict":…}, {"series":…}. An upsert: a record whose id is registered replaces it (a claim's history records the import), others are added. All or nothing: a failing line answers 422 with its `line` and nothing is written.
         */
        post: operations["importRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (admin) */
        get: operations["listKeys"];
        put?: never;
        /** Create an API key (admin) */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (admin) */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List places */
        get: operations["listPlaces"];
        put?: never;
        /** Create a place */
        post: operations["createPlace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a place */
        get: operations["getPlace"];
        /** Create or replace a place */
        put: operations["putPlace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a place
         * @description Oldest first, as `{ items }`; a retracted record's history ends with its retraction and the record as it was.
         */
        get: operations["getPlaceHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retract a place, with a reason
         * @description The place leaves the registry and its history keeps it. 422 `invalid-registry` while another record names it, with the path of each.
         */
        post: operations["retractPlace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole registry
         * @description RegistryData JSON with an ETag (the registry version) and Cache-Control: no-cache; If-None-Match answers 304.
         */
        get: operations["getRegistry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List series */
        get: operations["listSeries"];
        put?: never;
        /** Create a series */
        post: operations["createSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a series */
        get: operations["getSeries"];
        /** Create or replace a series */
        put: operations["putSeries"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/series/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a series
         * @description Oldest first, as `{ items }`; a retracted record's history ends with its retraction and the record as it was.
         */
        get: operations["getSeriesHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/series/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retract a series, with a reason
         * @description The series leaves the registry and its history keeps it. 422 `invalid-registry` while another record names it, with the path of each.
         */
        post: operations["retractSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sources */
        get: operations["listSources"];
        put?: never;
        /** Create a source */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a source */
        get: operations["getSource"];
        /** Create or replace a source */
        put: operations["putSource"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a source
         * @description Oldest first, as `{ items }`; a retracted record's history ends with its retraction and the record as it was.
         */
        get: operations["getSourceHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retract a source, with a reason
         * @description The source leaves the registry and its history keeps it. 422 `invalid-registry` while another record names it, with the path of each.
         */
        post: operations["retractSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List registered stories */
        get: operations["listStories"];
        put?: never;
        /**
         * Register a published story
         * @description Registers the story, or replaces the one with its id (200). Answers the story as GET does: with its mentions and its findings at its date.
         */
        post: operations["registerStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registered story with its mentions and its findings at its date */
        get: operations["getStory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}/claimreview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ClaimReview JSON-LD for the figures checked in a story */
        get: operations["getStoryClaimReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/outdated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stories a newer figure has outdated
         * @description Each story with a figure, checked at today's date (or `date`), with its outdated-figure findings and their fixes; cached per registry version and story revision.
         */
        get: operations["listOutdatedStories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Actor: {
            /** @default [] */
            aliases: string[];
            id: string;
            memberOf?: string;
            name: string;
            /** @default false */
            party: boolean;
            /** @default [] */
            speakers: string[];
        };
        ActorPage: {
            items: {
                /** @default [] */
                aliases: string[];
                id: string;
                memberOf?: string;
                name: string;
                /** @default false */
                party: boolean;
                /** @default [] */
                speakers: string[];
            }[];
            next?: string;
        };
        CheckRequest: {
            content: string | ({
                type: string;
            } & {
                [key: string]: unknown;
            });
            date?: string;
            /** @enum {string} */
            format?: "text" | "markdown" | "html" | "prosemirror";
            rules?: {
                [key: string]: "off" | ("error" | "warning" | "info") | [
                    "off" | ("error" | "warning" | "info"),
                    {
                        [key: string]: unknown;
                    }
                ];
            };
        };
        CheckResponse: {
            counts: {
                error: number;
                info: number;
                warning: number;
            };
            date: string;
            findings: {
                evidence: {
                    asOf: string;
                    caveats?: string[];
                    claimId: string;
                    kind: string;
                    label: string;
                    published: string;
                    source: {
                        id: string;
                        name: string;
                    };
                    statement?: string;
                    url?: string;
                    value?: number;
                }[];
                fixes: ({
                    from: number;
                    /** @constant */
                    kind: "replace";
                    label: string;
                    text: string;
                    to: number;
                } | {
                    citation: {
                        accessed?: string;
                        published: string;
                        quote?: string;
                        source: string;
                        title?: string;
                        /** Format: uri */
                        url?: string;
                    };
                    claimId?: string;
                    from: number;
                    /** @constant */
                    kind: "cite";
                    label: string;
                    to: number;
                })[];
                from: number;
                message: string;
                offset?: number;
                path?: number[];
                related?: {
                    from: number;
                    text: string;
                    to: number;
                }[];
                /** @enum {string} */
                ruleId: "unsourced-figure" | "outdated-figure" | "figure-mismatch" | "inconsistent-duration" | "inconsistent-elapsed-time" | "phase-count-mismatch" | "unattributed-position" | "anonymous-source" | "misattributed-claim" | "outdated-position" | "beyond-data" | "party-claim";
                /** @enum {string} */
                severity: "error" | "warning" | "info";
                text: string;
                to: number;
            }[];
            registryVersion: number;
        };
        Claim: {
            asOf: string;
            citations: {
                accessed?: string;
                published: string;
                quote?: string;
                source: string;
                title?: string;
                /** Format: uri */
                url?: string;
            }[];
            /** @default true */
            cumulative: boolean;
            id: string;
            /** @constant */
            kind: "casualty";
            /** @enum {string} */
            measure: "killed" | "injured" | "missing" | "held-hostage" | "released" | "detained" | "displaced" | "sheltering" | "starvation-deaths" | "attacks";
            note?: string;
            period?: {
                from: string;
                to: string;
            };
            population: {
                /** @default people */
                group: string;
                place: string;
            };
            quantity: {
                best?: number;
                high?: number;
                low?: number;
                /**
                 * @default exact
                 * @enum {string}
                 */
                qualifier: "exact" | "over" | "nearly" | "about" | "at-least" | "up-to" | "fewer-than";
                rounding?: number;
                value?: number;
            };
            series?: string;
            since?: string;
            /**
             * @default current
             * @enum {string}
             */
            status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
            supersedes?: {
                claim: string;
                note?: string;
                /** @enum {string} */
                reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
            }[];
        } | {
            asOf: string;
            citations: {
                accessed?: string;
                published: string;
                quote?: string;
                source: string;
                title?: string;
                /** Format: uri */
                url?: string;
            }[];
            durationDays?: number;
            id: string;
            index: number;
            /** @constant */
            kind: "phase";
            note?: string;
            of?: number;
            period?: {
                from: string;
                to: string;
            };
            proposal: {
                conflict?: string;
                date?: string;
                id: string;
                /** @default [] */
                proposers: string[];
                /**
                 * @default proposed
                 * @enum {string}
                 */
                status: "proposed" | "accepted" | "rejected" | "in-force" | "expired" | "superseded";
                title?: string;
                version?: string;
            };
            /**
             * @default current
             * @enum {string}
             */
            status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
            supersedes?: {
                claim: string;
                note?: string;
                /** @enum {string} */
                reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
            }[];
            /** @default [] */
            terms: string[];
        } | {
            actor: string;
            asOf: string;
            citations: {
                accessed?: string;
                published: string;
                quote?: string;
                source: string;
                title?: string;
                /** Format: uri */
                url?: string;
            }[];
            conflict?: string;
            id: string;
            /** @constant */
            kind: "position";
            note?: string;
            /** @default true */
            official: boolean;
            period?: {
                from: string;
                to: string;
            };
            speaker?: {
                name?: string;
                onRecord: boolean;
                role?: string;
            };
            /** @enum {string} */
            stance: "demands" | "accepts" | "rejects" | "commits-to" | "warns" | "concerned" | "supports" | "opposes" | "denies" | "declares" | "states" | "proposes";
            statement: string;
            /**
             * @default current
             * @enum {string}
             */
            status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
            supersedes?: {
                claim: string;
                note?: string;
                /** @enum {string} */
                reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
            }[];
            topic: string;
        } | {
            asOf: string;
            citations: {
                accessed?: string;
                published: string;
                quote?: string;
                source: string;
                title?: string;
                /** Format: uri */
                url?: string;
            }[];
            conflict?: string;
            date: string;
            end?: string;
            event: string;
            id: string;
            /** @constant */
            kind: "event";
            note?: string;
            period?: {
                from: string;
                to: string;
            };
            place?: string;
            /**
             * @default day
             * @enum {string}
             */
            precision: "day" | "month" | "year";
            /**
             * @default current
             * @enum {string}
             */
            status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
            supersedes?: {
                claim: string;
                note?: string;
                /** @enum {string} */
                reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
            }[];
            title: string;
        } | {
            area: string;
            asOf: string;
            citations: {
                accessed?: string;
                published: string;
                quote?: string;
                source: string;
                title?: string;
                /** Format: uri */
                url?: string;
            }[];
            id: string;
            issuer: string;
            /** @constant */
            kind: "classification";
            label?: string;
            note?: string;
            period?: {
                from: string;
                to: string;
            };
            phase: number;
            /** @enum {string} */
            projection: "current" | "projected";
            /** @default ipc */
            scheme: string;
            /**
             * @default current
             * @enum {string}
             */
            status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
            supersedes?: {
                claim: string;
                note?: string;
                /** @enum {string} */
                reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
            }[];
        };
        ClaimHistory: {
            items: {
                action: string;
                at: string;
                claim: {
                    asOf: string;
                    citations: {
                        accessed?: string;
                        published: string;
                        quote?: string;
                        source: string;
                        title?: string;
                        /** Format: uri */
                        url?: string;
                    }[];
                    /** @default true */
                    cumulative: boolean;
                    id: string;
                    /** @constant */
                    kind: "casualty";
                    /** @enum {string} */
                    measure: "killed" | "injured" | "missing" | "held-hostage" | "released" | "detained" | "displaced" | "sheltering" | "starvation-deaths" | "attacks";
                    note?: string;
                    period?: {
                        from: string;
                        to: string;
                    };
                    population: {
                        /** @default people */
                        group: string;
                        place: string;
                    };
                    quantity: {
                        best?: number;
                        high?: number;
                        low?: number;
                        /**
                         * @default exact
                         * @enum {string}
                         */
                        qualifier: "exact" | "over" | "nearly" | "about" | "at-least" | "up-to" | "fewer-than";
                        rounding?: number;
                        value?: number;
                    };
                    series?: string;
                    since?: string;
                    /**
                     * @default current
                     * @enum {string}
                     */
                    status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                    supersedes?: {
                        claim: string;
                        note?: string;
                        /** @enum {string} */
                        reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                    }[];
                } | {
                    asOf: string;
                    citations: {
                        accessed?: string;
                        published: string;
                        quote?: string;
                        source: string;
                        title?: string;
                        /** Format: uri */
                        url?: string;
                    }[];
                    durationDays?: number;
                    id: string;
                    index: number;
                    /** @constant */
                    kind: "phase";
                    note?: string;
                    of?: number;
                    period?: {
                        from: string;
                        to: string;
                    };
                    proposal: {
                        conflict?: string;
                        date?: string;
                        id: string;
                        /** @default [] */
                        proposers: string[];
                        /**
                         * @default proposed
                         * @enum {string}
                         */
                        status: "proposed" | "accepted" | "rejected" | "in-force" | "expired" | "superseded";
                        title?: string;
                        version?: string;
                    };
                    /**
                     * @default current
                     * @enum {string}
                     */
                    status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                    supersedes?: {
                        claim: string;
                        note?: string;
                        /** @enum {string} */
                        reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                    }[];
                    /** @default [] */
                    terms: string[];
                } | {
                    actor: string;
                    asOf: string;
                    citations: {
                        accessed?: string;
                        published: string;
                        quote?: string;
                        source: string;
                        title?: string;
                        /** Format: uri */
                        url?: string;
                    }[];
                    conflict?: string;
                    id: string;
                    /** @constant */
                    kind: "position";
                    note?: string;
                    /** @default true */
                    official: boolean;
                    period?: {
                        from: string;
                        to: string;
                    };
                    speaker?: {
                        name?: string;
                        onRecord: boolean;
                        role?: string;
                    };
                    /** @enum {string} */
                    stance: "demands" | "accepts" | "rejects" | "commits-to" | "warns" | "concerned" | "supports" | "opposes" | "denies" | "declares" | "states" | "proposes";
                    statement: string;
                    /**
                     * @default current
                     * @enum {string}
                     */
                    status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                    supersedes?: {
                        claim: string;
                        note?: string;
                        /** @enum {string} */
                        reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                    }[];
                    topic: string;
                } | {
                    asOf: string;
                    citations: {
                        accessed?: string;
                        published: string;
                        quote?: string;
                        source: string;
                        title?: string;
                        /** Format: uri */
                        url?: string;
                    }[];
                    conflict?: string;
                    date: string;
                    end?: string;
                    event: string;
                    id: string;
                    /** @constant */
                    kind: "event";
                    note?: string;
                    period?: {
                        from: string;
                        to: string;
                    };
                    place?: string;
                    /**
                     * @default day
                     * @enum {string}
                     */
                    precision: "day" | "month" | "year";
                    /**
                     * @default current
                     * @enum {string}
                     */
                    status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                    supersedes?: {
                        claim: string;
                        note?: string;
                        /** @enum {string} */
                        reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                    }[];
                    title: string;
                } | {
                    area: string;
                    asOf: string;
                    citations: {
                        accessed?: string;
                        published: string;
                        quote?: string;
                        source: string;
                        title?: string;
                        /** Format: uri */
                        url?: string;
                    }[];
                    id: string;
                    issuer: string;
                    /** @constant */
                    kind: "classification";
                    label?: string;
                    note?: string;
                    period?: {
                        from: string;
                        to: string;
                    };
                    phase: number;
                    /** @enum {string} */
                    projection: "current" | "projected";
                    /** @default ipc */
                    scheme: string;
                    /**
                     * @default current
                     * @enum {string}
                     */
                    status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                    supersedes?: {
                        claim: string;
                        note?: string;
                        /** @enum {string} */
                        reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                    }[];
                };
                keyId?: string;
                reason?: string;
                version: number;
            }[];
        };
        ClaimInput: {
            asOf: string;
            citations: {
                accessed?: string;
                published: string;
                quote?: string;
                source: string;
                title?: string;
                /** Format: uri */
                url?: string;
            }[];
            /** @default true */
            cumulative: boolean;
            id: string;
            /** @constant */
            kind: "casualty";
            /** @enum {string} */
            measure: "killed" | "injured" | "missing" | "held-hostage" | "released" | "detained" | "displaced" | "sheltering" | "starvation-deaths" | "attacks";
            note?: string;
            period?: {
                from: string;
                to: string;
            };
            population: {
                /** @default people */
                group: string;
                place: string;
            };
            quantity: {
                best?: number;
                high?: number;
                low?: number;
                /**
                 * @default exact
                 * @enum {string}
                 */
                qualifier: "exact" | "over" | "nearly" | "about" | "at-least" | "up-to" | "fewer-than";
                rounding?: number;
                value?: number;
            };
            series?: string;
            since?: string;
            /**
             * @default current
             * @enum {string}
             */
            status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
            supersedes?: {
                claim: string;
                note?: string;
                /** @enum {string} */
                reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
            }[];
        } | {
            asOf: string;
            citations: {
                accessed?: string;
                published: string;
                quote?: string;
                source: string;
                title?: string;
                /** Format: uri */
                url?: string;
            }[];
            durationDays?: number;
            id: string;
            index: number;
            /** @constant */
            kind: "phase";
            note?: string;
            of?: number;
            period?: {
                from: string;
                to: string;
            };
            proposal: {
                conflict?: string;
                date?: string;
                id: string;
                /** @default [] */
                proposers: string[];
                /**
                 * @default proposed
                 * @enum {string}
                 */
                status: "proposed" | "accepted" | "rejected" | "in-force" | "expired" | "superseded";
                title?: string;
                version?: string;
            };
            /**
             * @default current
             * @enum {string}
             */
            status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
            supersedes?: {
                claim: string;
                note?: string;
                /** @enum {string} */
                reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
            }[];
            /** @default [] */
            terms: string[];
        } | {
            actor: string;
            asOf: string;
            citations: {
                accessed?: string;
                published: string;
                quote?: string;
                source: string;
                title?: string;
                /** Format: uri */
                url?: string;
            }[];
            conflict?: string;
            id: string;
            /** @constant */
            kind: "position";
            note?: string;
            /** @default true */
            official: boolean;
            period?: {
                from: string;
                to: string;
            };
            speaker?: {
                name?: string;
                onRecord: boolean;
                role?: string;
            };
            /** @enum {string} */
            stance: "demands" | "accepts" | "rejects" | "commits-to" | "warns" | "concerned" | "supports" | "opposes" | "denies" | "declares" | "states" | "proposes";
            statement: string;
            /**
             * @default current
             * @enum {string}
             */
            status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
            supersedes?: {
                claim: string;
                note?: string;
                /** @enum {string} */
                reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
            }[];
            topic: string;
        } | {
            asOf: string;
            citations: {
                accessed?: string;
                published: string;
                quote?: string;
                source: string;
                title?: string;
                /** Format: uri */
                url?: string;
            }[];
            conflict?: string;
            date: string;
            end?: string;
            event: string;
            id: string;
            /** @constant */
            kind: "event";
            note?: string;
            period?: {
                from: string;
                to: string;
            };
            place?: string;
            /**
             * @default day
             * @enum {string}
             */
            precision: "day" | "month" | "year";
            /**
             * @default current
             * @enum {string}
             */
            status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
            supersedes?: {
                claim: string;
                note?: string;
                /** @enum {string} */
                reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
            }[];
            title: string;
        } | {
            area: string;
            asOf: string;
            citations: {
                accessed?: string;
                published: string;
                quote?: string;
                source: string;
                title?: string;
                /** Format: uri */
                url?: string;
            }[];
            id: string;
            issuer: string;
            /** @constant */
            kind: "classification";
            label?: string;
            note?: string;
            period?: {
                from: string;
                to: string;
            };
            phase: number;
            /** @enum {string} */
            projection: "current" | "projected";
            /** @default ipc */
            scheme: string;
            /**
             * @default current
             * @enum {string}
             */
            status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
            supersedes?: {
                claim: string;
                note?: string;
                /** @enum {string} */
                reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
            }[];
        };
        ClaimPage: {
            items: ({
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                /** @default true */
                cumulative: boolean;
                id: string;
                /** @constant */
                kind: "casualty";
                /** @enum {string} */
                measure: "killed" | "injured" | "missing" | "held-hostage" | "released" | "detained" | "displaced" | "sheltering" | "starvation-deaths" | "attacks";
                note?: string;
                period?: {
                    from: string;
                    to: string;
                };
                population: {
                    /** @default people */
                    group: string;
                    place: string;
                };
                quantity: {
                    best?: number;
                    high?: number;
                    low?: number;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    qualifier: "exact" | "over" | "nearly" | "about" | "at-least" | "up-to" | "fewer-than";
                    rounding?: number;
                    value?: number;
                };
                series?: string;
                since?: string;
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
            } | {
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                durationDays?: number;
                id: string;
                index: number;
                /** @constant */
                kind: "phase";
                note?: string;
                of?: number;
                period?: {
                    from: string;
                    to: string;
                };
                proposal: {
                    conflict?: string;
                    date?: string;
                    id: string;
                    /** @default [] */
                    proposers: string[];
                    /**
                     * @default proposed
                     * @enum {string}
                     */
                    status: "proposed" | "accepted" | "rejected" | "in-force" | "expired" | "superseded";
                    title?: string;
                    version?: string;
                };
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
                /** @default [] */
                terms: string[];
            } | {
                actor: string;
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                conflict?: string;
                id: string;
                /** @constant */
                kind: "position";
                note?: string;
                /** @default true */
                official: boolean;
                period?: {
                    from: string;
                    to: string;
                };
                speaker?: {
                    name?: string;
                    onRecord: boolean;
                    role?: string;
                };
                /** @enum {string} */
                stance: "demands" | "accepts" | "rejects" | "commits-to" | "warns" | "concerned" | "supports" | "opposes" | "denies" | "declares" | "states" | "proposes";
                statement: string;
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
                topic: string;
            } | {
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                conflict?: string;
                date: string;
                end?: string;
                event: string;
                id: string;
                /** @constant */
                kind: "event";
                note?: string;
                period?: {
                    from: string;
                    to: string;
                };
                place?: string;
                /**
                 * @default day
                 * @enum {string}
                 */
                precision: "day" | "month" | "year";
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
                title: string;
            } | {
                area: string;
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                id: string;
                issuer: string;
                /** @constant */
                kind: "classification";
                label?: string;
                note?: string;
                period?: {
                    from: string;
                    to: string;
                };
                phase: number;
                /** @enum {string} */
                projection: "current" | "projected";
                /** @default ipc */
                scheme: string;
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
            })[];
            next?: string;
        };
        Conflict: {
            /** @default [] */
            aliases: string[];
            description?: string;
            end?: string;
            id: string;
            name: string;
            /** @default [] */
            parties: string[];
            places: string[];
            resumed?: string[];
            start: string;
            truces?: string[];
        };
        ConflictPage: {
            items: {
                /** @default [] */
                aliases: string[];
                description?: string;
                end?: string;
                id: string;
                name: string;
                /** @default [] */
                parties: string[];
                places: string[];
                resumed?: string[];
                start: string;
                truces?: string[];
            }[];
            next?: string;
        };
        CreatedKey: {
            createdAt: string;
            id: string;
            key: string;
            name: string;
            revokedAt?: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
        };
        Finding: {
            evidence: {
                asOf: string;
                caveats?: string[];
                claimId: string;
                kind: string;
                label: string;
                published: string;
                source: {
                    id: string;
                    name: string;
                };
                statement?: string;
                url?: string;
                value?: number;
            }[];
            fixes: ({
                from: number;
                /** @constant */
                kind: "replace";
                label: string;
                text: string;
                to: number;
            } | {
                citation: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                };
                claimId?: string;
                from: number;
                /** @constant */
                kind: "cite";
                label: string;
                to: number;
            })[];
            from: number;
            message: string;
            offset?: number;
            path?: number[];
            related?: {
                from: number;
                text: string;
                to: number;
            }[];
            /** @enum {string} */
            ruleId: "unsourced-figure" | "outdated-figure" | "figure-mismatch" | "inconsistent-duration" | "inconsistent-elapsed-time" | "phase-count-mismatch" | "unattributed-position" | "anonymous-source" | "misattributed-claim" | "outdated-position" | "beyond-data" | "party-claim";
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            text: string;
            to: number;
        };
        ImportResult: {
            claims: string[];
            counts: {
                [key: string]: number;
            };
            records?: {
                [key: string]: string[];
            };
            version: number;
        };
        KeyInfo: {
            createdAt: string;
            id: string;
            name: string;
            revokedAt?: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
        };
        KeyList: {
            items: {
                createdAt: string;
                id: string;
                name: string;
                revokedAt?: string;
                /** @enum {string} */
                scope: "read" | "write" | "admin";
            }[];
        };
        KeyRequest: {
            name?: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
        };
        OutdatedPage: {
            checked: number;
            date: string;
            items: {
                date: string;
                findings: {
                    evidence: {
                        asOf: string;
                        caveats?: string[];
                        claimId: string;
                        kind: string;
                        label: string;
                        published: string;
                        source: {
                            id: string;
                            name: string;
                        };
                        statement?: string;
                        url?: string;
                        value?: number;
                    }[];
                    fixes: ({
                        from: number;
                        /** @constant */
                        kind: "replace";
                        label: string;
                        text: string;
                        to: number;
                    } | {
                        citation: {
                            accessed?: string;
                            published: string;
                            quote?: string;
                            source: string;
                            title?: string;
                            /** Format: uri */
                            url?: string;
                        };
                        claimId?: string;
                        from: number;
                        /** @constant */
                        kind: "cite";
                        label: string;
                        to: number;
                    })[];
                    from: number;
                    message: string;
                    offset?: number;
                    path?: number[];
                    related?: {
                        from: number;
                        text: string;
                        to: number;
                    }[];
                    /** @enum {string} */
                    ruleId: "unsourced-figure" | "outdated-figure" | "figure-mismatch" | "inconsistent-duration" | "inconsistent-elapsed-time" | "phase-count-mismatch" | "unattributed-position" | "anonymous-source" | "misattributed-claim" | "outdated-position" | "beyond-data" | "party-claim";
                    /** @enum {string} */
                    severity: "error" | "warning" | "info";
                    text: string;
                    to: number;
                }[];
                id: string;
                title?: string;
                url?: string;
            }[];
            next?: string;
        };
        OutdatedStory: {
            date: string;
            findings: {
                evidence: {
                    asOf: string;
                    caveats?: string[];
                    claimId: string;
                    kind: string;
                    label: string;
                    published: string;
                    source: {
                        id: string;
                        name: string;
                    };
                    statement?: string;
                    url?: string;
                    value?: number;
                }[];
                fixes: ({
                    from: number;
                    /** @constant */
                    kind: "replace";
                    label: string;
                    text: string;
                    to: number;
                } | {
                    citation: {
                        accessed?: string;
                        published: string;
                        quote?: string;
                        source: string;
                        title?: string;
                        /** Format: uri */
                        url?: string;
                    };
                    claimId?: string;
                    from: number;
                    /** @constant */
                    kind: "cite";
                    label: string;
                    to: number;
                })[];
                from: number;
                message: string;
                offset?: number;
                path?: number[];
                related?: {
                    from: number;
                    text: string;
                    to: number;
                }[];
                /** @enum {string} */
                ruleId: "unsourced-figure" | "outdated-figure" | "figure-mismatch" | "inconsistent-duration" | "inconsistent-elapsed-time" | "phase-count-mismatch" | "unattributed-position" | "anonymous-source" | "misattributed-claim" | "outdated-position" | "beyond-data" | "party-claim";
                /** @enum {string} */
                severity: "error" | "warning" | "info";
                text: string;
                to: number;
            }[];
            id: string;
            title?: string;
            url?: string;
        };
        Place: {
            /** @default [] */
            aliases: string[];
            /** @default [] */
            demonyms: string[];
            id: string;
            name: string;
            /** @default [] */
            within: string[];
        };
        PlacePage: {
            items: {
                /** @default [] */
                aliases: string[];
                /** @default [] */
                demonyms: string[];
                id: string;
                name: string;
                /** @default [] */
                within: string[];
            }[];
            next?: string;
        };
        Problem: {
            code: string;
            detail: string;
            findings?: unknown[];
            issueCount?: number;
            issues?: {
                code: string;
                message: string;
                path: (string | number)[];
            }[];
            line?: number;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        RecordHistory: {
            items: {
                action: string;
                at: string;
                keyId?: string;
                reason?: string;
                record: {
                    [key: string]: unknown;
                };
                version: number;
            }[];
        };
        RegistryChange: {
            claims: string[];
            records?: {
                [key: string]: string[];
            };
            version: number;
        };
        RegistryData: {
            $schema?: string;
            /** @default [] */
            actors: {
                /** @default [] */
                aliases: string[];
                id: string;
                memberOf?: string;
                name: string;
                /** @default false */
                party: boolean;
                /** @default [] */
                speakers: string[];
            }[];
            /** @default [] */
            claims: ({
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                /** @default true */
                cumulative: boolean;
                id: string;
                /** @constant */
                kind: "casualty";
                /** @enum {string} */
                measure: "killed" | "injured" | "missing" | "held-hostage" | "released" | "detained" | "displaced" | "sheltering" | "starvation-deaths" | "attacks";
                note?: string;
                period?: {
                    from: string;
                    to: string;
                };
                population: {
                    /** @default people */
                    group: string;
                    place: string;
                };
                quantity: {
                    best?: number;
                    high?: number;
                    low?: number;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    qualifier: "exact" | "over" | "nearly" | "about" | "at-least" | "up-to" | "fewer-than";
                    rounding?: number;
                    value?: number;
                };
                series?: string;
                since?: string;
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
            } | {
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                durationDays?: number;
                id: string;
                index: number;
                /** @constant */
                kind: "phase";
                note?: string;
                of?: number;
                period?: {
                    from: string;
                    to: string;
                };
                proposal: {
                    conflict?: string;
                    date?: string;
                    id: string;
                    /** @default [] */
                    proposers: string[];
                    /**
                     * @default proposed
                     * @enum {string}
                     */
                    status: "proposed" | "accepted" | "rejected" | "in-force" | "expired" | "superseded";
                    title?: string;
                    version?: string;
                };
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
                /** @default [] */
                terms: string[];
            } | {
                actor: string;
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                conflict?: string;
                id: string;
                /** @constant */
                kind: "position";
                note?: string;
                /** @default true */
                official: boolean;
                period?: {
                    from: string;
                    to: string;
                };
                speaker?: {
                    name?: string;
                    onRecord: boolean;
                    role?: string;
                };
                /** @enum {string} */
                stance: "demands" | "accepts" | "rejects" | "commits-to" | "warns" | "concerned" | "supports" | "opposes" | "denies" | "declares" | "states" | "proposes";
                statement: string;
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
                topic: string;
            } | {
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                conflict?: string;
                date: string;
                end?: string;
                event: string;
                id: string;
                /** @constant */
                kind: "event";
                note?: string;
                period?: {
                    from: string;
                    to: string;
                };
                place?: string;
                /**
                 * @default day
                 * @enum {string}
                 */
                precision: "day" | "month" | "year";
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
                title: string;
            } | {
                area: string;
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                id: string;
                issuer: string;
                /** @constant */
                kind: "classification";
                label?: string;
                note?: string;
                period?: {
                    from: string;
                    to: string;
                };
                phase: number;
                /** @enum {string} */
                projection: "current" | "projected";
                /** @default ipc */
                scheme: string;
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
            })[];
            /** @default [] */
            conflicts: {
                /** @default [] */
                aliases: string[];
                description?: string;
                end?: string;
                id: string;
                name: string;
                /** @default [] */
                parties: string[];
                places: string[];
                resumed?: string[];
                start: string;
                truces?: string[];
            }[];
            date?: string;
            /** @default [] */
            places: {
                /** @default [] */
                aliases: string[];
                /** @default [] */
                demonyms: string[];
                id: string;
                name: string;
                /** @default [] */
                within: string[];
            }[];
            /** @default [] */
            series: {
                /** @default [] */
                aliases: string[];
                /**
                 * @default irregular
                 * @enum {string}
                 */
                cadence: "daily" | "weekly" | "monthly" | "irregular";
                /** @default [] */
                caveats: string[];
                conflict?: string;
                /** @default true */
                cumulative: boolean;
                id: string;
                interval?: number;
                /** @enum {string} */
                measure: "killed" | "injured" | "missing" | "held-hostage" | "released" | "detained" | "displaced" | "sheltering" | "starvation-deaths" | "attacks";
                population: {
                    /** @default people */
                    group: string;
                    place: string;
                };
                /** @default 0 */
                priority: number;
                since?: string;
                source: string;
                title: string;
                verified?: boolean;
            }[];
            /** @default [] */
            sources: {
                affiliation?: string;
                /** @default [] */
                aliases: string[];
                description?: string;
                id: string;
                name: string;
                /** @default false */
                party: boolean;
                /** @enum {string} */
                type: "official-body" | "military" | "intergovernmental" | "ngo" | "news-agency" | "news-outlet" | "party-statement" | "anonymous-official" | "dataset" | "research" | "other";
                /** Format: uri */
                url?: string;
                via?: string[];
            }[];
            /**
             * @default 1
             * @constant
             */
            version: 1;
        };
        RetractRequest: {
            reason: string;
        };
        Series: {
            /** @default [] */
            aliases: string[];
            /**
             * @default irregular
             * @enum {string}
             */
            cadence: "daily" | "weekly" | "monthly" | "irregular";
            /** @default [] */
            caveats: string[];
            conflict?: string;
            /** @default true */
            cumulative: boolean;
            id: string;
            interval?: number;
            /** @enum {string} */
            measure: "killed" | "injured" | "missing" | "held-hostage" | "released" | "detained" | "displaced" | "sheltering" | "starvation-deaths" | "attacks";
            population: {
                /** @default people */
                group: string;
                place: string;
            };
            /** @default 0 */
            priority: number;
            since?: string;
            source: string;
            title: string;
            verified?: boolean;
        };
        SeriesPage: {
            items: {
                /** @default [] */
                aliases: string[];
                /**
                 * @default irregular
                 * @enum {string}
                 */
                cadence: "daily" | "weekly" | "monthly" | "irregular";
                /** @default [] */
                caveats: string[];
                conflict?: string;
                /** @default true */
                cumulative: boolean;
                id: string;
                interval?: number;
                /** @enum {string} */
                measure: "killed" | "injured" | "missing" | "held-hostage" | "released" | "detained" | "displaced" | "sheltering" | "starvation-deaths" | "attacks";
                population: {
                    /** @default people */
                    group: string;
                    place: string;
                };
                /** @default 0 */
                priority: number;
                since?: string;
                source: string;
                title: string;
                verified?: boolean;
            }[];
            next?: string;
        };
        Source: {
            affiliation?: string;
            /** @default [] */
            aliases: string[];
            description?: string;
            id: string;
            name: string;
            /** @default false */
            party: boolean;
            /** @enum {string} */
            type: "official-body" | "military" | "intergovernmental" | "ngo" | "news-agency" | "news-outlet" | "party-statement" | "anonymous-official" | "dataset" | "research" | "other";
            /** Format: uri */
            url?: string;
            via?: string[];
        };
        SourcePage: {
            items: {
                affiliation?: string;
                /** @default [] */
                aliases: string[];
                description?: string;
                id: string;
                name: string;
                /** @default false */
                party: boolean;
                /** @enum {string} */
                type: "official-body" | "military" | "intergovernmental" | "ngo" | "news-agency" | "news-outlet" | "party-statement" | "anonymous-official" | "dataset" | "research" | "other";
                /** Format: uri */
                url?: string;
                via?: string[];
            }[];
            next?: string;
        };
        Story: {
            content: string | ({
                type: string;
            } & {
                [key: string]: unknown;
            });
            date: string;
            /** @enum {string} */
            format: "text" | "markdown" | "html" | "prosemirror";
            id: string;
            registeredAt: string;
            title?: string;
            updatedAt: string;
            url?: string;
        };
        StoryDetail: {
            content: string | ({
                type: string;
            } & {
                [key: string]: unknown;
            });
            date: string;
            findings: {
                evidence: {
                    asOf: string;
                    caveats?: string[];
                    claimId: string;
                    kind: string;
                    label: string;
                    published: string;
                    source: {
                        id: string;
                        name: string;
                    };
                    statement?: string;
                    url?: string;
                    value?: number;
                }[];
                fixes: ({
                    from: number;
                    /** @constant */
                    kind: "replace";
                    label: string;
                    text: string;
                    to: number;
                } | {
                    citation: {
                        accessed?: string;
                        published: string;
                        quote?: string;
                        source: string;
                        title?: string;
                        /** Format: uri */
                        url?: string;
                    };
                    claimId?: string;
                    from: number;
                    /** @constant */
                    kind: "cite";
                    label: string;
                    to: number;
                })[];
                from: number;
                message: string;
                offset?: number;
                path?: number[];
                related?: {
                    from: number;
                    text: string;
                    to: number;
                }[];
                /** @enum {string} */
                ruleId: "unsourced-figure" | "outdated-figure" | "figure-mismatch" | "inconsistent-duration" | "inconsistent-elapsed-time" | "phase-count-mismatch" | "unattributed-position" | "anonymous-source" | "misattributed-claim" | "outdated-position" | "beyond-data" | "party-claim";
                /** @enum {string} */
                severity: "error" | "warning" | "info";
                text: string;
                to: number;
            }[];
            /** @enum {string} */
            format: "text" | "markdown" | "html" | "prosemirror";
            id: string;
            mentions: {
                from: number;
                kind: string;
                mention: {
                    [key: string]: unknown;
                };
                offset?: number;
                path?: number[];
                text: string;
                to: number;
            }[];
            registeredAt: string;
            title?: string;
            updatedAt: string;
            url?: string;
        };
        StoryInput: {
            content: string | ({
                type: string;
            } & {
                [key: string]: unknown;
            });
            date: string;
            /** @enum {string} */
            format?: "text" | "markdown" | "html" | "prosemirror";
            id: string;
            title?: string;
            url?: string;
        };
        StoryPage: {
            items: {
                date: string;
                /** @enum {string} */
                format: "text" | "markdown" | "html" | "prosemirror";
                id: string;
                registeredAt: string;
                title?: string;
                updatedAt: string;
                url?: string;
            }[];
            next?: string;
        };
        SupersedeRequest: {
            claim: {
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                /** @default true */
                cumulative: boolean;
                id: string;
                /** @constant */
                kind: "casualty";
                /** @enum {string} */
                measure: "killed" | "injured" | "missing" | "held-hostage" | "released" | "detained" | "displaced" | "sheltering" | "starvation-deaths" | "attacks";
                note?: string;
                period?: {
                    from: string;
                    to: string;
                };
                population: {
                    /** @default people */
                    group: string;
                    place: string;
                };
                quantity: {
                    best?: number;
                    high?: number;
                    low?: number;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    qualifier: "exact" | "over" | "nearly" | "about" | "at-least" | "up-to" | "fewer-than";
                    rounding?: number;
                    value?: number;
                };
                series?: string;
                since?: string;
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
            } | {
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                durationDays?: number;
                id: string;
                index: number;
                /** @constant */
                kind: "phase";
                note?: string;
                of?: number;
                period?: {
                    from: string;
                    to: string;
                };
                proposal: {
                    conflict?: string;
                    date?: string;
                    id: string;
                    /** @default [] */
                    proposers: string[];
                    /**
                     * @default proposed
                     * @enum {string}
                     */
                    status: "proposed" | "accepted" | "rejected" | "in-force" | "expired" | "superseded";
                    title?: string;
                    version?: string;
                };
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
                /** @default [] */
                terms: string[];
            } | {
                actor: string;
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                conflict?: string;
                id: string;
                /** @constant */
                kind: "position";
                note?: string;
                /** @default true */
                official: boolean;
                period?: {
                    from: string;
                    to: string;
                };
                speaker?: {
                    name?: string;
                    onRecord: boolean;
                    role?: string;
                };
                /** @enum {string} */
                stance: "demands" | "accepts" | "rejects" | "commits-to" | "warns" | "concerned" | "supports" | "opposes" | "denies" | "declares" | "states" | "proposes";
                statement: string;
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
                topic: string;
            } | {
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                conflict?: string;
                date: string;
                end?: string;
                event: string;
                id: string;
                /** @constant */
                kind: "event";
                note?: string;
                period?: {
                    from: string;
                    to: string;
                };
                place?: string;
                /**
                 * @default day
                 * @enum {string}
                 */
                precision: "day" | "month" | "year";
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
                title: string;
            } | {
                area: string;
                asOf: string;
                citations: {
                    accessed?: string;
                    published: string;
                    quote?: string;
                    source: string;
                    title?: string;
                    /** Format: uri */
                    url?: string;
                }[];
                id: string;
                issuer: string;
                /** @constant */
                kind: "classification";
                label?: string;
                note?: string;
                period?: {
                    from: string;
                    to: string;
                };
                phase: number;
                /** @enum {string} */
                projection: "current" | "projected";
                /** @default ipc */
                scheme: string;
                /**
                 * @default current
                 * @enum {string}
                 */
                status: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                supersedes?: {
                    claim: string;
                    note?: string;
                    /** @enum {string} */
                    reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
                }[];
            };
            note?: string;
            /** @enum {string} */
            reason: "newer-report" | "revision" | "correction" | "methodology-change" | "retraction";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service can serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description The database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    listActors: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                measure?: string;
                place?: string;
                q?: string;
                source?: string;
                type?: string;
            };
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of actors; pass `next` as `after` for the next page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorPage"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A filter is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Actor"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The actor's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The actor's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Actor"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActorHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The actor's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordHistory"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Never registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retractActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The actor's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetractRequest"];
            };
        };
        responses: {
            /** @description Retracted: the actor as it was. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkDraft: {
        parameters: {
            query?: {
                gate?: "publish";
            };
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckRequest"];
            };
        };
        responses: {
            /** @description The findings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResponse"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request, or (gate=publish) error findings remain: `findings` lists them. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                after?: string;
                from?: string;
                kind?: "casualty" | "phase" | "position" | "event" | "classification";
                limit?: number;
                origin?: "dataset" | "newsroom";
                series?: string;
                source?: string;
                status?: "current" | "superseded" | "corrected" | "retracted" | "disputed";
                to?: string;
            };
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of claims; pass `next` as `after` for the next page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A filter is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The claim's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The claim's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimInput"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The claim's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first, as `{ items }`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimHistory"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retractClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The claim's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetractRequest"];
            };
        };
        responses: {
            /** @description Retracted: the claim. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supersedeClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The claim's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupersedeRequest"];
            };
        };
        responses: {
            /** @description The new claim, registered. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConflicts: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                measure?: string;
                place?: string;
                q?: string;
                source?: string;
                type?: string;
            };
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conflicts; pass `next` as `after` for the next page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictPage"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A filter is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Conflict"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The conflict's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The conflict's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Conflict"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConflictHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The conflict's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordHistory"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Never registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retractConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The conflict's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetractRequest"];
            };
        };
        responses: {
            /** @description Retracted: the conflict as it was. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamRegistryEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["RegistryChange"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description Imported: the new version, the claim ids and the counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Without secrets, as `{ items }`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyList"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyRequest"];
            };
        };
        responses: {
            /** @description The key, with its secret shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedKey"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The key's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such key. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    listPlaces: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                measure?: string;
                place?: string;
                q?: string;
                source?: string;
                type?: string;
            };
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of places; pass `next` as `after` for the next page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacePage"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A filter is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPlace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Place"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Place"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The place's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Place"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPlace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The place's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Place"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Place"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Place"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlaceHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The place's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordHistory"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Never registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retractPlace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The place's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetractRequest"];
            };
        };
        responses: {
            /** @description Retracted: the place as it was. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Place"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegistry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryData"];
                };
            };
            /** @description Unchanged since the ETag given. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSeries: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                measure?: string;
                place?: string;
                q?: string;
                source?: string;
                type?: string;
            };
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of series; pass `next` as `after` for the next page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesPage"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A filter is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSeries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Series"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Series"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSeries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The series's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Series"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSeries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The series's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Series"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Series"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Series"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSeriesHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The series's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordHistory"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Never registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retractSeries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The series's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetractRequest"];
            };
        };
        responses: {
            /** @description Retracted: the series as it was. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Series"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                measure?: string;
                place?: string;
                q?: string;
                source?: string;
                type?: string;
            };
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources; pass `next` as `after` for the next page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A filter is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Source"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The source's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The source's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Source"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSourceHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The source's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordHistory"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Never registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retractSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The source's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetractRequest"];
            };
        };
        responses: {
            /** @description Retracted: the source as it was. */
            200: {
                headers: {
                    /** @description The registry version this write made. */
                    "X-Registry-Version"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStories: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
            };
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; pass `next` as `after` for the next page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryPage"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StoryInput"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryDetail"];
                };
            };
            /** @description Registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryDetail"];
                };
            };
            /** @description Malformed JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The story's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The story. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryDetail"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStoryClaimReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The story's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An array of schema.org ClaimReview objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": Record<string, never>[];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not registered. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutdatedStories: {
        parameters: {
            query?: {
                after?: string;
                date?: string;
                limit?: number;
            };
            header?: {
                /** @description Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances. */
                "X-Registry-Min-Version"?: number;
                /** @description An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The corrections desk's list; pass `next` as `after` for the next page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutdatedPage"];
                };
            };
            /** @description No API key, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key's scope is too low. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not take this method; `Allow` lists those it takes. */
            405: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded, or too many failed authentications from this address. */
            429: {
                headers: {
                    /** @description Requests allowed in a burst. */
                    "RateLimit-Limit"?: number;
                    /** @description The burst and its window in seconds, such as `120;w=6`. */
                    "RateLimit-Policy"?: string;
                    /** @description Requests left now. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until a request is allowed again. */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
