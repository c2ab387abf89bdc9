package radar.topic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Content words of a statement: what two statements must share to be on the same subject. */
public final class Terms {

    static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
            "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could", "should",
            "can", "may", "might", "must", "not", "no", "that", "this", "these", "those", "it", "its", "he", "she", "they", "them",
            "his", "her", "their", "we", "our", "us", "you", "your", "i", "me", "my", "there", "here", "than", "then", "so",
            "if", "about", "after", "before", "over", "into", "also", "very", "more", "most", "some", "any", "all", "both",
            "which", "who", "whom", "what", "when", "where", "while", "such", "said", "says", "say", "stated", "told", "just",
            "only", "even", "now", "still", "however", "meanwhile", "last", "first", "new", "one", "two", "three", "including",
            "following", "despite", "during", "against", "between", "since", "until", "within", "without", "because",
            "going", "get", "got", "make", "made", "take", "took", "like", "per", "via", "yet", "each", "other", "others",
            "much", "many", "well", "way", "whether", "don", "doesn", "didn", "isn", "wasn", "won", "re", "ve", "ll", "s", "t");
    private static final int STEM = 5;

    private Terms() {}

    /** Lower-case content words, in order, without stopwords and numbers. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}-]+")) {
            if (word.length() < 3 || STOPWORDS.contains(word) || word.chars().allMatch(Character::isDigit)) continue;
            out.add(word);
        }
        return out;
    }

    /**
     * Crude stems (the first five letters): "Russia" and "Russian", "attack" and "attacks",
     * "facility" and "facilities" meet. Good enough to ask "do these share a subject word?".
     */
    public static Set<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : words(text)) out.add(word.length() > STEM ? word.substring(0, STEM) : word);
        return out;
    }

    public static boolean overlap(Set<String> a, Set<String> b) {
        for (String stem : a) if (b.contains(stem)) return true;
        return false;
    }
}
