package radar.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The noun phrase that ends the words before a speech verb, read from parts of speech rather
 * than word lists: "The Indiana governor", "the nonpartisan Commission on Presidential Debates",
 * "Libertarian candidate Gary Johnson's doctor", "exit polls". It is the speaker when nothing
 * better (a known actor, a pronoun, a name) ends there.
 */
@ApplicationScoped
public class SubjectPhrase {

    /** Prepositions that stay inside a name or a description: "Commission on Presidential Debates", "head of the agency", "advisers to the president". */
    private static final Set<String> INNER_PREPOSITIONS = Set.of("of", "for", "on", "at", "in", "from", "to");
    private static final int MAX_TOKENS = 16;
    /** Open a phrase as a determiner does: "its defenders", "his lawyer", "one questioner". */
    private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their", "our", "my", "your", "one", "some", "many", "several");

    private final Grammar grammar;

    @Inject
    public SubjectPhrase(Grammar grammar) {
        this.grammar = grammar;
    }

    /** The part-of-speech tagger it reads with. */
    Grammar grammar() {
        return grammar;
    }

    /**
     * Whether the words are a clause of their own: they open with its subject (not a preposition, a conjunction or a
     * verb: "In an interview with the paper, …", "Speaking to reporters, …" lead into a clause) and hold a verb after a
     * noun or pronoun, the verb no bare participle ("his wife standing by his side" is a phrase).
     */
    boolean isClause(String words) {
        return isClause(grammar.tag(words));
    }

    private static boolean isClause(List<Grammar.Token> tokens) {
        if (tokens.isEmpty() || tokens.get(0).is("ADP", "SCONJ", "CCONJ", "VERB", "AUX", "PART", "PUNCT")) return false;
        boolean subject = false;
        for (Grammar.Token t : tokens) {
            if (t.is("NOUN", "PROPN", "PRON")) subject = true;
            else if (subject && (t.is("AUX") || t.is("VERB") && !t.text().endsWith("ing"))) return true;
        }
        return false;
    }

    /**
     * Whether the words can be a clause's subject on their own: a noun phrase ("Many of the closures"), a gerund ("Riding
     * alone at night"); not a clause ({@link #isClause}) and not opened by a preposition, a conjunction or an adverb
     * ("Since May", "While the talks go on", "So far").
     */
    boolean isSubject(String words) {
        List<Grammar.Token> tokens = grammar.tag(words);
        if (tokens.isEmpty() || tokens.get(0).is("ADP", "SCONJ", "CCONJ", "ADV", "PART", "PUNCT", "AUX")) return false;
        if (tokens.get(0).is("VERB") && !tokens.get(0).text().endsWith("ing")) return false;
        return !isClause(tokens);
    }

    /**
     * Whether the words only say where, when or how something was said: no more than two words ("Friday", "a warning"),
     * or opened by a preposition, an adverb or a participle ("on the radio", "pleasantly into the phone", ", shaking
     * his head"), not by the noun phrase a verb takes as its object ("Democrat Hillary Clinton in the race").
     */
    boolean isAdjunct(String words) {
        List<Grammar.Token> tokens = grammar.tag(words.replaceFirst("^[\\s\\p{P}]+", ""));
        long counted = tokens.stream().filter(t -> !t.is("PUNCT")).count();
        if (counted <= 2) return true;
        Grammar.Token first = tokens.get(0);
        return first.is("ADP", "ADV", "SCONJ") || first.is("VERB") && first.text().endsWith("ing");
    }

    /** The phrase, or null when the words do not end in a noun phrase. */
    String before(String fullLead) {
        return before(fullLead, true);
    }

    /** The noun phrase the words end with, wherever it starts ("placate nervous Democrats on Capitol Hill"), or null. */
    String endingNounPhrase(String words) {
        return before(words, false);
    }

    private String before(String fullLead, boolean opensClause) {
        // A subject is a few words long: the last twenty words are all it can take (and tagging more costs time).
        String[] words = fullLead.split("\\s+");
        boolean cut = words.length > 20;
        String lead = cut ? String.join(" ", java.util.Arrays.asList(words).subList(words.length - 20, words.length)) : fullLead;
        // The tagger mostly reads a phrase better with the verb after it ("attorney" is a noun
        // before "said"), but not always ("one slide said" has it take "slide" for the verb).
        List<Grammar.Token> withVerb = grammar.tag(lead + " said");
        String phrase = phrase(lead, withVerb.subList(0, withVerb.size() - 1), cut, opensClause);
        return phrase != null ? phrase : phrase(lead, grammar.tag(lead), cut, opensClause);
    }

    private static String phrase(String lead, List<Grammar.Token> tokens, boolean cut, boolean opensClause) {
        int last = tokens.size() - 1;
        if (last < 0) return null;
        // "the state attorney general": a title that ends in an adjective
        // "the admiral", tagged an adjective: after a determiner, the word that ends the phrase is its noun
        boolean titleAdjective = last > 0 && tokens.get(last).is("ADJ") && tokens.get(last - 1).is("NOUN", "PROPN", "DET");
        if (!tokens.get(last).is("NOUN", "PROPN") && !titleAdjective) return null;
        int first = last;
        while (first > 0 && last - first < MAX_TOKENS) {
            Grammar.Token t = tokens.get(first - 1);
            if (t.is("DET") || POSSESSIVES.contains(t.text().toLowerCase())) {
                first--;
                // A determiner opens the phrase, unless the phrase goes on before it: "attorneys for the family".
                Grammar.Token before = first >= 2 ? tokens.get(first - 1) : null;
                boolean inner = before != null && tokens.get(first - 2).is("NOUN", "PROPN")
                        && (before.is("ADP") && INNER_PREPOSITIONS.contains(before.text().toLowerCase()) || before.text().equalsIgnoreCase("and"));
                if (!inner) break;
                continue;
            }
            // "elected officials", "retired generals": a participle before the noun, not a predicate after one
            boolean participle = t.is("VERB") && t.text().endsWith("ed") && tokens.get(first).is("NOUN")
                    && (first - 2 < 0 || !tokens.get(first - 2).is("NOUN", "PROPN", "PRON"));
            // "US-backed" read as "US", "-", "backed"
            boolean hyphen = t.text().equals("-") && first >= 2 && t.start() == tokens.get(first - 2).end() && t.end() == tokens.get(first).start();
            boolean compound = t.is("VERB") && t.text().endsWith("ed") && first >= 2 && tokens.get(first - 2).text().equals("-");
            boolean inner = t.is("NOUN", "PROPN", "ADJ", "NUM") || participle || hyphen || compound || (t.is("PART") && t.text().endsWith("s"))
                    || t.text().matches("['’]s")
                    // "the former first lady and U.S. senator", "experts on North Korea and nuclear policy"
                    || (t.is("CCONJ") && t.text().equalsIgnoreCase("and") && first - 2 >= 0 && tokens.get(first - 2).is("NOUN", "PROPN", "ADJ"))
                    || (t.is("ADP") && INNER_PREPOSITIONS.contains(t.text().toLowerCase()) && first - 2 >= 0
                            && tokens.get(first - 2).is("NOUN", "PROPN", "ADJ", "NUM")); // "eight of 10 voters"
            if (!inner) break;
            first--;
        }
        // A subject opens its clause: the words start there, or a comma ends what came before
        // ("On Sunday's broadcast, the Indiana governor said"); "with explosions reported" has none.
        // "Nearly eight of 10 voters": an adverb that hedges the count opens the phrase with it.
        if (first == 1 && tokens.get(0).is("ADV") && tokens.get(1).is("NUM")) first = 0;
        if (opensClause && (first > 0 && !afterComma(tokens, first) || first == 0 && cut)) return null;
        return lead.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /**
     * The noun phrase a clause opens with, when a verb or an aside follows it: "The Republican
     * nominee" of "The Republican nominee outlined …" or of "The Republican nominee, like …, has …".
     */
    String opening(String clause) {
        List<Grammar.Token> tokens = grammar.tag(clause);
        int end = openingEnd(tokens);
        if (end == 0 || end >= tokens.size() || !tokens.get(end - 1).is("NOUN", "PROPN") || !tokens.get(end).is("VERB", "AUX", "ADV") && !tokens.get(end).text().equals(",")) return null;
        return clause.substring(tokens.get(0).start(), tokens.get(end - 1).end());
    }

    /** Words that head a subject on their own when a modifier follows: "Those close to him", "One of the docs". */
    private static final Set<String> PRONOUN_HEADS = Set.of("those", "some", "many", "most", "few", "one", "all", "none", "several", "each");
    /** Relative words that open a modifier after the head: "the doctor who treated her", "the experts I interviewed". */
    private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whose");
    private static final int MAX_MODIFIER_TOKENS = 10;

    /**
     * The head of a subject that a modifier separates from its verb: "Those" of "Those close to
     * him", "Political observers" of "Political observers in Virginia and around the country",
     * "the experts" of "all the experts I interviewed", "One" of "One of the docs who sent the
     * letter". The clause must be exactly that subject: a prepositional phrase, or a short
     * relative clause without commas. Null otherwise.
     */
    String headBeforeModifier(String clause) {
        List<Grammar.Token> tokens = grammar.tag(clause + " said");
        tokens = tokens.subList(0, tokens.size() - 1);
        if (tokens.isEmpty()) return null;
        int end = PRONOUN_HEADS.contains(tokens.get(0).text().toLowerCase()) ? 1 + openingEnd(tokens.subList(1, tokens.size())) : openingEnd(tokens);
        // "those surveyed", "those polled": the participle names them
        if (end == 1 && PRONOUN_HEADS.contains(tokens.get(0).text().toLowerCase()) && tokens.size() == 2 && tokens.get(1).is("VERB")
                && tokens.get(1).text().endsWith("ed")) {
            return clause.substring(tokens.get(0).start(), tokens.get(1).end());
        }
        // "Those close to him": the adjective belongs to the modifier, not to the head.
        if (end == 2 && PRONOUN_HEADS.contains(tokens.get(0).text().toLowerCase()) && tokens.get(1).is("ADJ")) end = 1;
        if (end == 0 || end >= tokens.size() || tokens.size() - end > MAX_MODIFIER_TOKENS) return null;
        Grammar.Token head = tokens.get(end - 1);
        if (!head.is("NOUN", "PROPN") && !PRONOUN_HEADS.contains(head.text().toLowerCase())) return null;
        if (tokens.subList(end, tokens.size()).stream().anyMatch(t -> t.is("PUNCT"))) return null;
        // A prepositional phrase ("in Virginia and around the country", "close to him") stays in the speaker's name …
        int i = end;
        boolean prepositional = tokens.get(i).is("ADP") || tokens.get(i).is("ADJ") && i + 1 < tokens.size() && tokens.get(i + 1).is("ADP");
        if (prepositional) {
            i++;
            while (i < tokens.size() && !tokens.get(i).is("VERB", "AUX") && !RELATIVES.contains(tokens.get(i).text().toLowerCase())) i++;
            if (i < tokens.size() && tokens.get(i - 1).is("PRON") && !tokens.get(i - 1).text().matches("(?i)him|her|them|us|me|it")) i--;
        }
        // … a relative clause after it ("who sent the letter", "I interviewed") does not.
        if (i < tokens.size()) {
            Grammar.Token relative = tokens.get(i);
            boolean opensRelative = RELATIVES.contains(relative.text().toLowerCase()) || relative.is("PRON") && !relative.text().equalsIgnoreCase("it")
                    // "A document presented by CNN on Thursday": a participle and its agent
                    || relative.is("VERB") && relative.text().endsWith("ed") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("by");
            if (!opensRelative) return null;
        }
        return clause.substring(tokens.get(0).start(), tokens.get(i - 1).end());
    }

    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "why", "what", "whether", "when", "where");
    private static final Set<String> TIME_WORDS = Set.of("week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight");

    /**
     * Where the claim starts after a listener when no "that" marks it: "told [Fox News host Alex
     * Marlow on Thursday] how surprised he is", "told [voters this weekend] he would …". -1 when
     * no clause follows the listener ("told him to leave").
     */
    int claimAfterListener(String rest) {
        List<Grammar.Token> tokens = grammar.tag(rest);
        int i = 0;
        boolean noun = false;
        // The listener: one noun phrase ("reporters", "the Breitbart News Daily host Alex Marlow", "him").
        while (i < tokens.size() && (tokens.get(i).is("DET", "ADJ", "NOUN", "PROPN", "NUM") || tokens.get(i).text().matches("['’]s|-")
                || noun && tokens.get(i).text().matches("of|and") && i + 1 < tokens.size() && tokens.get(i + 1).is("PROPN", "NOUN") // "The Post and Courier newspaper of Charleston"
                || i == 0 && tokens.get(i).text().matches("(?i)him|her|them|us|me"))) {
            if (noun && tokens.get(i).is("DET")) break; // a second noun phrase starts
            noun |= tokens.get(i).is("NOUN", "PROPN", "PRON");
            i++;
        }
        if (i == 0) return -1;
        // A place or a time after it: "in Tulare", "on Thursday", "this weekend", "Friday".
        while (i < tokens.size()) {
            int j = i;
            if (tokens.get(j).is("ADP") || tokens.get(j).is("DET")) j++;
            if (j < tokens.size() && TIME_WORDS.contains(tokens.get(j).text().toLowerCase())) {
                i = j + 1;
            } else if (tokens.get(i).is("ADP") && j < tokens.size() && tokens.get(j).is("PROPN")) {
                while (j < tokens.size() && tokens.get(j).is("PROPN")) j++;
                i = j;
            } else {
                break;
            }
        }
        if (i >= tokens.size() - 1) return -1;
        if (tokens.get(i).text().equalsIgnoreCase("that")) return tokens.get(i + 1).start(); // "told The Post and Courier on Saturday that …"
        Grammar.Token t = tokens.get(i);
        boolean clause = QUESTION_WORDS.contains(t.text().toLowerCase())
                || SUBJECT_PRONOUNS.contains(t.text().toLowerCase()) && tokens.get(i + 1).is("VERB", "AUX");
        // "told reporters [the bridge] would reopen": a subject noun phrase and its verb
        int j = i;
        while (!clause && j < tokens.size() && j - i < 5 && tokens.get(j).is("DET", "ADJ", "NOUN", "PROPN", "NUM")) j++;
        clause |= j > i && j < tokens.size() && tokens.get(j - 1).is("NOUN", "PROPN") && tokens.get(j).is("VERB", "AUX");
        return clause ? t.start() : -1;
    }

    /** Where the noun phrase that opens the tokens ends: "The Republican nominee", "Libertarian candidate Gary Johnson's doctor". */
    private static int openingEnd(List<Grammar.Token> tokens) {
        int end = 0;
        while (end < tokens.size() && end < MAX_TOKENS && (tokens.get(end).is("DET", "ADJ", "NOUN", "PROPN", "NUM")
                || tokens.get(end).text().matches("['’]s") || POSSESSIVES.contains(tokens.get(end).text().toLowerCase())
                || andAnotherNoun(tokens, end) || hyphenInWord(tokens, end))) {
            end++;
        }
        return end;
    }

    /** "ex-wife" read as "ex-" and "wife" (or "ex", "-", "wife"). */
    private static boolean hyphenInWord(List<Grammar.Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).text().endsWith("-") && tokens.get(i + 1).start() == tokens.get(i).end();
    }

    /** "The New York Times and the Gannett chain": "and" joins two noun phrases of one subject. */
    private static boolean andAnotherNoun(List<Grammar.Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).text().equalsIgnoreCase("and") && tokens.get(i - 1).is("NOUN", "PROPN")
                && tokens.get(i + 1).is("DET", "NOUN", "PROPN", "ADJ");
    }

    /** A comma ends what came before, or a comma and a closing quote ("… Morning Show,” the host said"). */
    private static boolean afterComma(List<Grammar.Token> tokens, int first) {
        String before = tokens.get(first - 1).text();
        if (before.equals(",")) return true;
        return (before.equals("”") || before.equals("\"")) && first >= 2 && tokens.get(first - 2).text().equals(",");
    }

    /**
     * "it approved the plan" said by the regulator is "the regulator approved the plan": a claim
     * that opens with the speaker's own pronoun and a full verb names the speaker instead. "it was
     * still broken" keeps its pronoun: there "it" is rarely the speaker.
     */
    String selfReference(String claim, String speakerName, boolean person) {
        String[] words = claim.split("\\s+", 6);
        if (words.length < 3 || !Set.of("it", "they").contains(words[0].toLowerCase())) return claim;
        // The opening words decide; tagging a whole (possibly very long) claim would only cost time.
        List<Grammar.Token> tokens = grammar.tag(String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(5, words.length))));
        if (tokens.size() < 3 || !tokens.get(1).is("VERB")) return claim;
        String pronoun = words[0].toLowerCase();
        boolean plural = speakerName.endsWith("s");
        // "it" is a singular institution, "they" a group; "we" stays ("Kremlin see" reads worse than "we see").
        boolean own = (pronoun.equals("it") && !plural && !person) || (pronoun.equals("they") && plural);
        return own ? speakerName + claim.substring(words[0].length()) : claim;
    }
}
