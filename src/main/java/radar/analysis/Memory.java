package radar.analysis;

import java.util.List;
import radar.pairing.PooledStatement;
import radar.topic.KnownTopic;

/**
 * What an analysis needs from the past: the statements analysed before (each with a
 * {@link radar.pairing.Origin.Known} origin, oldest first) and the topics known so far. The store
 * answers from the database; {@link InMemoryMemory} from earlier analyses of one run.
 */
public interface Memory {

    List<PooledStatement> statements();

    List<KnownTopic> topics();
}
