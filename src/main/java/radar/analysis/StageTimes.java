package radar.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Milliseconds spent per pipeline stage, in stage order, for the per-article log line. */
public final class StageTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the stage running since the last call. */
    public void end(String stage) {
        long now = System.nanoTime();
        millis.merge(stage, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    @Override
    public String toString() {
        return millis.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "ms").collect(Collectors.joining(" "));
    }
}
