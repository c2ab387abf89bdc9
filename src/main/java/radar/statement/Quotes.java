package radar.statement;

/** Where quotation marks open and close in news text (curly “…” and straight "…"). */
final class Quotes {

    private Quotes() {}

    /** Some outlets quote with two apostrophes (and no-break spaces become spaces) (''…'') or TeX-style marks (``…''): read them as "…". */
    static String normalise(String text) {
        String s = text.replace('\u00a0', ' '); // a no-break space is a space to the rules
        // “…" and "…”: some outlets mix curly and straight marks in one quote; count such a
        // sentence's double quotes by parity alone.
        long curlyOpen = s.chars().filter(c -> c == '“').count(), curlyClose = s.chars().filter(c -> c == '”').count();
        if (curlyOpen != curlyClose && s.indexOf('"') >= 0) s = s.replace('“', '"').replace('”', '"');
        return s.contains("''") || s.contains("``") ? s.replace("``", "\"").replace("''", "\"") : s;
    }

    /** The first clause-ending comma: outside quotes, or right before a closing quote ("… peace,” there …"). */
    static int commaOutsideQuotes(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != ',') continue;
            if (!insideQuote(text, i)) return i;
            if (i + 1 < text.length() && (text.charAt(i + 1) == '”' || text.charAt(i + 1) == '"')) return i + 1;
        }
        return -1;
    }

    static boolean opensQuote(String text) {
        return quoteBalance(text) > 0;
    }

    static boolean closesQuote(String text) {
        return quoteBalance(text) < 0 || (text.indexOf('”') >= 0 && text.indexOf('“') < 0)
                || (text.indexOf('"') >= 0 && quoteBalance(text) != 0);
    }

    /** Opening minus closing curly quotes; an odd number of straight quotes counts as one open. */
    static int quoteBalance(String text) {
        int balance = 0, straight = 0;
        for (char c : text.toCharArray()) {
            if (c == '“') balance++;
            else if (c == '”') balance--;
            else if (c == '"') straight++;
        }
        return balance + (straight % 2);
    }

    static int indexOfOpeningQuote(String text) {
        int curly = text.indexOf('“'), straight = text.indexOf('"');
        if (curly < 0) return straight;
        if (straight < 0) return curly;
        return Math.min(curly, straight);
    }

    static boolean insideQuote(String text, int position) {
        return quoteBalance(text.substring(0, position)) > 0;
    }
}
