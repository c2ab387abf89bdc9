package radar.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import radar.report.Views;
import radar.service.ReviewService;

@Path("/calibration")
@Produces(MediaType.APPLICATION_JSON)
public class CalibrationResource {

    @Inject ReviewService reviews;

    /** The rule's thresholds, the score floor reviews set for the model alone, and the reviews behind it. */
    @GET
    public Views.CalibrationView get() {
        return reviews.calibration();
    }
}
