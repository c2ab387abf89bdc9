package radar.evaluate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import radar.RadarConfig;
import radar.analysis.DenialLinks;
import radar.analysis.ScoredPair;
import radar.contradiction.ContradictionRule;

/**
 * Thresholds chosen leave-one-event-out: the model's decision rule (threshold, margin, both
 * directions, narration) is chosen on all events but one and measured on the one left out, for each event in
 * turn. Events are the groups of articles that gold pairs connect. The pipeline runs once; each
 * setting re-decides the pairs it scored (pairing does not depend on the rule, so this is the run
 * that setting would give, analysts' reviews aside).
 *
 * <p>A setting is chosen for the most clear contradictions found on the other events with at most
 * 10% of their consistent pairs flagged and at most three flagged pairs per labelled contradiction;
 * among equals, the one that flags fewest.
 */
final class LeaveOneEventOut {

    static final double[] THRESHOLDS = {0.10, 0.15, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70};
    static final double[] MARGINS = {0.0, 0.10, 0.20};
    static final double[] BOTH = {0.10, 0.15, 0.25, 0.35, 0.50, 1.01};
    /** The outlet's own narration against a speaker's claim needs this much (off above 1). */
    static final double[] NARRATION = {0.40, 0.60, 0.80, 1.01};

    private record Setting(double threshold, double margin, double both, double narration) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f / %.2f / %s / %s", threshold, margin, off(both), off(narration));
        }

        private static String off(double v) {
            return v > 1 ? "off" : String.format(Locale.ROOT, "%.2f", v);
        }
    }

    /** Counts over one group of events. */
    private record Tally(int clear, int clearTotal, int consistent, int consistentTotal, int flagged, int labelled) {
        boolean acceptable() {
            return consistent <= 0.10 * consistentTotal && flagged <= 3 * labelled;
        }
    }

    private LeaveOneEventOut() {}

    static void print(Evaluation e, RadarConfig config, PrintStream out) {
        Map<String, Integer> eventOf = events(e);
        Set<Integer> events = new HashSet<>(eventOf.values());
        Map<Setting, Set<ScoredPair>> flaggedBy = new HashMap<>();
        for (double t : THRESHOLDS) for (double m : MARGINS) for (double b : BOTH) for (double n : NARRATION) {
            Setting s = new Setting(t, m, b, n);
            flaggedBy.put(s, flagged(e, rule(config, s)));
        }
        out.printf(Locale.ROOT, "  leave-one-event-out (rule threshold / margin / both directions / narration chosen on the other events):%n");
        int clear = 0, clearTotal = 0, consistent = 0, consistentTotal = 0, flagged = 0, labelled = 0;
        for (int held : new TreeMap<>(invert(eventOf)).keySet()) {
            Set<Integer> others = new HashSet<>(events);
            others.remove(held);
            Setting best = choose(e, flaggedBy, eventOf, others);
            Tally t = tally(e, flaggedBy.get(best), eventOf, Set.of(held));
            out.printf(Locale.ROOT, "    event %d (%s): chosen %s; clear %d/%d, consistent flagged %d/%d, flagged %d (labelled %d)%n", held,
                    String.join(" ", invert(eventOf).get(held)), best, t.clear(), t.clearTotal(), t.consistent(), t.consistentTotal(), t.flagged(), t.labelled());
            clear += t.clear();
            clearTotal += t.clearTotal();
            consistent += t.consistent();
            consistentTotal += t.consistentTotal();
            flagged += t.flagged();
            labelled += t.labelled();
        }
        Setting overall = choose(e, flaggedBy, eventOf, events);
        Tally overallTally = tally(e, flaggedBy.get(overall), eventOf, events);
        out.printf(Locale.ROOT, "    chosen on all events (for the default): %s (clear %d/%d, consistent flagged %d/%d, flagged %d)%n", overall,
                overallTally.clear(), overallTally.clearTotal(), overallTally.consistent(), overallTally.consistentTotal(), overallTally.flagged());
        out.printf(Locale.ROOT, "    held-out events together: clear recall %d/%d = %.2f, consistent flagged %d/%d = %.2f, flagged %d (%.1f × %d labelled)%n",
                clear, clearTotal, (double) clear / Math.max(1, clearTotal), consistent, consistentTotal, (double) consistent / Math.max(1, consistentTotal),
                flagged, (double) flagged / Math.max(1, labelled), labelled);
    }

    /** The setting that does best on the given events (see the class comment). */
    private static Setting choose(Evaluation e, Map<Setting, Set<ScoredPair>> flaggedBy, Map<String, Integer> eventOf, Set<Integer> events) {
        Setting best = null;
        Tally bestTally = null;
        for (Map.Entry<Setting, Set<ScoredPair>> s : flaggedBy.entrySet()) {
            Tally t = tally(e, s.getValue(), eventOf, events);
            if (bestTally == null || better(t, bestTally)) {
                best = s.getKey();
                bestTally = t;
            }
        }
        return best;
    }

    private static boolean better(Tally a, Tally b) {
        if (a.acceptable() != b.acceptable()) return a.acceptable();
        if (!a.acceptable()) return a.consistent() + a.flagged() < b.consistent() + b.flagged();
        return a.clear() > b.clear() || (a.clear() == b.clear() && a.flagged() < b.flagged());
    }

    private static ContradictionRule rule(RadarConfig config, Setting s) {
        RadarConfig.Nli nli = config.nli();
        return new ContradictionRule(s.threshold(), s.margin(), s.both(), nli.denialEntailment(), nli.denialSimilarity(), nli.numericSimilarity(),
                s.narration(), config.event().readings());
    }

    /** The pairs a rule flags, decided again per article as the pipeline decides them. */
    private static Set<ScoredPair> flagged(Evaluation e, ContradictionRule rule) {
        Map<Object, List<Evaluation.Scored>> byStep = new IdentityHashMap<>();
        for (Evaluation.Scored s : e.scored) byStep.computeIfAbsent(s.step(), k -> new ArrayList<>()).add(s);
        Set<ScoredPair> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Evaluation.Scored> step : byStep.values()) {
            List<ScoredPair> decided = new ArrayList<>();
            for (Evaluation.Scored s : step) {
                ScoredPair p = s.pair();
                var d = rule.decide(p.verdict(), p.earlier(), p.later().pooled(), p.earlier().similarity(p.later().pooled()));
                decided.add(new ScoredPair(p.earlier(), p.later(), p.verdict(), d.flagged(), d.kind(), d.score(), d.why(), d.byModelAlone()));
            }
            List<ScoredPair> linked = DenialLinks.bestOnly(decided);
            for (int i = 0; i < step.size(); i++) if (linked.get(i).flagged()) out.add(step.get(i).pair());
        }
        return out;
    }

    private static Tally tally(Evaluation e, Set<ScoredPair> flagged, Map<String, Integer> eventOf, Set<Integer> events) {
        int clear = 0, clearTotal = 0, consistent = 0, consistentTotal = 0, labelled = 0;
        for (Evaluation.Outcome o : e.outcomes) {
            if (!events.contains(eventOf.get(o.gold().a().article()))) continue;
            boolean hit = e.scored.stream().anyMatch(s -> flagged.contains(s.pair()) && s.joins(o.a(), o.b()));
            switch (o.group()) {
                case "clear" -> { clearTotal++; labelled++; if (hit) clear++; }
                case "arguable" -> labelled++;
                default -> { consistentTotal++; if (hit) consistent++; }
            }
        }
        Map<Long, String> fileOf = new HashMap<>();
        for (Evaluation.Statement s : e.statements) fileOf.put(s.filed().id(), s.file());
        int count = 0;
        for (Evaluation.Scored s : e.scored) {
            if (!flagged.contains(s.pair())) continue;
            Integer event = eventOf.get(fileOf.get(s.later()));
            if (event != null && events.contains(event)) count++;
        }
        return new Tally(clear, clearTotal, consistent, consistentTotal, count, labelled);
    }

    /** Articles joined by gold pairs are one event: connected components, numbered by their first article. */
    static Map<String, Integer> events(Evaluation e) {
        Map<String, String> parent = new HashMap<>();
        for (Evaluation.Statement s : e.statements) parent.putIfAbsent(s.file(), s.file());
        for (Evaluation.Outcome o : e.outcomes) {
            parent.putIfAbsent(o.gold().a().article(), o.gold().a().article());
            parent.putIfAbsent(o.gold().b().article(), o.gold().b().article());
            String ra = root(parent, o.gold().a().article()), rb = root(parent, o.gold().b().article());
            if (!ra.equals(rb)) parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
        Map<String, Integer> numbers = new TreeMap<>();
        Map<String, Integer> out = new HashMap<>();
        for (String file : new TreeMap<>(parent).keySet()) {
            String r = root(parent, file);
            numbers.putIfAbsent(r, numbers.size() + 1);
            out.put(file, numbers.get(r));
        }
        return out;
    }

    private static String root(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) x = parent.get(x);
        return x;
    }

    private static Map<Integer, List<String>> invert(Map<String, Integer> eventOf) {
        Map<Integer, List<String>> out = new TreeMap<>();
        new TreeMap<>(eventOf).forEach((file, event) -> out.computeIfAbsent(event, k -> new ArrayList<>()).add(file));
        return out;
    }
}
