package radar.pairing;

/** Where a statement in the pairing pool comes from: remembered from before, or the article being analysed. */
public sealed interface Origin {

    /** A statement analysed before, known by the id its memory gave it, in the article it came with. */
    record Known(long statementId, long articleId) implements Origin {}

    /** The {@code ordinal}-th claim of the article under analysis. */
    record Current(int ordinal) implements Origin {}

    /** Two statements of one article: both current, or both known from the same article. */
    default boolean sameArticle(Origin other) {
        if (this instanceof Current && other instanceof Current) return true;
        return this instanceof Known a && other instanceof Known b && a.articleId() == b.articleId();
    }
}
