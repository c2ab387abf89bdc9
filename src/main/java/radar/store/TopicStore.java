package radar.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import radar.analysis.Analysis;
import radar.analysis.AnalyzedClaim;
import radar.topic.KnownTopic;
import radar.topic.TopicAssigner;
import radar.topic.TopicLabeler;
import radar.topic.TopicRef;
import radar.topic.Vectors;

/** Reads the stored topics for an analysis, and writes back what an analysis opened or joined. */
@ApplicationScoped
public class TopicStore {

    private static final int LABEL_SAMPLE = 50;

    /** Every stored topic, oldest first; must run inside the caller's transaction. */
    public List<KnownTopic> known() {
        return Topic.<Topic>list("order by id").stream().map(t -> new KnownTopic(t.id, Vectors.fromBytes(t.centroid), t.label)).toList();
    }

    /**
     * Persists the topics the analysis opened and updates size and label of those it joined;
     * answers the stored topic of each claim, in claim order. Inside the caller's transaction.
     */
    public List<Topic> save(Analysis analysis) {
        List<Topic> opened = new ArrayList<>();
        for (TopicAssigner.OpenedTopic o : analysis.openedTopics()) {
            Topic topic = new Topic();
            topic.label = o.label();
            topic.centroid = Vectors.toBytes(o.centroid());
            topic.persist();
            opened.add(topic);
        }
        Map<Long, List<String>> joining = new HashMap<>();
        List<Topic> byClaim = new ArrayList<>();
        for (AnalyzedClaim claim : analysis.claims()) {
            Topic topic;
            if (claim.topic() instanceof TopicRef.Opened o) {
                topic = opened.get(o.index());
            } else {
                topic = Topic.findById(((TopicRef.Known) claim.topic()).id());
                joining.computeIfAbsent(topic.id, id -> new ArrayList<>()).add(claim.claim().text());
            }
            topic.size++;
            byClaim.add(topic);
        }
        // A joined topic's label follows its newest statements and the ones joining now.
        joining.forEach((id, texts) -> Topic.<Topic>findById(id).label = TopicLabeler.label(memberTexts(id, texts)));
        return byClaim;
    }

    private static List<String> memberTexts(long topicId, List<String> joining) {
        List<String> texts = new ArrayList<>(joining);
        texts.addAll(Statement.find("topic.id = ?1 order by id desc", topicId).page(0, LABEL_SAMPLE)
                .<Statement>list().stream().map(s -> s.text).toList());
        return texts;
    }
}
