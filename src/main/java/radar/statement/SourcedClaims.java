package radar.statement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.statement.AttributionRules.Attribution;

/**
 * Claims given with their source rather than a speech verb: "according to X, CLAIM" (first, in
 * the middle or last, with a description as source: "according to exit polls") and "X's claim
 * that CLAIM" (also "his warning that …").
 */
final class SourcedClaims {

    private static final Pattern CLAIM_NOUN = Pattern.compile(
            "(?:\\b(?<who>(?:[A-Z][\\p{L}.-]+\\s+){0,3}[A-Z][\\p{L}.-]+)['’]s|\\b(?<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\\s+(?:repeated\\s+|earlier\\s+)?"
                    + "(?:claims?|assertion|statement|argument|warning|insistence|allegations?|contention|suggestion|promise|pledge|acknowledge?ment"
                    + "|announcement|prediction|boast)\\s+that\\s+");
    private static final Pattern ACCORDING_TO_FIRST = Pattern.compile(
            "(?i)^(?:according to|as per) (?<who>[^,]{2,80}(?:,\\s+[A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+)+(?=,))?),\\s*(?<claim>.+)$");
    /** "CLAIM, according to X[, an aside]." and "CLAIM, according to X, CLAIM GOES ON." */
    private static final Pattern ACCORDING_TO_LAST = Pattern.compile("(?i)^(?<claim>.+?),?\\s+(?:according to|as per) (?<who>[^,]{2,80}?)(?:,[^“”\"]{0,120})?\\.?$");
    private static final Pattern ACCORDING_TO_MIDDLE = Pattern.compile("(?i)^(?<claim>.+?),\\s+(?:according to|as per) (?<who>[^,]{2,80}),\\s+(?!(?:a|an|which|who|whose)\\s)(?<more>[a-z].+)$");

    /** "an assessment from the Defense Intelligence Agency that estimated P": the document speaks for its author. */
    private static final Pattern DOCUMENT_THAT = Pattern.compile(
            "\\b(?:an?|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:assessment|report|study|analysis|estimate|memo|survey|review|document)"
                    + "\\s+(?:from|by)\\s+(?<who>[^,“”\"]{2,80}?)\\s+that\\s+(?:estimated|found|concluded|said|showed|indicated|suggested|stated|says|finds|shows)"
                    + "\\s+(?:that\\s+)?(?<claim>.+)$");

    /** "rejected a Hamas allegation that P", "denied Moscow’s claim that P", "dismissed claims by the ministry that P": the claim's owner. */
    private static final Pattern DENIED_CLAIM_OWNER = Pattern.compile(
            "\\b(?:(?:an?|the)\\s+(?<modifier>(?:[A-Z][\\p{L}.-]+\\s+){1,3})|(?<possessor>(?:[A-Z][\\p{L}.-]+\\s+){0,3}[A-Z][\\p{L}.-]+)['’]s\\s+)"
                    + "(?:claims?|allegations?|accusations?|reports?|assertions?)\\s+that\\s"
                    + "|\\b(?:claims?|allegations?|accusations?|reports?)\\s+(?:by|from)\\s+(?<by>[^,“”\"]{2,60}?)\\s+that\\s");

    private static final Pattern DENIED_BEFORE = Pattern.compile("(?i)\\b(?:" + String.join("|", DisputeFrames.DENY) + ")\\s+$");

    static final Pattern IN_A_STATEMENT = Pattern.compile("(?i)\\b(?:in|issued|released)\\s+a\\s+statement\\b");

    private final SpeakerFinder speakers;

    SourcedClaims(SpeakerFinder speakers) {
        this.speakers = speakers;
    }

    /** "Donald Trump’s claim that CLAIM", "his warning that CLAIM": a claim named by a noun, with its owner. */
    Attribution claimNoun(String text, ArticleContext context) {
        Matcher m = CLAIM_NOUN.matcher(text);
        if (!m.find() || Quotes.insideQuote(text, m.start())) return null;
        // "The ministry denied Moscow’s claim that …" is the ministry's denial first: the verb's frame reads it.
        if (DENIED_BEFORE.matcher(text.substring(0, m.start())).find()) return null;
        String who = m.group("who") != null ? m.group("who") : m.group("pronoun");
        Speaker speaker = who.matches("(?i)his|her|their|its")
                ? context.resolvePronoun(who.equalsIgnoreCase("their") ? "they" : who.equalsIgnoreCase("its") ? "it" : who.equalsIgnoreCase("his") ? "he" : "she")
                : speakers.named(who, context);
        if (speaker == null) return null;
        String claim = text.substring(m.end());
        int comma = Quotes.commaOutsideQuotes(claim, 0);
        return new Attribution(speaker, List.of(comma > 0 ? claim.substring(0, comma) : claim));
    }

    /**
     * Who made the claim a denial answers, when the denial names them: "The army rejected a Hamas
     * allegation that P" (Hamas asserts P), "denied Moscow’s claim that P", "claims by the ministry
     * that P". Null when the claim has no named owner.
     */
    Speaker deniedClaimOwner(String text, ArticleContext context) {
        Matcher m = DENIED_CLAIM_OWNER.matcher(text);
        if (!m.find() || Quotes.insideQuote(text, m.start())) return null;
        if (m.group("by") != null) return speakers.namedOrDescribed(m.group("by"), context);
        return speakers.named((m.group("modifier") != null ? m.group("modifier") : m.group("possessor")).strip(), context);
    }

    /** "… reports of an assessment from the agency that estimated P": P is the agency's. */
    Attribution documentThat(String text, ArticleContext context) {
        Matcher m = DOCUMENT_THAT.matcher(text);
        if (!m.find() || Quotes.insideQuote(text, m.start())) return null;
        Speaker speaker = speakers.namedOrDescribed(m.group("who"), context);
        return speaker == null ? null : new Attribution(speaker, List.of(m.group("claim")));
    }

    Attribution accordingTo(String text, ArticleContext context) {
        for (Pattern pattern : List.of(ACCORDING_TO_FIRST, ACCORDING_TO_MIDDLE, ACCORDING_TO_LAST)) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                // "according to exit polls", "according to the data": a description is a source too.
                Speaker speaker = speakers.namedOrDescribed(m.group("who"), context);
                String claim = pattern == ACCORDING_TO_MIDDLE ? m.group("claim") + " " + m.group("more") : m.group("claim");
                // "X denied the reports, saying in a statement that …, according to the Telegraph": the statement is X's.
                if (IN_A_STATEMENT.matcher(claim).find()) {
                    Speaker author = speakers.openingSubject(claim, context);
                    if (author != null) context.issuedStatement(author);
                }
                if (speaker != null) return new Attribution(speaker, List.of(claim));
            }
        }
        return null;
    }
}
