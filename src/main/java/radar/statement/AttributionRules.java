package radar.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of reported speech a clause can take, tried in order: quotes ({@link QuotedSpeech}),
 * "according to X" and "X's claim that" ({@link SourcedClaims}), a speaker inside the claim ("The
 * bridge, the mayor said, will reopen"), and indirect speech ("X said (that) …", "X, noting …",
 * "…, X said"). Each yields the speaker and the claims; who the words before a verb name is
 * {@link SpeakerFinder}'s job.
 */
final class AttributionRules {

    /** "said [on Wednesday | in a post on X | Wednesday] that CLAIM"; the gap must read as an adverbial. */
    private static final Pattern THAT = Pattern.compile(
            "(?i)^(?:(?:(?:on|in|at|to|during|after|before|last|this|earlier|later|also|again|previously|repeatedly|publicly)\\b[^,“\"]{0,80}?"
                    + "|[A-Z][a-z]+day|reporters|journalists|the media|\\w+ly)\\s+)?that\\s+");
    /** "told a veterans group that", "warning voters that": verbs whose listener comes before the claim. */
    private static final Pattern THAT_AFTER_LISTENER = Pattern.compile("(?i)^(?:[\\p{L}’'-]+\\s+){0,4}?[\\p{L}’'-]+\\s+that\\s+");
    private static final Pattern LISTENER_TAIL = Pattern.compile(
            "(?i)^(?!.*\\bthat\\b)(?:the\\s+|a\\s+|an\\s+)?[\\p{L}’'.-]+(?:\\s+[\\p{L}\\d’'.,-]+){0,7}?[.]?$");
    private static final java.util.Set<String> LISTENER_VERBS = java.util.Set.of("told", "tells", "telling", "tell", "warned", "warns",
            "warning", "assured", "assures", "assuring", "informed", "reminded", "reminding");
    /** A complement that cannot be stripped to a claim: "insists on …", "did not say how …". */
    private static final Pattern NOT_A_CLAUSE = Pattern.compile(
            "(?i)^(?:on|of|for|about|to|with|at|in|by|as|how|whether|what|why|when|where|if|up|out|into)\\b");
    /** Where one asserted claim ends and the next one by the same speaker starts. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?i),?\\s+(?:and|but)\\s+(?:also\\s+)?(?:said|added|stated|claimed|insisted|noted|warned)(?:\\s+that)?\\s+"
                    + "|,?\\s+(?:and|but)\\s+(?:also\\s+)?(?:suggested|argued|acknowledged|predicted|asserted|maintained|conceded|explained"
                    + "|stressed|emphasized|cautioned|contended|agreed|announced|confirmed|reiterated)\\s+that\\s+"
                    + "|,\\s+(?:adding|claiming|saying|stating|insisting|noting|warning|pointing out|arguing|suggesting|explaining|stressing"
                    + "|emphasizing|emphasising|contending|asserting|acknowledging|maintaining)"
                    + "(?:\\s+(?:in|on)\\s+(?:a|an|its|their|his|her)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?(?:\\s+that)?[,:]?\\s+" // ", adding in a letter that P"
                    + "|,?\\s+and\\s+that\\s+(?!(?:is|was|would|will|has|had|could|should|may|might)\\b)" // "said that P and that Q"
                    + "|;\\s+(?=(?:he|she|they|it|we|I)\\s)"); // "P; they only learned …": a second sentence of the same speaker
    private static final Pattern STANCE_END = Pattern.compile(
            ",[”\"]?\\s+(?:but|while|whereas|which|though|although)\\s|\\s+(?:—|–|--)\\s|\\s+after\\s+(?:he|she|they|it)\\s");
    private static final Pattern SECOND_STANCE = Pattern.compile(",?\\s+(?:and|but)\\s+(?:also\\s+|has\\s+|have\\s+)*$");
    private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnot|n't|n’t|\\bnever|\\bno)\\s*$");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|is|are|been|being)\\s*$");
    private static final Pattern SUBORDINATE_START = Pattern.compile(
            "(?i)^(?:while|although|though|as|if|when|because|since|whether|unless|whereas|once)\\b[^,]*$");
    private static final Pattern CLAUSE_COMMA = Pattern.compile(",[”\"]?\\s");
    private static final int MAX_LEAD_WORDS_FOR_STRIPPING = 40;
    private static final int MAX_NAME_WORDS = 8;
    private static final int MAX_TAIL_WORDS = 10;
    /** "P1, X said [on Friday], p2": the claim goes on after its speaker, in lower case. */
    private static final Pattern PARENTHETICAL = Pattern.compile(
            "^(?<first>[^,“”\"]{3,200}?),\\s+(?<who>[^,“”\"]{2,60}?)\\s+(?<verb>said|says|added|adds|told\\s+\\w+|noted|argued|argues|insisted|wrote|explained)"
                    + "(?:\\s+(?:on\\s+)?[A-Z][a-z]+day|\\s+in\\s+[^,]{3,40})?,\\s+(?<second>(?!(?:adding|saying|noting|claiming|arguing|insisting|warning|citing|as|when|while|after|before|because|which|who)\\b)\\p{Ll}.+)$");
    /** "…, a spokesman announced Monday morning.": only when it was said follows the verb. */
    private static final Pattern TIME_ONLY = Pattern.compile(
            "^(?:(?:on|late|early|earlier|later)\\s+)?(?:[A-Z][a-z]+day|yesterday|today|tonight|last\\s+(?:week|month|year|night)"
                    + "|this\\s+(?:week|month|year|morning)|earlier|later|recently)(?:\\s+(?:morning|afternoon|evening|night))?[.]?$");
    /** "…, lawmakers said Friday afternoon, as they …": after the closing verb, when it was said and the writer's aside. */
    private static final Pattern TIME_THEN_ASIDE = Pattern.compile(
            "^(?:(?:on\\s+)?(?:[A-Z][a-z]+day|yesterday|today|tonight)(?:\\s+(?:morning|afternoon|evening|night))?)?\\s*,?\\s*"
                    + "(?:as|when|while|after|before|because|amid)\\s");
    static final int MIN_CLAIM_WORDS = 3;

    private final SpeakerFinder speakers;
    private final SourcedClaims sourced;
    private final QuotedSpeech quotes;

    AttributionRules(SpeakerFinder speakers) {
        this.speakers = speakers;
        this.sourced = new SourcedClaims(speakers);
        this.quotes = new QuotedSpeech(speakers);
    }

    Attribution attribution(String text, ArticleContext context) {
        Attribution attribution = quotes.leadingQuote(text, context);
        if (attribution == null) attribution = quotes.quoteAfterDash(text, context);
        if (attribution == null) attribution = quotes.saidFirst(text, context);
        Attribution relayed = null;
        if (attribution == null) {
            attribution = relayed = sourced.accordingTo(text, context);
            // "X denied the reports, saying P, according to the Courier": the outlet relays X, whose words P are.
            if (relayed != null && relayed.claims().size() == 1 && !relayed.claims().get(0).equals(text)
                    && spokenOutsideQuotes(relayed.claims().get(0))) {
                Attribution inner = attribution(relayed.claims().get(0), context);
                if (inner != null) attribution = relayed = inner;
            }
        }
        if (attribution == null) attribution = sourced.claimNoun(text, context);
        if (attribution == null) attribution = sourced.documentThat(text, context);
        if (attribution == null) attribution = parenthetical(text, context);
        if (attribution == null) attribution = quotes.quoteAfterVerb(text, context);
        if (attribution == null) attribution = indirect(text, context);
        // "X said in a statement …": a later "the statement" is X's (an "according to" source only relays it).
        if (attribution != null && attribution != relayed && SourcedClaims.IN_A_STATEMENT.matcher(text).find()) context.issuedStatement(attribution.speaker());
        return attribution;
    }

    /** A speech verb that is not inside a quote: "X said P" relayed, not a quote the relay itself gives. */
    private static boolean spokenOutsideQuotes(String text) {
        Matcher verb = SpeechVerbs.ANY.matcher(text);
        while (verb.find()) if (!Quotes.insideQuote(text, verb.start())) return true;
        return false;
    }

    /** Whose claim a denial answers, when it names them ("rejected a Hamas allegation that …"); null otherwise. */
    Speaker deniedClaimOwner(String text, ArticleContext context) {
        return sourced.deniedClaimOwner(text, context);
    }

    /** "The economic weapons, he added, are like bombs": the speaker set off by commas inside the claim. */
    private Attribution parenthetical(String text, ArticleContext context) {
        Matcher m = PARENTHETICAL.matcher(text);
        if (!m.matches() || Quotes.insideQuote(text, m.start("who")) || m.group("first").split("\\s+").length < 2) return null;
        Speaker speaker = speakers.beforeVerb(m.group("who"), m.group("verb"), context);
        String joint = m.group("second").matches("(?s)(?:and|but)\\s.*") ? ", " : " "; // "…, he said, and P2" keeps its comma
        return speaker == null ? null : new Attribution(speaker, List.of(m.group("first") + joint + m.group("second")));
    }

    /** "X said (that) CLAIM", "X, noting CLAIM", "CLAIM, X said", "X accused Y of Z" (kept whole). */
    private Attribution indirect(String text, ArticleContext context) {
        Attribution stance = null;
        for (java.util.regex.MatchResult verb : verbsTailFirst(text)) {
            String lead = text.substring(0, verb.start());
            String rest = text.substring(verb.end()).strip();
            if (Quotes.insideQuote(text, verb.start()) || NEGATED.matcher(lead).find() || SUBORDINATE_START.matcher(lead.strip()).matches()
                    || SpeechVerbs.nounAfter(lead)
                    || SpeechVerbs.quotingOnly(verb.group(1))) {
                continue;
            }
            // "was described by X as …" is passive; "is saying that …" is not.
            if (PASSIVE.matcher(lead).find() && !verb.group(1).endsWith("ing")) {
                Speaker agent = rest.regionMatches(true, 0, "by ", 0, 3) ? speakers.named(rest.substring(3).split("[,;]| as ", 2)[0], context) : null;
                if (agent != null) return new Attribution(agent, List.of(text));
                continue;
            }
            Speaker speaker = speakers.beforeVerb(lead, verb.group(1), context);
            if (speaker == null) {
                // "CLAIM, said Jeffrey N. Trimble, a senior official."
                // (the comma may close a quote: "… the same advantage,” reported Reuters)
                boolean afterComma = lead.stripTrailing().matches("(?s).*,[”\"]?$");
                Speaker after = afterComma && SpeechVerbs.isFraming(verb.group(1)) ? nameAfter(rest, context) : null;
                if (after != null) return new Attribution(after, List.of(lead.stripTrailing().replaceFirst(",[”\"]?$", "")));
                continue;
            }
            DisputeFrames.Framed framed = DisputeFrames.read(verb.group(1), rest.replaceFirst("[.]+$", ""));
            if (framed != null) {
                // "accused Y of Z and asserted that P": P is asserted on its own
                List<String> claims = framed.polarity() == Polarity.ASSERTS ? continuations(framed.proposition()) : List.of(framed.proposition());
                return new Attribution(speaker, claims, framed.polarity());
            }
            if (DisputeFrames.speechOnlyWhenFramed(verb.group(1))) continue;
            List<String> claims = claimsOf(text, lead, rest, verb.group(1), speaker);
            if (claims == null && SpeechVerbs.isFinding(verb.group(1))) continue; // "his post showed none of …": no speech
            // "Zelenskyy expressed skepticism, citing CLAIM": a claim-bearing verb beats a stance verb.
            if (claims != null && SpeechVerbs.isFraming(verb.group(1))) return new Attribution(speaker, claims);
            if (stance == null) stance = new Attribution(speaker, claims == null ? stances(text, lead, verb.group(1), rest, speaker) : claims);
        }
        return stance;
    }

    /**
     * The speech verbs of a sentence in order, except that a closing "…, attorneys for the family
     * said." comes first: there the whole sentence before it is the claim, whatever verbs it holds.
     */
    private static List<java.util.regex.MatchResult> verbsTailFirst(String text) {
        List<java.util.regex.MatchResult> verbs = new ArrayList<>(SpeechVerbs.ANY.matcher(text).results().toList());
        if (verbs.size() > 1) {
            java.util.regex.MatchResult last = verbs.get(verbs.size() - 1);
            String rest = text.substring(last.end()).strip();
            boolean closing = SpeechVerbs.FRAMING.contains(last.group(1)) && !last.group(1).endsWith("ing")
                    && text.lastIndexOf(", ", last.start()) > 0 && (closingTail(rest) || listenerOnly(last.group(1), rest) || TIME_THEN_ASIDE.matcher(rest).find());
            if (closing) verbs.add(0, verbs.remove(verbs.size() - 1));
        }
        return verbs;
    }

    /** "…, he told reporters." / "…, the president told her on Monday": who heard it, nothing claimed. */
    private static boolean listenerOnly(String verb, String rest) {
        return LISTENER_VERBS.contains(verb.toLowerCase(java.util.Locale.ROOT)) && LISTENER_TAIL.matcher(rest).matches();
    }

    private static boolean closingTail(String rest) {
        return (noClause(rest) || TIME_ONLY.matcher(rest).matches()) && rest.split("\\s+").length <= MAX_TAIL_WORDS;
    }

    private static boolean noClause(String rest) {
        return rest.isEmpty() || rest.matches("^[.,;]*$") || NOT_A_CLAUSE.matcher(rest).find() || TIME_ONLY.matcher(rest).matches();
    }

    /**
     * The claims a speech verb introduces, or null when its complement is no claim ("insists on …",
     * "responded by …"): then a later verb of the sentence may do better.
     */
    private List<String> claimsOf(String text, String lead, String rest, String verb, Speaker speaker) {
        // "CLAIM, Zelenskyy said [at a briefing]."
        // The comma may close a partial quote: "This is “roughly the same advantage,” Reuters reported."
        int comma = -1, afterComma = -1;
        for (Matcher c = CLAUSE_COMMA.matcher(lead); c.find(); ) {
            comma = c.start();
            afterComma = c.end();
        }
        boolean restIsNoClause = noClause(rest) || listenerOnly(verb, rest);
        boolean speakerRightAfterComma = comma > 0
                && lead.substring(afterComma).strip().split("\\s+").length <= speaker.asWritten().split("\\s+").length + 5; // "retired Air Force general Lloyd Newton"
        if (speakerRightAfterComma && lead.substring(comma).contains(speaker.asWritten())
                && (restIsNoClause && rest.split("\\s+").length <= MAX_TAIL_WORDS || TIME_THEN_ASIDE.matcher(rest).find())) {
            return withAddedClaims(lead.substring(0, comma), rest); // "…, the company said on Monday, adding that CLAIM"
        }
        if (!SpeechVerbs.isFraming(verb) || lead.strip().split("\\s+").length > MAX_LEAD_WORDS_FOR_STRIPPING) {
            return stances(text, lead, verb, rest, speaker);
        }
        Matcher that = THAT.matcher(rest);
        if (that.find()) return continuations(rest.substring(that.end()));
        if (SpeechVerbs.isFinding(verb)) return null; // "the report found that …" yes, "found the wreck" no
        Matcher listener = THAT_AFTER_LISTENER.matcher(rest);
        if (LISTENER_VERBS.contains(verb.toLowerCase(java.util.Locale.ROOT)) && listener.find()) {
            return continuations(rest.substring(listener.end()));
        }
        int afterListener = LISTENER_VERBS.contains(verb.toLowerCase(java.util.Locale.ROOT)) ? speakers.claimAfterListener(rest) : -1;
        if (afterListener > 0) return continuations(rest.substring(afterListener));
        if (restIsNoClause) return null;
        return continuations(rest);
    }

    /**
     * A stance kept whole, without what the sentence says besides: "Keron Blair, director of the
     * group, called for more investment in a statement" is "Keron Blair called for more investment
     * in a statement"; "The nominee outlined his plan and vowed to …" is "The nominee vowed to …".
     */
    private static String reported(String text, String lead, String verb, String rest, Speaker speaker) {
        boolean extra = !lead.strip().equals(speaker.asWritten()) && lead.contains(speaker.asWritten());
        if (!extra || rest.isBlank() || Quotes.insideQuote(text, lead.length())) return stanceOnly(text);
        return stanceOnly(speaker.asWritten() + " " + verb + " " + rest);
    }

    /**
     * "Trump criticized the trade deals and called for new tariffs": two stances, each with its
     * speaker ("Trump called for new tariffs").
     */
    private static List<String> stances(String text, String lead, String verb, String rest, Speaker speaker) {
        String whole = reported(text, lead, verb, rest, speaker);
        Matcher second = SpeechVerbs.ANY.matcher(whole);
        while (second.find()) {
            Matcher and = SECOND_STANCE.matcher(whole.substring(0, second.start()));
            if (!and.find() || Quotes.insideQuote(whole, second.start())) continue;
            String first = whole.substring(0, and.start());
            if (first.split("\\s+").length <= MIN_CLAIM_WORDS) continue;
            return List.of(first, speaker.asWritten() + " " + whole.substring(second.start()));
        }
        return List.of(whole);
    }

    /** "X described Y as a disgrace after she attacked …": the stance ends where the writer's account goes on. */
    private static String stanceOnly(String stance) {
        Matcher end = STANCE_END.matcher(stance);
        while (end.find()) {
            if (Quotes.insideQuote(stance, end.end() - 1)) continue;
            String kept = stance.substring(0, end.start());
            return kept.split("\\s+").length >= MIN_CLAIM_WORDS + 1 ? kept : stance;
        }
        return stance;
    }

    /** "said Jeffrey N. Trimble, a senior official." → "Jeffrey N. Trimble": up to the aside or the full stop. */
    private Speaker nameAfter(String rest, ArticleContext context) {
        String name = QuotedSpeech.nameAfterVerb(rest);
        return name.isBlank() || name.split("\\s+").length > MAX_NAME_WORDS ? null : speakers.named(name, context);
    }

    /** The speaker of a quote whose opening words are "Name ―", or null. */
    Speaker dashSpeaker(String beforeQuote, ArticleContext context) {
        return quotes.dashSpeaker(beforeQuote, context);
    }

    /** Speaker of a quote that opens the sentence: "…,” Zelensky said at …" or "…,” said Peskov." */
    Speaker tailSpeaker(String rest, ArticleContext context) {
        return quotes.tailSpeaker(rest, context);
    }

    /** The claim, then any added after it: "CLAIM" with "…, adding that B" after it is CLAIM and B. */
    static List<String> withAddedClaims(String claim, String after) {
        List<String> claims = new ArrayList<>(List.of(claim));
        List<String> tail = continuations(after);
        claims.addAll(tail.subList(1, tail.size()));
        return claims;
    }

    /** Splits "A, adding that B" and "A and also said B" into A and B (parts may be blank). */
    static List<String> continuations(String claim) {
        return List.of(CONTINUATION.split(claim, -1));
    }

    record Attribution(Speaker speaker, List<String> claims, Polarity polarity) {
        Attribution(Speaker speaker, List<String> claims) {
            this(speaker, claims, Polarity.ASSERTS);
        }
    }
}
