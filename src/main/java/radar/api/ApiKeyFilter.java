package radar.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import radar.RadarConfig;

/**
 * When {@code radar.api-key} is set, writes (POST, PATCH, PUT, DELETE) need it, as
 * {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}; reads stay open for dashboards.
 */
public class ApiKeyFilter {

    private static final Set<String> WRITES = Set.of("POST", "PATCH", "PUT", "DELETE");

    /** Looked up per request: filters are built before the runtime configuration exists. */
    @Inject Instance<RadarConfig> config;

    @ServerRequestFilter
    public Response requireKeyForWrites(ContainerRequestContext request) {
        if (config.get().apiKey().isEmpty() || !WRITES.contains(request.getMethod())) return null;
        String expected = config.get().apiKey().get();
        String given = request.getHeaderString("X-API-Key");
        String authorization = request.getHeaderString("Authorization");
        if (given == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).strip();
        }
        if (given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        Response problem = Problem.response(Response.Status.UNAUTHORIZED,
                "This service needs an API key for writes: send \"Authorization: Bearer <key>\" or \"X-API-Key: <key>\"");
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }
}
