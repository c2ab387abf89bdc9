package radar.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import radar.RadarConfig;

/** Turns away bodies over {@code radar.limits.max-body-bytes} ({@code radar.batches.max-body-bytes} for batches) before they are read. */
public class BodySizeFilter {

    /** Looked up per request: filters are built before the runtime configuration exists. */
    @Inject Instance<RadarConfig> config;

    @ServerRequestFilter
    public Response limitBody(ContainerRequestContext request) {
        boolean batch = request.getUriInfo().getPath().startsWith("/batches");
        long max = batch ? config.get().batches().maxBodyBytes() : config.get().limits().maxBodyBytes();
        int length = request.getLength();
        if (length > max) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body is " + length + " bytes; this service accepts at most "
                    + max + (batch ? " (radar.batches.max-body-bytes): split the batch" : " (radar.limits.max-body-bytes)"));
        }
        return null;
    }
}
