package radar.analysis;

import java.util.List;
import radar.contradiction.Calibration;
import radar.pairing.PooledStatement;
import radar.topic.KnownTopic;
import radar.topic.TopicRef;

/**
 * What an analysis needs from the past: the statements analysed before (each with a
 * {@link radar.pairing.Origin.Known} origin, oldest first), the topics known so far and what
 * analysts' reviews taught ({@link Calibration}). The store
 * answers from the database; {@link InMemoryMemory} from earlier analyses of one run.
 */
public interface Memory {

    List<PooledStatement> statements();

    List<KnownTopic> topics();

    /** What analysts' reviews so far teach the rule for pairs filed under this topic; none by default. */
    default Calibration calibration(TopicRef topic) {
        return Calibration.NONE;
    }
}
