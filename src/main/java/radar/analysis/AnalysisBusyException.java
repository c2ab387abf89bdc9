package radar.analysis;

/** No analysis capacity now; the caller should retry after {@code retryAfterSeconds}. */
public class AnalysisBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public AnalysisBusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
