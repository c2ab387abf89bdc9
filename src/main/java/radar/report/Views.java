package radar.report;

import java.time.Instant;
import java.util.List;
import radar.nli.NliProbabilities;

/** The JSON shapes of reports and flagged pairs. */
public final class Views {

    private Views() {}

    /** Who asserts a statement: canonical actor, and the words the article used. */
    public record ActorView(String id, String name, String asWritten, String kind, String role, String side) {}

    /**
     * One side of a flagged pair. {@code polarity}: "asserts" or "denies" ({@code text} is what is
     * denied). {@code statementId} and {@code articleId} are null in one-off reports.
     */
    public record SideView(Long statementId, String text, String polarity, String sentence, ActorView actor, Long articleId,
                           Integer articleIndex, String title, String source, String url, Instant publishedAt) {}

    /** P(contradiction), P(entailment), P(neutral) of one direction. */
    public record Probabilities(double contradiction, double entailment, double neutral) {
        public static Probabilities of(NliProbabilities p) {
            return new Probabilities(round(p.contradiction()), round(p.entailment()), round(p.neutral()));
        }
    }

    /**
     * A flagged pair: its kind (contradiction, denial, numeric, changed-over-time), why it was
     * flagged, the two statements, the model's verdicts both ways and the score.
     */
    public record ContradictionView(Long id, String kind, String why, double score, String topic, Long topicId, Probabilities aToB, Probabilities bToA,
                                    SideView a, SideView b, Instant flaggedAt, Review review) {}

    /**
     * {@code GET /calibration}: the configured rule, the score floor analysts' reviews set for pairs
     * the model alone decides, the reviews behind it, each topic's own floor, and every dismissal by reason.
     */
    public record CalibrationView(java.util.Map<String, Double> rule, double modelScoreFloor, int confirmed, int modelErrors,
                                  List<TopicCalibrationView> byTopic, java.util.Map<String, Long> dismissedByReason, int minReviews,
                                  double minPrecision, String basis) {}

    /** A topic's own floor, fitted on its own reviews once it has enough of them. */
    public record TopicCalibrationView(long topicId, String topic, double modelScoreFloor, int confirmed, int modelErrors) {}

    /** An analyst's verdict on a flagged pair: status flagged (not reviewed yet), confirmed or dismissed, and why dismissed. */
    public record Review(String status, String comment, String reason, Instant reviewedAt) {}


    /** A stored statement: its proposition, whether its actor asserts, denies or asks it, the sentence it comes from. */
    public record StatementView(Long id, String text, String polarity, String sentence, ActorView actor, String topic) {}

    /** The answer to POST /articles and GET /articles/{id}. */
    public record ArticleReport(long articleId, boolean duplicate, String title, String source, int statementCount,
                                List<StatementView> statements, List<ContradictionView> contradictions) {}

    /**
     * One statement of {@code POST /statements}: the proposition, whether its actor asserts,
     * denies or asks it (a question is listed, never paired), the actor, and the verbatim sentence with its character offsets in the text.
     */
    public record ExtractedStatement(String text, String polarity, ActorView actor, String sentence, int sentenceIndex,
                                     int sentenceStart, int sentenceEnd) {}

    /** The answer to {@code POST /statements}: who says what in one article; nothing stored, nothing scored. */
    public record Statements(int sentences, int statementCount, List<ExtractedStatement> statements) {}

    /** The answer to POST /reports: nothing stored, so no ids. */
    public record OneOffReport(int articles, int statements, int pairsScored, List<ContradictionView> contradictions) {}

    /**
     * A page of results. {@code cursor}: ask {@code ?since=cursor} next to get only what is newer;
     * {@code more}: another page is waiting.
     */
    public record Page<T>(List<T> items, int page, int size, long total, long cursor, boolean more) {}

    /** An actor with how many stored statements it asserts and how many flagged pairs it is in. */
    public record ActorCount(String id, String name, String kind, String role, String side, long statements, long contradictions) {}

    /** A topic with its statements and flagged pairs. */
    public record TopicCount(long id, String label, long statements, long contradictions) {}

    public static double round(double p) {
        return Math.round(p * 10_000) / 10_000.0;
    }
}
