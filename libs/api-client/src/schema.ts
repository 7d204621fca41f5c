// Generated from docs/openapi.json by `npm run api:generate` (openapi-typescript); do not edit.

export interface paths {
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the API key acts as: its party and role
         * @description Any authenticated party. The web workspace calls it after sign-in to learn which pages to offer.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
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
        /**
         * The claims on the caller's chain, newest change first
         * @description `reference` matches any party's own number (reseller ticket, distributor RMA, manufacturer RMA, a line's RMA number); `waitingOn=me` keeps the claims waiting on the caller's move; `nextCursor` pages.
         */
        get: operations["listClaims"];
        put?: never;
        /**
         * Submit a claim (resellers)
         * @description Stores a well-formed claim as `submitted` and routes it along the chain. What a policy needs and the claim lacks parks it in `needs_info` later, instead of refusing it here.
         */
        post: operations["submitClaim"];
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
        /** A claim, with the call to its portal */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim's timeline: who moved it, when, from, to, why, and which policy rule decided */
        get: operations["getClaimEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an action on a claim
         * @description Whoever plays the manufacturer takes its actions (its own key, or the distributor on the chain where it handles that manufacturer); an operator may take any, recorded as such. A refused move says why: 404 off the chain, 403 another party's move, 409 the wrong moment with `currentStatus` and `allowedNext`.
         *
         *     | action | taken by | body |
         *     |---|---|---|
         *     | `cancel` | reseller | `CancelActionBody` |
         *     | `add-info` | reseller | `AddInfoActionBody` |
         *     | `ship` | reseller | `ShipActionBody` |
         *     | `approve-quote` | reseller | `ApproveQuoteActionBody` |
         *     | `reject-quote` | reseller | `RejectQuoteActionBody` |
         *     | `forward` | distributor | `ForwardActionBody` |
         *     | `authorize` | manufacturer | `AuthorizeActionBody` |
         *     | `request-info` | manufacturer | `RequestInfoActionBody` |
         *     | `reject` | manufacturer | `RejectActionBody` |
         *     | `receive` | manufacturer | `ReceiveActionBody` |
         *     | `quote` | manufacturer | `QuoteActionBody` |
         *     | `start-repair` | manufacturer | `StartRepairActionBody` |
         *     | `resolve` | manufacturer | `ResolveActionBody` |
         *     | `ship-back` | manufacturer | `ShipBackActionBody` |
         *     | `close` | manufacturer | `CloseActionBody` |
         */
        post: operations["takeClaimAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/serials/{serial}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A unit's service history across claims, following replacements
         * @description Only claims on the caller's chain; an unknown serial has no entries.
         */
        get: operations["getSerialHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/hops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the time goes: how long each tier of the chain held the claims, and the turnaround
         * @description Over the claims on the caller's chain (an operator's: every claim), filtered by the day they were created (`from`, `to`, UTC, both included), manufacturer, distributor and line model. A claim's time in a status runs from the event that moved it there to the next one; a status it is still in counts up to `openCountedUntil`. Its time with a tier is the sum over the tier's statuses: reseller (needs_info, authorized, quote_pending), distributor (in_review), manufacturer (forwarded, received, repairing, resolved, rejected), in_transit (in_transit, shipped_back), hub (submitted). Turnaround runs from submission to closed.
         */
        get: operations["getHopAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Needs-info, rejection and no-fault-found rates, and working minutes to authorization, per manufacturer and model
         * @description Over the claims on the caller's chain (an operator's: every claim), filtered by the day they were created (`from`, `to`, UTC, both included), manufacturer, distributor and line model. A claim counts once under each model of its lines (with `model`, under that one only).
         */
        get: operations["getOutcomeAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Charges by kind and currency, per bucket of the claims’ creation
         * @description Over the claims on the caller's chain (an operator's: every claim), filtered by the day they were created (`from`, `to`, UTC, both included), manufacturer, distributor and line model.
         */
        get: operations["getChargeAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a file of claims (resellers, distributors)
         * @description The file is streamed and stored line by line, then processed in the background; follow the job at its URL. Bad lines are reported per line and never stop the others (an NDJSON line over BULK_MAX_LINE_BYTES, a NUL character, a quote never closed in CSV). A file over BULK_MAX_UPLOAD_BYTES or BULK_MAX_LINES, or a CSV record over BULK_MAX_LINE_BYTES, is refused whole with 413. The same Idempotency-Key with the same file answers with the same job; with another file, 422; while the first upload is still being received, 409.
         */
        post: operations["importClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward many claims under review to their manufacturers (distributors)
         * @description By ids, or by a filter over the claims under review as they stand when the request arrives. Each claim is forwarded exactly as `actions/forward` would, or refused with the reason.
         */
        post: operations["forwardClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own bulk jobs (imports and forwards), newest first */
        get: operations["listBulkJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job's state, counts and progress, with its line errors a page at a time */
        get: operations["getBulkJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk/{jobId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A forward's outcome per claim, with where the claim stands now */
        get: operations["getBulkForwardOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's subscriptions */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Push every status change of the claims on the caller's chain to a URL
         * @description Each change is POSTed to the URL signed per Standard Webhooks with the secret returned here once, retried with backoff, in order per claim. HTTPS to public addresses only, checked here and at each delivery.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log, newest first (at most 200) */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Work that failed for good, newest first (operators)
         * @description Messages that break their contract or can never be applied, and portal calls past their last attempt, each with the reason.
         */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay a dead letter once (operators)
         * @description A portal call goes back in the queue; a message is published again. A second replay changes nothing (`replayed: false`).
         */
        post: operations["replayDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The network the hub serves: parties, routes, channels and every policy version (operators)
         * @description No API keys and no webhook secrets. For each distributor override, `differences` lists the rules whose value in force for the distributor's claims differs from the manufacturer's latest version.
         */
        get: operations["getNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every service instance and its health, as each last reported it (operators)
         * @description Each running instance of each service reports its readiness checks and a few key figures to the database every `HEARTBEAT_INTERVAL_MS` and removes its rows when it stops cleanly. One that has not reported within three of its intervals (crashed, hung or cut off from PostgreSQL) is `stale`, and is forgotten after a day.
         */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys, revoked ones included, without the keys themselves (operators) */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Issue an API key for a party (operators)
         * @description The hub generates the key (256 random bits behind the `rmahub_` prefix) and shows it in this answer only: it stores a hash and a short hint. Not replayable by Idempotency-Key, so no stored answer ever holds a key; each call issues a new one.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key at once (operators)
         * @description The next call with the key is refused with 401. Revoking it again changes nothing.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{manufacturer}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A manufacturer portal's status update (served by the webhook receiver)
         * @description Signed per Standard Webhooks with one of the manufacturer's current secrets (several are accepted while a secret is rotated). The body is the portal's own webhook (at most 64 KiB, else 413), checked against its contract; the claim line carrying the RMA number follows. Missing signature headers and timestamps outside ±5 minutes are refused before anything is looked up.
         */
        post: operations["receivePortalWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: what the service needs is up
         * @description A 503 names what is wrong in its `checks`.
         */
        get: operations["readiness"];
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
        /** Prometheus metrics */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This documentation for people (redirects to /docs/) */
        get: operations["docsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This documentation for people, as a web page that needs nothing from outside the hub */
        get: operations["docsPageHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/js/scalar.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page's script (the Scalar API reference, served by the hub) */
        get: operations["docsPageScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document, for machines */
        get: operations["openApiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document, as YAML */
        get: operations["openApiYaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The web workspace for people: sign in with an API key, work your claims */
        get: operations["webApp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The web workspace’s page, as /app */
        get: operations["webAppRoot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/*": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The web workspace’s files and pages
         * @description A file of the built app (content-hashed files under `/app/assets/` are cached for a year); any other path without a file extension is a page of the app and answers index.html; a missing file is a 404.
         */
        get: operations["webAppFile"];
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
        /** @enum {string} */
        ClaimAction: "cancel" | "add-info" | "ship" | "approve-quote" | "reject-quote" | "forward" | "authorize" | "request-info" | "reject" | "receive" | "quote" | "start-repair" | "resolve" | "ship-back" | "close";
        CancelActionBody: {
            reason?: string;
        };
        AddInfoActionBody: {
            /** Format: date */
            purchaseDate?: string;
            /** Format: date */
            deliveredOn?: string;
            proofOfPurchase?: string;
            dealer?: string;
            supportTicket?: string;
            portalAccountId?: string;
            shipTo?: {
                name: string;
                street: string;
                postalCode: string;
                city: string;
                country: string;
            };
            contact?: {
                name?: string;
                /** Format: email */
                email?: string;
                phone?: string;
            };
            lines?: {
                serial: string;
                macId?: string;
                category?: string;
            }[];
        };
        ShipActionBody: {
            carrier: string;
            trackingNumber: string;
        };
        ApproveQuoteActionBody: {
            note?: string;
        };
        RejectQuoteActionBody: {
            reason?: string;
        };
        ForwardActionBody: {
            note?: string;
        };
        AuthorizeActionBody: {
            rmaNumber?: string;
            lines?: {
                serial: string;
                rmaNumber: string;
            }[];
            validUntil?: string;
        };
        RequestInfoActionBody: {
            missing: ("dealer" | "contact.phone" | "contact.email" | "purchaseDate" | "proofOfPurchase" | "failureDescription" | "supportTicket" | "portalAccountId" | "shipTo" | "lines.model" | "lines.serial" | "lines.macId")[];
            message?: string;
        };
        RejectActionBody: {
            reason: string;
        };
        ReceiveActionBody: {
            lines?: string[];
        };
        QuoteActionBody: {
            amount: number;
            currency: string;
            validUntil?: string;
        };
        StartRepairActionBody: {
            note?: string;
        };
        ResolveActionBody: {
            /** @enum {string} */
            resolution: "repaired" | "replaced" | "refurbished_replacement" | "credited" | "returned_unrepaired" | "no_fault_found";
            lines?: {
                serial: string;
                /** @enum {string} */
                outcome: "repaired" | "replaced" | "refurbished_replacement" | "credited" | "returned_unrepaired" | "no_fault_found";
                replacementSerial?: string;
            }[];
        };
        ShipBackActionBody: {
            carrier: string;
            trackingNumber: string;
        };
        CloseActionBody: {
            note?: string;
        };
        /**
         * @description The bucket size: UTC days, ISO weeks (from Monday) or calendar months.
         * @enum {string}
         */
        AnalyticsPeriod: "day" | "week" | "month";
        CreateApiKeyRequest: {
            /** @description The party the key acts as. */
            party: string;
            /** @description What the key is for, e.g. "ERP integration". */
            label: string;
        };
        /** @description Ubiquiti's RMA status change. */
        UbiquitiWebhook: {
            /** @constant */
            type: "rma.status_changed";
            /** Format: date-time */
            timestamp: string;
            data: {
                rmaNumber: string;
                /** @enum {string} */
                status: "PENDING" | "APPROVED" | "RECEIVED" | "IN_REPAIR" | "REPLACED" | "SHIPPED" | "CLOSED" | "REJECTED";
                replacementSerialNumber?: string;
            };
        };
        /** @description innovaphone's RMA update. */
        InnovaphoneWebhook: {
            /** @constant */
            event: "rma.updated";
            /** Format: date-time */
            at: string;
            rmaId: string;
            /** @enum {string} */
            status: "registered" | "received" | "in_repair" | "repaired" | "replaced" | "shipped" | "closed" | "refused";
            replacementSerial?: string;
        };
        Me: {
            /** @description The party's id in the network, e.g. `reseller-alpha`. */
            partyId: string;
            name: string;
            /** @enum {string} */
            role: "reseller" | "distributor" | "manufacturer" | "operator";
        };
        Problem: {
            /** @description A URI naming the problem type, derived from `code`. */
            type: string;
            title: string;
            status: number;
            /** @description Stable error code, e.g. CLAIM.ACTION_NOT_ALLOWED; each operation lists the codes it may answer. */
            code: string;
            detail?: string;
            /** @description The request path that failed. */
            instance?: string;
            /** @description For bad input: every field that failed, with the reason. */
            errors?: components["schemas"]["FieldError"][];
            /**
             * @description A claim action refused at the wrong moment: where the claim stands.
             * @enum {string}
             */
            currentStatus?: "submitted" | "needs_info" | "in_review" | "forwarded" | "authorized" | "rejected" | "in_transit" | "received" | "quote_pending" | "repairing" | "resolved" | "shipped_back" | "closed" | "cancelled" | "expired" | "scrapped";
            /** @description A claim action refused at the wrong moment: the statuses the caller may move it to from here. */
            allowedNext?: ("submitted" | "needs_info" | "in_review" | "forwarded" | "authorized" | "rejected" | "in_transit" | "received" | "quote_pending" | "repairing" | "resolved" | "shipped_back" | "closed" | "cancelled" | "expired" | "scrapped")[];
            /** @description A refusal for going too fast: when to try again (also sent as `Retry-After`). */
            retryAfterSeconds?: number;
        } & {
            [key: string]: unknown;
        };
        FieldError: {
            /** @description JSON Pointer (RFC 6901) into the request body or query, e.g. "/lines/0/serial"; "" is the whole body. */
            pointer: string;
            detail: string;
        };
        ClaimView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "submitted" | "needs_info" | "in_review" | "forwarded" | "authorized" | "rejected" | "in_transit" | "received" | "quote_pending" | "repairing" | "resolved" | "shipped_back" | "closed" | "cancelled" | "expired" | "scrapped";
            manufacturer: string;
            /** @enum {string} */
            returnReason: "defective" | "doa" | "order_error" | "delivery_error";
            failureDescription: string;
            purchaseDate: string | null;
            proofOfPurchase: string | null;
            dealer: string | null;
            supportTicket: string | null;
            deliveredOn: string | null;
            portalAccountId: string | null;
            shipTo: {
                name: string;
                street: string;
                postalCode: string;
                city: string;
                country: string;
            } | null;
            contact: {
                name?: string;
                email?: string;
                phone?: string;
            };
            attachments: components["schemas"]["Attachment"][];
            warranty: {
                /** @enum {string} */
                status: "in_warranty" | "out_of_warranty" | "undetermined";
                endsOn: string | null;
                reason: string;
                rule: string;
                policy: {
                    manufacturerId: string;
                    version: number;
                    distributorId: string | null;
                    overrideVersion: number | null;
                };
            } | null;
            /** @description The reseller's shipment to the manufacturer. */
            shipment: components["schemas"]["Shipment"] | null;
            /** @description The manufacturer's repair quote, once there is one. */
            quote: components["schemas"]["Quote"] | null;
            /** @description The goods on their way back to the reseller. */
            returnShipment: components["schemas"]["Shipment"] | null;
            resolution: ("repaired" | "replaced" | "refurbished_replacement" | "credited" | "returned_unrepaired" | "no_fault_found") | null;
            advanceReplacementRequested: boolean;
            charges: components["schemas"]["Charge"][];
            /** @description Each party's own number for the claim. */
            references: {
                reseller: string | null;
                distributor: string | null;
                manufacturer: string | null;
            };
            /** @description The chain, reseller first. */
            hops: components["schemas"]["Hop"][];
            lines: components["schemas"]["ClaimLine"][];
            /** @description The actions the caller may take on the claim now. */
            allowedActions: components["schemas"]["ClaimAction"][];
            /** @description Only on GET /v1/claims/{id}: the call to the manufacturer's portal, null before there is one. */
            upstream?: components["schemas"]["Upstream"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Attachment: {
            url: string;
            name?: string;
            contentType?: string;
        };
        Shipment: {
            carrier: string;
            trackingNumber: string;
            /** Format: date-time */
            shippedAt: string;
        };
        Quote: {
            amount: number;
            currency: string;
            validUntil: string | null;
            /** Format: date-time */
            quotedAt: string;
        };
        Charge: {
            /** @description inspection, admin, restocking, … */
            kind: string;
            amount: number;
            currency: string;
            reason: string;
            /** @description The policy rule that charged it. */
            rule: string;
            policy: {
                manufacturerId: string;
                version: number;
                distributorId: string | null;
                overrideVersion: number | null;
            };
            /** Format: date-time */
            chargedAt: string;
        };
        Hop: {
            /** @enum {string} */
            role: "reseller" | "distributor" | "manufacturer" | "operator";
            party: string;
            reference: string | null;
        };
        ClaimLine: {
            lineNo: number;
            serial: string;
            model: string;
            macId: string | null;
            category: string | null;
            /** @enum {string} */
            status: "submitted" | "needs_info" | "in_review" | "forwarded" | "authorized" | "rejected" | "in_transit" | "received" | "quote_pending" | "repairing" | "resolved" | "shipped_back" | "closed" | "cancelled" | "expired" | "scrapped";
            /** @description The manufacturer's RMA number for this unit. */
            rmaNumber: string | null;
            outcome: ("repaired" | "replaced" | "refurbished_replacement" | "credited" | "returned_unrepaired" | "no_fault_found") | null;
            replacementSerial: string | null;
            /** @description Set once the unit comes back repaired or replaced: its warranty from then on. */
            warrantyEndsOn: string | null;
        };
        Upstream: {
            /** @enum {string} */
            state: "pending" | "waiting" | "done" | "failed";
            attempts: number;
            lastError: string | null;
            nextAttemptAt: string | null;
        };
        ClaimPage: {
            claims: components["schemas"]["ClaimView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ClaimTimeline: {
            /** Format: uuid */
            claimId: string;
            events: components["schemas"]["ClaimEvent"][];
            /** @description Pass as `after` for the next page; null on the last page. */
            nextAfter: number | null;
        };
        ClaimEvent: {
            seq: number;
            /** @enum {string} */
            type: "status_changed" | "policy_decision";
            from: ("submitted" | "needs_info" | "in_review" | "forwarded" | "authorized" | "rejected" | "in_transit" | "received" | "quote_pending" | "repairing" | "resolved" | "shipped_back" | "closed" | "cancelled" | "expired" | "scrapped") | null;
            to: ("submitted" | "needs_info" | "in_review" | "forwarded" | "authorized" | "rejected" | "in_transit" | "received" | "quote_pending" | "repairing" | "resolved" | "shipped_back" | "closed" | "cancelled" | "expired" | "scrapped") | null;
            actor: {
                /** @enum {string} */
                role: "reseller" | "distributor" | "manufacturer" | "operator" | "hub" | "timer";
                partyId: string | null;
                actedBy?: string;
            };
            reason: string;
            /** @description What decided it: the policy rule and version, the action, … */
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            occurredAt: string;
        };
        SerialHistory: {
            serial: string;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            entries: {
                /** Format: uuid */
                claimId: string;
                manufacturer: string;
                /** @enum {string} */
                claimStatus: "submitted" | "needs_info" | "in_review" | "forwarded" | "authorized" | "rejected" | "in_transit" | "received" | "quote_pending" | "repairing" | "resolved" | "shipped_back" | "closed" | "cancelled" | "expired" | "scrapped";
                /** Format: date-time */
                openedAt: string;
                serial: string;
                model: string;
                rmaNumber: string | null;
                outcome: ("repaired" | "replaced" | "refurbished_replacement" | "credited" | "returned_unrepaired" | "no_fault_found") | null;
                replacementSerial: string | null;
                warrantyEndsOn: string | null;
            }[];
        };
        HopAnalytics: {
            period: components["schemas"]["AnalyticsPeriod"];
            /**
             * Format: date-time
             * @description A claim still in a status counts its time there up to this instant (the time of the query).
             */
            openCountedUntil: string;
            periods: {
                /**
                 * Format: date
                 * @description The bucket's first day; claims are bucketed by the day they were created.
                 */
                start: string;
                /** @description Claims created in the bucket. */
                claims: number;
                tiers: {
                    claims: number;
                    /** @description percentile_cont(0.5); null without claims. */
                    medianSeconds: number | null;
                    /** @description percentile_cont(0.9); null without claims. */
                    p90Seconds: number | null;
                    tier: components["schemas"]["PartyTier"];
                }[];
                /** @description Submission to closed, over the claims that closed. */
                turnaround: {
                    claims: number;
                    /** @description percentile_cont(0.5); null without claims. */
                    medianSeconds: number | null;
                    /** @description percentile_cont(0.9); null without claims. */
                    p90Seconds: number | null;
                };
            }[];
        };
        /** @enum {string} */
        PartyTier: "reseller" | "distributor" | "manufacturer" | "in_transit" | "hub";
        OutcomeAnalytics: {
            groups: {
                manufacturer: string;
                model: string;
                /** @description Claims with a line of this model. */
                claims: number;
                /** @description Of those, how many went through needs_info. */
                needsInfoClaims: number;
                /** @description A share between 0 and 1; null when there is nothing to divide by. */
                needsInfoShare: number | null;
                /** @description What needs_info asked for, by how many claims, most asked first. */
                missingFields: {
                    field: string;
                    claims: number;
                }[];
                rejectedClaims: number;
                /** @description A share between 0 and 1; null when there is nothing to divide by. */
                rejectionRate: number | null;
                /** @description Lines of this model with an outcome. */
                resolvedLines: number;
                noFaultFoundLines: number;
                /** @description noFaultFoundLines / resolvedLines. */
                noFaultFoundRate: number | null;
                /** @description The manufacturer's working minutes from submission to its RMA number (its business hours), median over the authorized claims. */
                medianSlaBusinessMinutes: number | null;
            }[];
        };
        ChargeAnalytics: {
            period: components["schemas"]["AnalyticsPeriod"];
            periods: {
                /**
                 * Format: date
                 * @description The bucket's first day; charges are bucketed by the day their claim was created.
                 */
                start: string;
                charges: {
                    kind: string;
                    currency: string;
                    count: number;
                    total: number;
                }[];
            }[];
        };
        BulkJobAccepted: {
            /** Format: uuid */
            jobId: string;
            /** @description Lines (claims) received; an import counts them as it stores the file. */
            received: number;
            /** @description The job's URL (also in the Location header). */
            status: string;
        };
        BulkJobList: {
            jobs: components["schemas"]["BulkJobSummary"][];
            /** @description Pass as cursor for the next (older) page; null on the last. */
            nextCursor: string | null;
        };
        BulkJobSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "import" | "forward";
            /** @description An import's file format; how a forward named its claims. */
            format: ("ndjson" | "csv" | "claims" | "filter") | null;
            /** @enum {string} */
            state: "receiving" | "queued" | "running" | "done";
            counts: {
                received: number;
                /** @description Claims stored (an import) or forwarded (a forward). */
                accepted: number;
                duplicates: number;
                /** @description Lines rejected (an import) or claims refused (a forward). */
                rejected: number;
                done: number;
            };
            progress: number;
            /** Format: date-time */
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
        };
        BulkJob: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "import" | "forward";
            /** @description An import's file format; how a forward named its claims. */
            format: ("ndjson" | "csv" | "claims" | "filter") | null;
            /** @enum {string} */
            state: "receiving" | "queued" | "running" | "done";
            counts: {
                received: number;
                /** @description Claims stored (an import) or forwarded (a forward). */
                accepted: number;
                duplicates: number;
                /** @description Lines rejected (an import) or claims refused (a forward). */
                rejected: number;
                done: number;
            };
            progress: number;
            /** Format: date-time */
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            errors: {
                items: components["schemas"]["LineError"][];
                nextErrorsAfter: number | null;
            };
            /** @description A forward only: its outcomes per manufacturer. */
            manufacturers?: components["schemas"]["ManufacturerTally"][];
        };
        LineError: {
            line: number;
            /** @description JSON Pointer into the line's claim; "" is the whole line. */
            pointer: string;
            detail: string;
        };
        ManufacturerTally: {
            manufacturer: string | null;
            forwarded: number;
            refused: number;
            /** @description Forwarded claims whose RMA the portal has opened. */
            rmaOpened: number;
            /** @description Forwarded claims whose portal call is waiting for the portal. */
            waiting: number;
            refusedByPortal: number;
        };
        ForwardOutcomePage: {
            items: components["schemas"]["ForwardOutcome"][];
            nextAfter: number | null;
        };
        ForwardOutcome: {
            line: number;
            claimId: string;
            manufacturer: string | null;
            /** @enum {string} */
            outcome: "forwarded" | "refused";
            /** @description Why it was refused. */
            detail: string | null;
            /** @description The claim's status now; null for an id that names no claim of the caller's. */
            status: ("submitted" | "needs_info" | "in_review" | "forwarded" | "authorized" | "rejected" | "in_transit" | "received" | "quote_pending" | "repairing" | "resolved" | "shipped_back" | "closed" | "cancelled" | "expired" | "scrapped") | null;
            /**
             * @description The state of the claim's portal call.
             * @enum {string}
             */
            upstream: "none" | "pending" | "waiting" | "opened" | "refused";
        };
        SubscriptionCreated: {
            /** Format: uuid */
            id: string;
            url: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The Standard Webhooks signing secret (whsec_…), shown this once. */
            secret: string;
        };
        SubscriptionList: {
            subscriptions: components["schemas"]["Subscription"][];
        };
        Subscription: {
            /** Format: uuid */
            id: string;
            url: string;
            /** Format: date-time */
            createdAt: string;
        };
        DeliveryLog: {
            /** Format: uuid */
            subscriptionId: string;
            deliveries: components["schemas"]["Delivery"][];
        };
        Delivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            claimId: string;
            /** @enum {string} */
            state: "pending" | "delivered" | "failed";
            attempts: number;
            /** @description The subscriber's last HTTP status. */
            lastStatus: number | null;
            /** @description Why the last attempt failed, coarsely: `answered 503`, `timed out`, `could not connect`, `URL not allowed`, `answer too large or malformed`. */
            lastError: string | null;
            deliveredAt: string | null;
            nextAttemptAt: string | null;
            /** @description The status change as it is (or was) sent. */
            payload: unknown;
        };
        DeadLetterPage: {
            deadLetters: components["schemas"]["DeadLetter"][];
            nextBefore: string | null;
        };
        DeadLetter: {
            /** Format: uuid */
            id: string;
            consumer: string;
            /** @description The Kafka topic, or "portal-request" for a portal call past its last attempt. */
            topic: string;
            key: string | null;
            messageId: string | null;
            reason: string;
            payload: string;
            /** Format: date-time */
            createdAt: string;
            replayedAt: string | null;
        };
        DeadLetterReplay: {
            /** @description false: it had been replayed before, and nothing changed. */
            replayed: boolean;
            deadLetter: components["schemas"]["DeadLetter"];
        };
        NetworkView: {
            parties: {
                id: string;
                name: string;
                /** @enum {string} */
                role: "reseller" | "distributor" | "manufacturer" | "operator";
                referencePrefix: string;
                reviewsClaims: boolean;
                /** @description How a manufacturer is reached; null for other parties. */
                channel: {
                    /** @enum {string} */
                    kind: "portal" | "distributor" | "hub";
                    adapter: string | null;
                    maxRequestsPerSecond: number | null;
                } | null;
            }[];
            routes: {
                reseller: string;
                manufacturer: string;
                distributor: string;
            }[];
            policies: {
                manufacturer: string;
                /** @description Oldest first; the last one is in force. */
                versions: {
                    version: number;
                    /** Format: date-time */
                    createdAt: string;
                    /** @description The policy document as stored (a distributor override holds only the rules it changes). */
                    document: {
                        [key: string]: unknown;
                    };
                }[];
                overrides: {
                    distributor: string;
                    versions: {
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The policy document as stored (a distributor override holds only the rules it changes). */
                        document: {
                            [key: string]: unknown;
                        };
                    }[];
                    /** @description The rules whose value for this distributor's claims differs from the manufacturer's latest version. */
                    differences: {
                        /** @description A top-level rule of the policy document, e.g. `fees`. */
                        rule: string;
                        /** @description The rule in the manufacturer's latest version. */
                        manufacturer: unknown;
                        /** @description The rule in force for claims through the distributor (its override merged one level deep). */
                        distributor: unknown;
                    }[];
                }[];
            }[];
        };
        ServiceInstanceList: {
            /** @description By service, then oldest instance first. */
            services: components["schemas"]["ServiceInstance"][];
        };
        ServiceInstance: {
            /** @description gateway, webhooks, router, connectors or notifier; one process hosting several reports each. */
            service: string;
            /** @description The process: host name, process id and a random suffix. */
            instance: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            lastSeenAt: string;
            state: components["schemas"]["ServiceState"];
            /** @description Each readiness check at its last report: "up", or what is wrong (as `/readyz` answers). */
            checks: {
                [key: string]: string;
            };
            figures: components["schemas"]["ServiceFigures"];
        };
        /**
         * @description `up`: its last report had every readiness check up; `not_ready`: some check was not; `stale`: no report within three of its intervals (crashed, hung or cut off from PostgreSQL).
         * @enum {string}
         */
        ServiceState: "up" | "not_ready" | "stale";
        ServiceFigures: {
            /** @description Kafka messages its consumers applied (duplicates included) since it started. */
            messagesProcessed?: number;
            /** @description Consumer attempts that failed and were tried again, since it started. */
            messagesRetried?: number;
            /** @description Messages its consumers dead-lettered since it started. */
            messagesDeadLettered?: number;
            /** @description Outbox messages it published to Kafka since it started. */
            messagesPublished?: number;
            /** @description HTTP requests it answered since it started. */
            httpRequests?: number;
            /** @description HTTP answers 5xx since it started. */
            httpErrors?: number;
            /** @description Outbox messages not yet published (hub-wide; reported by the router). */
            outboxBacklog?: number;
            /** @description Event-loop delay, 99th percentile since its previous report or scrape. */
            eventLoopLagSeconds?: number;
            /** @description Resident memory of the process. */
            rssBytes?: number;
        };
        CreatedApiKey: {
            /** Format: uuid */
            id: string;
            party: string;
            label: string;
            /** @description The key's first characters, to recognise it; never enough to use it. */
            hint: string;
            /**
             * @description `network`: declared in the network file (applying a file revokes the keys it no longer lists); `hub`: generated here.
             * @enum {string}
             */
            source: "network" | "hub";
            /** Format: date-time */
            createdAt: string;
            revokedAt: string | null;
            /** @description The key itself: shown in this answer only, stored only as a hash. */
            key: string;
        };
        ApiKeyList: {
            apiKeys: components["schemas"]["ApiKey"][];
        };
        ApiKey: {
            /** Format: uuid */
            id: string;
            party: string;
            label: string;
            /** @description The key's first characters, to recognise it; never enough to use it. */
            hint: string;
            /**
             * @description `network`: declared in the network file (applying a file revokes the keys it no longer lists); `hub`: generated here.
             * @enum {string}
             */
            source: "network" | "hub";
            /** Format: date-time */
            createdAt: string;
            revokedAt: string | null;
        };
        WebhookReceipt: {
            accepted: boolean;
            duplicate: boolean;
        };
    };
    responses: never;
    parameters: {
        /** @description Makes the call safe to repeat: a repeat with the same key and body answers the first outcome again (while the key lives, 24 hours by default); the same key with another body is refused. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ClaimAction = components['schemas']['ClaimAction'];
export type CancelActionBody = components['schemas']['CancelActionBody'];
export type AddInfoActionBody = components['schemas']['AddInfoActionBody'];
export type ShipActionBody = components['schemas']['ShipActionBody'];
export type ApproveQuoteActionBody = components['schemas']['ApproveQuoteActionBody'];
export type RejectQuoteActionBody = components['schemas']['RejectQuoteActionBody'];
export type ForwardActionBody = components['schemas']['ForwardActionBody'];
export type AuthorizeActionBody = components['schemas']['AuthorizeActionBody'];
export type RequestInfoActionBody = components['schemas']['RequestInfoActionBody'];
export type RejectActionBody = components['schemas']['RejectActionBody'];
export type ReceiveActionBody = components['schemas']['ReceiveActionBody'];
export type QuoteActionBody = components['schemas']['QuoteActionBody'];
export type StartRepairActionBody = components['schemas']['StartRepairActionBody'];
export type ResolveActionBody = components['schemas']['ResolveActionBody'];
export type ShipBackActionBody = components['schemas']['ShipBackActionBody'];
export type CloseActionBody = components['schemas']['CloseActionBody'];
export type AnalyticsPeriod = components['schemas']['AnalyticsPeriod'];
export type CreateApiKeyRequest = components['schemas']['CreateApiKeyRequest'];
export type UbiquitiWebhook = components['schemas']['UbiquitiWebhook'];
export type InnovaphoneWebhook = components['schemas']['InnovaphoneWebhook'];
export type Me = components['schemas']['Me'];
export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];
export type ClaimView = components['schemas']['ClaimView'];
export type Attachment = components['schemas']['Attachment'];
export type Shipment = components['schemas']['Shipment'];
export type Quote = components['schemas']['Quote'];
export type Charge = components['schemas']['Charge'];
export type Hop = components['schemas']['Hop'];
export type ClaimLine = components['schemas']['ClaimLine'];
export type Upstream = components['schemas']['Upstream'];
export type ClaimPage = components['schemas']['ClaimPage'];
export type ClaimTimeline = components['schemas']['ClaimTimeline'];
export type ClaimEvent = components['schemas']['ClaimEvent'];
export type SerialHistory = components['schemas']['SerialHistory'];
export type HopAnalytics = components['schemas']['HopAnalytics'];
export type PartyTier = components['schemas']['PartyTier'];
export type OutcomeAnalytics = components['schemas']['OutcomeAnalytics'];
export type ChargeAnalytics = components['schemas']['ChargeAnalytics'];
export type BulkJobAccepted = components['schemas']['BulkJobAccepted'];
export type BulkJobList = components['schemas']['BulkJobList'];
export type BulkJobSummary = components['schemas']['BulkJobSummary'];
export type BulkJob = components['schemas']['BulkJob'];
export type LineError = components['schemas']['LineError'];
export type ManufacturerTally = components['schemas']['ManufacturerTally'];
export type ForwardOutcomePage = components['schemas']['ForwardOutcomePage'];
export type ForwardOutcome = components['schemas']['ForwardOutcome'];
export type SubscriptionCreated = components['schemas']['SubscriptionCreated'];
export type SubscriptionList = components['schemas']['SubscriptionList'];
export type Subscription = components['schemas']['Subscription'];
export type DeliveryLog = components['schemas']['DeliveryLog'];
export type Delivery = components['schemas']['Delivery'];
export type DeadLetterPage = components['schemas']['DeadLetterPage'];
export type DeadLetter = components['schemas']['DeadLetter'];
export type DeadLetterReplay = components['schemas']['DeadLetterReplay'];
export type NetworkView = components['schemas']['NetworkView'];
export type ServiceInstanceList = components['schemas']['ServiceInstanceList'];
export type ServiceInstance = components['schemas']['ServiceInstance'];
export type ServiceState = components['schemas']['ServiceState'];
export type ServiceFigures = components['schemas']['ServiceFigures'];
export type CreatedApiKey = components['schemas']['CreatedApiKey'];
export type ApiKeyList = components['schemas']['ApiKeyList'];
export type ApiKey = components['schemas']['ApiKey'];
export type WebhookReceipt = components['schemas']['WebhookReceipt'];
export type ParameterIdempotencyKey = components['parameters']['IdempotencyKey'];
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling party. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                status?: "submitted" | "needs_info" | "in_review" | "forwarded" | "authorized" | "rejected" | "in_transit" | "received" | "quote_pending" | "repairing" | "resolved" | "shipped_back" | "closed" | "cancelled" | "expired" | "scrapped";
                reference?: string;
                updatedSince?: string;
                waitingOn?: "me";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of claims. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    submitClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the call safe to repeat: a repeat with the same key and body answers the first outcome again (while the key lives, 24 hours by default); the same key with another body is refused. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference?: string;
                    manufacturer: string;
                    /** @enum {string} */
                    returnReason: "defective" | "doa" | "order_error" | "delivery_error";
                    failureDescription: string;
                    /** Format: date */
                    purchaseDate?: string;
                    /** Format: date */
                    deliveredOn?: string;
                    proofOfPurchase?: string;
                    dealer?: string;
                    supportTicket?: string;
                    portalAccountId?: string;
                    shipTo?: {
                        name: string;
                        street: string;
                        postalCode: string;
                        city: string;
                        country: string;
                    };
                    /** @default false */
                    advanceReplacement?: boolean;
                    /** @default {} */
                    contact?: {
                        name?: string;
                        /** Format: email */
                        email?: string;
                        phone?: string;
                    };
                    lines: {
                        serial: string;
                        model: string;
                        macId?: string;
                        category?: string;
                    }[];
                    /**
                     * @description Photos and documents of the claim as links; the hub stores no files. Shown to every party on the chain.
                     * @default []
                     */
                    attachments?: {
                        /**
                         * Format: uri
                         * @description An https link to the file; no user name or password in it.
                         * @example https://files.example.com/rma/label.jpg
                         */
                        url: string;
                        name?: string;
                        contentType?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The claim as stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why; `REQUEST.MALFORMED`: the body cannot be parsed (not JSON); `IDEMPOTENCY.KEY_INVALID`: the Idempotency-Key is empty or longer than 200 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED" | "IDEMPOTENCY.KEY_INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `CLAIM.SUBMITTER_NOT_RESELLER`: Only resellers submit claims */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "CLAIM.SUBMITTER_NOT_RESELLER";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `CLAIM.REFERENCE_TAKEN`: Reference already used */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "CLAIM.REFERENCE_TAKEN";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.TOO_LARGE`: the body exceeds HTTP_BODY_LIMIT_BYTES (1 MiB by default), an array in it holds more than HTTP_MAX_ARRAY_ITEMS (10,000: the most claim ids a bulk forward names; most fields have a lower maximum in their schema) items, or it nests deeper than HTTP_MAX_JSON_DEPTH (32); `errors` names the place (bulk files are streamed, within their own limits: see BULK.UPLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.UNSUPPORTED_MEDIA_TYPE`: the Content-Type is not one the route reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `IDEMPOTENCY.KEY_REUSED`: the Idempotency-Key was used for a different request (another body, file, path or endpoint); `CLAIM.UNKNOWN_MANUFACTURER`: Unknown manufacturer; `CLAIM.NO_ROUTE`: No route to this manufacturer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "IDEMPOTENCY.KEY_REUSED" | "CLAIM.UNKNOWN_MANUFACTURER" | "CLAIM.NO_ROUTE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The claim id; a claim off your chain answers 404, as one that does not exist. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim, with `upstream`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description `REQUEST.BAD_PATH`: a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.BAD_PATH";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `CLAIM.NOT_FOUND`: Claim not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "CLAIM.NOT_FOUND";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.PATH_TOO_LONG`: a path segment is longer than 100 characters (no id or name on the hub is) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.PATH_TOO_LONG";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    getClaimEvents: {
        parameters: {
            query?: {
                /** @description Events after this `seq` (nextAfter of the previous page). */
                after?: number;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The claim id; a claim off your chain answers 404, as one that does not exist. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimTimeline"];
                };
            };
            /** @description `REQUEST.BAD_PATH`: a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate; `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.BAD_PATH" | "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `CLAIM.NOT_FOUND`: Claim not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "CLAIM.NOT_FOUND";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.PATH_TOO_LONG`: a path segment is longer than 100 characters (no id or name on the hub is) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.PATH_TOO_LONG";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    takeClaimAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the call safe to repeat: a repeat with the same key and body answers the first outcome again (while the key lives, 24 hours by default); the same key with another body is refused. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The claim id; a claim off your chain answers 404, as one that does not exist. */
                id: string;
                action: components["schemas"]["ClaimAction"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelActionBody"] | components["schemas"]["AddInfoActionBody"] | components["schemas"]["ShipActionBody"] | components["schemas"]["ApproveQuoteActionBody"] | components["schemas"]["RejectQuoteActionBody"] | components["schemas"]["ForwardActionBody"] | components["schemas"]["AuthorizeActionBody"] | components["schemas"]["RequestInfoActionBody"] | components["schemas"]["RejectActionBody"] | components["schemas"]["ReceiveActionBody"] | components["schemas"]["QuoteActionBody"] | components["schemas"]["StartRepairActionBody"] | components["schemas"]["ResolveActionBody"] | components["schemas"]["ShipBackActionBody"] | components["schemas"]["CloseActionBody"];
            };
        };
        responses: {
            /** @description The claim as the action left it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description `REQUEST.BAD_PATH`: a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate; `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why; `REQUEST.MALFORMED`: the body cannot be parsed (not JSON); `IDEMPOTENCY.KEY_INVALID`: the Idempotency-Key is empty or longer than 200 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.BAD_PATH" | "REQUEST.INVALID" | "REQUEST.MALFORMED" | "IDEMPOTENCY.KEY_INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `CLAIM.ACTION_FORBIDDEN`: This move is another party’s */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "CLAIM.ACTION_FORBIDDEN";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `CLAIM.UNKNOWN_ACTION`: the action is not one of the claim actions; `CLAIM.NOT_FOUND`: Claim not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "CLAIM.UNKNOWN_ACTION" | "CLAIM.NOT_FOUND";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `CLAIM.ACTION_NOT_ALLOWED`: The claim does not allow this now; `CLAIM.RMA_NUMBER_TAKEN`: RMA number already in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "CLAIM.ACTION_NOT_ALLOWED" | "CLAIM.RMA_NUMBER_TAKEN";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.TOO_LARGE`: the body exceeds HTTP_BODY_LIMIT_BYTES (1 MiB by default), an array in it holds more than HTTP_MAX_ARRAY_ITEMS (10,000: the most claim ids a bulk forward names; most fields have a lower maximum in their schema) items, or it nests deeper than HTTP_MAX_JSON_DEPTH (32); `errors` names the place (bulk files are streamed, within their own limits: see BULK.UPLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.PATH_TOO_LONG`: a path segment is longer than 100 characters (no id or name on the hub is) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.PATH_TOO_LONG";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.UNSUPPORTED_MEDIA_TYPE`: the Content-Type is not one the route reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `IDEMPOTENCY.KEY_REUSED`: the Idempotency-Key was used for a different request (another body, file, path or endpoint); `CLAIM.UNKNOWN_LINE`: The request does not match the claim’s lines; `CLAIM.RMA_NUMBER_REQUIRED`: RMA numbers are missing; `CLAIM.DEADLINE_PASSED`: The date has passed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "IDEMPOTENCY.KEY_REUSED" | "CLAIM.UNKNOWN_LINE" | "CLAIM.RMA_NUMBER_REQUIRED" | "CLAIM.DEADLINE_PASSED";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent; `CLAIM.NO_POLICY`: The manufacturer has no policy configured */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL" | "CLAIM.NO_POLICY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    getSerialHistory: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                serial: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the claim lines that carried the serial, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SerialHistory"];
                };
            };
            /** @description `REQUEST.BAD_PATH`: a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate; `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.BAD_PATH" | "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.PATH_TOO_LONG`: a path segment is longer than 100 characters (no id or name on the hub is) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.PATH_TOO_LONG";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    getHopAnalytics: {
        parameters: {
            query?: {
                /** @description Claims created on or after this UTC date. */
                from?: string;
                /** @description Claims created on or before this UTC date. */
                to?: string;
                /** @description Only this manufacturer's claims. */
                manufacturer?: string;
                /** @description Only claims routed through this distributor. */
                distributor?: string;
                /** @description Only claims with a line of this model. */
                model?: string;
                period?: components["schemas"]["AnalyticsPeriod"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Median and p90 per bucket and tier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HopAnalytics"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    getOutcomeAnalytics: {
        parameters: {
            query?: {
                /** @description Claims created on or after this UTC date. */
                from?: string;
                /** @description Claims created on or before this UTC date. */
                to?: string;
                /** @description Only this manufacturer's claims. */
                manufacturer?: string;
                /** @description Only claims routed through this distributor. */
                distributor?: string;
                /** @description Only claims with a line of this model. */
                model?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One group per manufacturer and model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeAnalytics"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    getChargeAnalytics: {
        parameters: {
            query?: {
                /** @description Claims created on or after this UTC date. */
                from?: string;
                /** @description Claims created on or before this UTC date. */
                to?: string;
                /** @description Only this manufacturer's claims. */
                manufacturer?: string;
                /** @description Only claims routed through this distributor. */
                distributor?: string;
                /** @description Only claims with a line of this model. */
                model?: string;
                period?: components["schemas"]["AnalyticsPeriod"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Count and total per bucket, kind and currency. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChargeAnalytics"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    importClaims: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the call safe to repeat: a repeat with the same key and body answers the first outcome again (while the key lives, 24 hours by default); the same key with another body is refused. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-ndjson": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description The file is stored; the job is queued. */
            202: {
                headers: {
                    /** @description The job's URL, /v1/bulk/{jobId}. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJobAccepted"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why; `REQUEST.MALFORMED`: the body cannot be parsed (not JSON); `IDEMPOTENCY.KEY_INVALID`: the Idempotency-Key is empty or longer than 200 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED" | "IDEMPOTENCY.KEY_INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `BULK.NOT_ALLOWED`: the caller's role does not run this kind of bulk job */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "BULK.NOT_ALLOWED";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `IDEMPOTENCY.IN_PROGRESS`: an upload with this Idempotency-Key is still being received; repeat the request once it is answered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "IDEMPOTENCY.IN_PROGRESS";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.TOO_LARGE`: the body exceeds HTTP_BODY_LIMIT_BYTES (1 MiB by default), an array in it holds more than HTTP_MAX_ARRAY_ITEMS (10,000: the most claim ids a bulk forward names; most fields have a lower maximum in their schema) items, or it nests deeper than HTTP_MAX_JSON_DEPTH (32); `errors` names the place (bulk files are streamed, within their own limits: see BULK.UPLOAD_TOO_LARGE); `BULK.UPLOAD_TOO_LARGE`: the file is larger than BULK_MAX_UPLOAD_BYTES (100 MiB by default); reading stops there and nothing is stored; `BULK.TOO_MANY_LINES`: the file has more lines than BULK_MAX_LINES (1,000,000 by default); nothing is stored; `BULK.LINE_TOO_LARGE`: a CSV record is longer than BULK_MAX_LINE_BYTES (64 KiB by default; an NDJSON line over it is a line error instead); nothing is stored */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE" | "BULK.UPLOAD_TOO_LARGE" | "BULK.TOO_MANY_LINES" | "BULK.LINE_TOO_LARGE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.UNSUPPORTED_MEDIA_TYPE`: the Content-Type is not one the route reads; `BULK.UNSUPPORTED_MEDIA_TYPE`: a bulk file that is neither application/x-ndjson nor text/csv */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE" | "BULK.UNSUPPORTED_MEDIA_TYPE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `IDEMPOTENCY.KEY_REUSED`: the Idempotency-Key was used for a different request (another body, file, path or endpoint) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "IDEMPOTENCY.KEY_REUSED";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    forwardClaims: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the call safe to repeat: a repeat with the same key and body answers the first outcome again (while the key lives, 24 hours by default); the same key with another body is refused. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    claims?: string[];
                    filter?: {
                        manufacturer?: string;
                        reseller?: string;
                        /** Format: date-time */
                        submittedBefore?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The claims to forward are stored; the job is queued. */
            202: {
                headers: {
                    /** @description The job's URL, /v1/bulk/{jobId}. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJobAccepted"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why; `REQUEST.MALFORMED`: the body cannot be parsed (not JSON); `IDEMPOTENCY.KEY_INVALID`: the Idempotency-Key is empty or longer than 200 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED" | "IDEMPOTENCY.KEY_INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `BULK.NOT_ALLOWED`: the caller's role does not run this kind of bulk job */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "BULK.NOT_ALLOWED";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.TOO_LARGE`: the body exceeds HTTP_BODY_LIMIT_BYTES (1 MiB by default), an array in it holds more than HTTP_MAX_ARRAY_ITEMS (10,000: the most claim ids a bulk forward names; most fields have a lower maximum in their schema) items, or it nests deeper than HTTP_MAX_JSON_DEPTH (32); `errors` names the place (bulk files are streamed, within their own limits: see BULK.UPLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.UNSUPPORTED_MEDIA_TYPE`: the Content-Type is not one the route reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `IDEMPOTENCY.KEY_REUSED`: the Idempotency-Key was used for a different request (another body, file, path or endpoint) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "IDEMPOTENCY.KEY_REUSED";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    listBulkJobs: {
        parameters: {
            query?: {
                kind?: "import" | "forward";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of jobs, without their line errors (read those from each job). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJobList"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    getBulkJob: {
        parameters: {
            query?: {
                /** @description Line errors after this line number (nextErrorsAfter of the previous page). */
                errorsAfter?: number;
                errorsLimit?: number;
            };
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job; a forward adds its outcomes per manufacturer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
                };
            };
            /** @description `REQUEST.BAD_PATH`: a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate; `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.BAD_PATH" | "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `BULK_JOB.NOT_FOUND`: no such job of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "BULK_JOB.NOT_FOUND";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.PATH_TOO_LONG`: a path segment is longer than 100 characters (no id or name on the hub is) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.PATH_TOO_LONG";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    getBulkForwardOutcomes: {
        parameters: {
            query?: {
                /** @description Outcomes after this line number (nextAfter of the previous page). */
                after?: number;
                limit?: number;
            };
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of outcomes, by line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForwardOutcomePage"];
                };
            };
            /** @description `REQUEST.BAD_PATH`: a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate; `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.BAD_PATH" | "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `BULK_JOB.NOT_FOUND`: no such job of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "BULK_JOB.NOT_FOUND";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.PATH_TOO_LONG`: a path segment is longer than 100 characters (no id or name on the hub is) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.PATH_TOO_LONG";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every subscription of the caller (secrets are never shown again). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionList"];
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the call safe to repeat: a repeat with the same key and body answers the first outcome again (while the key lives, 24 hours by default); the same key with another body is refused. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description HTTPS, resolving to public addresses only. */
                    url: string;
                };
            };
        };
        responses: {
            /** @description The subscription, with its signing secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionCreated"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why; `REQUEST.MALFORMED`: the body cannot be parsed (not JSON); `IDEMPOTENCY.KEY_INVALID`: the Idempotency-Key is empty or longer than 200 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED" | "IDEMPOTENCY.KEY_INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.TOO_LARGE`: the body exceeds HTTP_BODY_LIMIT_BYTES (1 MiB by default), an array in it holds more than HTTP_MAX_ARRAY_ITEMS (10,000: the most claim ids a bulk forward names; most fields have a lower maximum in their schema) items, or it nests deeper than HTTP_MAX_JSON_DEPTH (32); `errors` names the place (bulk files are streamed, within their own limits: see BULK.UPLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.UNSUPPORTED_MEDIA_TYPE`: the Content-Type is not one the route reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `IDEMPOTENCY.KEY_REUSED`: the Idempotency-Key was used for a different request (another body, file, path or endpoint); `SUBSCRIPTION.URL_NOT_ALLOWED`: the URL is not HTTPS or resolves to a private, loopback or otherwise non-public address */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "IDEMPOTENCY.KEY_REUSED" | "SUBSCRIPTION.URL_NOT_ALLOWED";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every status change owed, its attempts and the last answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryLog"];
                };
            };
            /** @description `REQUEST.BAD_PATH`: a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.BAD_PATH";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SUBSCRIPTION.NOT_FOUND`: no such subscription of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SUBSCRIPTION.NOT_FOUND";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.PATH_TOO_LONG`: a path segment is longer than 100 characters (no id or name on the hub is) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.PATH_TOO_LONG";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    listDeadLetters: {
        parameters: {
            query?: {
                consumer?: string;
                /** @description Letters older than this one (nextBefore of the previous page). */
                before?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of dead letters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterPage"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.OPERATOR_ONLY`: the caller is not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.OPERATOR_ONLY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    replayDeadLetter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the call safe to repeat: a repeat with the same key and body answers the first outcome again (while the key lives, 24 hours by default); the same key with another body is refused. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether this call replayed it, and the letter. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterReplay"];
                };
            };
            /** @description `REQUEST.BAD_PATH`: a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate; `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why; `REQUEST.MALFORMED`: the body cannot be parsed (not JSON); `IDEMPOTENCY.KEY_INVALID`: the Idempotency-Key is empty or longer than 200 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.BAD_PATH" | "REQUEST.INVALID" | "REQUEST.MALFORMED" | "IDEMPOTENCY.KEY_INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.OPERATOR_ONLY`: the caller is not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.OPERATOR_ONLY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `DEAD_LETTER.NOT_FOUND`: no such dead letter */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "DEAD_LETTER.NOT_FOUND";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.TOO_LARGE`: the body exceeds HTTP_BODY_LIMIT_BYTES (1 MiB by default), an array in it holds more than HTTP_MAX_ARRAY_ITEMS (10,000: the most claim ids a bulk forward names; most fields have a lower maximum in their schema) items, or it nests deeper than HTTP_MAX_JSON_DEPTH (32); `errors` names the place (bulk files are streamed, within their own limits: see BULK.UPLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.PATH_TOO_LONG`: a path segment is longer than 100 characters (no id or name on the hub is) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.PATH_TOO_LONG";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.UNSUPPORTED_MEDIA_TYPE`: the Content-Type is not one the route reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `IDEMPOTENCY.KEY_REUSED`: the Idempotency-Key was used for a different request (another body, file, path or endpoint); `DEAD_LETTER.STILL_INVALID`: the message still breaks its contract; `errors` says where; `DEAD_LETTER.NOT_REPLAYABLE`: the letter names no known topic or has no key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "IDEMPOTENCY.KEY_REUSED" | "DEAD_LETTER.STILL_INVALID" | "DEAD_LETTER.NOT_REPLAYABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    getNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkView"];
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.OPERATOR_ONLY`: the caller is not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.OPERATOR_ONLY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    listServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every instance that reported lately. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceInstanceList"];
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.OPERATOR_ONLY`: the caller is not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.OPERATOR_ONLY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                party?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every key, or one party’s. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.OPERATOR_ONLY`: the caller is not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.OPERATOR_ONLY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The new key, shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why; `REQUEST.MALFORMED`: the body cannot be parsed (not JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.OPERATOR_ONLY`: the caller is not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.OPERATOR_ONLY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.TOO_LARGE`: the body exceeds HTTP_BODY_LIMIT_BYTES (1 MiB by default), an array in it holds more than HTTP_MAX_ARRAY_ITEMS (10,000: the most claim ids a bulk forward names; most fields have a lower maximum in their schema) items, or it nests deeper than HTTP_MAX_JSON_DEPTH (32); `errors` names the place (bulk files are streamed, within their own limits: see BULK.UPLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.UNSUPPORTED_MEDIA_TYPE`: the Content-Type is not one the route reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `API_KEY.UNKNOWN_PARTY`: the key is for a party the network does not have */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "API_KEY.UNKNOWN_PARTY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key, revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description `REQUEST.BAD_PATH`: a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate; `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why; `REQUEST.MALFORMED`: the body cannot be parsed (not JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.BAD_PATH" | "REQUEST.INVALID" | "REQUEST.MALFORMED";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.INVALID_API_KEY`: no `Authorization: Bearer <api key>`, or a key the hub does not know */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.INVALID_API_KEY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.OPERATOR_ONLY`: the caller is not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.OPERATOR_ONLY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `API_KEY.NOT_FOUND`: no such API key */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "API_KEY.NOT_FOUND";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.TOO_LARGE`: the body exceeds HTTP_BODY_LIMIT_BYTES (1 MiB by default), an array in it holds more than HTTP_MAX_ARRAY_ITEMS (10,000: the most claim ids a bulk forward names; most fields have a lower maximum in their schema) items, or it nests deeper than HTTP_MAX_JSON_DEPTH (32); `errors` names the place (bulk files are streamed, within their own limits: see BULK.UPLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.PATH_TOO_LONG`: a path segment is longer than 100 characters (no id or name on the hub is) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.PATH_TOO_LONG";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.UNSUPPORTED_MEDIA_TYPE`: the Content-Type is not one the route reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    receivePortalWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id; a redelivery carries the same id and changes nothing. */
                "webhook-id": string;
                /** @description Unix seconds; more than 5 minutes off is refused. */
                "webhook-timestamp": string;
                /** @description v1,<base64 HMAC-SHA256 of id.timestamp.body>, space-separated if several. */
                "webhook-signature": string;
            };
            path: {
                /** @description The manufacturer party id, e.g. ubiquiti. */
                manufacturer: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UbiquitiWebhook"] | components["schemas"]["InnovaphoneWebhook"];
            };
        };
        responses: {
            /** @description Taken, or a redelivery of an id already taken. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReceipt"];
                };
            };
            /** @description `REQUEST.BAD_PATH`: a path segment is not valid percent-encoded UTF-8, or holds a NUL character or a lone surrogate; `REQUEST.INVALID`: the body or the query fails validation; `errors` names each field and why; `REQUEST.MALFORMED`: the body cannot be parsed (not JSON); `WEBHOOK.PAYLOAD_INVALID`: the body does not match the portal's webhook contract; `errors` says where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.BAD_PATH" | "REQUEST.INVALID" | "REQUEST.MALFORMED" | "WEBHOOK.PAYLOAD_INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `WEBHOOK.HEADERS_MISSING`: webhook-id, webhook-timestamp or webhook-signature is missing; `WEBHOOK.HEADERS_INVALID`: the webhook headers are malformed; `WEBHOOK.TIMESTAMP_STALE`: webhook-timestamp is more than 5 minutes old; `WEBHOOK.TIMESTAMP_IN_FUTURE`: webhook-timestamp is more than 5 minutes ahead; `WEBHOOK.SIGNATURE_INVALID`: no signature matches any of the manufacturer's current secrets */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "WEBHOOK.HEADERS_MISSING" | "WEBHOOK.HEADERS_INVALID" | "WEBHOOK.TIMESTAMP_STALE" | "WEBHOOK.TIMESTAMP_IN_FUTURE" | "WEBHOOK.SIGNATURE_INVALID";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `WEBHOOK_ENDPOINT.NOT_FOUND`: the manufacturer has no portal that sends webhooks, or no webhook secret */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "WEBHOOK_ENDPOINT.NOT_FOUND";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.TOO_LARGE`: the body exceeds HTTP_BODY_LIMIT_BYTES (1 MiB by default), an array in it holds more than HTTP_MAX_ARRAY_ITEMS (10,000: the most claim ids a bulk forward names; most fields have a lower maximum in their schema) items, or it nests deeper than HTTP_MAX_JSON_DEPTH (32); `errors` names the place (bulk files are streamed, within their own limits: see BULK.UPLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.PATH_TOO_LONG`: a path segment is longer than 100 characters (no id or name on the hub is) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.PATH_TOO_LONG";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `REQUEST.UNSUPPORTED_MEDIA_TYPE`: the Content-Type is not one the route reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `WEBHOOK.UNKNOWN_STATUS`: a portal status the hub does not map; `WEBHOOK.UNKNOWN_RMA`: no claim line carries the portal's RMA number */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "WEBHOOK.UNKNOWN_STATUS" | "WEBHOOK.UNKNOWN_RMA";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `AUTH.TOO_MANY_FAILURES`: this client failed to authenticate (an API key, or a webhook signature) AUTH_FAILURES_PER_MINUTE times (20 by default) this minute; `Retry-After` and `retryAfterSeconds` say when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "AUTH.TOO_MANY_FAILURES";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `INTERNAL`: an unexpected error; it is logged, its details are never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "INTERNAL";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description `SERVICE.UNAVAILABLE`: PostgreSQL cannot be reached right now (a restart, a failover): retry after `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "SERVICE.UNAVAILABLE";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    liveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready, with each check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `HEALTH.NOT_READY`: a dependency of the service is down; the body says which */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        /** @enum {string} */
                        code: "HEALTH.NOT_READY";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Prometheus text exposition format. */
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
    docsPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To /docs/. */
            301: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    docsPageHtml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API reference page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    docsPageScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JavaScript. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/javascript": string;
                };
            };
        };
    };
    openApiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This document. */
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
    openApiYaml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
        };
    };
    webApp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The app’s page (index.html). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The web workspace is not built yet: a page saying to run `npm run web:build`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    webAppRoot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The app’s page (index.html). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The web workspace is not built yet: a page saying to run `npm run web:build`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    webAppFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file of the app, or its page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No such file. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The web workspace is not built yet: a page saying to run `npm run web:build`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
}
