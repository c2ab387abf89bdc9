package radar.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import radar.contradiction.Kind;
import radar.report.PairFilter;
import radar.report.DismissalReason;
import radar.report.ReviewStatus;
import radar.report.Views;
import radar.service.ReviewService;

@Path("/contradictions")
@Produces(MediaType.APPLICATION_JSON)
public class ContradictionResource {

    static final String STATUS = "(?i)confirmed|dismissed|flagged";
    static final String KIND = "(?i)contradiction|denial|numeric|changed-over-time";

    @Inject ReviewService contradictions;

    /**
     * Flagged pairs. Without {@code since}: newest first, by page. With {@code since=<cursor>}:
     * only the pairs flagged after that cursor, oldest first, with the next cursor in the answer.
     * Filters: {@code topic} (topic id), {@code actor} (actor id, either side), {@code minScore},
     * {@code status}, {@code kind}. Answers {@code 304} to a matching {@code If-None-Match}, so polling an
     * unchanged list costs one small query.
     */
    @GET
    public Response list(
            @QueryParam("since") @Min(value = 0, message = "must be 0 or more") Long since,
            @QueryParam("limit") @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100") Integer limit,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100, message = "must be at most 100") int size,
            @QueryParam("topic") Long topic,
            @QueryParam("actor") String actor,
            @QueryParam("minScore") @DecimalMin(value = "0", message = "must be between 0 and 1")
            @DecimalMax(value = "1", message = "must be between 0 and 1") Double minScore,
            @QueryParam("status") @Pattern(regexp = STATUS, message = "must be confirmed, dismissed or flagged") String status,
            @QueryParam("kind") @Pattern(regexp = KIND, message = "must be contradiction, denial, numeric or changed-over-time") String kind,
            @Context Request request) {
        EntityTag tag = new EntityTag(contradictions.version(), true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) return unchanged.cacheControl(noCache()).build();
        PairFilter filter = new PairFilter(topic, blankToNull(actor), minScore, ReviewStatus.parse(status).orElse(null),
                Kind.parse(kind).orElse(null));
        Views.Page<Views.ContradictionView> result = contradictions.list(filter, since, page, limit != null ? limit : size);
        return Response.ok(result).tag(tag).cacheControl(noCache()).build();
    }

    @GET
    @Path("/{id}")
    public Views.ContradictionView get(@PathParam("id") long id) {
        return contradictions.byId(id).orElseThrow(() -> new NotFound("No flagged pair with id " + id));
    }

    /** An analyst confirms or dismisses a pair (or puts it back to flagged), with a short comment. */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.ContradictionView review(@PathParam("id") long id,
                                         @NotNull(message = "a JSON body with a status is required") @Valid ReviewRequest review) {
        ReviewStatus status = ReviewStatus.parse(review.status()).orElseThrow();
        DismissalReason reason = review.reason() == null ? null : DismissalReason.parse(review.reason()).orElseThrow();
        if (reason != null && status != ReviewStatus.DISMISSED) throw new BadInputException("reason", "goes only with status dismissed");
        return contradictions.review(id, status, review.comment(), reason)
                .orElseThrow(() -> new NotFound("No flagged pair with id " + id));
    }

    /** Clients must revalidate (cheaply, with the ETag) rather than reuse a stale list. */
    private static CacheControl noCache() {
        CacheControl cc = new CacheControl();
        cc.setNoCache(true);
        return cc;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
