package org.regionalcoop.local;

/** Takes the shared embedded broker away for a while, for fault tests of the whole platform. */
public final class BrokerOutage {

    private BrokerOutage() {
    }

    /** Runs the body while the broker is down; the broker comes back on the same ports with its data. */
    public static void during(Runnable body) {
        LocalInfrastructure.withoutBroker(body);
    }
}
