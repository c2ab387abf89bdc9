package radar.topic;

import java.util.ArrayList;
import java.util.List;

/**
 * Online clustering of statement embeddings into topics (leader clustering): a statement joins
 * the nearest topic whose first statement is at least {@code joinSimilarity} similar in cosine,
 * or opens a new one.
 * Works on a snapshot; the caller persists what changed.
 */
public final class TopicClusters {

    /** A topic while assigning: id is null until stored; texts feed the label. */
    public static final class Cluster {
        public Long id;
        public float[] centroid;
        public int size;
        public String label;
        public final List<String> newTexts = new ArrayList<>();
        public boolean changed;

        public Cluster(Long id, float[] centroid, int size, String label) {
            this.id = id;
            this.centroid = centroid;
            this.size = size;
            this.label = label;
        }
    }

    private final List<Cluster> clusters;
    private final double joinSimilarity;

    public TopicClusters(List<Cluster> existing, double joinSimilarity) {
        this.clusters = new ArrayList<>(existing);
        this.joinSimilarity = joinSimilarity;
    }

    public Cluster assign(float[] embedding, String text) {
        Cluster best = null;
        double bestSimilarity = joinSimilarity;
        for (Cluster c : clusters) {
            double similarity = Vectors.cosine(embedding, c.centroid);
            if (similarity >= bestSimilarity) {
                best = c;
                bestSimilarity = similarity;
            }
        }
        if (best == null) {
            best = new Cluster(null, embedding.clone(), 0, null);
            clusters.add(best);
        }
        // The centroid stays where the topic's first statement put it: a running mean drifts towards
        // "news in general" and swallows everything (measured on the seeds at 0.60: one topic of 65 of 138 statements; with fixed centroids the largest holds 29).
        best.size++;
        best.newTexts.add(text);
        if (best.label == null) best.label = TopicLabeler.label(best.newTexts);
        best.changed = true;
        return best;
    }

    public List<Cluster> clusters() {
        return clusters;
    }
}
