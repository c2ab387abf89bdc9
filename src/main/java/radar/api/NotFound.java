package radar.api;

/** A resource the client named does not exist; the message says which, for a 404 problem. */
class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }
}
