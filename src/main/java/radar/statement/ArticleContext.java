package radar.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import radar.actor.Actor;
import radar.sentence.Sentence;

/** What the extractor remembers while reading one article: the last speaker, new names. */
final class ArticleContext {

    final Actor source;
    private Speaker lastSpeaker;
    private Speaker lastPerson;
    private Speaker lastInstitution;
    private Speaker blockSpeaker;
    private Speaker statementAuthor;
    private int blockParagraph;
    private final Map<String, Actor> discovered = new HashMap<>();
    /** Speakers of this article, newest first, with every phrase that named them. */
    private final LinkedHashMap<Actor, String> speakerPhrases = new LinkedHashMap<>();

    /** The sentences as written, by the form the rules read ({@link Quotes#normalise}). */
    private final Map<Sentence, Sentence> asWritten = new HashMap<>();

    ArticleContext(Actor source) {
        this.source = source;
    }

    void read(Sentence read, Sentence written) {
        asWritten.put(read, written);
    }

    /** Claims point at the sentence as the article wrote it. */
    Sentence asWritten(Sentence read) {
        return asWritten.getOrDefault(read, read);
    }

    Speaker sourceSpeaker() {
        return new Speaker(source, source.name(), false);
    }

    Optional<Speaker> lastSpeaker() {
        return Optional.ofNullable(lastSpeaker);
    }

    void spoke(Speaker speaker) {
        lastSpeaker = speaker;
        if (speaker.person()) lastPerson = speaker;
        else if (!speaker.actor().equals(source)) lastInstitution = speaker;
    }

    /** "the grid regulator Ofgrid said": later, "the regulator" can only mean Ofgrid. */
    void named(Actor actor, String phrase) {
        String known = speakerPhrases.remove(actor);
        speakerPhrases.put(actor, (known == null ? actor.name() : known) + " " + phrase);
    }

    /** The most recent speaker whose names so far contain every given word, if any. */
    Optional<Actor> describedBy(Collection<String> words) {
        List<Map.Entry<Actor, String>> newestFirst = new ArrayList<>(speakerPhrases.entrySet());
        Collections.reverse(newestFirst);
        for (Map.Entry<Actor, String> e : newestFirst) {
            String names = e.getValue().toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(w -> names.matches("(?s).*\\b" + Pattern.quote(w) + "\\b.*"))) return Optional.of(e.getKey());
        }
        return Optional.empty();
    }

    /** A person named in a sentence that quotes no one can still be "he" in the next one. */
    void mentioned(Speaker person) {
        lastPerson = person;
    }

    /**
     * "he"/"she" → the last person who spoke (or was named); "it" → the last institution that spoke
     * (also when a person spoke since);
     * "they" → the last speaker. Null when nothing fits: better unattributed than misattributed.
     */
    Speaker resolvePronoun(String pronoun) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        boolean person = p.equals("he") || p.equals("she") || p.endsWith("office");
        if (person) {
            if (lastSpeaker != null && lastSpeaker.person()) return new Speaker(lastSpeaker.actor(), pronoun, true);
            return lastPerson == null ? null : new Speaker(lastPerson.actor(), pronoun, true);
        }
        if (lastSpeaker == null) return null;
        // "it" after a person spoke: the institution that spoke before them, if any ("…, the paper said. Yet it …").
        if (p.equals("it") && lastSpeaker.person()) return lastInstitution == null ? null : new Speaker(lastInstitution.actor(), pronoun, false);
        return new Speaker(lastSpeaker.actor(), pronoun, lastSpeaker.person());
    }

    /** "X denied the reports, saying in a statement that …": later, "the statement" is X's, whoever relayed it. */
    void issuedStatement(Speaker author) {
        statementAuthor = author;
    }

    /** Who "the statement" of "“…,” the statement continued" is: its author if one was named, else the last speaker. */
    Optional<Speaker> statementAuthor() {
        return Optional.ofNullable(statementAuthor).or(this::lastSpeaker);
    }

    /** Who issued a statement, when one was said to be issued ("X said in a statement"). */
    Optional<Speaker> issuer() {
        return Optional.ofNullable(statementAuthor);
    }

    /** "The governor added:" with nothing after it: what follows, to the end of the next paragraph, is his. */
    void opensBlockQuote(Speaker speaker, int paragraph) {
        blockSpeaker = speaker;
        blockParagraph = paragraph;
    }

    Optional<Speaker> blockQuoteSpeaker(int paragraph) {
        return paragraph <= blockParagraph + 1 ? Optional.ofNullable(blockSpeaker) : Optional.empty();
    }

    /**
     * A person this article named in full before, by the last word of the name ("Ortiz" after "Mayor Ana Ortiz"):
     * news names a person in full once, then by surname. Null when none or more than one person has that surname.
     */
    Actor personBySurname(String surname) {
        List<Actor> found = discovered.values().stream().distinct()
                .filter(a -> Actor.PERSON.equals(a.kind()) && personalName(a.name(), surname)).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** "Ana Ortiz", "Gov. Ana M. Ortiz" end in the surname; "Gov. Ana Ortiz of Norland" and "most of Norland" name no one by it. */
    private static boolean personalName(String name, String surname) {
        return name.endsWith(" " + surname) && GIVEN_NAMES.matcher(name.substring(0, name.length() - surname.length())).matches();
    }

    /** The capitalised words before a surname: "Ana ", "Gov. Ana M. ". */
    private static final Pattern GIVEN_NAMES = Pattern.compile("(?:[A-Z][\\p{L}.'’-]*\\s+){1,4}");

    /** The same new name within one article is one actor. */
    Actor discover(String key, Supplier<Actor> create) {
        return discovered.computeIfAbsent(key, k -> create.get());
    }
}
