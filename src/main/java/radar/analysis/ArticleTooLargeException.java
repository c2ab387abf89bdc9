package radar.analysis;

/** The article is more than this service analyses in one go; the message says what to do. */
public class ArticleTooLargeException extends RuntimeException {

    public ArticleTooLargeException(String message) {
        super(message);
    }
}
