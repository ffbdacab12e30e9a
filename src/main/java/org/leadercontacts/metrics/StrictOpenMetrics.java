package org.leadercontacts.metrics;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.exemplars.ExemplarSampler;
import io.prometheus.client.exporter.common.TextFormat;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Makes {@code /q/metrics} what strict OpenMetrics clients accept, in the two places where Quarkus 3.34 does not:
 * <ul>
 * <li>Its route produces {@code application/openmetrics-text; version=1.0.0; charset=utf-8}, and Vert.x matches media
 * type parameters too, so {@code Accept: application/openmetrics-text; version=1.0.0} (no charset) was answered
 * 406. A request that asks for OpenMetrics alone is answered here, with the same registry's OpenMetrics scrape;
 * every other request goes on to Quarkus's handler.</li>
 * <li>With OpenTelemetry on the class path, Quarkus gives the Prometheus registry an exemplar sampler that puts
 * exemplars on the {@code _count} lines of timers, where the OpenMetrics format allows none, and strict parsers
 * reject the whole scrape. No exemplar sampler is given instead.</li>
 * </ul>
 */
@ApplicationScoped
public class StrictOpenMetrics {

    static final String OPENMETRICS = "application/openmetrics-text";

    @ConfigProperty(name = "quarkus.micrometer.export.prometheus.path", defaultValue = "metrics")
    String metricsPath;

    @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
    String nonApplicationRoot;

    @ConfigProperty(name = "quarkus.management.enabled", defaultValue = "false")
    boolean managementInterface;

    @Inject
    Instance<PrometheusMeterRegistry> registry;

    void routes(@Observes Router router) {
        if (managementInterface) {
            return; // the metrics are served on the management interface's own router, not this one
        }
        String path = metricsPath.startsWith("/") ? metricsPath
                : "/" + nonApplicationRoot.replaceAll("^/+|/+$", "") + "/" + metricsPath;
        router.get(path).order(Integer.MIN_VALUE).handler(context -> {
            String accept = context.request().getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.startsWith(OPENMETRICS) && !accept.contains(",")) {
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, TextFormat.CONTENT_TYPE_OPENMETRICS_100)
                        .end(registry.get().scrape(TextFormat.CONTENT_TYPE_OPENMETRICS_100));
            } else {
                context.next();
            }
        });
    }

    @Produces
    @Alternative
    @Priority(1)
    Optional<ExemplarSampler> noExemplars() {
        return Optional.empty();
    }
}
