package radar.event;

import java.util.regex.Pattern;

/** Whether a statement is negated: "not", "never", "no", "none", "without", "n't". */
public final class Negation {

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:no|not|never|without|none)\\b|n['’]t\\b");

    private Negation() {}

    public static boolean in(String text) {
        return NEGATION.matcher(text).find();
    }
}
