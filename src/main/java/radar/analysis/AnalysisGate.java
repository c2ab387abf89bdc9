package radar.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import radar.RadarConfig;


/**
 * Back-pressure for NLI work: as many analyses run at once as there are NLI workers, at most
 * {@code radar.analysis.max-waiting} more wait (each up to {@code max-wait}), and any beyond that
 * are told at once to come back later (503 with Retry-After) instead of piling up in memory.
 */
@ApplicationScoped
public class AnalysisGate {

    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxWaiting;
    private final long maxWaitMillis;

    @Inject
    public AnalysisGate(RadarConfig config) {
        this(config.nli().workers(), config.analysis().maxWaiting(), config.analysis().maxWait());
    }

    public AnalysisGate(int workers, int maxWaiting, java.time.Duration maxWait) {
        this.running = new Semaphore(workers, true);
        this.maxWaiting = maxWaiting;
        this.maxWaitMillis = maxWait.toMillis();
    }

    public <T> T run(Supplier<T> analysis) {
        if (waiting.incrementAndGet() > maxWaiting + running.availablePermits()) {
            waiting.decrementAndGet();
            throw new AnalysisBusyException("The service is busy analysing other articles; retry in a few seconds", 5);
        }
        boolean admitted;
        try {
            admitted = running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        } finally {
            waiting.decrementAndGet();
        }
        if (!admitted) throw new AnalysisBusyException("The analysis queue did not move in time; retry in a few seconds", 10);
        try {
            return analysis.get();
        } finally {
            running.release();
        }
    }
}
