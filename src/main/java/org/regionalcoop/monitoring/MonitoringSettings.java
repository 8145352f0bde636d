package org.regionalcoop.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/** @param throughputWindows the trailing windows throughput is counted over, shortest first */
@ConfigurationProperties("platform.monitoring")
record MonitoringSettings(@DefaultValue({"PT5M", "PT1H", "PT24H"}) List<Duration> throughputWindows) {
}
