package radar.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a source phrase can name someone who speaks, by its head noun: "the mood in the capital suggests" and
 * "the union's repeated strikes show" name no speaker (a state of affairs, an act), "the ministry", "a poll" and "the
 * campaign" do. The nouns that cannot are a table written by {@code training/attribution/speaker_nouns.py} from WordNet's
 * senses and PolNeAR train's labelled sources, not listed by hand. A noun the table does not hold may speak.
 */
final class SpeakingNouns {

    private static final Set<String> NON_SPEAKERS = load("/attribution/non-speaker-nouns.txt");

    private final Grammar grammar;

    SpeakingNouns(Grammar grammar) {
        this.grammar = grammar;
    }

    /** False when the phrase's head is a common noun that names no speaker; true for names, pronouns, and any noun that may speak. */
    boolean canSpeak(String phrase) {
        return canSpeak(grammar.tag(phrase), 0);
    }

    private static boolean canSpeak(List<Grammar.Token> tokens, int from) {
        int end = phraseEnd(tokens, from);
        int head = end - 1;
        while (head >= from && !isWord(tokens.get(head))) head--;
        // "officials close to the talks", "two senators present who …": an adjective after the noun, before what follows, modifies it.
        if (head > from && tokens.get(head).is("ADJ") && tokens.get(head - 1).is("NOUN") && end < tokens.size()) head--;
        if (head < from) return true;
        Grammar.Token word = tokens.get(head);
        // A capitalised head is a name whatever its tag ("Mike Pence" is no plural of "penny"); right after a name the
        // noun may say when the name spoke ("Ruiz Sunday night"), while "the union's strikes" has its possessive.
        if (word.is("PROPN") || Character.isUpperCase(word.text().charAt(0)) || head > from && tokens.get(head - 1).is("PROPN")) return true;
        if (!isNonSpeaker(word.text().toLowerCase(Locale.ROOT))) return true;
        // "a slice of Hollywood", "the share of Republicans": a part speaks for those it is a part of.
        return end < tokens.size() && tokens.get(end).text().equalsIgnoreCase("of") && canSpeak(tokens, end + 1);
    }

    /**
     * Where the first noun phrase ends: at a preposition, punctuation, a relative or personal pronoun, a number, or a
     * participle after a noun ("the mood | in the capital", "officials | who attended", "a group | monitoring the
     * war", "superdelegates | supporting", "a post | four days ago"). A possessive stays inside ("the union's repeated strikes"); so
     * do a hyphen and "and" between nouns, and a last word the tagger took for a verb ("the online retail giant").
     */
    private static int phraseEnd(List<Grammar.Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Grammar.Token t = tokens.get(i);
            boolean started = i > from;
            if (t.is("ADP", "SCONJ", "AUX") || t.is("PUNCT") && !t.text().matches("[-’']s?")) return i;
            if (started && (t.is("PRON") && PRONOUN.matcher(t.text()).matches() || t.is("NUM"))) return i;
            boolean participle = t.text().endsWith("ing") || t.text().endsWith("ed");
            if (started && t.is("VERB") && tokens.get(i - 1).is("NOUN", "PROPN") && (participle || i < tokens.size() - 1)) return i;
        }
        return tokens.size();
    }

    /** A word that can head a noun phrase: a noun, or an adjective, verb or pronoun the tagger gave a noun ("magnate", "therapist"). */
    private static boolean isWord(Grammar.Token t) {
        return t.is("NOUN", "PROPN", "ADJ", "VERB") || t.is("PRON") && !PRONOUN.matcher(t.text()).matches();
    }

    private static final Pattern PRONOUN = Pattern.compile("(?i)i|me|my|mine|myself|you|your|yours|yourself|he|him|his|himself|she|her|hers|herself"
            + "|it|its|itself|we|us|our|ours|ourselves|they|them|their|theirs|themselves|who|whom|whose|which|that|this|these|those|what"
            + "|one|ones|some|any|none|all|both|each|either|neither|many|much|few|several|others?|another|someone|somebody|anyone"
            + "|anybody|everyone|everybody|no-one|nobody|something|anything|everything|nothing");

    private static boolean isNonSpeaker(String word) {
        return NON_SPEAKERS.contains(word) || NON_SPEAKERS.contains(singular(word));
    }

    /** The table holds lemmas: "strikes" is "strike", "casualties" "casualty", "crashes" "crash"; "aides" is "aide", not "aid". */
    private static String singular(String word) {
        if (word.endsWith("ies")) return word.substring(0, word.length() - 3) + "y";
        if (word.matches(".*(?:ss|x|z|ch|sh)es")) return word.substring(0, word.length() - 2);
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = SpeakingNouns.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
