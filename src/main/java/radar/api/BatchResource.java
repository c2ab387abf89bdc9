package radar.api;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import radar.RadarConfig;
import radar.report.BatchViews;
import radar.report.PairFilter;
import radar.report.Views;
import radar.service.ReviewService;
import radar.store.BatchQueue;

/**
 * Feeds: many articles in one request, queued in the database and analysed by the workers of
 * every replica ({@code radar.batches.*}). The answer comes at once; progress is polled.
 */
@Path("/batches")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    @Inject BatchQueue queue;
    @Inject ReviewService pairs;
    @Inject RadarConfig config;
    @Inject Validator validator;

    /**
     * Queues the articles (each checked first: one bad article and nothing is queued). 202 with the
     * batch and its Location; articles stored or queued before are reported as duplicates, not queued again.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(BatchRequest request, @Context UriInfo uri) {
        var articles = BatchInputs.from(request, config.batches().maxArticles(), config.limits().maxArticleChars(), validator);
        BatchViews.BatchView batch = queue.enqueue(articles);
        return Response.accepted(batch).location(uri.getAbsolutePathBuilder().path(String.valueOf(batch.id())).build()).build();
    }

    /** The queue (queued and running articles on all replicas) and the newest batches, without their articles. */
    @GET
    public BatchViews.BatchList recent(@QueryParam("limit") @DefaultValue("10") @Min(value = 1, message = "must be at least 1")
                                       @Max(value = 100, message = "must be at most 100") int limit) {
        return queue.recent(limit);
    }

    @GET
    @Path("/{id}")
    public BatchViews.BatchView get(@PathParam("id") long id) {
        return queue.find(id).orElseThrow(() -> new NotFound("No batch with id " + id));
    }

    /** The flagged pairs that involve the batch's articles, newest first, as {@code GET /contradictions} pages them. */
    @GET
    @Path("/{id}/report")
    public Views.Page<Views.ContradictionView> report(@PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100, message = "must be at most 100") int size) {
        if (queue.find(id).isEmpty()) throw new NotFound("No batch with id " + id);
        return pairs.list(PairFilter.ofBatch(id), null, page, size);
    }
}
