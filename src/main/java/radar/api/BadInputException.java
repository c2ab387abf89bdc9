package radar.api;

/** A request field that passed JSON parsing but cannot be used; answered with 400. */
public class BadInputException extends RuntimeException {

    private final String field;

    public BadInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
