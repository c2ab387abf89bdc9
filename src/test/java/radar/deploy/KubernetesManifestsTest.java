package radar.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Parses every object under deploy/kubernetes/ into fabric8's typed Kubernetes model, failing on
 * any field the model does not know (a typo would otherwise be ignored by the cluster), and checks
 * what operators rely on: probes on the health endpoints, limits, image, labels and selectors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesManifestsTest {

    static final Path DIR = Path.of("deploy", "kubernetes");
    static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "Deployment", Deployment.class, "Service", Service.class, "ConfigMap", ConfigMap.class, "Secret", Secret.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class, "PodDisruptionBudget", PodDisruptionBudget.class);
    static final String NAME_LABEL = "app.kubernetes.io/name";

    final List<HasMetadata> objects = new ArrayList<>();

    @BeforeAll
    void parseAll() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
                    for (JsonNode node : yaml.readValues(parser, JsonNode.class).readAll()) {
                        String kind = node.path("kind").asText();
                        Class<? extends HasMetadata> type = KINDS.get(kind);
                        if (type == null) fail(file + ": unexpected kind '" + kind + "'");
                        HasMetadata object = yaml.treeToValue(node, type);
                        List<String> unknown = new ArrayList<>();
                        unknownFields(object, "", unknown, new IdentityHashMap<>());
                        assertTrue(unknown.isEmpty(), file + " has fields the Kubernetes model does not know: " + unknown);
                        objects.add(object);
                    }
                }
            }
        }
    }

    @Test
    void holdsEveryObjectOperatorsNeed() {
        for (String kind : KINDS.keySet()) {
            assertTrue(objects.stream().anyMatch(o -> o.getKind().equals(kind)), "missing a " + kind);
        }
        objects.forEach(o -> assertEquals("contradiction-radar", o.getMetadata().getLabels().get(NAME_LABEL), o.getKind() + " label"));
    }

    @Test
    void deploymentProbesTheHealthEndpointsAndHasLimits() {
        Deployment deployment = one(Deployment.class);
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("contradiction-radar:0.1.0", container.getImage());
        assertEquals(8080, container.getPorts().get(0).getContainerPort());
        assertPath(container.getStartupProbe(), "/q/health/started");
        assertPath(container.getLivenessProbe(), "/q/health/live");
        assertPath(container.getReadinessProbe(), "/q/health/ready");
        var resources = container.getResources();
        for (String r : List.of("cpu", "memory")) {
            assertNotNull(resources.getRequests().get(r), "request " + r);
            assertNotNull(resources.getLimits().get(r), "limit " + r);
        }
        assertTrue(deployment.getSpec().getReplicas() >= 2, "several replicas");
        assertTrue(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot(), "non-root");
        var names = container.getEnvFrom().stream()
                .map(e -> e.getConfigMapRef() != null ? e.getConfigMapRef().getName() : e.getSecretRef().getName()).toList();
        assertTrue(names.contains(one(ConfigMap.class).getMetadata().getName()), "uses the ConfigMap");
        assertTrue(names.contains(one(Secret.class).getMetadata().getName()), "uses the Secret");
    }

    @Test
    void selectorsAndTargetsPointAtTheDeployment() {
        Deployment deployment = one(Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()));
        assertTrue(podLabels.entrySet().containsAll(one(Service.class).getSpec().getSelector().entrySet()), "service selects the pods");
        assertTrue(podLabels.entrySet().containsAll(one(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels().entrySet()));
        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2);
        Map<String, String> config = one(ConfigMap.class).getData();
        assertTrue(config.containsKey("QUARKUS_DATASOURCE_JDBC_URL"));
        assertFalse(config.keySet().stream().anyMatch(k -> k.contains("PASSWORD")), "no password in the ConfigMap");
        assertTrue(one(Secret.class).getStringData().containsKey("QUARKUS_DATASOURCE_PASSWORD"));
    }

    private static void assertPath(Probe probe, String path) {
        assertNotNull(probe, "probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath());
    }

    private <T> T one(Class<T> type) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "exactly one " + type.getSimpleName());
        return found.get(0);
    }

    /** fabric8 keeps unknown fields in getAdditionalProperties() instead of failing: look for them everywhere. */
    private static void unknownFields(Object value, String path, List<String> found, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, true) != null) return;
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) unknownFields(item, path + "[" + i++ + "]", found, seen);
            return;
        }
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, found, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) return;
        try {
            for (PropertyDescriptor p : Introspector.getBeanInfo(value.getClass()).getPropertyDescriptors()) {
                Method getter = p.getReadMethod();
                if (getter == null || getter.getParameterCount() > 0) continue;
                Object child = getter.invoke(value);
                if (p.getName().equals("additionalProperties")) {
                    if (child instanceof Map<?, ?> extra && !extra.isEmpty()) found.add(path + " " + extra.keySet());
                } else {
                    unknownFields(child, path + "." + p.getName(), found, seen);
                }
            }
        } catch (ReflectiveOperationException | java.beans.IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }
}
