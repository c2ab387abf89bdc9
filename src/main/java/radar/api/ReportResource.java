package radar.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import radar.RadarConfig;
import radar.report.Views;
import radar.service.ReportService;

@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject ReportService reports;
    @Inject RadarConfig config;

    /** Compares the given articles with one another only; stores nothing. */
    @POST
    public Views.OneOffReport post(@NotNull(message = "a JSON body with an articles list is required") @Valid ReportRequest request) {
        int maxChars = config.limits().maxArticleChars();
        return reports.oneOff(request.articles().stream().map(a -> ArticleInputs.from(a, maxChars)).toList());
    }
}
