package radar.sentence;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits an article into sentences: first into lines (news text keeps paragraphs, bullets and
 * headings on lines of their own), then each line with Apache OpenNLP's English sentence model.
 */
@ApplicationScoped
public class SentenceSplitter {

    private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•*·▪]|\\d{1,2}[.)])\\s+");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.!?…:;]\\s*$");
    private static final int MAX_HEADING_WORDS = 16;
    /** The dash that signs a quote or a letter ("― Ana Ruiz", "-- Ana Ruiz"): a horizontal bar, an em or en dash, one or two hyphens. */
    public static final String SIGNATURE_DASH = "(?:[―—–]|--?)";
    private static final Pattern SIGNED = Pattern.compile("(?<=[.!?…][\"”’']?)\\s*" + SIGNATURE_DASH + "\\s*\\p{Lu}[^.!?“”\"]{0,100}$");
    /** Initialisms and clock times the English model sometimes ends a sentence on: "U.S.", "5 p.m.". */
    /** "U.S.", "a.m.", "Sen.", a middle initial ("Jeffrey N."), a party in parentheses ("(R-Ga.)"). */
    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile(
            "(?:\\b(?:[A-Z]\\.){2,}|\\b[ap]\\.m\\.|\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Prof)\\.|\\b[A-Z][a-z]+ [A-Z]\\.|\\([^()]{1,20}\\.\\))$");
    /** A sentence does not open in lower case: "…,” she said." split off a quote, or a split after an abbreviation. */
    private static final Pattern OPENS_IN_LOWER_CASE = Pattern.compile("^[a-z]");
    /** "“…” ― Steve Quinlan.": a byline under a quote belongs to it. */
    private static final Pattern DASH_BYLINE = Pattern.compile("^[―—][\\s\\u00a0]*\\p{Lu}[^.!?“”\"]{0,60}[.]?$");

    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}&&[^ ]]");

    /** Thread-safe; a {@link SentenceDetectorME} is not, so one is made per call (cheap). */
    private final SentenceModel model;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IOException("missing " + MODEL_RESOURCE + " on the class path");
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP sentence model", e);
        }
    }

    public List<Sentence> split(String original) {
        // A no-break or thin space is a space to every pattern that reads a sentence (Java's \\s is ASCII only); one character
        // for one, so every offset still points into the original text.
        String text = SPACES.matcher(original).replaceAll(" ");
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Sentence> sentences = new ArrayList<>();
        String[] lines = text.split("\\R");
        int paragraph = 0;
        for (String rawLine : lines) {
            String line = rawLine.strip();
            if (line.isEmpty()) continue;
            Sentence.Kind kind = Sentence.Kind.BODY;
            var bullet = BULLET.matcher(line);
            if (bullet.find()) {
                kind = Sentence.Kind.BULLET;
                line = line.substring(bullet.end()).strip();
            } else if (isHeading(line)) {
                kind = Sentence.Kind.HEADING;
            }
            if (line.isEmpty()) continue;
            if (kind == Sentence.Kind.HEADING) { // short by definition
                sentences.add(located(text, sentences, paragraph, line, kind));
            } else {
                for (String s : capLength(mergeAbbreviationSplits(detector.sentDetect(line)))) {
                    sentences.add(located(text, sentences, paragraph, s, kind));
                }
            }
            paragraph++;
        }
        return sentences;
    }

    /** The next sentence, with where it stands in the text: after the one before it, whitespace may differ ("U.S." + "President"). */
    private static Sentence located(String text, List<Sentence> before, int paragraph, String sentence, Sentence.Kind kind) {
        int from = before.isEmpty() ? 0 : before.get(before.size() - 1).end();
        int start = text.indexOf(sentence, from), end = start + sentence.length();
        if (start < 0) {
            StringBuilder words = new StringBuilder();
            for (String w : sentence.split("\\s+")) words.append(words.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
            var m = Pattern.compile(words.toString()).matcher(text);
            if (m.find(from)) {
                start = m.start();
                end = m.end();
            } else {
                start = from;
                end = from;
            }
        }
        return new Sentence(before.size(), paragraph, sentence, kind, start, end);
    }

    /**
     * A "sentence" longer than this is a run-on paste, not a sentence: it is cut at word
     * boundaries into pieces of at most this length, so all of it is read and each piece fits
     * the model and the store.
     */
    static final int MAX_SENTENCE_CHARS = 2000;

    private static List<String> capLength(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            String rest = s;
            while (rest.length() > MAX_SENTENCE_CHARS) {
                int cut = rest.lastIndexOf(' ', MAX_SENTENCE_CHARS);
                if (cut < MAX_SENTENCE_CHARS / 2) cut = MAX_SENTENCE_CHARS;
                out.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut).strip();
            }
            if (!rest.isEmpty()) out.add(rest);
        }
        return out;
    }

    /** "Washington – U.S." + "President Donald Trump said …" is one sentence, not two. */
    private static List<String> mergeAbbreviationSplits(String[] detected) {
        List<String> merged = new ArrayList<>();
        for (String sentence : detected) {
            String s = sentence.strip();
            if (s.isEmpty()) continue;
            int last = merged.size() - 1;
            if (last >= 0 && (ENDS_WITH_ABBREVIATION.matcher(merged.get(last)).find() || OPENS_IN_LOWER_CASE.matcher(s).find()
                    || DASH_BYLINE.matcher(s).matches())) {
                merged.set(last, merged.get(last) + " " + s);
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** A short line that does not end a sentence; a headline in quotes ("‘This document looks like spam’") too. */
    private static boolean isHeading(String line) {
        // "“We will rebuild.” ― Ana Ruiz": a quote signed on its line is no heading (the signature is read with it).
        String unsigned = SIGNED.matcher(line).replaceFirst("");
        String unquoted = unsigned.replaceAll("[\"”’'‘“)\\]\\s]+$", "");
        return !CLOSING_PUNCTUATION.matcher(unquoted).find() && line.split("\\s+").length <= MAX_HEADING_WORDS;
    }
}
