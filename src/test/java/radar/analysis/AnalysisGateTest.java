package radar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AnalysisGateTest {

    @Test
    void turnsAwayWhatCannotWaitInsteadOfQueueingIt() throws Exception {
        AnalysisGate gate = new AnalysisGate(1, 1, Duration.ofSeconds(5));
        CountDownLatch running = new CountDownLatch(1), release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<String> first = pool.submit(() -> gate.run(() -> { running.countDown(); await(release); return "first"; }));
        running.await();
        Future<String> second = pool.submit(() -> gate.run(() -> "second")); // waits: one place in the queue
        Thread.sleep(200);
        AnalysisBusyException busy = assertThrows(AnalysisBusyException.class, () -> gate.run(() -> "third"));
        assertEquals(5, busy.retryAfterSeconds());
        release.countDown();
        assertEquals("first", first.get());
        assertEquals("second", second.get());
        assertEquals("fourth", gate.run(() -> "fourth"));
        pool.shutdown();
    }

    @Test
    void givesUpAfterTheMaximumWait() throws Exception {
        AnalysisGate gate = new AnalysisGate(1, 4, Duration.ofMillis(200));
        CountDownLatch running = new CountDownLatch(1), release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.submit(() -> gate.run(() -> { running.countDown(); await(release); return null; }));
        running.await();
        AnalysisBusyException busy = assertThrows(AnalysisBusyException.class, () -> gate.run(() -> "late"));
        assertEquals(10, busy.retryAfterSeconds());
        release.countDown();
        pool.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
