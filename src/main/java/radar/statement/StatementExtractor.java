package radar.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.actor.Actor;
import radar.sentence.Sentence;

/**
 * Finds the claims in an article's sentences and who asserts each one.
 *
 * <p>Reported speech is recognised in its common English forms: a quote followed or preceded by
 * its speaker and a speech verb ("…," Zelensky said / Trump stated, "…"), quotes running over
 * several sentences, indirect speech ("Peskov said that …", "the Kremlin responded by insisting
 * that …"), participles ("…, noting …"), "according to X" and "CLAIM, X said". The statement
 * keeps only the proposition; the frame goes into the attribution. A sentence that quotes no one
 * is a statement of the article's source. Who the words before a verb name is {@link SpeakerFinder}'s job.
 */
@ApplicationScoped
public class StatementExtractor {

    private static final Pattern QUESTION = Pattern.compile("\\?[\"”’)]*\\s*$");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(register or log ?in|log ?in or register|to post a comment|^share this|contributed to this report"
                    + "|all rights reserved|sign up for|subscribe to|click here|read more:)");
    private static final Pattern WHOLE_QUOTE = Pattern.compile("^[“\"](?<quote>[^“”\"]+)[”\"]\\s*,?\\s*(?<rest>.*)$");
    private static final Pattern QUOTE_AFTER_VERB = Pattern.compile("^[,:]?\\s*[“\"](?<quote>[^“”\"]+)[”\"]");
    private static final Pattern ACCORDING_TO_FIRST = Pattern.compile(
            "(?i)^according to (?<who>[^,]{2,80}(?:,\\s+[A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+)+(?=,))?),\\s*(?<claim>.+)$");
    private static final Pattern ACCORDING_TO_LAST = Pattern.compile("(?i)^(?<claim>.+?),?\\s+according to (?<who>[^,]{2,80}?)\\.?$");
    /** "said [on Wednesday | in a post on X | Wednesday] that CLAIM"; the gap must read as an adverbial. */
    private static final Pattern THAT = Pattern.compile(
            "(?i)^(?:(?:(?:on|in|at|during|after|before|last|this|earlier|later|also|again|previously|repeatedly|publicly)\\b[^,“\"]{0,80}?"
                    + "|[A-Z][a-z]+day|reporters|journalists|the media|\\w+ly)\\s+)?that\\s+");
    /** A complement that cannot be stripped to a claim: "insists on …", "did not say how …". */
    private static final Pattern NOT_A_CLAUSE = Pattern.compile(
            "(?i)^(?:on|of|for|about|to|with|at|in|by|as|how|whether|what|why|when|where|if|up|out|into)\\b");
    /** Where one asserted claim ends and the next one by the same speaker starts. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?i),?\\s+(?:and|but)\\s+(?:also\\s+)?(?:said|added|stated|claimed|insisted|noted|warned)(?:\\s+that)?\\s+"
                    + "|,\\s+(?:adding|claiming|saying|stating|insisting|noting|warning|pointing out)(?:\\s+that)?[,:]?\\s+");
    private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnot|n't|n’t|\\bnever|\\bno)\\s*$");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|is|are|been|being)\\s*$");
    private static final Pattern SUBORDINATE_START = Pattern.compile(
            "(?i)^(?:while|although|though|as|if|when|because|since|whether|unless|whereas|once)\\b[^,]*$");
    private static final Pattern LEADING_SUBORDINATE = Pattern.compile("^(?:While|Although|Though|Whereas)\\s+");
    private static final Pattern CLAUSE_JOINT = Pattern.compile(",\\s+(?:while|whereas|with)\\s+");
    private static final int MAX_LEAD_WORDS_FOR_STRIPPING = 14;
    private static final int MAX_TAIL_WORDS = 10;
    private static final int MIN_CLAIM_WORDS = 3;

    private final SpeakerFinder speakers;

    @Inject
    public StatementExtractor(SpeakerFinder speakers) {
        this.speakers = speakers;
    }

    /** @param source the outlet that publishes the article: the actor of unattributed claims */
    public List<Claim> extract(List<Sentence> sentences, Actor source) {
        ArticleContext context = new ArticleContext(source);
        List<Claim> out = new ArrayList<>();
        List<Sentence> openQuote = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String text = sentence.text();
            if (!openQuote.isEmpty()) {
                if (sentence.paragraph() != openQuote.get(0).paragraph()) {
                    out.addAll(quoteOverSentences(openQuote, null, context));
                    openQuote.clear();
                } else {
                    openQuote.add(sentence);
                    if (closesQuote(text)) {
                        Sentence tail = attributionTail(sentences, i + 1, sentence.paragraph());
                        out.addAll(quoteOverSentences(openQuote, tail, context));
                        openQuote.clear();
                        if (tail != null) i++;
                    }
                    continue;
                }
            }
            if (opensQuote(text)) {
                openQuote.add(sentence);
                continue;
            }
            if (sentence.kind() == Sentence.Kind.HEADING || QUESTION.matcher(text).find() || BOILERPLATE.matcher(text).find()) {
                speakers.observe(text, context);
                continue;
            }
            out.addAll(sentenceStatements(sentence, context));
        }
        if (!openQuote.isEmpty()) out.addAll(quoteOverSentences(openQuote, null, context));
        return out;
    }

    private List<Claim> sentenceStatements(Sentence sentence, ArticleContext context) {
        List<Claim> out = new ArrayList<>();
        for (String clause : clauses(sentence.text(), context)) out.addAll(clauseStatements(sentence, clause, context));
        return out;
    }

    /**
     * A sentence that carries two claims by two actors is read as two clauses: "While Washington
     * has characterized X, Y", "Russia claims X, while Ukraine says Y", "X, with analysts
     * suggesting that Y". Split only where the reported clause names its speaker.
     */
    private List<String> clauses(String text, ArticleContext context) {
        Matcher leading = LEADING_SUBORDINATE.matcher(text);
        if (leading.find()) {
            int comma = commaOutsideQuotes(text, leading.end());
            if (comma > 0) {
                String reported = text.substring(leading.end(), comma), main = text.substring(comma + 1).strip();
                if (attribution(reported, context) != null && main.split("\\s+").length >= MIN_CLAIM_WORDS) return List.of(reported, main);
            }
        }
        Matcher joint = CLAUSE_JOINT.matcher(text);
        while (joint.find()) {
            if (insideQuote(text, joint.start())) continue;
            String first = text.substring(0, joint.start()), second = text.substring(joint.end());
            if (attribution(second, context) != null) return List.of(first, second);
        }
        return List.of(text);
    }

    /** The first clause-ending comma: outside quotes, or right before a closing quote ("… peace,” there …"). */
    private static int commaOutsideQuotes(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != ',') continue;
            if (!insideQuote(text, i)) return i;
            if (i + 1 < text.length() && (text.charAt(i + 1) == '”' || text.charAt(i + 1) == '"')) return i + 1;
        }
        return -1;
    }

    private Attribution attribution(String text, ArticleContext context) {
        Attribution attribution = leadingQuote(text, context);
        if (attribution == null) attribution = accordingTo(text, context);
        if (attribution == null) attribution = quoteAfterVerb(text, context);
        if (attribution == null) attribution = indirect(text, context);
        return attribution;
    }

    private List<Claim> clauseStatements(Sentence sentence, String text, ArticleContext context) {
        Attribution attribution = attribution(text, context);
        if (attribution == null) {
            speakers.observe(text, context);
            return statements(sentence, context.sourceSpeaker(), List.of(text));
        }
        context.spoke(attribution.speaker());
        return statements(sentence, attribution.speaker(), attribution.claims());
    }

    private List<Claim> statements(Sentence sentence, Speaker speaker, List<String> claims) {
        List<Claim> out = new ArrayList<>();
        for (String claim : claims) {
            String cleaned = clean(PropositionSimplifier.simplify(clean(claim)));
            if (cleaned.split("\\s+").length >= MIN_CLAIM_WORDS && !QUESTION.matcher(cleaned).find()) {
                out.add(new Claim(sentence, cleaned, speaker.actor(), speaker.asWritten()));
            }
        }
        return out;
    }

    /** "“CLAIM,” Zelensky said at …", "“CLAIM,” said Peskov.", or a quote standing alone. */
    private Attribution leadingQuote(String text, ArticleContext context) {
        Matcher m = WHOLE_QUOTE.matcher(text);
        if (!m.matches()) return null;
        String rest = m.group("rest").strip();
        if (rest.isEmpty() || rest.matches("^[.,;]*$")) {
            // A quote standing alone continues the speaker quoted just before, if any.
            return context.lastSpeaker().map(s -> new Attribution(s, List.of(m.group("quote")))).orElse(null);
        }
        Speaker speaker = tailSpeaker(rest, context);
        if (speaker == null) return null;
        List<String> claims = new ArrayList<>(List.of(m.group("quote")));
        List<String> tail = continuations(afterFirstVerb(rest));
        if (tail.size() > 1) claims.addAll(tail.subList(1, tail.size())); // "…,” Trump stated, adding that CLAIM"
        return new Attribution(speaker, claims);
    }

    private Attribution accordingTo(String text, ArticleContext context) {
        for (Pattern pattern : List.of(ACCORDING_TO_FIRST, ACCORDING_TO_LAST)) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                Speaker speaker = speakers.named(m.group("who"), context);
                if (speaker != null) return new Attribution(speaker, List.of(m.group("claim")));
            }
        }
        return null;
    }

    /** "…, with Kremlin spokesperson Dmitry Peskov stating, “CLAIM”" and "Trump said: “CLAIM”". */
    private Attribution quoteAfterVerb(String text, ArticleContext context) {
        Matcher verb = SpeechVerbs.ANY.matcher(text);
        while (verb.find()) {
            if (!SpeechVerbs.isFraming(verb.group(1)) || insideQuote(text, verb.start())) continue;
            Matcher quote = QUOTE_AFTER_VERB.matcher(text.substring(verb.end()));
            if (!quote.find()) continue;
            Speaker speaker = speakers.beforeVerb(text.substring(0, verb.start()), verb.group(1), context);
            if (speaker != null) return new Attribution(speaker, List.of(quote.group("quote")));
        }
        return null;
    }

    /** "X said (that) CLAIM", "X, noting CLAIM", "CLAIM, X said", "X accused Y of Z" (kept whole). */
    private Attribution indirect(String text, ArticleContext context) {
        Attribution stance = null;
        Matcher verb = SpeechVerbs.ANY.matcher(text);
        while (verb.find()) {
            String lead = text.substring(0, verb.start());
            String rest = text.substring(verb.end()).strip();
            if (insideQuote(text, verb.start()) || NEGATED.matcher(lead).find() || SUBORDINATE_START.matcher(lead.strip()).matches()) {
                continue;
            }
            if (PASSIVE.matcher(lead).find()) {
                Speaker agent = rest.regionMatches(true, 0, "by ", 0, 3) ? speakers.named(rest.substring(3).split("[,;]| as ")[0], context) : null;
                if (agent != null) return new Attribution(agent, List.of(text));
                continue;
            }
            Speaker speaker = speakers.beforeVerb(lead, verb.group(1), context);
            if (speaker == null) continue;
            List<String> claims = claimsOf(text, lead, rest, verb.group(1), speaker);
            // "Zelenskyy expressed skepticism, citing CLAIM": a claim-bearing verb beats a stance verb.
            if (claims != null && SpeechVerbs.isFraming(verb.group(1))) return new Attribution(speaker, claims);
            if (stance == null) stance = new Attribution(speaker, claims == null ? List.of(text) : claims);
        }
        return stance;
    }

    /**
     * The claims a speech verb introduces, or null when its complement is no claim ("insists on …",
     * "responded by …"): then a later verb of the sentence may do better.
     */
    private List<String> claimsOf(String text, String lead, String rest, String verb, Speaker speaker) {
        // "CLAIM, Zelenskyy said [at a briefing]."
        int comma = lead.lastIndexOf(", ");
        boolean restIsNoClause = rest.isEmpty() || rest.matches("^[.,;]*$") || NOT_A_CLAUSE.matcher(rest).find();
        boolean speakerRightAfterComma = comma > 0
                && lead.substring(comma + 2).strip().split("\\s+").length <= speaker.asWritten().split("\\s+").length + 3;
        if (speakerRightAfterComma && lead.substring(comma).contains(speaker.asWritten()) && restIsNoClause
                && rest.split("\\s+").length <= MAX_TAIL_WORDS) {
            return List.of(lead.substring(0, comma));
        }
        if (!SpeechVerbs.isFraming(verb) || lead.strip().split("\\s+").length > MAX_LEAD_WORDS_FOR_STRIPPING) return List.of(text);
        Matcher that = THAT.matcher(rest);
        if (that.find()) return continuations(rest.substring(that.end()));
        if (restIsNoClause) return null;
        return continuations(rest);
    }

    /** Speaker of a quote that opens the sentence: "…,” Zelensky said at …" or "…,” said Peskov." */
    private Speaker tailSpeaker(String rest, ArticleContext context) {
        Matcher verb = SpeechVerbs.ANY.matcher(rest);
        if (!verb.find() || !SpeechVerbs.isFraming(verb.group(1))) return null;
        String before = rest.substring(0, verb.start());
        if (!before.isBlank()) return speakers.beforeVerb(before, verb.group(1), context);
        return speakers.named(rest.substring(verb.end()).split("[.,;]")[0], context);
    }

    /** The sentence after a closing quote when it only says who spoke: "Putin asked in a video call." */
    private static Sentence attributionTail(List<Sentence> sentences, int next, int paragraph) {
        if (next >= sentences.size()) return null;
        Sentence candidate = sentences.get(next);
        if (candidate.paragraph() != paragraph || candidate.text().split("\\s+").length > 15) return null;
        Matcher verb = SpeechVerbs.ANY.matcher(candidate.text());
        return verb.find() && verb.start() < 50 && SpeechVerbs.isFraming(verb.group(1)) && !candidate.text().contains("“") ? candidate : null;
    }

    /** A quote over several sentences of one paragraph: each sentence is a claim of its speaker. */
    private List<Claim> quoteOverSentences(List<Sentence> sentences, Sentence tail, ArticleContext context) {
        Sentence first = sentences.get(0), last = sentences.get(sentences.size() - 1);
        Speaker speaker = null;
        int open = indexOfOpeningQuote(first.text());
        if (open > 0) {
            Matcher verb = SpeechVerbs.ANY.matcher(first.text().substring(0, open));
            if (verb.find()) speaker = speakers.beforeVerb(first.text().substring(0, verb.start()), verb.group(1), context);
        }
        int close = Math.max(last.text().lastIndexOf('”'), last.text().lastIndexOf('"'));
        if (speaker == null && close >= 0 && close < last.text().length() - 1) {
            speaker = tailSpeaker(last.text().substring(close + 1).replaceFirst("^[,\\s]+", ""), context);
        }
        if (speaker == null && tail != null) speaker = tailSpeaker(tail.text(), context);
        if (speaker == null) speaker = context.lastSpeaker().orElse(context.sourceSpeaker());
        else context.spoke(speaker);
        List<Claim> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String text = s.text();
            if (s == last) {
                int end = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
                if (end >= 0) text = text.substring(0, end);
            }
            if (s == first && open >= 0) text = text.substring(Math.min(text.length(), open + 1));
            out.addAll(statements(s, speaker, List.of(text)));
        }
        return out;
    }

    private static String afterFirstVerb(String rest) {
        Matcher verb = SpeechVerbs.ANY.matcher(rest);
        return verb.find() ? rest.substring(verb.end()) : "";
    }

    /** Splits "A, adding that B" and "A and also said B" into A and B (parts may be blank). */
    private static List<String> continuations(String claim) {
        return List.of(CONTINUATION.split(claim, -1));
    }

    private static boolean opensQuote(String text) {
        return quoteBalance(text) > 0;
    }

    private static boolean closesQuote(String text) {
        return quoteBalance(text) < 0 || (text.indexOf('”') >= 0 && text.indexOf('“') < 0)
                || (text.indexOf('"') >= 0 && quoteBalance(text) != 0);
    }

    /** Opening minus closing curly quotes; an odd number of straight quotes counts as one open. */
    private static int quoteBalance(String text) {
        int balance = 0, straight = 0;
        for (char c : text.toCharArray()) {
            if (c == '“') balance++;
            else if (c == '”') balance--;
            else if (c == '"') straight++;
        }
        return balance + (straight % 2);
    }

    private static int indexOfOpeningQuote(String text) {
        int curly = text.indexOf('“'), straight = text.indexOf('"');
        if (curly < 0) return straight;
        if (straight < 0) return curly;
        return Math.min(curly, straight);
    }

    private static boolean insideQuote(String text, int position) {
        return quoteBalance(text.substring(0, position)) > 0;
    }

    /** Trims quote marks, dangling punctuation and a final full stop around a claim. */
    static String clean(String claim) {
        String previous, s = claim;
        do {
            previous = s;
            s = s.strip()
                    .replaceAll("^[“”\"'‘’\\s,:;—–-]+", "")
                    .replaceAll("[“”\"‘\\s,:;—–-]+$", "")
                    .replaceAll("[.]+$", "")
                    .replaceFirst("^(?:Also|However|Meanwhile|Still|But|And|Instead|Now|Unfortunately),?\\s+", "");
        } while (!s.equals(previous));
        // A quote cut by the claim boundary: "… negotiations were “on track" loses its dangling mark.
        if (s.chars().filter(c -> c == '“').count() > s.chars().filter(c -> c == '”').count()) {
            int last = s.lastIndexOf('“');
            s = s.substring(0, last) + s.substring(last + 1);
        }
        return s.strip();
    }

    record Attribution(Speaker speaker, List<String> claims) {}
}
