package radar.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.actor.ActorRegistry;

/**
 * Works out who the words before a speech verb name. Of the ways they could name someone
 * ({@link SpeakerCandidates}: an alias, a pronoun, a new name, a description), the speaker is the
 * candidate that ends right before the verb, as a grammatical subject does;
 * for "X did this, noting …" it is the subject at the start of the clause.
 */
@ApplicationScoped
public class SpeakerFinder {

    private static final Pattern INTRO = Pattern.compile(
            "(?i)^(?:(?:however|but|and|meanwhile|still|yet|instead|also|even|separately|shortly after [^,]+|in turn|in response"
                    + "|on \\w+day|with)[,]?\\s+)+");
    private static final Pattern INTRO_PARTICIPLE = Pattern.compile("^[A-Z][a-z]+ing\\b[^,]*,\\s*");
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?:[\\s,]+(?:also|firmly|earlier|later|again|previously|repeatedly|publicly|long|first|then|now|has|have|had|would|will|could"
                    + "|did|does|is|are|was|were|already|still|only|just|once|often|sometimes|further|today|yesterday|here|there|(?:on|earlier on|late on|early on|last) [A-Z][a-z]+day"
                    + "|[A-Z][a-z]+day|(?:earlier |later )?(?:this|last) (?:week|month|year|weekend|morning|afternoon|evening)|responded by|reacted by|replied by"
                    + "|(?:continues|continued|continue|went on|goes on|appeared|appears|seemed|seems|began|begins|tried|tries) to|(?!(?:family|families|assembly|supply|rally|ally|anomaly|monopoly|bully)\\b)[a-z]+ly))+[\\s,]*$");
    /** "Richard Roe, director of the institute, said": a subject, then an aside that runs up to the verb. */
    private static final Pattern APPOSITIVE = Pattern.compile("^(?<head>[^,—]{2,60}?)\\s*(?:,|--|—)\\s.*(?:,|--|—)$");
    private static final int MAX_HEAD_WORDS = 6;
    /** "The council issued a statement saying …": the document speaks for whoever issued it. */
    private static final Pattern ISSUED_DOCUMENT = Pattern.compile(
            "^(?<subject>.+?)\\s+(?:issued|released|published|put out|posted|sent)\\s+(?:a|an|its|their)\\s+(?:[\\p{L}-]+\\s+)?"
                    + "(?:statement|report|letter|post|memo|release|video)(?:\\s+(?:on\\s+)?[A-Z][a-z]+day)?$");
    private static final Pattern LEADING_SETTING = Pattern.compile(
            "^(?:In|On|At|After|Before|During|Last|This|Earlier|Later|Since|Despite|Amid|Following|Over|Within|By|Among|Of)\\b[^,“”\"]{0,80},\\s+");
    private static final Pattern RELATIVE = Pattern.compile(
            "^(?<np>.*\\S)\\s*(?:,|--|—)\\s+(?<who>(?:(?:many|some|most|all|several|both|one) of )?(?:who|whom|which))(?:[’']s)?(?:\\s+(?:also|has|have|had|\\w+ly|in \\d{4}))*$");
    /** Poll answers: "Nearly half said", "Six in 10 say", "About four out of 10 voters said", "43 percent of Republicans say". */
    private static final Pattern QUANTIFIED = Pattern.compile(
            "(?i)^(?:(?:about|nearly|almost|roughly|around|more than|fewer than|less than|over|under|just|only|as many as|at least|some)\\s+)?"
                    + "(?:\\d[\\d,.]*(?:%|\\s+percent)?|half|a third|a quarter|a fifth|two-thirds|three-quarters|a (?:slim |narrow |clear )?majority"
                    + "|most|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:in|out of)\\s+(?:\\d+|two|three|four|five|ten))"
                    + "(?:\\s+(?:of\\s+)?(?:the\\s+|them|those\\s+)?[\\p{L}\\s'’-]{0,50})?$");
    private static final Pattern TRAILING_ASIDE = Pattern.compile(",\\s[^,]{1,60},?\\s*$");
    private static final Set<String> PREPOSITIONS = Set.of("in", "across", "at", "to", "from", "on", "of", "for", "near", "by",
            "against", "between", "over", "into", "about", "within", "toward", "towards", "than", "like", "beneath", "under", "with", "without", "among");
    private final ActorRegistry registry;
    private final SubjectPhrase subjects;
    private final SpeakerCandidates candidates;

    @Inject
    public SpeakerFinder(ActorRegistry registry, SubjectPhrase subjects) {
        this.registry = registry;
        this.subjects = subjects;
        this.candidates = new SpeakerCandidates(registry);
    }

    /** The noun phrases of speakers, read from parts of speech. */
    SubjectPhrase subjects() {
        return subjects;
    }

    /** The speaker named by the words right before a speech verb, or null if they name none. */
    Speaker beforeVerb(String lead, String verb, ArticleContext context) {
        // "He’s claiming": the contraction is the auxiliary, the pronoun the speaker.
        // A parenthesis names a party or a place, not the speaker: "Rep. Gwen Moore (D-Wis.) said".
        String s = INTRO.matcher(lead.replaceAll("\\s*\\([^()]{1,40}\\)", "").strip()).replaceFirst("")
                .replaceFirst("(?i)\\b(he|she|it|they|who)[’']s$", "$1");
        s = INTRO_PARTICIPLE.matcher(s).replaceFirst("");
        boolean participleAfterClause = verb.toLowerCase(Locale.ROOT).endsWith("ing") && s.stripTrailing().endsWith(",");
        // "Cruz exhorted Republicans to vote their conscience and said …": the second verb shares the subject.
        boolean secondVerb = !verb.endsWith("ing") && s.matches("(?s).*\\S.*\\s(?:,\\s*)?(?:and|but)(?:\\s+(?:also|has|have|then|later))*$")
                && s.split("\\s+").length > 3;
        if (participleAfterClause || secondVerb) return clauseSubject(s, false, context);
        Matcher issued = ISSUED_DOCUMENT.matcher(s.strip());
        if (issued.matches()) return beforeVerb(issued.group("subject"), "said", context);
        Speaker beforeAside = beforeAside(s, context);
        if (beforeAside != null) return beforeAside;
        Speaker relative = relativeClause(s, context);
        if (relative != null) return relative;
        String wholeLead = s;
        for (int attempt = 0; attempt < 3; attempt++) {
            String trimmed = TRAILING_FILLER.matcher(s).replaceFirst("").replaceAll("[\\s,]+$", "");
            int end = trimmed.length();
            for (SpeakerCandidates.Candidate c : candidates.in(trimmed, context)) {
                if (c.end() == end && !afterPreposition(trimmed, c.start())) {
                    context.named(c.speaker().actor(), trimmed.substring(Math.max(0, lastClauseStart(trimmed, c.start()))));
                    return c.speaker();
                }
            }
            // "…, attorneys for the family said": a noun phrase that opens the clause.
            // Not "CSIS, a Washington think tank, said": a phrase closed by a comma is an aside.
            String phrase = trimmed.isBlank() || s.stripTrailing().endsWith(",") ? null : subjects.before(trimmed);
            if (phrase != null) return described(phrase, context);
            // "Trump, in a social media post, described …": drop the aside and look again.
            String withoutAside = TRAILING_ASIDE.matcher(trimmed).replaceFirst("");
            if (withoutAside.equals(trimmed)) break;
            s = withoutAside;
        }
        // Nothing known ends there: the noun phrase that does ("The Indiana governor") is the speaker.
        String rest = TRAILING_FILLER.matcher(s).replaceFirst("").replaceAll("[\\s,]+$", "");
        String phrase = rest.isBlank() ? null : subjects.before(rest);
        if (phrase != null) return described(phrase, context);
        // "Those close to him say …": a subject whose modifier keeps it away from the verb.
        String clause = LEADING_SETTING.matcher(wholeLead.strip()).replaceFirst("");
        if (QUANTIFIED.matcher(clause).matches()) return described(clause, context);
        String head = verb.endsWith("ing") || clause.isBlank() ? null : subjects.headBeforeModifier(clause);
        if (head != null) {
            Speaker named = candidates.in(head, context).stream().filter(c -> c.start() <= 1 && c.end() == head.length())
                    .findFirst().map(SpeakerCandidates.Candidate::speaker).orElse(null);
            return named != null ? named : described(head, context);
        }
        // "Trump sent a series of tweets saying …": a participle speaks for the clause's subject.
        boolean bareParticiple = verb.endsWith("ing") && !s.stripTrailing().matches("(?s).*[,;:\"”]$");
        return bareParticiple ? clauseSubject(s, true, context) : null;
    }

    /**
     * "Zelenskyy remains skeptical, noting …", "The Republican nominee outlined his plan and vowed
     * …": the claim belongs to the subject that opens the clause, a known speaker where one spans
     * the opening noun phrase ("Two Democratic speechwriters", not the name "Two Democratic").
     * With {@code nounPhraseOnly}, only where a noun phrase opens the clause.
     */
    private Speaker clauseSubject(String fullClause, boolean nounPhraseOnly, ArticleContext context) {
        String clause = LEADING_SETTING.matcher(fullClause).replaceFirst(""); // "In August, several groups …"
        String opening = subjects.opening(clause);
        if (opening == null && nounPhraseOnly) return null; // no clause opens here: "Washington – U.S. President …"
        int openingEnd = opening == null ? 0 : clause.indexOf(opening) + opening.length();
        Speaker known = candidates.in(clause, context).stream()
                .filter(c -> (c.start() <= 1 || clause.substring(0, c.start()).strip().matches("(?i)the|a|an")) && c.end() >= openingEnd
                        && !Quotes.insideQuote(clause, c.start() + 1))
                .findFirst().map(SpeakerCandidates.Candidate::speaker).orElse(null);
        if (known != null) return known;
        return opening == null ? null : described(opening, context);
    }

    private Speaker described(String phrase, ArticleContext context) {
        Speaker speaker = candidates.description(phrase, context);
        context.named(speaker.actor(), phrase);
        return speaker;
    }

    /**
     * "…, Mr. Kamin, who said that …": the speaker of a relative clause is the noun phrase it
     * hangs on, written "who" (as "he" is written "he").
     */
    private Speaker relativeClause(String lead, ArticleContext context) {
        Matcher m = RELATIVE.matcher(lead.strip());
        if (!m.matches()) return null;
        String before = m.group("np").strip();
        for (SpeakerCandidates.Candidate c : candidates.in(before, context)) {
            if (c.end() == before.length() && !afterPreposition(before, c.start())) return new Speaker(c.speaker().actor(), m.group("who"), c.speaker().person());
        }
        // The phrase need not open a clause: "… to placate nervous Democrats, who have argued …".
        String phrase = subjects.endingNounPhrase(before);
        return phrase == null ? null : new Speaker(candidates.description(phrase, context).actor(), m.group("who"), false);
    }

    /** Capitalised words before a name: a title ("President", "US Defence Secretary"). */
    private static final Pattern TITLE_WORDS = Pattern.compile("^(?:[A-Z][\\p{L}.'’-]*\\s+){1,3}$");

    /** The subject of "NAME, an aside, said" (also "NAME -- aside -- said"), or null. */
    private Speaker beforeAside(String lead, ArticleContext context) {
        Matcher m = APPOSITIVE.matcher(lead.strip());
        if (!m.matches()) return null;
        String head = m.group("head").strip();
        if (head.split("\\s+").length > MAX_HEAD_WORDS) return null;
        for (SpeakerCandidates.Candidate c : candidates.in(head, context)) {
            // "President Donald Trump, in a Fox News interview, said": a title before the name is no aside.
            if ((c.start() <= 1 || TITLE_WORDS.matcher(head.substring(0, c.start())).matches()) && c.end() == head.length()) {
                context.named(c.speaker().actor(), head);
                return c.speaker();
            }
        }
        String phrase = subjects.before(head);
        // The whole head must be the noun phrase: "Experts on the region", not "In a statement".
        return head.equals(phrase) ? described(phrase, context) : null;
    }

    /** Where the claim starts after "told LISTENER" when no "that" marks it, or -1. */
    int claimAfterListener(String rest) {
        return subjects.claimAfterListener(rest);
    }

    /** "the Gaza Humanitarian Foundation (GHF)": the acronym names the same actor in the rest of the article. */
    void learnAcronyms(String sentence, ArticleContext context) {
        candidates.learnAcronyms(sentence, context);
    }

    /** The known speaker or noun phrase that opens a clause ("Meanwhile, the GHF denied …"), or null. */
    Speaker openingSubject(String clause, ArticleContext context) {
        return clauseSubject(INTRO.matcher(clause.strip()).replaceFirst(""), true, context);
    }

    /** The claim with a leading pronoun that means the speaker replaced by the speaker's name. */
    String selfReference(String claim, Speaker speaker) {
        return subjects.selfReference(claim, speaker.actor().name(), speaker.person());
    }

    /** The speaker named by a phrase on its own ("a statement from the White House", "Peskov"). */
    Speaker named(String phrase, ArticleContext context) {
        return candidates.named(phrase, context);
    }

    /** {@link #named}, else the noun phrase itself as a description ("exit polls", "the data"). */
    Speaker namedOrDescribed(String phrase, ArticleContext context) {
        Speaker named = named(phrase, context);
        if (named != null) return named;
        String nounPhrase = subjects.before(phrase.strip());
        // After "according to" a short phrase names a source even where the tagger reads no noun phrase ("exit polls").
        if (nounPhrase == null && phrase.strip().split("\\s+").length <= MAX_HEAD_WORDS) nounPhrase = phrase.strip();
        return nounPhrase == null ? null : described(nounPhrase, context);
    }

    /** Remembers the first person a sentence names (usually its subject), for a "he" further on. */
    void observe(String text, ArticleContext context) {
        var known = registry.mentions(text).stream().filter(m -> m.actor().isPerson()).findFirst();
        if (known.isPresent()) {
            context.mentioned(new Speaker(registry.principal(known.get().actor()), known.get().asWritten(), true));
            return;
        }
        // Someone the registry does not know: "Warren pressed Stumpf …" then "…, she said".
        candidates.in(text, context).stream().filter(c -> c.speaker().person() && !Quotes.insideQuote(text, c.start())).findFirst()
                .ifPresent(c -> context.mentioned(c.speaker()));
    }

    /** Where the clause holding position starts: after the last comma before it. */
    private static int lastClauseStart(String text, int position) {
        return text.lastIndexOf(", ", position) + 1;
    }

    private static boolean afterPreposition(String text, int start) {
        String before = text.substring(0, start).stripTrailing();
        int space = before.lastIndexOf(' ');
        String word = before.substring(space + 1).toLowerCase(Locale.ROOT);
        return PREPOSITIONS.contains(word);
    }
}
