package radar.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import radar.analysis.AnalysisBusyException;
import radar.analysis.ArticleTooLargeException;
import radar.store.DatabaseErrors;

/**
 * Every error becomes {@code application/problem+json} with a message a person can act on; no
 * stack trace, class name or SQL ever reaches the client.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return Problem.response(Response.Status.BAD_REQUEST, detail, errors);
    }

    @ServerExceptionMapper
    public Response badInput(BadInputException e) {
        return Problem.response(Response.Status.BAD_REQUEST, e.field() + " " + e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response invalidFields(InvalidFieldsException e) {
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        var at = e.getLocation();
        return Problem.response(Response.Status.BAD_REQUEST,
                "The body is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }

    @ServerExceptionMapper
    public Response wrongJsonShape(JsonMappingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) return malformedJson(parse); // e.g. the body ends inside a string
        }
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String detail = path.isEmpty()
                ? "The body does not have the expected shape: a JSON object is required"
                : "Field '" + path + "' has the wrong type or shape";
        return Problem.response(Response.Status.BAD_REQUEST, detail,
                path.isEmpty() ? List.of() : List.of(new Problem.FieldError(path, "has the wrong type or shape")));
    }

    /** More specific than Quarkus's own mapper for this type, which answers plain JSON. */
    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException e) {
        return wrongJsonShape(e);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "The body could not be read as JSON");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        // The JSON reader wraps what the parser said; answer with that.
        if (e.getCause() instanceof JsonParseException parse) return malformedJson(parse);
        if (e.getCause() instanceof JsonMappingException mapping) return wrongJsonShape(mapping);
        if (e.getCause() instanceof JsonProcessingException other) return otherJson(other);
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed here";
            case 406 -> "This resource answers in application/json only";
            case 415 -> "Send the body as application/json";
            case 400 -> "The request could not be read: send a JSON body";
            default -> status.getReasonPhrase();
        };
        return Problem.response(status, detail);
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public Response tooLarge(ArticleTooLargeException e) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
    }

    @ServerExceptionMapper
    public Response busy(AnalysisBusyException e) {
        return unavailable(e.getMessage(), e.retryAfterSeconds());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (DatabaseErrors.unavailable(e)) {
            Log.warnf("Database unavailable: %s", e.getMessage());
            return unavailable("The database is not reachable. Retry in a few seconds (an article stored before the database went away"
                    + " is answered as a duplicate, with its report)", 5);
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s", reference);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it is logged under reference " + reference);
    }

    private static Response unavailable(String detail, int retryAfterSeconds) {
        Response problem = Problem.response(Response.Status.SERVICE_UNAVAILABLE, detail);
        return Response.fromResponse(problem).header("Retry-After", retryAfterSeconds).build();
    }

    private static String field(ConstraintViolation<?> violation) {
        // "post.request.text" → "text"; "post.request.articles[0].text" → "articles[0].text"
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
