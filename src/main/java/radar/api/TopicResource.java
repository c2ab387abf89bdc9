package radar.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import radar.report.Views;
import radar.service.ReportService;

@Path("/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    @Inject ReportService reports;

    /** Topics with their statement and flagged-pair counts, the most contested first. */
    @GET
    public List<Views.TopicCount> list() {
        return reports.topics();
    }
}
