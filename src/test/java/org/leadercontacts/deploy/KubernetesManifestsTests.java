package org.leadercontacts.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders each Kustomize overlay under {@code k8s/} with {@code kubectl kustomize} and checks the
 * manifests against the application's own configuration in {@code src/main/resources/application.properties}
 * (Quarkus defaults where a key is absent). Plain JUnit: no Quarkus application is started.
 */
class KubernetesManifestsTests {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
    private static final Path PROPERTIES = PROJECT.resolve("src/main/resources/application.properties");
    private static final Path K8S = PROJECT.resolve("k8s");
    private static final String KUBECTL = System.getenv().getOrDefault("KUBECTL", "kubectl");

    private static final String DB_SECRET = "leader-contacts-db";
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

    /** One overlay: its directory, the image it must run, and the Quarkus profiles that image runs with. */
    record Overlay(String name, String image, List<String> profiles) {
        Path dir() {
            return K8S.resolve("overlays").resolve(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Overlay EMBEDDED = new Overlay("embedded", "leader-contacts:1.0.0", List.of("prod"));
    // Built with -Ppostgres: the pom sets quarkus.profile=prod,postgres, which becomes the jar's runtime profile.
    static final Overlay POSTGRES = new Overlay("postgres", "leader-contacts-postgres:1.0.0",
            List.of("prod", "postgres"));

    static Stream<Overlay> overlays() {
        return Stream.of(EMBEDDED, POSTGRES);
    }

    // ---------------------------------------------------------------------------------------------
    // What each overlay renders

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void rendersOneOfEachKindAndNoSecret(Overlay overlay) {
        Rendered r = render(overlay);
        for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "ConfigMap")) {
            assertEquals(1, r.all(kind).size(), overlay + ": expected exactly one " + kind + ", rendered kinds: "
                    + r.kinds());
        }
        assertEquals(List.of(), r.all("Secret"),
                overlay + ": no Secret may be rendered; credentials are created out of band, never committed");
        assertEquals(1, r.deployment().at("/spec/template/spec/containers").size(),
                overlay + ": the Deployment runs exactly one container");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void runsTheOverlaysImage(Overlay overlay) {
        String image = render(overlay).container().path("image").asText();
        assertEquals(overlay.image(), image, overlay + ": container image");
        String tag = image.substring(image.lastIndexOf(':') + 1);
        assertTrue(tag.matches("\\d+\\.\\d+\\.\\d+"), overlay + ": a release tag, not a moving one: " + image);
    }

    // ---------------------------------------------------------------------------------------------
    // Port, probes, metrics and shutdown against application.properties

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void containerPortIsTheHttpPort(Overlay overlay) {
        Config config = Config.load(overlay.profiles());
        Rendered r = render(overlay);
        JsonNode http = r.containerPort("http");
        assertNotNull(http, overlay + ": the container needs a port named http, has " + r.container().path("ports"));
        assertEquals(config.httpPort(), http.path("containerPort").asInt(),
                overlay + ": containerPort of port http must equal quarkus.http.port");
        assertEquals("TCP", http.path("protocol").asText("TCP"), overlay + ": port http protocol");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void probesUseTheSmallRyeHealthEndpointsOnTheNamedHttpPort(Overlay overlay) {
        Config config = Config.load(overlay.profiles());
        assertFalse(config.bool("quarkus.management.enabled", false),
                "quarkus.management.enabled=true moves health and metrics to the management port; "
                        + "the probes and scrape annotations assume the main HTTP port");
        Rendered r = render(overlay);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("startupProbe", config.healthPath("quarkus.smallrye-health.startup-path", "started"));
        expected.put("livenessProbe", config.healthPath("quarkus.smallrye-health.liveness-path", "live"));
        expected.put("readinessProbe", config.healthPath("quarkus.smallrye-health.readiness-path", "ready"));
        for (Map.Entry<String, String> probe : expected.entrySet()) {
            JsonNode get = r.container().path(probe.getKey()).path("httpGet");
            assertTrue(get.isObject(), overlay + ": " + probe.getKey() + " must be an httpGet probe");
            assertEquals(probe.getValue(), get.path("path").asText(), overlay + ": " + probe.getKey() + " path");
            assertEquals("HTTP", get.path("scheme").asText("HTTP"), overlay + ": " + probe.getKey() + " scheme");
            JsonNode port = get.path("port");
            assertTrue(port.isTextual(), overlay + ": " + probe.getKey()
                    + " port must name the container port, not repeat a number: " + port);
            JsonNode named = r.containerPort(port.asText());
            assertNotNull(named, overlay + ": " + probe.getKey() + " port " + port + " names no container port");
            assertEquals(config.httpPort(), named.path("containerPort").asInt(),
                    overlay + ": " + probe.getKey() + " must probe quarkus.http.port");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void prometheusScrapesTheMetricsEndpoint(Overlay overlay) {
        Config config = Config.load(overlay.profiles());
        JsonNode annotations = render(overlay).deployment().at("/spec/template/metadata/annotations");
        assertEquals("true", annotations.path("prometheus.io/scrape").asText(), overlay + ": prometheus.io/scrape");
        assertEquals(config.metricsPath(), annotations.path("prometheus.io/path").asText(),
                overlay + ": prometheus.io/path");
        assertEquals(String.valueOf(config.httpPort()), annotations.path("prometheus.io/port").asText(),
                overlay + ": prometheus.io/port must equal quarkus.http.port");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void terminationGraceExceedsShutdownDelayPlusTimeout(Overlay overlay) {
        Config config = Config.load(overlay.profiles());
        Duration delay = config.bool("quarkus.shutdown.delay-enabled", false)
                ? config.duration("quarkus.shutdown.delay")
                : Duration.ZERO;
        Duration shutdown = delay.plus(config.duration("quarkus.shutdown.timeout"));
        JsonNode grace = render(overlay).deployment().at("/spec/template/spec/terminationGracePeriodSeconds");
        assertTrue(grace.canConvertToLong(), overlay + ": terminationGracePeriodSeconds must be set");
        assertTrue(grace.asLong() > shutdown.toSeconds(), overlay + ": terminationGracePeriodSeconds " + grace.asLong()
                + " must exceed quarkus.shutdown.delay + quarkus.shutdown.timeout = " + shutdown.toSeconds() + "s");
    }

    /**
     * Quarkus reads QUARKUS_FOO_BAR as quarkus.foo.bar: each non-alphanumeric character of a property name
     * ('.', '-', '"') becomes '_'. A variable that matches no property in application.properties is a typo
     * or a setting the application does not know about.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyQuarkusEnvVarNamesAConfiguredProperty(Overlay overlay) {
        Config config = Config.load(overlay.profiles());
        Set<String> known = config.keys().stream().map(KubernetesManifestsTests::envForm).collect(Collectors.toSet());
        Set<String> names = render(overlay).envNames();
        // QUARKUS_* and profile-specific _PROFILE_QUARKUS_* variables.
        List<String> quarkus = names.stream()
                .filter(n -> n.startsWith("QUARKUS_") || n.matches("_[A-Z0-9]+_QUARKUS_.*")).toList();
        assertFalse(quarkus.isEmpty(), overlay + ": expected QUARKUS_* variables, found " + names);
        for (String name : quarkus) {
            String unprofiled = name.startsWith("_") ? name.substring(name.indexOf('_', 1) + 1) : name;
            String property = unprofiled.toLowerCase(Locale.ROOT).replace('_', '.');
            assertTrue(known.contains(envForm(property)), overlay + ": " + name + " (" + property
                    + ") names no property in application.properties");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Service, autoscaler and disruption budget target the Deployment's pods

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void deploymentSelectsItsOwnPods(Overlay overlay) {
        Rendered r = render(overlay);
        JsonNode selector = r.deployment().at("/spec/selector");
        assertTrue(selector.path("matchExpressions").isMissingNode(), overlay + ": use matchLabels only");
        assertSelects(overlay + ": Deployment selector", selector.path("matchLabels"), r.podLabels());
        assertTrue(r.deployment().at("/spec/replicas").isMissingNode(),
                overlay + ": the HorizontalPodAutoscaler owns the replica count; the Deployment must not set one");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void serviceRoutesToTheNamedHttpPortOfThePods(Overlay overlay) {
        Rendered r = render(overlay);
        JsonNode service = r.one("Service");
        assertEquals("ClusterIP", service.at("/spec/type").asText("ClusterIP"), overlay + ": Service type");
        assertSelects(overlay + ": Service selector", service.at("/spec/selector"), r.podLabels());
        JsonNode ports = service.at("/spec/ports");
        assertEquals(1, ports.size(), overlay + ": Service ports");
        assertEquals(80, ports.get(0).path("port").asInt(), overlay + ": Service port");
        JsonNode target = ports.get(0).path("targetPort");
        assertTrue(target.isTextual(), overlay + ": Service targetPort must name the container port: " + target);
        JsonNode named = r.containerPort(target.asText());
        assertNotNull(named, overlay + ": Service targetPort " + target + " names no container port");
        assertEquals(Config.load(overlay.profiles()).httpPort(), named.path("containerPort").asInt(),
                overlay + ": Service must route to quarkus.http.port");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void autoscalerScalesTheDeploymentOnCpu(Overlay overlay) {
        Rendered r = render(overlay);
        JsonNode hpa = r.one("HorizontalPodAutoscaler");
        assertEquals("autoscaling/v2", hpa.path("apiVersion").asText(), overlay + ": HPA apiVersion");
        JsonNode target = hpa.at("/spec/scaleTargetRef");
        assertEquals("apps/v1", target.path("apiVersion").asText(), overlay + ": HPA target apiVersion");
        assertEquals("Deployment", target.path("kind").asText(), overlay + ": HPA target kind");
        assertEquals(r.deployment().at("/metadata/name").asText(), target.path("name").asText(),
                overlay + ": HPA target name");
        assertEquals(2, hpa.at("/spec/minReplicas").asInt(), overlay + ": HPA minReplicas");
        assertEquals(10, hpa.at("/spec/maxReplicas").asInt(), overlay + ": HPA maxReplicas");
        boolean cpu = false;
        for (JsonNode metric : hpa.at("/spec/metrics")) {
            cpu |= "Resource".equals(metric.path("type").asText())
                    && "cpu".equals(metric.at("/resource/name").asText());
        }
        assertTrue(cpu, overlay + ": HPA must scale on the cpu resource metric");
        assertFalse(r.container().at("/resources/requests/cpu").isMissingNode(),
                overlay + ": CPU utilization needs a CPU request");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void disruptionBudgetCoversThePods(Overlay overlay) {
        Rendered r = render(overlay);
        JsonNode pdb = r.one("PodDisruptionBudget");
        assertEquals("policy/v1", pdb.path("apiVersion").asText(), overlay + ": PDB apiVersion");
        assertTrue(pdb.at("/spec/selector/matchExpressions").isMissingNode(), overlay + ": use matchLabels only");
        assertSelects(overlay + ": PDB selector", pdb.at("/spec/selector/matchLabels"), r.podLabels());
        JsonNode maxUnavailable = pdb.at("/spec/maxUnavailable");
        JsonNode minAvailable = pdb.at("/spec/minAvailable");
        assertTrue(maxUnavailable.isMissingNode() != minAvailable.isMissingNode(),
                overlay + ": PDB sets exactly one of maxUnavailable and minAvailable");
        int minReplicas = r.one("HorizontalPodAutoscaler").at("/spec/minReplicas").asInt();
        // Pods the budget lets go at the HPA minimum; with none, a node drain blocks forever.
        int evictable = maxUnavailable.isMissingNode()
                ? minReplicas - podCount(minAvailable, minReplicas)
                : podCount(maxUnavailable, minReplicas);
        assertTrue(evictable >= 1, overlay + ": at " + minReplicas + " replicas the PDB (maxUnavailable="
                + maxUnavailable + ", minAvailable=" + minAvailable + ") lets no pod be evicted");
    }

    // ---------------------------------------------------------------------------------------------
    // Security and resources

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void securityContextIsRestricted(Overlay overlay) {
        Rendered r = render(overlay);
        JsonNode pod = r.deployment().at("/spec/template/spec");
        JsonNode podContext = pod.path("securityContext");
        JsonNode context = r.container().path("securityContext");
        for (String hostNamespace : List.of("hostNetwork", "hostPID", "hostIPC")) {
            assertFalse(pod.path(hostNamespace).asBoolean(false), overlay + ": " + hostNamespace);
        }
        assertTrue(podContext.path("runAsNonRoot").asBoolean(false), overlay + ": pod runAsNonRoot");
        assertTrue(effective(context, podContext, "runAsNonRoot").asBoolean(false), overlay + ": runAsNonRoot");
        // The JVM image runs as UID 185 (src/main/docker/Dockerfile.jvm); its files belong to that user.
        assertEquals(185, effective(context, podContext, "runAsUser").asInt(-1), overlay + ": runAsUser");
        assertEquals(185, effective(context, podContext, "runAsGroup").asInt(-1), overlay + ": runAsGroup");
        assertEquals("RuntimeDefault", effective(context, podContext, "seccompProfile").path("type").asText(),
                overlay + ": seccompProfile");
        assertTrue(context.path("readOnlyRootFilesystem").asBoolean(false), overlay + ": readOnlyRootFilesystem");
        assertFalse(context.path("allowPrivilegeEscalation").asBoolean(true), overlay + ": allowPrivilegeEscalation");
        assertFalse(context.path("privileged").asBoolean(false), overlay + ": privileged");
        assertTrue(texts(context.at("/capabilities/drop")).contains("ALL"), overlay + ": capabilities must drop ALL");
        assertTrue(context.at("/capabilities/add").isMissingNode() || context.at("/capabilities/add").isEmpty(),
                overlay + ": no capabilities may be added");

        // With a read-only root filesystem the application's only writable place is an emptyDir at /tmp.
        String tmpVolume = null;
        for (JsonNode mount : r.container().path("volumeMounts")) {
            if ("/tmp".equals(mount.path("mountPath").asText())) {
                tmpVolume = mount.path("name").asText();
                assertFalse(mount.path("readOnly").asBoolean(false), overlay + ": /tmp must be writable");
            }
        }
        assertNotNull(tmpVolume, overlay + ": a volume must be mounted at /tmp");
        boolean emptyDir = false;
        for (JsonNode volume : pod.path("volumes")) {
            emptyDir |= tmpVolume.equals(volume.path("name").asText()) && volume.path("emptyDir").isObject();
        }
        assertTrue(emptyDir, overlay + ": the /tmp volume must be an emptyDir");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void resourceRequestsAndLimitsAreSet(Overlay overlay) {
        JsonNode resources = render(overlay).container().path("resources");
        for (String resource : List.of("cpu", "memory")) {
            JsonNode request = resources.path("requests").path(resource);
            JsonNode limit = resources.path("limits").path(resource);
            assertFalse(request.isMissingNode(), overlay + ": requests." + resource);
            assertFalse(limit.isMissingNode(), overlay + ": limits." + resource);
            assertTrue(quantity(request.asText()).compareTo(quantity(limit.asText())) <= 0,
                    overlay + ": requests." + resource + " " + request.asText() + " exceeds limits." + resource + " "
                            + limit.asText());
        }
    }

    /**
     * The memory request covers what the process was measured to use (260-310 MiB resident under load), so the
     * scheduler does not pack pods onto a node that cannot hold them; the ephemeral-storage request covers the
     * emptyDir volumes (the search index and /tmp) up to their size limits, which count against it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void requestsCoverMeasuredMemoryAndTheVolumesOnLocalDisk(Overlay overlay) {
        Rendered r = render(overlay);
        JsonNode requests = r.container().path("resources").path("requests");
        assertTrue(quantity(requests.path("memory").asText("0")).compareTo(quantity("320Mi")) >= 0,
                overlay + ": requests.memory " + requests.path("memory") + " is below the measured 310 MiB");
        BigDecimal volumes = BigDecimal.ZERO;
        for (JsonNode volume : r.deployment().at("/spec/template/spec/volumes")) {
            JsonNode emptyDir = volume.path("emptyDir");
            if (emptyDir.isObject() && !"Memory".equals(emptyDir.path("medium").asText())) {
                assertFalse(emptyDir.path("sizeLimit").isMissingNode(), overlay + ": emptyDir "
                        + volume.path("name") + " needs a sizeLimit");
                volumes = volumes.add(quantity(emptyDir.path("sizeLimit").asText()));
            }
        }
        JsonNode storage = requests.path("ephemeral-storage");
        assertFalse(storage.isMissingNode(), overlay + ": requests.ephemeral-storage");
        assertTrue(quantity(storage.asText()).compareTo(volumes) >= 0, overlay + ": requests.ephemeral-storage "
                + storage.asText() + " is below the emptyDir size limits (" + volumes + " bytes)");
        JsonNode limit = r.container().path("resources").path("limits").path("ephemeral-storage");
        assertTrue(limit.isMissingNode() || quantity(limit.asText()).compareTo(quantity(storage.asText())) >= 0,
                overlay + ": limits.ephemeral-storage below the request");
    }

    // ---------------------------------------------------------------------------------------------
    // Datasource: shared PostgreSQL with credentials from a Secret; none for the embedded store

    @Test
    void postgresTakesCredentialsFromTheSecretNeverAsLiterals() {
        Rendered r = render(POSTGRES);
        Map<String, JsonNode> env = r.env();
        for (String[] credential : new String[][] { { "QUARKUS_DATASOURCE_USERNAME", "username" },
                { "QUARKUS_DATASOURCE_PASSWORD", "password" } }) {
            JsonNode var = env.get(credential[0]);
            assertNotNull(var, "postgres: " + credential[0] + " must be set in env, has " + env.keySet());
            assertFalse(var.has("value"), "postgres: " + credential[0] + " must not be a literal value");
            JsonNode ref = var.at("/valueFrom/secretKeyRef");
            assertTrue(ref.isObject(), "postgres: " + credential[0] + " must come from a secretKeyRef: " + var);
            assertEquals(DB_SECRET, ref.path("name").asText(), "postgres: " + credential[0] + " Secret");
            assertEquals(credential[1], ref.path("key").asText(), "postgres: " + credential[0] + " Secret key");
            assertFalse(ref.path("optional").asBoolean(false), "postgres: " + credential[0] + " must not be optional");
        }
        // A password placed in a ConfigMap (even one only reached through envFrom) is a literal too.
        for (JsonNode configMap : r.all("ConfigMap")) {
            for (Iterator<String> keys = configMap.path("data").fieldNames(); keys.hasNext();) {
                String key = keys.next();
                assertFalse(key.toUpperCase(Locale.ROOT).contains("PASSWORD"),
                        "postgres: ConfigMap " + configMap.at("/metadata/name").asText() + " holds " + key);
            }
        }
        for (Map.Entry<String, JsonNode> var : env.entrySet()) {
            if (var.getKey().contains("PASSWORD")) {
                assertFalse(var.getValue().has("value"), "postgres: " + var.getKey() + " is a literal");
            }
        }
    }

    @Test
    void postgresConnectsWithTheConfiguredDatabaseKind() {
        Config config = Config.load(POSTGRES.profiles());
        Rendered r = render(POSTGRES);
        JsonNode url = r.resolvedEnv().get("QUARKUS_DATASOURCE_JDBC_URL");
        assertNotNull(url, "postgres: QUARKUS_DATASOURCE_JDBC_URL must be set, from the ConfigMap");
        assertTrue(url.asText().startsWith("jdbc:" + config.get("quarkus.datasource.db-kind") + ":"),
                "postgres: " + url.asText() + " does not match quarkus.datasource.db-kind="
                        + config.get("quarkus.datasource.db-kind"));
    }

    @Test
    void postgresSecretExampleIsNotDeployedAndMatchesTheReferences() throws IOException {
        Path overlay = POSTGRES.dir();
        Path example = overlay.resolve("secret.example.yaml");
        assertTrue(Files.isRegularFile(example), "postgres: " + example + " must exist");
        JsonNode kustomization = YAML.readTree(overlay.resolve("kustomization.yaml").toFile());
        for (String field : List.of("resources", "components", "generators")) {
            for (JsonNode entry : kustomization.path(field)) {
                assertFalse(entry.asText().contains("secret.example"),
                        "postgres: secret.example.yaml must not be listed in kustomization.yaml " + field);
            }
        }
        assertTrue(kustomization.path("secretGenerator").isMissingNode(),
                "postgres: no secretGenerator; the Secret is created with kubectl create secret");
        JsonNode secret = YAML.readTree(example.toFile());
        assertEquals("Secret", secret.path("kind").asText(), "secret.example.yaml kind");
        assertEquals(DB_SECRET, secret.at("/metadata/name").asText(), "secret.example.yaml name");
        Set<String> keys = new LinkedHashSet<>();
        secret.path("stringData").fieldNames().forEachRemaining(keys::add);
        secret.path("data").fieldNames().forEachRemaining(keys::add);
        assertEquals(Set.of("username", "password"), keys, "secret.example.yaml keys");
    }

    @Test
    void embeddedHasNoDatasourceEnvironment() {
        Rendered r = render(EMBEDDED);
        for (String name : r.envNames()) {
            assertFalse(name.startsWith("QUARKUS_DATASOURCE"), "embedded: " + name + " configures a datasource");
        }
        for (JsonNode var : r.env().values()) {
            assertTrue(var.at("/valueFrom/secretKeyRef").isMissingNode(),
                    "embedded: reads a Secret, but the in-memory store needs no credentials: " + var);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Rendering

    private static Rendered render(Overlay overlay) {
        return RENDERED.computeIfAbsent(overlay.name(), n -> Rendered.of(overlay));
    }

    /** The documents {@code kubectl kustomize} rendered for one overlay. */
    record Rendered(Overlay overlay, List<JsonNode> documents) {

        static Rendered of(Overlay overlay) {
            String yaml = kustomize(overlay.dir());
            List<JsonNode> documents = new ArrayList<>();
            try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
                while (it.hasNext()) {
                    JsonNode document = it.next();
                    if (document != null && !document.isNull() && !document.isEmpty()) {
                        documents.add(document);
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new AssertionError(overlay + ": kubectl kustomize output is not YAML: " + e.getMessage(), e);
            }
            assertFalse(documents.isEmpty(), overlay + ": kubectl kustomize rendered nothing");
            return new Rendered(overlay, documents);
        }

        List<JsonNode> all(String kind) {
            return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
        }

        List<String> kinds() {
            return documents.stream().map(d -> d.path("kind").asText()).toList();
        }

        JsonNode one(String kind) {
            List<JsonNode> found = all(kind);
            assertEquals(1, found.size(), overlay + ": expected exactly one " + kind + ", rendered " + kinds());
            return found.get(0);
        }

        JsonNode deployment() {
            return one("Deployment");
        }

        JsonNode container() {
            JsonNode containers = deployment().at("/spec/template/spec/containers");
            assertEquals(1, containers.size(), overlay + ": expected one container");
            return containers.get(0);
        }

        JsonNode podLabels() {
            return deployment().at("/spec/template/metadata/labels");
        }

        JsonNode containerPort(String name) {
            for (JsonNode port : container().path("ports")) {
                if (name.equals(port.path("name").asText())) {
                    return port;
                }
            }
            return null;
        }

        /** The container's env entries by name. */
        Map<String, JsonNode> env() {
            Map<String, JsonNode> env = new LinkedHashMap<>();
            for (JsonNode var : container().path("env")) {
                env.put(var.path("name").asText(), var);
            }
            return env;
        }

        /**
         * Every variable the container sees, with envFrom ConfigMaps expanded (values are the ConfigMap's
         * literals; env entries win over envFrom, as in Kubernetes).
         */
        Map<String, JsonNode> resolvedEnv() {
            Map<String, JsonNode> resolved = new LinkedHashMap<>();
            for (JsonNode source : container().path("envFrom")) {
                assertTrue(source.path("secretRef").isMissingNode(), overlay
                        + ": envFrom secretRef hides which variables the container gets; use env with secretKeyRef");
                String name = source.at("/configMapRef/name").asText();
                JsonNode data = configMap(name).path("data");
                String prefix = source.path("prefix").asText("");
                data.fieldNames().forEachRemaining(key -> resolved.put(prefix + key, data.get(key)));
            }
            for (Map.Entry<String, JsonNode> var : env().entrySet()) {
                JsonNode ref = var.getValue().at("/valueFrom/configMapKeyRef");
                if (ref.isObject()) {
                    JsonNode value = configMap(ref.path("name").asText()).path("data").path(ref.path("key").asText());
                    assertFalse(value.isMissingNode(),
                            overlay + ": " + var.getKey() + " refers to a missing key " + ref);
                    resolved.put(var.getKey(), value);
                } else {
                    resolved.put(var.getKey(), var.getValue().path("value"));
                }
            }
            return resolved;
        }

        Set<String> envNames() {
            return resolvedEnv().keySet();
        }

        JsonNode configMap(String name) {
            return all("ConfigMap").stream().filter(c -> name.equals(c.at("/metadata/name").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + ": ConfigMap " + name
                            + " is referenced but not rendered"));
        }
    }

    private static String kustomize(Path dir) {
        assertTrue(Files.isDirectory(dir), dir + " does not exist");
        Process process;
        Path stderr;
        try {
            stderr = Files.createTempFile("kustomize", ".err");
            process = new ProcessBuilder(KUBECTL, "kustomize", dir.toString()).redirectError(stderr.toFile()).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new AssertionError("cannot run '" + KUBECTL + " kustomize " + dir + "' (is kubectl installed and on "
                    + "the PATH? set KUBECTL to its location otherwise): " + e.getMessage(), e);
        }
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(KUBECTL + " kustomize " + dir + " did not finish within 120s");
            }
            String err = Files.readString(stderr);
            if (process.exitValue() != 0) {
                fail(KUBECTL + " kustomize " + dir + " failed with exit code " + process.exitValue() + ":\n" + err);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("reading kubectl kustomize output for " + dir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running kubectl kustomize " + dir, e);
        } finally {
            try {
                Files.deleteIfExists(stderr);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // application.properties

    /** application.properties seen by an application running with the given profiles (the last one wins). */
    record Config(Properties properties, List<String> profiles) {

        static Config load(List<String> profiles) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(PROPERTIES, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new AssertionError("cannot read " + PROPERTIES + ": " + e.getMessage(), e);
            }
            return new Config(properties, profiles);
        }

        String get(String key) {
            for (int i = profiles.size() - 1; i >= 0; i--) {
                String value = properties.getProperty("%" + profiles.get(i) + "." + key);
                if (value != null) {
                    return value.trim();
                }
            }
            String value = properties.getProperty(key);
            return value == null ? null : value.trim();
        }

        String get(String key, String defaultValue) {
            String value = get(key);
            return value == null || value.isEmpty() ? defaultValue : value;
        }

        boolean bool(String key, boolean defaultValue) {
            return Boolean.parseBoolean(get(key, String.valueOf(defaultValue)));
        }

        /** Every key, with any %profile. prefix removed. */
        Set<String> keys() {
            return properties.stringPropertyNames().stream()
                    .map(k -> k.startsWith("%") ? k.substring(k.indexOf('.') + 1) : k)
                    .collect(Collectors.toSet());
        }

        int httpPort() {
            return Integer.parseInt(get("quarkus.http.port", "8080"));
        }

        /** quarkus.http.non-application-root-path (default q), relative to quarkus.http.root-path (default /). */
        String nonApplicationRoot() {
            return join(get("quarkus.http.root-path", "/"), get("quarkus.http.non-application-root-path", "q"));
        }

        String healthPath(String key, String defaultValue) {
            String root = join(nonApplicationRoot(), get("quarkus.smallrye-health.root-path", "health"));
            return join(root, get(key, defaultValue));
        }

        String metricsPath() {
            return join(nonApplicationRoot(), get("quarkus.micrometer.export.prometheus.path", "metrics"));
        }

        /** A Quarkus duration: "30s", "500ms", "1m", "PT30S", or a number of seconds. Absent is zero. */
        Duration duration(String key) {
            String value = get(key, "0").trim();
            if (value.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            Matcher m = Pattern.compile("(\\d+)(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE).matcher(value);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }

        /** A path below parent, unless path is absolute already. */
        private static String join(String parent, String path) {
            if (path.startsWith("/")) {
                return strip(path);
            }
            return strip(strip(parent) + "/" + path);
        }

        private static String strip(String path) {
            String p = ("/" + path).replaceAll("/+", "/");
            return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    /** The environment-variable form of a property name: non-alphanumerics become '_', upper case. */
    private static String envForm(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static void assertSelects(String what, JsonNode selector, JsonNode labels) {
        assertTrue(selector.isObject() && !selector.isEmpty(), what + " must not be empty: " + selector);
        for (Map.Entry<String, JsonNode> entry : selector.properties()) {
            assertEquals(entry.getValue().asText(), labels.path(entry.getKey()).asText(null),
                    what + " " + entry.getKey() + " does not match the pod labels " + labels);
        }
    }

    /** An int-or-percent PDB value as a number of pods out of replicas (the disruption controller rounds up). */
    private static int podCount(JsonNode value, int replicas) {
        if (value.isInt()) {
            return value.asInt();
        }
        Matcher m = Pattern.compile("(\\d+)%").matcher(value.asText());
        assertTrue(m.matches(), "not an int or percentage: " + value);
        return (int) Math.ceil(Integer.parseInt(m.group(1)) * replicas / 100.0);
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.get(field) : pod.path(field);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** A Kubernetes quantity (250m, 1, 512Mi, 1G) as a number of base units. */
    private static BigDecimal quantity(String text) {
        Matcher m = Pattern.compile("([0-9.]+)([a-zA-Z]*)").matcher(text);
        assertTrue(m.matches(), "not a quantity: " + text);
        BigDecimal n = new BigDecimal(m.group(1));
        return switch (m.group(2)) {
            case "" -> n;
            case "m" -> n.movePointLeft(3);
            case "k" -> n.movePointRight(3);
            case "M" -> n.movePointRight(6);
            case "G" -> n.movePointRight(9);
            case "Ki" -> n.multiply(BigDecimal.valueOf(1L << 10));
            case "Mi" -> n.multiply(BigDecimal.valueOf(1L << 20));
            case "Gi" -> n.multiply(BigDecimal.valueOf(1L << 30));
            default -> throw new AssertionError("unsupported quantity suffix: " + text);
        };
    }
}
