package org.regionalcoop.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * What the administrators' monitoring measures.
 *
 * @param throughputWindows the ISO-8601 trailing windows, shortest first, over which
 *                          {@code /api/monitoring/throughput} and the {@code platform_throughput} gauge count
 *                          work done
 */
@ConfigurationProperties("platform.monitoring")
record MonitoringSettings(@DefaultValue({"PT5M", "PT1H", "PT24H"}) List<Duration> throughputWindows) {
}
