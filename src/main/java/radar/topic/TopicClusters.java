package radar.topic;

import java.util.ArrayList;
import java.util.List;

/**
 * Online clustering of statement embeddings into topics: a statement joins the nearest topic
 * whose centroid is at least {@code joinSimilarity} away in cosine, or opens a new one.
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
        // Running mean, kept at unit length so cosine stays a dot product.
        float[] sum = new float[embedding.length];
        for (int i = 0; i < sum.length; i++) sum[i] = best.centroid[i] * best.size + embedding[i];
        best.centroid = Vectors.normalise(sum);
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
