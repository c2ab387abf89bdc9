package radar.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.actor.Mention;

/**
 * Every way some words could name a speaker: registry aliases ("Kremlin spokesperson Dmitry
 * Peskov"), pronouns that point back ("he", "it"), new proper names ("Centre for Strategic and
 * International Studies") and descriptions ("the agency", "analysts"), each with its position.
 * Which of them is the speaker of a verb is {@link SpeakerFinder}'s job.
 */
final class SpeakerCandidates {

    /** "the statement issued by the IDF", "a report from the agency": the document speaks for its author. */
    private static final Pattern DOCUMENT_BY = Pattern.compile(
            "(?i)^(?:the|a|an|its|their)?\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:statement|report|letter|post|document|assessment|release|memo|filing)"
                    + "\\s+(?:(?:issued|released|published|presented|sent|posted)\\s+)?(?:by|from)\\s+(?<who>.+)$");

    private static final Pattern LONE_DOCUMENT = Pattern.compile("(?i)^(?:the|this|that)\\s+(?:statement|report|letter|post|memo|filing|release)$");

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
            "(?i)(?<![’'])\\b(?:[\\p{L}.-]+[’']s\\s+)?(?:(?:the|a|an|its|his|her|their)\\s+)?(?:(?!(?:with|and|by|of|in|on|for|to|from|as|at|that|while)\\b|[\\p{L}-]+ed\\s)[\\p{L}-]+\\s+){0,2}?(?:"
                    + AGENTS + ")\\b");
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "\\b(?:Ministry|Agency|Centre|Center|Institute|Department|Office|Council|Committee|Bank|Group|Inc|Corp|Company"
                    + "|University|Studies|Force|Army|Service|Commission|Court|Party|Union|Board|Authority|Association|Foundation"
                    + "|News|Times|Post|Press|Reuters|Agency|Organisation|Organization|Fund|Network|Police|Parliament|Senate)\\b");
    private static final Pattern TITLE = Pattern.compile(
            "\\b(?:Minister|President|Secretary|Governor|Mayor|Senator|Chancellor|Ambassador|General|Director|Chairman|Chairwoman"
                    + "|Chair|CEO|Spokesperson|Spokesman|Spokeswoman|Commissioner|Judge|Prosecutor|Professor|Dr\\.?|Envoy|Advisor|Adviser)\\b");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "That", "These", "Those", "It", "He",
            "She", "They", "We", "I", "In", "On", "At", "But", "However", "Meanwhile", "Still", "And", "As", "After",
            "Before", "While", "When", "Also", "Hours", "Days", "Earlier", "Later", "Now", "Then", "Even", "Both", "Last",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "With", "Without", "According",
            "His", "Her", "Its", "Their", "Our", "My", "Your");

    private static final Pattern NAME_AND_ACRONYM = Pattern.compile("((?:[A-Z][\\p{L}’'-]*\\s+(?:(?:of|for|and|on)\\s+)?){1,6})\\(([A-Z]{2,6})\\)");

    record Candidate(Speaker speaker, int start, int end) {}

    private final ActorRegistry registry;

    SpeakerCandidates(ActorRegistry registry) {
        this.registry = registry;
    }

    /** A speaker known only by a description: one named so before in this article, or someone new. */
    Speaker description(String phrase, ArticleContext context) {
        Matcher document = DOCUMENT_BY.matcher(phrase);
        if (document.matches()) {
            Speaker author = named(document.group("who"), context);
            if (author != null) return new Speaker(author.actor(), phrase, author.person());
        }
        // "“…,” the statement continued": the document of whoever issued one last, or spoke last.
        // Not "the report" after someone spoke: a report is seldom the last speaker's own (it is, once issued: "in a report").
        Optional<Speaker> issuer = phrase.matches("(?i).*\\b(?:report|memo|filing)$") ? context.issuer() : context.statementAuthor();
        if (LONE_DOCUMENT.matcher(phrase).matches() && issuer.isPresent()) {
            Speaker author = issuer.get();
            return new Speaker(author.actor(), phrase, author.person());
        }
        // "all the experts" is "the experts"; "the 86-year-old supreme leader" is "the supreme leader".
        String key = phrase.toLowerCase(Locale.ROOT).replaceFirst("^(?:all\\s+)?(the|a|an|its|his|her|their|my|your|our)\\s+", "")
                .replaceAll("(?:\\b\\d+)?-year-old\\s+", "");
        Actor actor = context.describedBy(List.of(key.split("\\s+"))).orElseGet(() -> context.discover("the-" + ActorRegistry.slug(key),
                () -> new Actor("the-" + ActorRegistry.slug(key), "the " + key, Actor.INSTITUTION, null, null, null, List.of(phrase))));
        return new Speaker(actor, phrase, false);
    }

    /** The speaker named by a phrase on its own ("a statement from the White House", "Peskov"). */
    Speaker named(String phrase, ArticleContext context) {
        Matcher document = DOCUMENT_BY.matcher(phrase.strip());
        if (document.matches()) { // "the statement issued by the Norland Rail Company"
            Speaker author = named(document.group("who"), context);
            if (author != null) return new Speaker(author.actor(), phrase.strip(), author.person());
        }
        List<Mention> aliases = registry.mentions(phrase);
        String whole = phrase.strip().replaceFirst("[.,;]+$", "");
        // An alias that only modifies the phrase ("the US" of "the US Defense Intelligence Agency") names no speaker.
        for (Mention m : aliases) {
            if (!modifiesAName(phrase, m.end())) return new Speaker(registry.principal(m.actor()), m.asWritten(), m.actor().isPerson());
        }
        List<Candidate> all = in(whole, context);
        return all.stream().filter(c -> !modifiesAName(whole, c.end())).findFirst().or(() -> all.stream().findFirst())
                .map(Candidate::speaker).orElse(null);
    }

    /** "the US" of "the US Defense Intelligence Agency": a name that goes on with capitalised words only modifies it. */
    private static boolean modifiesAName(String text, int end) {
        return text.substring(end).matches("(?s)\\s+[A-Z][\\p{L}.-]*\\s+[A-Z].*");
    }

    /** Every way the text could name a speaker, by position; aliases win over overlapping guesses. */
    List<Candidate> in(String text, ArticleContext context) {
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
            // Not "General of Pakistan": a title followed by "of …" is the whole description.
            if (afterTitle > 0 && afterTitle < candidate.length() && !candidate.substring(afterTitle).strip().matches("(?s)(?:of|for|and)\\b.*")) {
                candidate = candidate.substring(afterTitle).strip();
            }
            String finalName = candidate;
            boolean organisation = ORGANISATION_WORD.matcher(finalName).find();
            boolean person = !organisation && finalName.split("\\s+").length >= 2;
            Actor named = organisation || person ? null : context.personBySurname(finalName);
            if (named != null) {
                add(found, new Candidate(new Speaker(named, finalName, true), name.end() - name.group().length() + name.group().indexOf(finalName), name.end()), firm);
                continue;
            }
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

    /** "the Gaza Humanitarian Foundation (GHF)": later "the GHF" is the same actor. */
    void learnAcronyms(String text, ArticleContext context) {
        Matcher pair = NAME_AND_ACRONYM.matcher(text);
        while (pair.find()) {
            // The name is as many of the capitalised words before the parenthesis as the acronym has letters.
            String[] words = pair.group(1).strip().split("\\s+");
            for (int first = 0; first < words.length; first++) {
                String name = String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
                if (!pair.group(2).equals(initials(name))) continue;
                Speaker named = named(name, context);
                if (named != null) context.discover(ActorRegistry.slug(pair.group(2)), named::actor);
                break;
            }
        }
    }

    /** "GHF" of "Gaza Humanitarian Foundation": the first letters of its capitalised words. */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) out.append(word.charAt(0));
        return out.toString();
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

}
