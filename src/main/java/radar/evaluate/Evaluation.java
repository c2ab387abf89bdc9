package radar.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import radar.analysis.ArticleRun;
import radar.analysis.InMemoryMemory.Filed;
import radar.analysis.ScoredPair;
import radar.evaluate.LabelledArticles.LabelledArticle;

/**
 * A run of the pipeline held against gold labels: which labelled pairs were flagged, and for
 * each one missed, the stage where it was lost: {@code extraction} (a quote did not become a
 * statement with the right actor), {@code pairing} (both statements exist but were never scored
 * together) or {@code rule} (scored, not flagged).
 */
final class Evaluation {

    enum Stage { FLAGGED, EXTRACTION, PAIRING, RULE }

    /** What became of one gold pair; {@code group} is clear, arguable or consistent. */
    record Outcome(GoldFile.Pair gold, String group, Stage stage, String detail, List<Statement> a, List<Statement> b) {
        boolean flagged() {
            return stage == Stage.FLAGGED;
        }
    }

    /** A claim of the run with the file of its article. */
    record Statement(String file, Filed filed) {}

    /** A scored pair of the run, by the ids its sides were filed under. */
    record Scored(long earlier, long later, ScoredPair pair, ArticleRun.Step step) {
        boolean joins(List<Statement> a, List<Statement> b) {
            return (contains(a, earlier) && contains(b, later)) || (contains(a, later) && contains(b, earlier));
        }

        private static boolean contains(List<Statement> statements, long id) {
            return statements.stream().anyMatch(s -> s.filed().id() == id);
        }
    }

    final List<Statement> statements = new ArrayList<>();
    final List<Scored> scored = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();

    Evaluation(ArticleRun run, List<LabelledArticle> articles, GoldFile gold) {
        for (ArticleRun.Step step : run.steps()) {
            for (Filed f : step.filed()) statements.add(new Statement(articles.get(f.article()).file(), f));
            for (ScoredPair p : step.analysis().scored()) scored.add(new Scored(run.earlier(p, step).id(), run.later(p, step).id(), p, step));
        }
        for (GoldFile.Pair pair : gold.contradictions()) outcomes.add(judge(pair, pair.strength()));
        for (GoldFile.Pair pair : gold.consistent()) outcomes.add(judge(pair, "consistent"));
    }

    List<Scored> flagged() {
        return scored.stream().filter(s -> s.pair().flagged()).toList();
    }

    long count(String group) {
        return outcomes.stream().filter(o -> o.group().equals(group)).count();
    }

    long flagged(String group) {
        return outcomes.stream().filter(o -> o.group().equals(group) && o.flagged()).count();
    }

    /** Gold pairs of a group that reached the rule (scored together, flagged or not): a pair lost before cannot be flagged. */
    long scored(String group) {
        return outcomes.stream().filter(o -> o.group().equals(group) && (o.stage() == Stage.RULE || o.stage() == Stage.FLAGGED)).count();
    }

    /** The gold pairs a scored pair is, as "group index" (index in its list of the gold file). */
    List<String> goldLabels(Scored pair) {
        List<String> labels = new ArrayList<>();
        int contradictions = 0, consistent = 0;
        for (Outcome o : outcomes) {
            boolean isConsistent = o.group().equals("consistent");
            int index = isConsistent ? consistent++ : contradictions++;
            if (pair.joins(o.a(), o.b())) labels.add(o.group() + " " + index);
        }
        return labels;
    }

    private Outcome judge(GoldFile.Pair pair, String group) {
        List<Statement> a = matching(pair.a()), b = matching(pair.b());
        List<Scored> between = scored.stream().filter(s -> s.joins(a, b)).toList();
        if (between.stream().anyMatch(s -> s.pair().flagged())) return new Outcome(pair, group, Stage.FLAGGED, "", a, b);
        String extraction = extractionProblem("a", pair.a(), a) + extractionProblem("b", pair.b(), b);
        if (!extraction.isEmpty()) return new Outcome(pair, group, Stage.EXTRACTION, extraction.strip(), a, b);
        if (between.isEmpty()) return new Outcome(pair, group, Stage.PAIRING, closest(a, b), a, b);
        Scored best = between.stream().max((x, y) -> Double.compare(x.pair().score(), y.pair().score())).orElseThrow();
        var v = best.pair().verdict();
        return new Outcome(pair, group, Stage.RULE, String.format(Locale.ROOT, "P(contradiction) %.2f / %.2f, P(entailment) %.2f / %.2f",
                v.ab().contradiction(), v.ba().contradiction(), v.ab().entailment(), v.ba().entailment()), a, b);
    }

    private List<Statement> matching(GoldFile.Side side) {
        return statements.stream().filter(s -> s.file().equals(side.article()) && GoldMatch.text(s.filed().claim().claim(), side)).toList();
    }

    private String extractionProblem(String name, GoldFile.Side side, List<Statement> found) {
        if (found.isEmpty()) return name + ": no statement holds \"" + abbreviate(side.quote()) + "\"; ";
        if (found.stream().anyMatch(s -> GoldMatch.actor(s.filed().claim().claim(), side))) return "";
        return name + ": \"" + abbreviate(side.quote()) + "\" attributed to " + found.get(0).filed().claim().claim().actor().name()
                + ", gold says " + side.actor() + "; ";
    }

    private static String closest(List<Statement> a, List<Statement> b) {
        double best = -1;
        for (Statement x : a) {
            for (Statement y : b) best = Math.max(best, x.filed().claim().pooled().similarity(y.filed().claim().pooled()));
        }
        return String.format(Locale.ROOT, "never scored together (closest similarity %.2f)", best);
    }

    static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }
}
