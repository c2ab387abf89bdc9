package radar.statement;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.RadarConfig;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.sentence.Sentence;

/**
 * Finds the claims in an article's sentences and who asserts each one.
 *
 * <p>Reported speech is recognised in its common English forms: a quote followed or preceded by
 * its speaker and a speech verb ("…," Zelensky said / Trump stated, "…"), quotes running over
 * several sentences, indirect speech ("Peskov said that …", "the Kremlin responded by insisting
 * that …"), participles ("…, noting …"), "according to X" and "CLAIM, X said". The statement
 * keeps only the proposition; the frame goes into the attribution. A sentence that quotes no one
 * is a statement of the article's source. Who the words before a verb name is {@link SpeakerFinder}'s job.
 */
@ApplicationScoped
@Startup
public class StatementExtractor {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(register or log ?in|log ?in or register|to post a comment|^share this|contributed to this report"
                    + "|all rights reserved|sign up for|subscribe to|click here|read more:)");

    private final SpeakerFinder speakers;
    private final AttributionRules rules;
    private final ClauseSplitter clauses;
    private final ClaimMaker claimMaker;

    /** The tagger, when attribution is learned; null when only the rules read it. */
    private final AttributionModel model;
    private final LearnedAttribution learned;

    @Inject
    public StatementExtractor(SpeakerFinder speakers, RadarConfig config) throws IOException {
        this(speakers, config.attribution().method() == RadarConfig.Attribution.Method.RULES ? null
                : AttributionModel.load(config.attribution().modelDir(), config.attribution().threads()),
                config.attribution().method() == RadarConfig.Attribution.Method.HYBRID);
    }

    private StatementExtractor(SpeakerFinder speakers, AttributionModel model, boolean rulesWhereUnmarked) {
        this(speakers, model, model, rulesWhereUnmarked);
    }

    /** @param tagger the spans read (null: the rules alone); @param model what to close at shutdown, if anything */
    private StatementExtractor(SpeakerFinder speakers, SpanTagger tagger, AttributionModel model, boolean rulesWhereUnmarked) {
        this.speakers = speakers;
        this.rules = new AttributionRules(speakers);
        this.clauses = new ClauseSplitter(rules);
        this.claimMaker = new ClaimMaker(speakers);
        this.model = model;
        this.learned = tagger == null ? null : new LearnedAttribution(tagger, speakers, rulesWhereUnmarked ? this::unmarkedByRules : null);
    }

    /** Who a phrase names, outside the container: the registry's actors and the part-of-speech tagger. */
    private static SpeakerFinder speakersOf(ActorRegistry registry) {
        return new SpeakerFinder(registry, new SubjectPhrase(new Grammar()));
    }

    /** An extractor wired by hand, outside the container (the evaluate command, tests), as configured. */
    public static StatementExtractor create(ActorRegistry registry, RadarConfig config) throws IOException {
        return new StatementExtractor(speakersOf(registry), config);
    }

    /** The service's default: the attribution tagger in {@code modelDir} (one ONNX Runtime thread). */
    public static StatementExtractor learned(ActorRegistry registry, java.nio.file.Path modelDir) throws IOException {
        return new StatementExtractor(speakersOf(registry), AttributionModel.load(modelDir, 1), false);
    }

    /** An extractor that reads the spans of any tagger (an experiment's, a test's) through the learned path. */
    public static StatementExtractor withTagger(ActorRegistry registry, SpanTagger tagger) {
        return new StatementExtractor(speakersOf(registry), tagger, null, false);
    }

    /** An extractor of the hand-written forms only. */
    public static StatementExtractor rulesOnly(ActorRegistry registry) {
        return new StatementExtractor(speakersOf(registry), null, false);
    }

    @PreDestroy
    public void close() {
        if (model != null) model.close();
    }

    /** @param source the outlet that publishes the article: the actor of unattributed claims */
    public List<Claim> extract(List<Sentence> asWritten, Actor source) {
        if (learned != null) {
            ArticleContext context = new ArticleContext(source);
            // Headings and boilerplate ("share this article", "sign up for our newsletter") say nothing anyone claims; a
            // signature line under a quote ("― Ana Ruiz") looks like a heading but names who said it.
            List<Sentence> body = asWritten.stream()
                    .filter(s -> (s.kind() != Sentence.Kind.HEADING || LearnedAttribution.isSignature(s.text())) && !BOILERPLATE.matcher(s.text()).find()).toList();
            return learned.extract(body, context);
        }
        ArticleContext context = new ArticleContext(source);
        List<Sentence> sentences = new ArrayList<>(asWritten.size());
        for (Sentence s : asWritten) {
            String text = SpeechVerbs.lowerCaseVerbs(Quotes.normalise(s.text()));
            Sentence read = new Sentence(s.index(), s.paragraph(), text, s.kind(), s.start(), s.end());
            context.read(read, s);
            sentences.add(read);
        }
        List<Claim> out = new ArrayList<>();
        List<Sentence> openQuote = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String text = sentence.text();
            speakers.learnAcronyms(text, context);
            if (!openQuote.isEmpty()) {
                if (sentence.paragraph() != openQuote.get(0).paragraph()) {
                    out.addAll(quoteOverSentences(openQuote, null, context));
                    openQuote.clear();
                } else {
                    openQuote.add(sentence);
                    if (Quotes.closesQuote(text)) {
                        Sentence tail = attributionTail(sentences, i + 1, sentence.paragraph());
                        out.addAll(quoteOverSentences(openQuote, tail, context));
                        openQuote.clear();
                        if (tail != null) i++;
                    }
                    continue;
                }
            }
            if (Quotes.opensQuote(text)) {
                openQuote.add(sentence);
                continue;
            }
            if (sentence.kind() == Sentence.Kind.HEADING || BOILERPLATE.matcher(text).find()) {
                speakers.observe(text, context);
                continue;
            }
            out.addAll(sentenceStatements(sentence, context));
        }
        if (!openQuote.isEmpty()) out.addAll(quoteOverSentences(openQuote, null, context));
        return ClaimMaker.refutationsPointingBack(out);
    }

    /** A sentence the tagger marked nothing in, read by the hand-written forms. */
    private List<Claim> unmarkedByRules(Sentence written, ArticleContext context) {
        Sentence read = new Sentence(written.index(), written.paragraph(), SpeechVerbs.lowerCaseVerbs(Quotes.normalise(written.text())),
                written.kind(), written.start(), written.end());
        context.read(read, written);
        return sentenceStatements(read, context);
    }

    private List<Claim> sentenceStatements(Sentence sentence, ArticleContext context) {
        List<Claim> out = new ArrayList<>();
        for (String clause : clauses.of(sentence.text(), context)) out.addAll(clauseStatements(sentence, clause, context));
        return out;
    }

    private List<Claim> clauseStatements(Sentence sentence, String text, ArticleContext context) {
        AttributionRules.Attribution attribution = rules.attribution(text, context);
        if (attribution == null) {
            // "The governor added:" and then his words without quote marks, as a block.
            Speaker block = context.blockQuoteSpeaker(sentence.paragraph()).orElse(null);
            if (block != null) return statements(sentence, block, List.of(text), Polarity.ASSERTS, context);
            speakers.observe(text, context);
            return statements(sentence, context.sourceSpeaker(), List.of(text), Polarity.ASSERTS, context);
        }
        context.spoke(attribution.speaker());
        List<Claim> attributed = attribution.polarity() == Polarity.DENIES
                ? denialStatements(sentence, text, attribution, context)
                : statements(sentence, attribution.speaker(), attribution.claims(), attribution.polarity(), context);
        // A frame with nothing left to claim ("…, and the meeting ended, Republicans said"): the clause stays
        // the outlet's rather than vanish. Not "Trump said:", which opens the quote that follows.
        boolean opensQuote = text.strip().endsWith(":");
        if (attributed.isEmpty() && opensQuote) context.opensBlockQuote(attribution.speaker(), sentence.paragraph());
        if (attributed.isEmpty() && !opensQuote) return statements(sentence, context.sourceSpeaker(), List.of(text), Polarity.ASSERTS, context);
        return attributed;
    }

    /**
     * A denial: "denied responsibility for the blast, suggesting P" denies that the speaker was
     * responsible and asserts P; "rejected a Hamas allegation that P" also has Hamas assert P.
     */
    private List<Claim> denialStatements(Sentence sentence, String text, AttributionRules.Attribution attribution, ArticleContext context) {
        Speaker speaker = attribution.speaker();
        boolean pronoun = SubjectPhrase.SUBJECT_PRONOUNS.contains(speaker.asWritten().toLowerCase(java.util.Locale.ROOT));
        String denier = pronoun ? speaker.actor().name() : speaker.asWritten();
        List<Claim> out = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        for (String claim : attribution.claims()) {
            List<String> read = DisputeFrames.deniedAndAsserted(claim, denier);
            denied.add(read.get(0));
            out.addAll(statements(sentence, speaker, List.of(read.get(0)), Polarity.DENIES, context));
            if (read.size() > 1) out.addAll(statements(sentence, speaker, List.of(read.get(1)), Polarity.ASSERTS, context));
        }
        // The owner asserts what is denied, not the reason the denier gives ("…, saying P").
        Speaker owner = out.isEmpty() ? null : rules.deniedClaimOwner(text, context);
        if (owner != null && !owner.actor().equals(speaker.actor())) out.addAll(statements(sentence, owner, denied, Polarity.ASSERTS, context));
        return out;
    }

    private List<Claim> statements(Sentence sentence, Speaker speaker, List<String> claims, Polarity polarity, ArticleContext context) {
        return claimMaker.claims(sentence, speaker, claims, polarity, context);
    }

    /** The sentence after a closing quote when it only says who spoke: "the governor replied on the radio." */
    private static Sentence attributionTail(List<Sentence> sentences, int next, int paragraph) {
        if (next >= sentences.size()) return null;
        Sentence candidate = sentences.get(next);
        if (candidate.paragraph() != paragraph || candidate.text().split("\\s+").length > 15) return null;
        Matcher verb = SpeechVerbs.ANY.matcher(candidate.text());
        return verb.find() && verb.start() < 50 && SpeechVerbs.introducesQuote(verb.group(1)) && !candidate.text().contains("“") ? candidate : null;
    }

    /** A quote over several sentences of one paragraph: each sentence is a claim of its speaker. */
    private List<Claim> quoteOverSentences(List<Sentence> sentences, Sentence tail, ArticleContext context) {
        Sentence first = sentences.get(0), last = sentences.get(sentences.size() - 1);
        Speaker speaker = null;
        int open = Quotes.indexOfOpeningQuote(first.text());
        if (open > 0) speaker = rules.dashSpeaker(first.text().substring(0, open), context);
        if (speaker == null && open > 0) {
            Matcher verb = SpeechVerbs.ANY.matcher(first.text().substring(0, open));
            if (verb.find()) speaker = speakers.beforeVerb(first.text().substring(0, verb.start()), verb.group(1), context);
        }
        int close = Math.max(last.text().lastIndexOf('”'), last.text().lastIndexOf('"'));
        if (speaker == null && close >= 0 && close < last.text().length() - 1) {
            speaker = rules.tailSpeaker(last.text().substring(close + 1).replaceFirst("^[,\\s]+", ""), context);
        }
        if (speaker == null && tail != null) speaker = rules.tailSpeaker(tail.text(), context);
        if (speaker == null) speaker = context.lastSpeaker().orElse(context.sourceSpeaker());
        else context.spoke(speaker);
        List<Claim> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String text = s.text();
            if (s == last) {
                int end = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
                if (end >= 0) text = text.substring(0, end);
            }
            if (s == first && open >= 0) text = text.substring(Math.min(text.length(), open + 1));
            out.addAll(statements(s, speaker, List.of(text), Polarity.ASSERTS, context));
        }
        // "…,” the foundation said as it denied any injuries.": what the tail adds besides naming the speaker.
        if (close >= 0 && close < last.text().length() - 1) {
            List<String> tailClauses = clauses.of(last.text().substring(close + 1).replaceFirst("^[,\\s]+", ""), context);
            for (String added : tailClauses.subList(1, tailClauses.size())) out.addAll(clauseStatements(last, added, context));
        }
        return out;
    }

}
