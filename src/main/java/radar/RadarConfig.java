package radar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** Every tunable of the pipeline, under the {@code radar.} prefix (env: {@code RADAR_...}). */
@ConfigMapping(prefix = "radar")
public interface RadarConfig {

    Nli nli();

    Attribution attribution();

    Pairing pairing();

    Topics topics();

    Actors actors();

    Analysis analysis();

    Limits limits();

    Batches batches();

    /** {@code POST /batches} and the workers that analyse queued articles ({@code radar.batch}). */
    interface Batches {
        /** Most articles in one batch; more get 400. */
        @WithDefault("1000")
        int maxArticles();

        /** Largest {@code POST /batches} body, in bytes (other requests: {@code radar.limits.max-body-bytes}). */
        @WithDefault("33554432")
        long maxBodyBytes();

        /** Worker threads on this replica (0: this replica queues but does not analyse). */
        @WithDefault("1")
        int workers();

        /**
         * How long a claimed article stays its worker's: a row still running after this was left by a replica that
         * died, and another worker takes it. Longer than any one analysis.
         */
        @WithDefault("120s")
        java.time.Duration lease();

        /** How often an idle worker looks for queued articles. */
        @WithDefault("1s")
        java.time.Duration pollInterval();

        /** Claims of one article before it is marked failed (an article whose analysis kills the replica stops there). */
        @WithDefault("3")
        int maxAttempts();
    }

    interface Limits {
        /** Largest request body accepted, in bytes; larger ones get 413. */
        @WithDefault("1048576")
        long maxBodyBytes();

        /** Longest article text, in characters; longer ones get 413. */
        @WithDefault("200000")
        int maxArticleChars();

        /** Most statements one article may yield; more get 413 (split the article). */
        @WithDefault("1000")
        int maxStatements();
    }

    /** When set, POST and PATCH need it as "Authorization: Bearer KEY" or "X-API-Key: KEY"; reads stay open. */
    Optional<String> apiKey();

    interface Analysis {
        /** Requests that may wait for an NLI worker; more get 503 with Retry-After at once. */
        @WithDefault("16")
        int maxWaiting();

        /** How long a request waits for an NLI worker before it gets 503 with Retry-After. */
        @WithDefault("60s")
        java.time.Duration maxWait();
    }

    /** Who said what: the learned tagger ({@code training/attribution/}) or the hand-written forms alone. */
    interface Attribution {
        /**
         * {@code learned}: the tagger in model-dir reads the spans, a sentence it marks nothing in is the outlet's;
         * {@code hybrid}: the same, but the hand-written forms read the sentences it marks nothing in;
         * {@code rules}: the hand-written forms only.
         */
        @WithDefault("learned")
        Method method();

        /** HuggingFace-layout token classifier: model.onnx, tokenizer.json, config.json with O / B- / I- SOURCE, CUE, CONTENT tags. */
        @WithDefault("models/attribution-minilm")
        Path modelDir();

        /** ONNX Runtime intra-op threads for the tagger. */
        @WithDefault("1")
        int threads();

        enum Method { LEARNED, HYBRID, RULES }
    }

    interface Nli {
        /** HuggingFace-layout model directory: model.onnx, tokenizer.json, config.json. */
        @WithDefault("models/nli-minilm-l6")
        Path modelDir();

        /**
         * Pairs per ONNX Runtime call. 1 by default: an int8 model quantises activations per batch,
         * so with larger batches a pair's probabilities depend on its batch-mates (and it is no faster).
         */
        @WithDefault("1")
        int batchSize();

        /** Token budget of premise + hypothesis; longer pairs are truncated, longest first. */
        @WithDefault("256")
        int maxTokens();

        /** ONNX Runtime intra-op threads per inference. */
        @WithDefault("2")
        int threads();

        /** Inferences that may run at once (one DJL predictor each). */
        @WithDefault("1")
        int workers();

        /**
         * Flag a pair when, in either direction, P(contradiction) reaches this threshold ...
         * Chosen on news-dev with the procedure that, leave-one-event-out, gave the held-out figures of README "Decision rule".
         */
        @WithDefault("0.60")
        double contradictionThreshold();

        /** ... and exceeds P(entailment) of that direction by at least this margin; */
        @WithDefault("0.00")
        double entailmentMargin();

        /** or when P(contradiction) reaches this in both directions. */
        @WithDefault("0.25")
        double bothDirectionsThreshold();

        /** One side denies what the other asserts when P(entailment) between the two propositions reaches this ... */
        @WithDefault("0.25")
        double denialEntailment();

        /** ... or their embedding similarity reaches this (and the model sees no contradiction). */
        @WithDefault("0.70")
        double denialSimilarity();

        /** Incompatible numbers for the same counted thing are a numeric conflict when the two statements are at least this similar. */
        @WithDefault("0.70")
        double numericSimilarity();

        /** Against an outlet's own narration (no one quoted), P(contradiction) must reach this in both directions (above 1: never). */
        @WithDefault("1.01")
        double narrationThreshold();
    }

    Calibration calibration();

    Event event();

    /** Which hand-written event readings may flag a pair whatever the model says (README "Event readings"). */
    interface Event {
        /**
         * Of {@code cessation} (an action said to have stopped against reports of it going on), {@code cause} (two causes of
         * one event), {@code damage} (severely hit against largely intact) and {@code casualties} (no one hurt against a count):
         * those kept. A reading is kept only when its firings on news it was not written from (FNC-1 bodies) were right at
         * least 7 times in 10 when read by hand.
         */
        @WithDefault("casualties")
        Set<String> readings();
    }

    /** How analysts' reviews move the rule ({@link radar.contradiction.Calibration}). */
    interface Calibration {
        /** Below this many reviews (confirmed, or dismissed as model-error) of pairs the model alone decided, no floor. */
        @WithDefault("5")
        int minReviews();

        /** The floor is the lowest score at which this share of the reviewed pairs above it were confirmed. */
        @WithDefault("0.70")
        double minPrecision();
    }

    interface Pairing {
        /** At most this many earlier statements are scored against each new statement. */
        @WithDefault("12")
        int maxCandidates();

        /** Cosine similarity of statement embeddings below which two statements are not compared. */
        @WithDefault("0.45")
        double minSimilarity();

        /**
         * One actor's statements are compared only when their articles were published at least
         * this many days apart (a change over time); without dates, never.
         */
        @WithDefault("7")
        int changedOverTimeDays();
    }

    interface Topics {
        /** A statement joins the nearest topic at or above this cosine similarity, else opens one. */
        @WithDefault("0.60")
        double joinSimilarity();
    }

    interface Actors {
        /** Extra actor registry (JSON) merged over the bundled one; no rebuild needed. */
        Optional<Path> file();
    }
}
