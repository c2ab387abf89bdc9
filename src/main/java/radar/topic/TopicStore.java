package radar.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import radar.RadarConfig;
import radar.statement.Statement;

/** Loads the stored topics as clusters to assign new statements in, and writes back changes. */
@ApplicationScoped
public class TopicStore {

    private static final int LABEL_SAMPLE = 50;

    @Inject
    RadarConfig config;

    @Transactional
    public TopicClusters snapshot() {
        List<TopicClusters.Cluster> clusters = Topic.<Topic>listAll().stream()
                .map(t -> new TopicClusters.Cluster(t.id, Vectors.fromBytes(t.centroid), t.size, t.label))
                .toList();
        return fresh(clusters);
    }

    /** An empty topic space, for reports that store nothing. */
    public TopicClusters empty() {
        return fresh(List.of());
    }

    private TopicClusters fresh(List<TopicClusters.Cluster> clusters) {
        return new TopicClusters(clusters, config.topics().joinSimilarity());
    }

    /** The newest stored statements of a topic and the ones joining it now: what its label says. */
    private static List<String> memberTexts(long topicId, List<String> joining) {
        List<String> texts = new java.util.ArrayList<>(joining);
        texts.addAll(Statement.find("topic.id = ?1 order by id desc", topicId).page(0, LABEL_SAMPLE)
                .<Statement>list().stream().map(s -> s.text).toList());
        return texts;
    }

    /** Persists new and changed clusters; must run inside the caller's transaction. */
    public void save(TopicClusters topics) {
        for (TopicClusters.Cluster c : topics.clusters()) {
            if (!c.changed) continue;
            Topic topic = c.id == null ? new Topic() : Topic.findById(c.id);
            if (topic == null) topic = new Topic();
            topic.label = topic.id == null ? c.label : TopicLabeler.label(memberTexts(topic.id, c.newTexts));
            topic.centroid = Vectors.toBytes(c.centroid);
            topic.size = c.size;
            if (topic.id == null) topic.persist();
            c.id = topic.id; // kept as it is if the transaction rolls back: a retry finds no such row and inserts again
        }
    }
}
