package radar.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import radar.RadarConfig;
import radar.report.Views;
import radar.service.IngestService;
import radar.service.ReportService;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    @Inject IngestService ingest;
    @Inject ReportService reports;
    @Inject RadarConfig config;

    /** Stores the article (once) and answers with its contradiction report. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@NotNull(message = "a JSON article is required") @Valid ArticleRequest request, @Context UriInfo uri) {
        IngestService.Ingested ingested = ingest.ingest(ArticleInputs.from(request, config.limits().maxArticleChars()));
        Views.ArticleReport report = reports.afterStore(ingested.articleId(), ingested.duplicate());
        Response.ResponseBuilder response = ingested.duplicate()
                ? Response.ok()
                : Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(ingested.articleId())).build());
        return response.entity(report).build();
    }

    @GET
    @Path("/{id}")
    public Views.ArticleReport get(@PathParam("id") long id) {
        return reports.forArticle(id, false).orElseThrow(() -> new NotFound("No article with id " + id));
    }
}
