package radar.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import radar.RadarConfig;

/** Loads the stored topics as clusters to assign new statements in, and writes back changes. */
@ApplicationScoped
public class TopicStore {

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

    /** Persists new and changed clusters; must run inside the caller's transaction. */
    public void save(TopicClusters topics) {
        for (TopicClusters.Cluster c : topics.clusters()) {
            if (!c.changed) continue;
            Topic topic = c.id == null ? new Topic() : Topic.findById(c.id);
            if (topic == null) topic = new Topic();
            topic.label = c.label;
            topic.centroid = Vectors.toBytes(c.centroid);
            topic.size = c.size;
            if (topic.id == null) topic.persist();
            c.id = topic.id;
            c.changed = false;
        }
    }
}
