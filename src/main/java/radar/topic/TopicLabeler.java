package radar.topic;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Names a topic by the content words its statements share most: "energy · attacks · facilities". */
public final class TopicLabeler {

    private static final int WORDS = 3;

    private TopicLabeler() {}

    public static String label(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        for (String text : texts) {
            for (String word : Terms.words(text)) {
                counts.merge(word, 1, Integer::sum);
                firstSeen.putIfAbsent(word, firstSeen.size());
            }
        }
        String label = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> firstSeen.get(e.getKey())))
                .limit(WORDS)
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(" · "));
        return label.isEmpty() ? "misc" : label;
    }
}
