package radar.statement;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokens with their part of speech (Universal Dependencies tags: NOUN, PROPN, VERB, AUX, …), from
 * Apache OpenNLP's English models: where the noun phrase before a speech verb begins, whether
 * "it" is followed by a full verb. Models load once; the taggers are made per call (they are not
 * thread-safe, and cheap).
 */
@ApplicationScoped
public class Grammar {

    /** One token: its text, where it stands in the tagged text, its UD tag. */
    public record Token(String text, int start, int end, String tag) {
        /** Whether the token has one of the tags; a merged token ("Norland's", PROPN+PART) has each of its parts. */
        public boolean is(String... tags) {
            for (String part : tag.split("\\+")) {
                for (String t : tags) if (t.equals(part)) return true;
            }
            return false;
        }
    }

    private final TokenizerModel tokens;
    private final POSModel pos;

    public Grammar() {
        tokens = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        pos = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    public List<Token> tag(String text) {
        // The models learnt straight apostrophes and quotes; news writes curly ones (same length, same offsets).
        String plainText = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        Span[] spans = abbreviationsWhole(possessivesApart(new TokenizerME(tokens).tokenizePos(plainText), plainText), plainText);
        String[] plain = Span.spansToStrings(spans, plainText);
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = new POSTaggerME(pos).tag(plain);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            // An acronym inside a sentence ("one GOP source") is a name, whatever the tagger guessed from its letters.
            boolean acronym = i > 0 && words[i].matches("\\p{Lu}{2,5}s?") && tags[i].matches("VERB|ADJ|ADV|NOUN");
            out.add(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), acronym ? "PROPN" : tags[i]));
        }
        return out;
    }

    /** The tokenizer cuts the last full stop off "E.U." and "U.S."; the tagger then reads a sentence end. */
    private static Span[] abbreviationsWhole(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            Span previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean abbreviationStop = previous != null && s.getCoveredText(text).toString().equals(".") && s.getStart() == previous.getEnd()
                    && previous.getCoveredText(text).toString().matches("(?:\\p{Lu}\\.)+\\p{Lu}");
            if (abbreviationStop) out.set(out.size() - 1, new Span(previous.getStart(), s.getEnd()));
            else out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    /** The tokenizer leaves "Connecticut's" whole; the tagger knows "Connecticut" and "'s" apart. */
    private static Span[] possessivesApart(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            int length = s.getEnd() - s.getStart();
            boolean possessive = length > 2 && text.startsWith("'s", s.getEnd() - 2) && Character.isLetter(text.charAt(s.getEnd() - 3));
            if (possessive) {
                out.add(new Span(s.getStart(), s.getEnd() - 2));
                out.add(new Span(s.getEnd() - 2, s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(Span[]::new);
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = Grammar.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing " + resource + " on the class path");
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP model " + resource, e);
        }
    }
}
