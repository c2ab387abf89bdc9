package radar.sentence;

/**
 * One sentence of an article, verbatim.
 *
 * @param index position in the article, from 0
 * @param paragraph index of the line (paragraph, bullet or heading) it came from
 * @param text the sentence as written, without a bullet marker
 * @param kind where it stands in the layout of the article
 * @param start offset of its first character in the article text
 * @param end offset after its last character
 */
public record Sentence(int index, int paragraph, String text, Kind kind, int start, int end) {

    public enum Kind {
        /** Running text. */
        BODY,
        /** An item of a bulleted list. */
        BULLET,
        /** A title or section heading: a short line without closing punctuation. */
        HEADING
    }
}
