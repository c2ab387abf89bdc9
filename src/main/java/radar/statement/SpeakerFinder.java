package radar.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.actor.Mention;

/**
 * Works out who the words before a speech verb name: a registry alias ("Kremlin spokesperson
 * Dmitry Peskov"), a pronoun that points back ("he", "it"), a new proper name ("Centre for
 * Strategic and International Studies"), or a description of a speaker ("the agency", "analysts").
 * The speaker is the candidate that ends right before the verb, as a grammatical subject does;
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
                    + "|did|does|is|are|was|were|already|still|only|just|once|further|today|yesterday|(?:on|earlier on|late on|early on|last) [A-Z][a-z]+day"
                    + "|[A-Z][a-z]+day|(?:earlier |later )?(?:this|last) (?:week|month|year|weekend|morning|afternoon|evening)|responded by|reacted by|replied by|(?!(?:family|families|assembly|supply|rally|ally|anomaly|monopoly|bully)\\b)[a-z]+ly))+[\\s,]*$");
    /** "Richard Roe, director of the institute, said": a subject, then an aside that runs up to the verb. */
    private static final Pattern APPOSITIVE = Pattern.compile("^(?<head>[^,—]{2,60}?)\\s*(?:,|--|—)\\s.*(?:,|--|—)$");
    private static final int MAX_HEAD_WORDS = 6;
    /** "the statement issued by the IDF", "a report from the agency": the document speaks for its author. */
    private static final Pattern DOCUMENT_BY = Pattern.compile(
            "(?i)^(?:the|a|an|its|their)?\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:statement|report|letter|post|document|assessment|release|memo|filing)"
                    + "\\s+(?:(?:issued|released|published|presented|sent|posted)\\s+)?(?:by|from)\\s+(?<who>.+)$");

    private static final Pattern LONE_DOCUMENT = Pattern.compile("(?i)^(?:the|this|that)\\s+(?:statement|report|letter|post|memo|filing|release)$");

    private static final Pattern TRAILING_ASIDE = Pattern.compile(",\\s[^,]{1,60},?\\s*$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(he|she|it|they)\\b");
    private static final Pattern PROPER_NAME = Pattern.compile(
            "\\b[A-Z][\\p{L}'’.-]*(?:\\s+(?:(?:of|for|and|the|de|von|van|al)\\s+)?[A-Z][\\p{L}'’.-]*)*");
    private static final String AGENTS = "agency|ministry|office|spokesperson|spokesman|spokeswoman|official|officials|government"
            + "|army|military|police|company|firm|regulator|court|committee|council|group|analysts|analyst|experts|expert"
            + "|critics|observers|report|statement|leader|president|minister|secretary|commission|authority|authorities|service"
            + "|department|source|sources|prosecutors|prosecutor|union|board|bank|watchdog|institute|researchers|scientists"
            + "|residents|witnesses|lawmakers|diplomats|investigators|operator|manufacturer|spokespeople|team|campaign"
            + "|owners|owner|workers|employees|managers|management|executives|shareholders|investors|unions|doctors|nurses"
            + "|teachers|farmers|protesters|activists|scientists|economists|engineers|inspectors|regulators|lawyers|police";
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?i)\\b(?:(?:the|a|an|its|his|her|their)\\s+)?(?:(?!(?:with|and|by|of|in|on|for|to|from|as|at|that|while)\\b)[\\p{L}-]+\\s+){0,2}?(?:"
                    + AGENTS + ")\\b");
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "\\b(?:Ministry|Agency|Centre|Center|Institute|Department|Office|Council|Committee|Bank|Group|Inc|Corp|Company"
                    + "|University|Studies|Force|Army|Service|Commission|Court|Party|Union|Board|Authority|Association|Foundation"
                    + "|News|Times|Post|Press|Reuters|Agency|Organisation|Organization|Fund|Network|Police|Parliament|Senate)\\b");
    private static final Pattern TITLE = Pattern.compile(
            "\\b(?:Minister|President|Secretary|Governor|Mayor|Senator|Chancellor|Ambassador|General|Director|Chairman|Chairwoman"
                    + "|Chair|CEO|Spokesperson|Spokesman|Spokeswoman|Commissioner|Judge|Prosecutor|Professor|Dr\\.?|Envoy|Advisor|Adviser)\\b");
    private static final Set<String> PREPOSITIONS = Set.of("in", "across", "at", "to", "from", "on", "of", "for", "near", "by",
            "against", "between", "over", "into", "about", "within", "toward", "towards", "than", "like", "beneath", "under");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "That", "These", "Those", "It", "He",
            "She", "They", "We", "I", "In", "On", "At", "But", "However", "Meanwhile", "Still", "And", "As", "After",
            "Before", "While", "When", "Also", "Hours", "Days", "Earlier", "Later", "Now", "Then", "Even", "Both", "Last",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "With", "Without", "According");

    record Candidate(Speaker speaker, int start, int end) {}

    private final ActorRegistry registry;
    private final SubjectPhrase subjects;

    @Inject
    public SpeakerFinder(ActorRegistry registry, SubjectPhrase subjects) {
        this.registry = registry;
        this.subjects = subjects;
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
        boolean secondVerb = !verb.endsWith("ing") && s.matches("(?s).*\\S.*\\s(?:,\\s*)?and$") && s.split("\\s+").length > 3;
        if (participleAfterClause || secondVerb) {
            // "Zelenskyy remains skeptical, noting …": the claim belongs to the clause's subject.
            String clause = s;
            Speaker subject = candidates(s, context).stream().filter(c -> c.start() <= 1 && !Quotes.insideQuote(clause, c.start() + 1))
                    .findFirst().map(Candidate::speaker).orElse(null);
            if (subject != null) return subject;
            // "The Republican nominee outlined his plan and vowed …": the noun phrase that opens the clause.
            String opening = subjects.opening(s);
            return opening == null ? null : described(opening, context);
        }
        Speaker beforeAside = beforeAside(s, context);
        if (beforeAside != null) return beforeAside;
        for (int attempt = 0; attempt < 3; attempt++) {
            String trimmed = TRAILING_FILLER.matcher(s).replaceFirst("").replaceAll("[\\s,]+$", "");
            int end = trimmed.length();
            for (Candidate c : candidates(trimmed, context)) {
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
        return phrase == null ? null : described(phrase, context);
    }

    private Speaker described(String phrase, ArticleContext context) {
        Speaker speaker = description(phrase, context);
        context.named(speaker.actor(), phrase);
        return speaker;
    }

    /** The subject of "NAME, an aside, said" (also "NAME -- aside -- said"), or null. */
    private Speaker beforeAside(String lead, ArticleContext context) {
        Matcher m = APPOSITIVE.matcher(lead.strip());
        if (!m.matches()) return null;
        String head = m.group("head").strip();
        if (head.split("\\s+").length > MAX_HEAD_WORDS) return null;
        for (Candidate c : candidates(head, context)) {
            if (c.start() <= 1 && c.end() == head.length()) {
                context.named(c.speaker().actor(), head);
                return c.speaker();
            }
        }
        String phrase = subjects.before(head);
        // The whole head must be the noun phrase: "Experts on the region", not "In a statement".
        return head.equals(phrase) ? described(phrase, context) : null;
    }

    /** A speaker known only by a description: one named so before in this article, or someone new. */
    private Speaker description(String phrase, ArticleContext context) {
        Matcher document = DOCUMENT_BY.matcher(phrase);
        if (document.matches()) {
            Speaker author = named(document.group("who"), context);
            if (author != null) return new Speaker(author.actor(), phrase, author.person());
        }
        // "“…,” the statement continued": the document of whoever spoke last.
        if (LONE_DOCUMENT.matcher(phrase).matches() && context.lastSpeaker().isPresent()) {
            Speaker last = context.lastSpeaker().get();
            return new Speaker(last.actor(), phrase, last.person());
        }
        String key = phrase.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an|its|his|her|their)\\s+", "");
        Actor actor = context.describedBy(List.of(key.split("\\s+"))).orElseGet(() -> context.discover("the-" + ActorRegistry.slug(key),
                () -> new Actor("the-" + ActorRegistry.slug(key), "the " + key, Actor.INSTITUTION, null, null, null, List.of(phrase))));
        return new Speaker(actor, phrase, false);
    }

    /** The claim with a leading pronoun that means the speaker replaced by the speaker's name. */
    String selfReference(String claim, Speaker speaker) {
        return subjects.selfReference(claim, speaker.actor().name(), speaker.person());
    }

    /** The speaker named by a phrase on its own ("a statement from the White House", "Peskov"). */
    Speaker named(String phrase, ArticleContext context) {
        Matcher document = DOCUMENT_BY.matcher(phrase.strip());
        if (document.matches()) { // "the statement issued by the Norland Rail Company"
            Speaker author = named(document.group("who"), context);
            if (author != null) return new Speaker(author.actor(), phrase.strip(), author.person());
        }
        List<Mention> aliases = registry.mentions(phrase);
        if (!aliases.isEmpty()) {
            Mention m = aliases.get(0);
            return new Speaker(registry.principal(m.actor()), m.asWritten(), m.actor().isPerson());
        }
        List<Candidate> all = candidates(phrase.strip(), context);
        return all.isEmpty() ? null : all.get(0).speaker();
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
        candidates(text, context).stream().filter(c -> c.speaker().person() && !Quotes.insideQuote(text, c.start())).findFirst()
                .ifPresent(c -> context.mentioned(c.speaker()));
    }

    /** Every way the text could name a speaker, by position; aliases win over overlapping guesses. */
    private List<Candidate> candidates(String text, ArticleContext context) {
        List<Candidate> found = new ArrayList<>();
        List<Mention> mentions = registry.mentions(text);
        for (Mention m : mentions) {
            found.add(new Candidate(new Speaker(registry.principal(m.actor()), m.asWritten(), m.actor().isPerson()), m.start(), m.end()));
        }
        Matcher pronoun = PRONOUN.matcher(text);
        while (pronoun.find()) {
            Speaker resolved = resolvePronoun(pronoun.group(1), text, pronoun.start(), found, context);
            if (resolved != null) add(found, new Candidate(resolved, pronoun.start(), pronoun.end()), found.size());
        }
        int firm = found.size(); // aliases and pronouns; what follows are guesses
        Matcher name = PROPER_NAME.matcher(text);
        while (name.find()) {
            String candidate = name.group().replaceAll("[’']s$", "").replaceAll("[.,]$", "");
            String[] words = candidate.split("\\s+");
            if (NOT_NAMES.contains(words[0])) {
                if (words.length == 1) continue;
                candidate = candidate.substring(words[0].length()).strip();
            }
            if (candidate.isEmpty() || candidate.length() < 3) continue;
            // "Health Minister Amara Osei": the person is the name after the title.
            Matcher title = TITLE.matcher(candidate);
            int afterTitle = -1;
            while (title.find()) afterTitle = title.end();
            if (afterTitle > 0 && afterTitle < candidate.length()) candidate = candidate.substring(afterTitle).strip();
            String finalName = candidate;
            boolean organisation = ORGANISATION_WORD.matcher(finalName).find();
            boolean person = !organisation && finalName.split("\\s+").length >= 2;
            Actor actor = context.discover(ActorRegistry.slug(finalName),
                    () -> new Actor(ActorRegistry.slug(finalName), finalName, person ? Actor.PERSON : Actor.GROUP, null, null, null, List.of(finalName)));
            add(found, new Candidate(new Speaker(actor, finalName, person), name.end() - name.group().length() + name.group().indexOf(finalName), name.end()), firm);
        }
        Matcher description = DESCRIPTION.matcher(text);
        while (description.find()) {
            // "the regulator", "the finance ministry": a speaker of this article named so before, else someone new.
            add(found, new Candidate(description(description.group().strip(), context), description.start(), description.end()), firm);
        }
        found.sort(Comparator.comparingInt(Candidate::start));
        return found;
    }

    /**
     * Adds a guess unless a registry alias or a pronoun already covers those words. Guesses may
     * overlap one another ("Harbour" the name, "Harbour engineers" the description): the caller
     * takes the one that ends where the subject ends.
     */
    private static void add(List<Candidate> found, Candidate candidate, int firm) {
        boolean covered = found.subList(0, firm).stream().anyMatch(f -> candidate.start() < f.end() && candidate.end() > f.start());
        if (!covered) found.add(candidate);
    }

    /** "Putin, however, … about what he said": a pronoun after a person who opens the clause is that person. */
    private Speaker resolvePronoun(String pronoun, String text, int position, List<Candidate> aliases, ArticleContext context) {
        boolean personal = pronoun.equalsIgnoreCase("he") || pronoun.equalsIgnoreCase("she");
        if (personal) {
            for (Candidate c : aliases) {
                if (c.start() <= 1 && c.end() < position && c.speaker().person()) return new Speaker(c.speaker().actor(), pronoun, true);
            }
        }
        return context.resolvePronoun(pronoun);
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
