package radar.statement;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frames of dispute, read into the proposition they are about and its polarity: "X denied that Y",
 * "X denied Y", "X dismissed Y as false", "X rejected the claim that Y" deny Y; "X accused Y of
 * Z-ing" asserts "Y Z-ing"; "X blamed Y for Z" (or "accused Y for Z") asserts "Y caused Z"; "X put the toll at N" asserts
 * "the toll was N".
 */
final class DisputeFrames {

    /** What a frame says: its proposition, asserted or denied. */
    record Framed(String proposition, Polarity polarity) {}

    static final Set<String> DENY = Set.of("denied", "denies", "denying", "deny", "rejected", "rejects", "rejecting",
            "dismissed", "dismisses", "dismissing", "refuted", "refutes", "refuting", "disputed", "disputes", "disputing", "rebuffed");
    static final Set<String> ACCUSE = Set.of("accused", "accuses", "accusing", "blamed", "blames", "blaming");

    private static final Pattern CLAIM_THAT = Pattern.compile(
            "(?i)^(?:(?:the|a|an|these|those|such|any|all)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:claims?|reports?|allegations?|accusations?"
                    + "|suggestions?|assertions?|charges?|rumou?rs?|notion|idea)(?:\\s+(?:by|from)\\s+[^,“”\"]{2,60}?)?\\s+that\\s+(?<p>.+)$");
    private static final Pattern THAT = Pattern.compile("(?i)^(?:(?:on|in|at|earlier|later)\\b[^,“\"]{0,40}?\\s+)?that\\s+(?<p>.+)$");
    private static final Pattern AS_FALSE = Pattern.compile(
            "(?i)^(?<p>.+?)\\s+as\\s+(?:false|untrue|baseless|fabricated|fake|lies|a lie|nonsense|propaganda|groundless|unfounded"
                    + "|(?:completely|totally|entirely|utterly)\\s+\\w+)\\b.*$");
    /** An object that is itself a claim: one can deny responsibility or a report, not (in this sense) a condition or an offer. */
    private static final Pattern CLAIM_OBJECT = Pattern.compile(
            "(?i)^(?:(?:the|a|an|these|those|such|any|all|his|her|its|their|[\\p{L}’'-]+[’']s)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?"
                    + "(?:claims?|reports?|allegations?|accusations?|charges?|suggestions?|rumou?rs?|responsibility|involvement|wrongdoing"
                    + "|account|accounts|assertions?|statements?|figures?|findings?|assessments?)\\b.*$");
    /** "denied the claim and said that P", "denied the reports, saying P": the denial points back, the assertion says what the speaker holds. */
    private static final Pattern DENIED_AND_SAID = Pattern.compile(
            "(?i)^(?:the|these|those|such|that|this|any)\\s+(?:[\\p{L}’'-]+\\s+)?(?:claims?|reports?|allegations?|accusations?|charges?|rumou?rs?|accounts?|stor(?:y|ies)|suggestions?|assertions?)"
                    + "(?:,?\\s+and\\s+(?:said|added|insisted|stated|maintained)|,\\s+(?:saying|adding|insisting|stating)(?:\\s+(?:in|on)\\s+(?:a|an|its|their|his|her)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?)"
                    + "(?:\\s+that)?\\s+(?<p>.+)$");
    private static final Pattern ACCUSED_OF = Pattern.compile("(?i)^(?<who>.+?)\\s+of\\s+(?<what>.+)$");
    private static final Pattern PUT_AT = Pattern.compile("(?i)^the\\s+(?<what>(?:death\\s+)?(?:toll|number|figure|count|total|cost|damage))\\s+at\\s+(?<n>.+)$");
    private static final Pattern BLAMED_ONLY = Pattern.compile("(?i)^(?:a|an|the|its|their)\\s+[^;:“”\"]{3,120}$");
    private static final Pattern BLAMED_FOR = Pattern.compile("(?i)^(?<who>.+?)\\s+for\\s+(?<what>.+)$");

    /** "What Pakistan is claiming about downing three jets is simply not true": a claim named, then called false. */
    private static final Pattern CALLED_FALSE = Pattern.compile(
            "(?i)^(?:what\\s+(?<who>[^,]{2,60}?)\\s+(?:is|are|was|were|has been|have been)\\s+(?:claiming|saying|alleging|reporting)(?:\\s+about)?"
                    + "|(?:the|these|those|such)\\s+(?:claims?|reports?|allegations?|accusations?)\\s+(?:that|of|about))"
                    + "\\s+(?<p>[^,]{3,160}?)\\s+(?:is|are|was|were)\\s+(?:simply\\s+|completely\\s+|totally\\s+|entirely\\s+|just\\s+)?"
                    + "(?:not true|untrue|false|a lie|lies|fabricated|baseless|unfounded|incorrect|wrong|nonsense)\\b.*$");

    /** "They are untrue and fabricated", "This is false": a refutation whose object is the claim named just before. */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "(?i)^(?:they|these|this|that|it|those|such\\s+(?:claims|reports|rumou?rs|allegations))\\s+(?:are|is|was|were)\\s+"
                    + "(?:simply\\s+|completely\\s+|totally\\s+|entirely\\s+|just\\s+|all\\s+)?"
                    + "(?:not true|untrue|false|a lie|lies|fabricated|baseless|unfounded|incorrect|nonsense|fake)\\b.*$");
    /** A claim named with its content: "rumours being fomented by Hamas suggesting deaths and injuries", "reports that P". */
    private static final Pattern NAMED_CLAIM = Pattern.compile(
            "(?i)\\b(?:claims?|reports?|allegations?|accusations?|rumou?rs?|suggestions?)\\b[^.;:]{0,80}?"
                    + "\\b(?:suggesting|claiming|alleging|saying|that|of)\\s+(?<p>[^;:]{3,160})$");

    /** "responsibility for the blast, suggesting the hospital was hit by a rocket": what is denied, then what the denier holds. */
    private static final Pattern DENIED_THEN_SAID = Pattern.compile(
            "(?i)^(?<denied>[^,“”\"]{3,160}?),\\s+(?:saying|suggesting|adding|insisting|arguing|stating|claiming)(?:\\s+that)?\\s+(?<p>[^“”\"]{10,}?)[.]?$");
    /** "responsibility for the blast", "its role in the incident": denied, it reads as the denier having been responsible. */
    private static final Pattern RESPONSIBILITY = Pattern.compile(
            "(?i)^(?:any\\s+)?(?:(?:its|his|her|their)\\s+)?(?:responsibility\\s+for|blame\\s+for|role\\s+in|involvement\\s+in)\\s+(?<what>.+)$");

    /** "Israel was not responsible for the explosion": a denial of blame in so many words. */
    private static final Pattern NOT_RESPONSIBLE = Pattern.compile(
            "(?i)^(?:that\\s+)?(?<who>[^,;:“”\"]{2,80}?)\\s+(?<be>was|were|is|are|had been)\\s+not\\s+(?:responsible|to\\s+blame)\\s+for\\s+(?<what>[^;:]{3,160})$");

    private DisputeFrames() {}

    /**
     * What a denial denies and what its speaker asserts besides: "denied responsibility for the
     * blast, suggesting the hospital was hit by a failed rocket" denies "X was responsible for the
     * blast" (X the denier, as written) and asserts "the hospital was hit by a failed rocket".
     *
     * @return the denied proposition, then the asserted one when there is one
     */
    static List<String> deniedAndAsserted(String denied, String denier) {
        Matcher m = DENIED_THEN_SAID.matcher(denied.strip());
        String object = m.matches() ? m.group("denied") : denied;
        Matcher responsibility = RESPONSIBILITY.matcher(object.strip());
        if (responsibility.matches()) object = denier + " was responsible for " + responsibility.group("what");
        return m.matches() ? List.of(object, m.group("p")) : List.of(object);
    }

    /**
     * A claim that names another claim and calls it false, read as a denial of what it names:
     * "What Pakistan is claiming about downing three jets is simply not true" denies "Pakistan
     * downing three jets". So is a denial of blame in so many words: "Israel was not responsible
     * for the explosion" denies "Israel was responsible for the explosion". Null for any other claim.
     */
    static Framed calledFalse(String claim) {
        Matcher blame = NOT_RESPONSIBLE.matcher(claim);
        if (blame.matches()) return new Framed(blame.group("who") + " " + blame.group("be") + " responsible for " + blame.group("what"), Polarity.DENIES);
        Matcher m = CALLED_FALSE.matcher(claim);
        if (!m.matches()) return null;
        String p = m.group("who") != null ? m.group("who") + " " + m.group("p") : m.group("p");
        return new Framed(p, Polarity.DENIES);
    }

    /**
     * A refutation that points back ("They are untrue") read as a denial of the claim its speaker
     * named just before ("We are aware of rumours … suggesting deaths and injuries"): it denies
     * "deaths and injuries". Null unless {@code refutation} only calls something false and
     * {@code previous} names a claim with its content.
     */
    static Framed pointsBack(String refutation, String previous) {
        if (!POINTS_BACK.matcher(refutation).matches()) return null;
        Matcher named = NAMED_CLAIM.matcher(previous);
        return named.find() ? new Framed(named.group("p"), Polarity.DENIES) : null;
    }

    /** Verbs that report speech only in a dispute frame: "rejected the claim that …" yes, "rejected the offer" no. */
    static boolean speechOnlyWhenFramed(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return v.startsWith("reject") || v.startsWith("refut") || v.startsWith("disput") || v.equals("rebuffed") || v.startsWith("put");
    }

    /** The frame of {@code verb} with its complement {@code rest}, or null when the verb frames no dispute. */
    static Framed read(String verb, String rest) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (rest.isBlank()) return null;
        if (DENY.contains(v)) {
            Matcher said = DENIED_AND_SAID.matcher(rest);
            if (said.matches()) return new Framed(said.group("p"), Polarity.ASSERTS);
            for (Pattern p : new Pattern[] {CLAIM_THAT, THAT, AS_FALSE}) {
                Matcher m = p.matcher(rest);
                if (m.matches()) return new Framed(m.group("p"), Polarity.DENIES);
            }
            // "denied responsibility for the blast"; "rejected a condition" is an act, not a denial.
            return v.startsWith("den") || CLAIM_OBJECT.matcher(rest).matches() ? new Framed(rest, Polarity.DENIES) : null;
        }
        if (v.startsWith("accus")) {
            Matcher m = ACCUSED_OF.matcher(rest);
            if (m.matches()) return new Framed(m.group("who") + " " + m.group("what"), Polarity.ASSERTS);
            Matcher forWhat = BLAMED_FOR.matcher(rest); // "accused an air strike for the killings": blamed it
            return forWhat.matches() ? new Framed(forWhat.group("who") + " caused " + forWhat.group("what"), Polarity.ASSERTS) : null;
        }
        if (v.startsWith("put")) { // "put the toll at 31 dead": the toll is 31 dead
            Matcher m = PUT_AT.matcher(rest);
            if (!m.matches()) return null;
            String what = m.group("what").equalsIgnoreCase("toll") ? "death toll" : m.group("what");
            return new Framed("the " + what + " was " + m.group("n"), Polarity.ASSERTS);
        }
        if (v.startsWith("blam")) {
            Matcher m = BLAMED_FOR.matcher(rest);
            if (m.matches()) return new Framed(m.group("who") + " caused " + m.group("what"), Polarity.ASSERTS);
            // "the army blamed a misfired rocket": what was to blame, the event left to the context
            return BLAMED_ONLY.matcher(rest).matches() ? new Framed(rest.replaceFirst("[,]\\s*$", "") + " was to blame", Polarity.ASSERTS) : null;
        }
        return null;
    }
}
