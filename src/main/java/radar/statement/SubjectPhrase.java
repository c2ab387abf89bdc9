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

    /** Prepositions that stay inside a name or a description: "Commission on Presidential Debates", "head of the agency". */
    private static final Set<String> INNER_PREPOSITIONS = Set.of("of", "for", "on", "at", "in");
    private static final int MAX_TOKENS = 12;

    private final Grammar grammar;

    @Inject
    public SubjectPhrase(Grammar grammar) {
        this.grammar = grammar;
    }

    /** The phrase, or null when the words do not end in a noun phrase. */
    String before(String fullLead) {
        // A subject is a few words long: the last twenty words are all it can take (and tagging more costs time).
        String[] words = fullLead.split("\\s+");
        boolean cut = words.length > 20;
        String lead = cut ? String.join(" ", java.util.Arrays.asList(words).subList(words.length - 20, words.length)) : fullLead;
        List<Grammar.Token> tokens = grammar.tag(lead);
        int last = tokens.size() - 1;
        if (last < 0 || !tokens.get(last).is("NOUN", "PROPN")) return null;
        int first = last;
        while (first > 0 && last - first < MAX_TOKENS) {
            Grammar.Token t = tokens.get(first - 1);
            if (t.is("DET")) {
                first--;
                // A determiner opens the phrase, unless the phrase goes on before it: "attorneys for the family".
                boolean inner = first >= 2 && tokens.get(first - 1).is("ADP") && INNER_PREPOSITIONS.contains(tokens.get(first - 1).text().toLowerCase())
                        && tokens.get(first - 2).is("NOUN", "PROPN");
                if (!inner) break;
                continue;
            }
            boolean inner = t.is("NOUN", "PROPN", "ADJ", "NUM") || (t.is("PART") && t.text().endsWith("s"))
                    || (t.is("ADP") && INNER_PREPOSITIONS.contains(t.text().toLowerCase()) && first - 2 >= 0
                            && tokens.get(first - 2).is("NOUN", "PROPN", "ADJ"));
            if (!inner) break;
            first--;
        }
        // A subject opens its clause: the words start there, or a comma ends what came before
        // ("On Sunday's broadcast, the Indiana governor said"); "with explosions reported" has none.
        if (first > 0 && !tokens.get(first - 1).text().equals(",") || first == 0 && cut) return null;
        return lead.substring(tokens.get(first).start(), tokens.get(last).end());
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
