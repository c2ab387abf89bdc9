package radar.statement;

import java.util.List;

/** Marks who speaks (SOURCE), the reporting words (CUE) and what they say (CONTENT) in paragraphs of text. */
public interface SpanTagger {

    /** What a span is. */
    enum Role { SOURCE, CUE, CONTENT }

    /** A tagged span of one paragraph's text: [start, end) in that text. */
    record Span(Role role, int start, int end) {}

    /** The tagged spans of each paragraph, in the order given. */
    List<List<Span>> tag(List<String> paragraphs);
}
