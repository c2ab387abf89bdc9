package radar.contradiction;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import radar.report.Views;

@Path("/contradictions")
@Produces(MediaType.APPLICATION_JSON)
public class ContradictionResource {

    @Inject ContradictionService contradictions;

    /** Flagged pairs, newest first. */
    @GET
    public Views.Page<Views.ContradictionView> list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100, message = "must be at most 100") int size) {
        return contradictions.newestFirst(page, size);
    }

    @GET
    @Path("/{id}")
    public Views.ContradictionView get(@PathParam("id") long id) {
        return contradictions.byId(id).orElseThrow(() -> new NotFoundException("No flagged pair with id " + id));
    }
}
