package radar.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import radar.report.Views;
import radar.service.ReportService;

@Path("/actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    @Inject ReportService reports;

    /** Every actor that asserts a stored statement, the most quoted first. */
    @GET
    public List<Views.ActorCount> list() {
        return reports.actors();
    }
}
