package radar.nli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the NLI model is loaded and warmed up. */
@Readiness
@ApplicationScoped
public class NliReadinessCheck implements HealthCheck {

    @Inject
    NliService nli;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("nli-model").status(nli.isReady()).build();
    }
}
