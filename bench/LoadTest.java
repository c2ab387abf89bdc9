import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test: CLIENTS concurrent clients post distinct articles to a running service for SECONDS,
 * then every article that got a 2xx is read back (it must exist once), and heap use sampled from
 * /q/metrics is compared with the maximum heap. Run by bench/load.sh; prints a summary.
 *
 *   java bench/LoadTest.java http://127.0.0.1:18090 32 60
 */
public class LoadTest {

    static final Pattern ARTICLE_ID = Pattern.compile("\"articleId\":(\\d+)");
    static final Pattern HEAP_USED = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*\\} ([0-9.E+]+)");
    static final Pattern HEAP_MAX = Pattern.compile("jvm_memory_max_bytes\\{area=\"heap\"[^}]*\\} ([0-9.E+]+)");
    static final Pattern SENTENCE = Pattern.compile("\"sentence\":\"([^\"\\\\]*)\"");
    static final String[] PLACES = {"Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Quito", "Accra", "Riga", "Perth", "Sofia"};

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18090";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(clients)).build();

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<Long, String> accepted = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong maxHeap = new AtomicLong(), heapLimit = new AtomicLong();
        AtomicInteger sent = new AtomicInteger(), collisions = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);

        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int n = sent.incrementAndGet();
                    String place = PLACES[n % PLACES.length];
                    String text = "The transport ministry said on Monday that bridge number " + n + " in " + place + " was safe. "
                            + "Engineers from the city council said bridge number " + n + " in " + place + " was closed for repairs. "
                            + "Client " + client + " request " + n + ".";
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/articles"))
                                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() / 100 == 2) {
                            Matcher m = ARTICLE_ID.matcher(r.body());
                            // Two different texts answered with one id would be one article lost.
                            if (m.find() && accepted.put(Long.parseLong(m.group(1)), text) != null) collisions.incrementAndGet();
                        } else if (r.statusCode() == 503 || r.statusCode() == 429) {
                            long wait = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                            Thread.sleep(Math.min(wait, 2) * 1000); // a polite client backs off
                        }
                    } catch (Exception e) {
                        statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.submit(() -> {
            while (System.nanoTime() < end) {
                try {
                    String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
                    maxHeap.accumulateAndGet(sum(HEAP_USED, metrics), Math::max);
                    heapLimit.set(sum(HEAP_MAX, metrics));
                    Thread.sleep(1000);
                } catch (Exception ignored) {
                    // keep sampling
                }
            }
            return null;
        });
        pool.shutdown();
        pool.awaitTermination(seconds + 180, TimeUnit.SECONDS);

        // Every accepted article is read back, and what the service read from it is the text that was posted.
        int missing = 0, wrongText = 0;
        for (var e : accepted.entrySet()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/articles/" + e.getKey())).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                missing++;
                continue;
            }
            // The article's own statements only: its flagged pairs quote other articles too.
            String body = r.body();
            int from = body.indexOf("\"statements\":["), to = body.indexOf("\"contradictions\":[");
            Matcher sentence = SENTENCE.matcher(from >= 0 && to > from ? body.substring(from, to) : body);
            int sentences = 0;
            boolean ours = true;
            while (sentence.find()) {
                sentences++;
                ours &= e.getValue().contains(sentence.group(1));
            }
            if (sentences == 0 || !ours) wrongText++;
        }
        HttpResponse<String> count = http.send(HttpRequest.newBuilder(URI.create(base + "/contradictions?size=1")).build(), HttpResponse.BodyHandlers.ofString());
        List<Long> sorted = new ArrayList<>(latencies);
        java.util.Collections.sort(sorted);
        int fiveXX = statuses.entrySet().stream().filter(s -> s.getKey() >= 500 && s.getKey() != 503).mapToInt(s -> s.getValue().get()).sum();
        System.out.printf(Locale.ROOT, "clients=%d duration=%ds requests=%d statuses=%s%n", clients, seconds, latencies.size(), statuses);
        int transport = statuses.getOrDefault(-1, new AtomicInteger()).get();
        System.out.printf(Locale.ROOT, "accepted (2xx)=%d, read back=%d, missing=%d, not the text posted=%d, one id for two texts=%d; "
                + "5xx other than 503=%d; transport errors=%d%n", accepted.size(), accepted.size() - missing, missing, wrongText, collisions.get(), fiveXX, transport);
        System.out.printf(Locale.ROOT, "latency ms p50=%d p95=%d max=%d; heap used max=%.0f MiB of %.0f MiB; flagged pairs total: %s%n",
                pct(sorted, 50), pct(sorted, 95), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                maxHeap.get() / 1048576.0, heapLimit.get() / 1048576.0, total(count.body()));
        // Failures: anything accepted and lost or changed, a server error, a request that got no answer (a timeout is one),
        // nothing accepted at all, no heap sample, or the heap within a tenth of its maximum (the next burst would not fit).
        List<String> failures = new ArrayList<>();
        if (accepted.isEmpty()) failures.add("no article accepted");
        if (missing > 0 || wrongText > 0 || collisions.get() > 0) failures.add("accepted articles lost or changed");
        if (fiveXX > 0) failures.add("server errors");
        if (transport > 0) failures.add("requests with no answer");
        if (maxHeap.get() == 0 || heapLimit.get() <= 0) failures.add("no heap sample from /q/metrics");
        else if (maxHeap.get() > 0.9 * heapLimit.get()) failures.add("heap above 90% of its maximum");
        boolean ok = failures.isEmpty();
        System.out.println(ok ? "RESULT: OK" : "RESULT: FAILED " + failures);
        System.exit(ok ? 0 : 1);
    }

    static long sum(Pattern p, String metrics) {
        Matcher m = p.matcher(metrics);
        double total = 0;
        while (m.find()) total += Double.parseDouble(m.group(1));
        return (long) total;
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    static String total(String body) {
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(body);
        return m.find() ? m.group(1) : "?";
    }
}
