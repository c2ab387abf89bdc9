package radar.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quoted speech and who it belongs to: a quote that opens the sentence ("“…,” Zelensky said"), a
 * quote after its speaker and verb ("Trump said: “…”", "Said Ellis: “…”"), and quotes signed with
 * a dash ("Carla Sanchez ― “…”", "“…” ― Steve Quinlan").
 */
final class QuotedSpeech {

    private static final Pattern WHOLE_QUOTE = Pattern.compile("^[“\"](?<quote>[^“”\"]+)[”\"]\\s*,?\\s*(?<rest>.*)$");
    /** "Carla Sanchez ― “…”": a reader's or a voter's words introduced by a dash, as in a list of reactions. */
    private static final Pattern NAME_BEFORE_DASH = Pattern.compile("^(?<who>[A-Z][^“”\"―—,:]{1,50}?)\\s*[―—]\\s*$");
    private static final Pattern SAID_FIRST = Pattern.compile("^(?:Said|Says|Added|Adds|Asked|Wrote|Writes)\\s+(?<who>[^:,“”\"]{2,60}?)\\s*[:,]\\s*[“\"]?(?<claim>.+)$");
    /** "“…” ― Steve Quinlan.": the speaker signs under the quote. */
    private static final Pattern DASH_BYLINE = Pattern.compile("^[―—]\\s*(?<who>\\p{Lu}[^.!?,“”\"]{0,60}?)[.]?$");
    private static final Pattern RESUMED_QUOTE = Pattern.compile("^[^“”\"]{0,120}?[,:]\\s*[“\"](?<quote>[^“”\"]+)[”\"]?");
    /** "said: “…”", "scolded him: “…”", "said in a statement: “…”". */
    /** "said: “…”", "scolded him: “…”", "said in an interview with a weekly, “…”". */
    private static final Pattern QUOTE_AFTER_VERB = Pattern.compile(
            "^(?:[,:]?|\\s[^“”\",:.;]{1,50}:|\\s(?:in|on|at|during|to|after|before|via)\\s(?:(?!\\bthat\\b)[^“”\",:.;]){1,80},)\\s*[“\"](?<quote>[^“”\"]+)[”\"]");

    private final SpeakerFinder speakers;

    QuotedSpeech(SpeakerFinder speakers) {
        this.speakers = speakers;
    }

    /** "“CLAIM,” Zelensky said at …", "“CLAIM,” said Peskov.", or a quote standing alone. */
    AttributionRules.Attribution leadingQuote(String text, ArticleContext context) {
        Matcher m = WHOLE_QUOTE.matcher(text);
        if (!m.matches()) return null;
        String rest = m.group("rest").strip();
        if (rest.isEmpty() || rest.matches("^[.,;]*$")) {
            // A quote standing alone continues the speaker quoted just before, if any.
            return context.lastSpeaker().map(s -> new AttributionRules.Attribution(s, List.of(m.group("quote")))).orElse(null);
        }
        Speaker speaker = tailSpeaker(rest, context);
        if (speaker == null) return null;
        List<String> claims = new ArrayList<>(List.of(m.group("quote")));
        // "“My hope,” he said, “is that …”": the quote goes on after its speaker.
        Matcher resumed = RESUMED_QUOTE.matcher(afterFirstVerb(rest));
        if (resumed.find()) {
            String more = resumed.group("quote");
            // "is that …" goes on the same sentence; "He stepped in …" is a sentence of its own.
            if (Character.isUpperCase(more.charAt(0))) claims.add(more);
            else claims.set(0, claims.get(0).replaceFirst("[,]\\s*$", "") + " " + more);
            return new AttributionRules.Attribution(speaker, claims);
        }
        // "…,” Trump stated, adding that CLAIM"
        return new AttributionRules.Attribution(speaker, AttributionRules.withAddedClaims(m.group("quote"), afterFirstVerb(rest)));
    }

    AttributionRules.Attribution quoteAfterDash(String text, ArticleContext context) {
        int open = Quotes.indexOfOpeningQuote(text);
        if (open <= 0) return null;
        Speaker speaker = dashSpeaker(text.substring(0, open), context);
        if (speaker == null) return null;
        Matcher quote = WHOLE_QUOTE.matcher(text.substring(open));
        return new AttributionRules.Attribution(speaker, List.of(quote.matches() ? quote.group("quote") : text.substring(open + 1)));
    }

    /** "Said Ellis: “…”", "Added the senator, “…”": the verb first, then who, then the words. */
    AttributionRules.Attribution saidFirst(String text, ArticleContext context) {
        Matcher m = SAID_FIRST.matcher(text);
        if (!m.matches()) return null;
        Speaker speaker = speakers.named(m.group("who"), context);
        return speaker == null ? null : new AttributionRules.Attribution(speaker, List.of(m.group("claim").replaceFirst("[”\"]\\s*[.]?$", "")));
    }

    /** The speaker of a quote whose opening words are "Name ―", or null. */
    Speaker dashSpeaker(String beforeQuote, ArticleContext context) {
        Matcher m = NAME_BEFORE_DASH.matcher(beforeQuote);
        return m.matches() ? speakers.named(m.group("who"), context) : null;
    }

    /** "…, with Kremlin spokesperson Dmitry Peskov stating, “CLAIM”" and "Trump said: “CLAIM”". */
    AttributionRules.Attribution quoteAfterVerb(String text, ArticleContext context) {
        Matcher verb = SpeechVerbs.ANY.matcher(text);
        while (verb.find()) {
            if (!SpeechVerbs.introducesQuote(verb.group(1)) || Quotes.insideQuote(text, verb.start())
                    || SpeechVerbs.nounAfter(text.substring(0, verb.start()))) continue;
            Matcher quote = QUOTE_AFTER_VERB.matcher(text.substring(verb.end()));
            if (!quote.find()) continue;
            Speaker speaker = speakers.beforeVerb(text.substring(0, verb.start()), verb.group(1), context);
            if (speaker == null) continue;
            // "Peabody said: “…,” adding that CLAIM" (the comma sits inside the quote)
            String after = (quote.group("quote").endsWith(",") ? "," : "") + text.substring(verb.end() + quote.end());
            return new AttributionRules.Attribution(speaker, AttributionRules.withAddedClaims(quote.group("quote"), after));
        }
        return null;
    }

    /** Speaker of a quote that opens the sentence: "…,” Zelensky said at …" or "…,” said Peskov." */
    Speaker tailSpeaker(String rest, ArticleContext context) {
        Matcher byline = DASH_BYLINE.matcher(rest);
        if (byline.matches()) return speakers.namedOrDescribed(byline.group("who"), context);
        Matcher verb = SpeechVerbs.ANY.matcher(rest);
        if (!verb.find() || !SpeechVerbs.introducesQuote(verb.group(1))) return null;
        String before = rest.substring(0, verb.start());
        if (!before.isBlank()) return speakers.beforeVerb(before, verb.group(1), context);
        String after = nameAfterVerb(rest.substring(verb.end()));
        return after.isBlank() ? null : speakers.named(after, context);
    }

    static String nameAfterVerb(String rest) {
        return rest.strip().replaceFirst("[.]$", "").split("[,;(]|\\s[–—-]+\\s", 2)[0].strip();
    }

    private static String afterFirstVerb(String rest) {
        Matcher verb = SpeechVerbs.ANY.matcher(rest);
        return verb.find() ? rest.substring(verb.end()) : "";
    }
}
