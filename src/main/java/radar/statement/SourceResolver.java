package radar.statement;

import java.util.Locale;
import java.util.Set;

/**
 * Which actor a source phrase the tagger marked names: a name or alias the registry knows, a person
 * or body named earlier in the article, a pronoun resolved to whoever it points back to, a relative
 * "who" to the noun phrase it hangs on, or a description ("the ministry") that opens an actor of
 * its own. A phrase that names no actor (a lone determiner or adverb, a pronoun with nothing to point
 * back to, a head noun that cannot speak: {@link SpeakingNouns}) gives the claim to the outlet rather than to a made-up speaker.
 */
final class SourceResolver {

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "myself", "ourselves");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "one", "you");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom", "whose");
    /** Words that alone name no actor: determiners, quantifiers, pronoun-like words. */
    private static final Set<String> NOT_A_NOUN = Set.of("the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "all",
            "both", "each", "every", "any", "few", "several", "others", "other", "another", "such", "there", "here", "what", "who", "which",
            "no", "none", "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "people", "of", "and", "or", "to", "in",
            "on", "at", "for", "by", "with", "as", "also", "not", "just", "even", "still", "then", "now", "so", "well", "too", "more", "less",
            // times are no actors: "this month said" is a tagging slip
            "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "day", "days", "week", "weeks", "weekend",
            "month", "months", "year", "years", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next",
            "earlier", "later", "ago", "recently", "meanwhile", "however", "instead");

    private static final Set<String> NOT_ADVERBS = Set.of("family", "ally", "italy", "assembly", "supply", "rally", "bully", "monopoly", "anomaly");

    private final SpeakerFinder speakers;
    private final SpeakingNouns nouns;

    SourceResolver(SpeakerFinder speakers) {
        this.speakers = speakers;
        this.nouns = new SpeakingNouns(speakers.subjects().grammar());
    }

    /**
     * @param phrase the source span as written
     * @param lead the sentence up to the end of the span (a relative "who" hangs on what comes before it)
     */
    Speaker resolve(String phrase, String lead, ArticleContext context) {
        // A span cut inside a parenthesis ("Sen. Claire McCaskill (D-Mo"), or ending on a preposition ("aide to"), is trimmed to the name.
        String p = phrase.strip().replaceFirst("\\s*\\([^()]*$", "").replaceAll("^[“”\"'‘’(,\\s]+|[“”\"'‘’),;:.\\s]+$", "")
                .replaceFirst("[’']s$", "").replaceFirst("(?i)\\s+(?:to|of|for|from|with|by|at|in|on|and|the|a|an)$", "");
        // "Ana Ruiz, the agency's spokeswoman", "the mayor, in a radio interview": the name before the aside.
        int comma = p.indexOf(", ");
        if (comma > 0 && namesAnActor(p.substring(0, comma))) p = p.substring(0, comma);
        // "he also": a pronoun the tagger took with an adverb after it is the pronoun alone; so is a relative pronoun with
        // whatever the tagger took after it ("who endorsed", "which together"): it heads no noun phrase ("whose aide" does).
        String[] words = p.split("\\s+", 2);
        String first = words[0].toLowerCase(Locale.ROOT);
        boolean relative = RELATIVE.contains(first) && !first.equals("whose");
        if (words.length == 2 && (relative || (PRONOUNS.contains(first) || FIRST_PERSON.contains(first)) && !namesAnActor(words[1]))) {
            int at = lead.lastIndexOf(words[0]);
            if (at >= 0) lead = lead.substring(0, at + words[0].length());
            p = words[0];
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (FIRST_PERSON.contains(lower)) {
            // "I" or "we" inside a quote is the quoted speaker; in the outlet's own text, the outlet.
            boolean inQuote = Quotes.quoteBalance(lead) > 0 || Quotes.insideQuote(lead, Math.max(0, lead.length() - 1));
            return inQuote ? context.lastSpeaker().orElse(context.sourceSpeaker()) : context.sourceSpeaker();
        }
        if (PRONOUNS.contains(lower)) {
            Speaker resolved = context.resolvePronoun(lower);
            return resolved == null ? context.sourceSpeaker() : new Speaker(resolved.actor(), p, resolved.person());
        }
        if (RELATIVE.contains(lower)) {
            Speaker hung = speakers.beforeVerb(lead, "said", context);
            return hung == null || !namesAnActor(hung.asWritten()) && !RELATIVE.contains(hung.asWritten().toLowerCase(Locale.ROOT))
                    ? context.sourceSpeaker() : hung;
        }
        if (!namesAnActor(p) || namesNoSpeaker(p)) return context.sourceSpeaker();
        // The head of the phrase names the speaker: "union spokesman Tom Reyes" is Reyes, "the regional governor" a description.
        Speaker head = speakers.beforeVerb(p, "said", context);
        if (head != null && namesAnActor(head.asWritten())) return new Speaker(head.actor(), p, head.person());
        Speaker named = speakers.namedOrDescribed(p, context);
        return named == null ? context.sourceSpeaker() : new Speaker(named.actor(), p, named.person());
    }

    /**
     * "the mood in the capital suggests", "the union's repeated strikes show": a source whose head noun names no speaker.
     * What it "says" is the outlet's reading, not a slip of the tagger that another source in the sentence should take.
     * (-DnoSpeakingNouns leaves the check out: FormDiffRun shows where it changes the reading.)
     */
    boolean namesNoSpeaker(String phrase) {
        return !Boolean.getBoolean("noSpeakingNouns") && !nouns.canSpeak(phrase);
    }

    /** Content with no cue in its paragraph: a quote goes on from the last speaker; anything else is the outlet's. */
    Speaker unframed(String content, ArticleContext context) {
        String c = content.strip();
        boolean quote = c.startsWith("“") || c.startsWith("\"") || c.startsWith("‘");
        return quote ? context.lastSpeaker().orElse(context.sourceSpeaker()) : context.sourceSpeaker();
    }

    /** A cue with no source ("it was reported that …"): the outlet reports it. */
    Speaker implicit(ArticleContext context) {
        return context.sourceSpeaker();
    }

    /**
     * A cue with no source of its own: a participle of saying set off after a clause ("The union stood by its demands,
     * saying that P") has that clause's subject for its subject, as English free adjuncts do; any other such cue is the
     * outlet's. Only verbs whose object is the claim ({@link SpeechVerbs#FRAMING}): "…, showing P" or "…, chanting P" are
     * as often said of a picture or of someone else in the clause.
     *
     * @param before its sentence up to the cue
     */
    Speaker unsourced(String cue, String before, ArticleContext context) {
        String verb = cue.strip().toLowerCase(Locale.ROOT);
        // (-DnoParticipleSubject leaves the form out: FormDiffRun shows where it changes the reading.)
        boolean participle = verb.endsWith("ing") && SpeechVerbs.FRAMING.contains(verb);
        String clause = before.stripTrailing();
        if (!participle || !clause.endsWith(",") || Boolean.getBoolean("noParticipleSubject")) return implicit(context);
        // After a clause only: in "Rumors, claiming P, spread" the participle hangs on a noun, not on a subject and its verb.
        if (!speakers.subjects().isClause(clause.substring(0, clause.length() - 1))) return implicit(context);
        Speaker subject = speakers.beforeVerb(before, verb, context);
        return subject != null && namesAnActor(subject.asWritten()) && !RELATIVE.contains(subject.asWritten().toLowerCase(Locale.ROOT))
                ? subject : implicit(context);
    }

    /** Remembers the people an outlet's sentence names, for a later "he" or "she". */
    void observe(String sentence, ArticleContext context) {
        speakers.observe(sentence, context);
    }

    /** "the Northern Water Board (NWB)": the acronym names the same actor from here on. */
    void learnAcronyms(String sentence, ArticleContext context) {
        speakers.learnAcronyms(sentence, context);
    }

    /** At least one word that can head a noun phrase: not a determiner, quantifier or adverb alone. */
    static boolean namesAnActor(String phrase) {
        for (String raw : phrase.split("[^\\p{L}\\p{N}.'’-]+")) {
            if (raw.length() > 1 && raw.equals(raw.toUpperCase(Locale.ROOT)) && raw.chars().anyMatch(Character::isLetter)) return true; // "US", "NATO"
            String w = raw.toLowerCase(Locale.ROOT);
            boolean adverb = w.endsWith("ly") && !NOT_ADVERBS.contains(w);
            if (w.length() > 1 && !NOT_A_NOUN.contains(w) && !PRONOUNS.contains(w) && !FIRST_PERSON.contains(w) && !adverb) return true;
        }
        return false;
    }
}
