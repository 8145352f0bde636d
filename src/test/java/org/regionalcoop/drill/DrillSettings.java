package org.regionalcoop.drill;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How a drill runs. Zero lifecycles, threads or outage mean the drill's own default.
 *
 * @param lifecycles       lifecycles of load ({@code drill.lifecycles})
 * @param threads          lifecycles driven at the same time ({@code drill.threads})
 * @param kills            times the crash drill kills the instance ({@code drill.kills}, default 3)
 * @param outage           how long a stopped server stays away ({@code drill.outage}, ISO-8601; postgres PT15S, broker PT60S)
 * @param instanceSettings extra arguments for the instance, e.g. a shorter job lock time
 *                         ({@code drill.instance-settings}, comma-separated)
 */
public record DrillSettings(int lifecycles, int threads, int kills, Duration outage, List<String> instanceSettings) {

    public static DrillSettings fromSystemProperties() {
        String extra = System.getProperty("drill.instance-settings", "");
        return new DrillSettings(Integer.getInteger("drill.lifecycles", 0), Integer.getInteger("drill.threads", 0),
                Integer.getInteger("drill.kills", 3), Duration.parse(System.getProperty("drill.outage", "PT0S")),
                Arrays.stream(extra.split(",")).map(String::trim).filter(setting -> !setting.isEmpty()).toList());
    }

    int lifecyclesOr(int defaultLifecycles) {
        return lifecycles > 0 ? lifecycles : defaultLifecycles;
    }

    int threadsOr(int defaultThreads) {
        return threads > 0 ? threads : defaultThreads;
    }

    Duration outageOr(Duration defaultOutage) {
        return outage.isZero() ? defaultOutage : outage;
    }
}
