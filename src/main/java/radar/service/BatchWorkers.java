package radar.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import radar.RadarConfig;
import radar.analysis.AnalysisBusyException;
import radar.report.BatchViews;
import radar.store.BatchQueue;

/**
 * The threads that work the batch queue on this replica ({@code radar.batches.workers}), and the
 * queue's gauges. A worker that finds nothing to claim sleeps {@code poll-interval}; one that meets
 * a busy service or an unreachable database tries again later. On shutdown the workers finish the
 * article in hand; one still running when the process ends is left to its lease.
 */
@ApplicationScoped
public class BatchWorkers {

    /** After each article a worker lets go briefly, so that other replicas and posted articles get their turn. */
    private static final long HANDOFF_MILLIS = 50;
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    @Inject IngestService ingest;
    @Inject BatchQueue queue;
    @Inject RadarConfig config;
    @Inject MeterRegistry metrics;

    private final List<Thread> workers = new ArrayList<>();
    private final AtomicReference<BatchViews.QueueState> lastState = new AtomicReference<>(new BatchViews.QueueState(0, 0, null));
    private ScheduledExecutorService gauges;
    private volatile boolean running;

    /** After the models have loaded (their observers have the default priority, APPLICATION + 500). */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        metrics.gauge("radar.queue.depth", lastState, s -> s.get().queued() + s.get().running());
        metrics.gauge("radar.queue.oldest.age.seconds", lastState, s -> s.get().oldestQueuedSeconds() == null ? 0 : s.get().oldestQueuedSeconds());
        gauges = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "batch-queue-gauges"));
        gauges.scheduleWithFixedDelay(this::refreshGauges, 0, 5, TimeUnit.SECONDS);
        running = true;
        String replica = replicaName();
        for (int i = 0; i < config.batches().workers(); i++) {
            String name = replica + "/worker-" + i;
            Thread worker = new Thread(() -> work(name), "batch-worker-" + i);
            worker.start();
            workers.add(worker);
        }
        Log.infof("Batch workers: %d on %s (lease %s)", workers.size(), replica, config.batches().lease());
    }

    /** Before the models close. */
    void stop(@Observes @Priority(Interceptor.Priority.APPLICATION) ShutdownEvent event) throws InterruptedException {
        running = false;
        if (gauges != null) gauges.shutdownNow();
        for (Thread worker : workers) worker.join(Duration.ofSeconds(25).toMillis());
        workers.clear();
    }

    private void work(String name) {
        while (running) {
            try {
                if (queue.hasWork() && ingest.ingestNextQueued(name)) {
                    sleep(Duration.ofMillis(HANDOFF_MILLIS));
                } else {
                    sleep(config.batches().pollInterval());
                }
            } catch (AnalysisBusyException e) {
                sleep(config.batches().pollInterval());
            } catch (RuntimeException e) {
                Log.warnf("Batch worker %s: %s; trying again in %d s", name, e.getMessage(), AFTER_FAILURE.toSeconds());
                sleep(AFTER_FAILURE);
            }
        }
    }

    private void refreshGauges() {
        try {
            lastState.set(queue.state());
        } catch (RuntimeException e) {
            // the database is away: keep the last figures, the log has the database's own warnings
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** The pod's name in Kubernetes (its host name) and the process id. */
    private static String replicaName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
