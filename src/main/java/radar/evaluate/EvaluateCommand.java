package radar.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import radar.RadarConfig;
import radar.actor.ActorRegistry;
import radar.sentence.SentenceSplitter;
import radar.statement.StatementExtractor;
import radar.analysis.ArticleRun;
import radar.evaluate.LabelledArticles.LabelledArticle;
import radar.report.RunReport;
import radar.report.Views;

/**
 * {@code evaluate}: runs the pipeline over a folder of labelled articles, one after another as if
 * posted to an empty service, and holds the flagged pairs against a gold file. Prints recall of
 * clear and arguable contradictions, consistent pairs flagged, flagged pairs in all, and where
 * each missed pair was lost; writes every flagged pair to a JSON file.
 *
 * <pre>./mvnw -q compile exec:java@evaluate -Dexec.args="--articles DIR --gold FILE [--out FILE]"</pre>
 */
public final class EvaluateCommand {

    static final String USAGE = "usage: evaluate [--articles DIR] [--gold FILE] [--out FILE]\n"
            + "       evaluate --attribution FILE [--out FILE]\n"
            + "       evaluate --readings CSV\n"
            + "       evaluate --nli MODEL_DIR[,MODEL_DIR...] [--nli-sets FILE,...] [--articles DIR --gold FILE]\n"
            + "  --articles     folder of .txt articles (default seeds)\n"
            + "  --gold         labelled pairs, format of eval/seeds-gold.json (default src/test/resources/eval/seeds-gold.json)\n"
            + "  --out          where the flagged pairs (or the attribution misses) go (default target/evaluation/flagged.json)\n"
            + "  --attribution  articles with labelled attribution, PolNeAR's JSON lines: who-said-what only, no NLI\n"
            + "  --nli          NLI models to measure through the serving path: accuracy on --nli-sets (default: the sets in\n"
            + "                 ../shared/eval/nli) and ranking of the --articles/--gold news pairs (default news-dev)\n"
            + "  --nli-sets     extra held-out TSV files (label, premise, hypothesis) for --nli, e.g. generated news pairs\n"
            + "  --readings     a CSV of news bodies (FNC-1 layout): how often each event reading fires, with 20 firings to check by hand";

    private EvaluateCommand() {}

    public static void main(String[] args) throws Exception {
        // One short line per analysed article, as the service logs it.
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %5$s%n");
        Map<String, String> options = new LinkedHashMap<>(Map.of("--articles", "seeds",
                "--gold", "src/test/resources/eval/seeds-gold.json", "--out", "target/evaluation/flagged.json", "--attribution", "",
                "--nli", "", "--nli-sets", "", "--readings", ""));
        for (int i = 0; i < args.length; i += 2) {
            if (!options.containsKey(args[i]) || i + 1 >= args.length) {
                System.err.println(USAGE);
                System.exit(2);
            }
            options.put(args[i], args[i + 1]);
        }
        if (!options.get("--readings").isEmpty()) {
            ReadingAudit.run(Path.of(options.get("--readings")), System.out);
            return;
        }
        if (!options.get("--nli").isEmpty()) {
            boolean newsGiven = !options.get("--articles").equals("seeds");
            Path articles = Path.of(newsGiven ? options.get("--articles") : "../shared/eval/news-dev/articles");
            Path gold = Path.of(newsGiven ? options.get("--gold") : "../shared/eval/news-dev/gold.json");
            List<Path> sets = NliEvaluation.defaultSets(Path.of("..", "shared", "eval", "nli"));
            for (String extra : options.get("--nli-sets").split(",")) if (!extra.isBlank()) sets.add(Path.of(extra));
            for (String dir : options.get("--nli").split(",")) NliEvaluation.run(Path.of(dir), sets, articles, gold, System.out);
            return;
        }
        if (!options.get("--attribution").isEmpty()) {
            attribution(Path.of(options.get("--attribution")), Path.of(options.get("--out").replace("flagged.json", "attribution-misses.txt")));
            return;
        }
        List<LabelledArticle> articles = LabelledArticles.read(Path.of(options.get("--articles")));
        GoldFile gold = GoldFile.read(Path.of(options.get("--gold")));
        long start = System.nanoTime();
        try (StandalonePipeline standalone = new StandalonePipeline()) {
            ArticleRun run = new ArticleRun(standalone.pipeline);
            articles.forEach(a -> run.add(a.input()));
            Evaluation evaluation = new Evaluation(run, articles, gold);
            print(evaluation, options, (System.nanoTime() - start) / 1_000_000_000.0, System.out);
            if (LeaveOneEventOut.events(evaluation).values().stream().distinct().count() > 1) LeaveOneEventOut.print(evaluation, standalone.config, System.out);
            write(evaluation, run, standalone.registry, Path.of(options.get("--out")));
        }
    }

    private static void attribution(Path file, Path misses) throws IOException {
        RadarConfig config = StandalonePipeline.config();
        StatementExtractor extractor = StatementExtractor.create(new ActorRegistry(config), config);
        AttributionEvaluation e = new AttributionEvaluation(PolnearFile.read(file), new SentenceSplitter(), extractor);
        print(e, file, System.out);
        if (misses.getParent() != null) Files.createDirectories(misses.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("# missed gold attributions");
        lines.addAll(e.missed);
        lines.add("# statements given a speaker that match no gold attribution");
        lines.addAll(e.wrong);
        lines.add("# statements whose actor is named by no noun");
        lines.addAll(e.notActors);
        Files.write(misses, lines);
        System.out.println("  misses written to " + misses);
    }

    static void print(AttributionEvaluation e, Path file, PrintStream out) {
        out.printf(Locale.ROOT, "%nAttribution on %s%n", file);
        for (PolnearFile.CueType type : PolnearFile.CueType.values()) {
            if (type != PolnearFile.CueType.OTHER) out.printf(Locale.ROOT, "  recall, %-14s %s%n", type.label(), e.recall(type));
        }
        out.printf(Locale.ROOT, "  recall, reported speech  %s%n", e.reportedSpeechRecall());
        out.printf(Locale.ROOT, "  precision                %s (statements given a speaker that match a gold attribution)%n", e.precision());
        out.printf(Locale.ROOT, "  (not reported speech: %s found of beliefs, plans and evidence)%n", e.recall(PolnearFile.CueType.OTHER));
        out.printf(Locale.ROOT, "  actor named by no noun     %s of all statements (an adverb, a bare pronoun, a determiner)%n", e.notAnActor());
    }

    static void print(Evaluation e, Map<String, String> options, double seconds, PrintStream out) {
        long labelled = e.count("clear") + e.count("arguable");
        out.printf(Locale.ROOT, "%nEvaluation of %s against %s (%.0f s)%n", options.get("--articles"), options.get("--gold"), seconds);
        out.printf(Locale.ROOT, "  statements %d, pairs scored %d%n", e.statements.size(), e.scored.size());
        out.printf(Locale.ROOT, "  clear recall          %s%n", ratio(e.flagged("clear"), e.count("clear")));
        out.printf(Locale.ROOT, "  arguable recall       %s%n", ratio(e.flagged("arguable"), e.count("arguable")));
        out.printf(Locale.ROOT, "  consistent flagged    %s%n", ratio(e.flagged("consistent"), e.count("consistent")));
        out.printf(Locale.ROOT, "  consistent scored     %s (reached the rule; the rest were lost at extraction or pairing)%n", ratio(e.scored("consistent"), e.count("consistent")));
        out.printf(Locale.ROOT, "  flagged pairs         %d (%.1f × the %d labelled contradictions)%n", e.flagged().size(),
                labelled == 0 ? 0 : (double) e.flagged().size() / labelled, labelled);
        out.println("  missed contradictions, by the stage where they were lost:");
        for (Evaluation.Outcome o : e.outcomes) {
            if (o.flagged() || o.group().equals("consistent")) continue;
            out.printf("    [%s] %s: %s%n        \"%s\" <> \"%s\"%n", o.group(), o.stage().name().toLowerCase(Locale.ROOT), o.detail(),
                    Evaluation.abbreviate(o.gold().a().quote()), Evaluation.abbreviate(o.gold().b().quote()));
        }
        out.println("  consistent pairs flagged:");
        e.outcomes.stream().filter(o -> o.flagged() && o.group().equals("consistent")).forEach(o -> out.printf("    \"%s\" <> \"%s\"%n",
                Evaluation.abbreviate(o.gold().a().quote()), Evaluation.abbreviate(o.gold().b().quote())));
    }

    private static String ratio(long part, long whole) {
        return String.format(Locale.ROOT, "%d/%d = %.2f", part, whole, whole == 0 ? 0 : (double) part / whole);
    }

    /** Every flagged pair as the service would show it, with the gold label it matches if any. */
    private static void write(Evaluation e, ArticleRun run, ActorRegistry registry, Path file) throws IOException {
        record LabelledPair(List<String> gold, Views.ContradictionView pair) {}
        List<LabelledPair> pairs = new ArrayList<>();
        List<Evaluation.Scored> flagged = new ArrayList<>(e.flagged());
        flagged.sort((x, y) -> Double.compare(y.pair().score(), x.pair().score()));
        for (Evaluation.Scored s : flagged) {
            pairs.add(new LabelledPair(e.goldLabels(s), RunReport.view(run, s.step(), s.pair(), registry)));
        }
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValue(file.toFile(), pairs);
        System.out.println("  flagged pairs written to " + file);
    }
}
