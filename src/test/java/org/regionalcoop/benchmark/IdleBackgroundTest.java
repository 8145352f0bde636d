package org.regionalcoop.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IdleBackgroundTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theFixedCostOfAWindowIsSubtractedOnceAndTheIdleRateByLength() {
        // 20 commits of the pool's reopening in every window, 2.5 commits a second of idle background
        BareEngine.Idle idle = BareEngine.Idle.of(25, 2 * SECOND, 40, 8 * SECOND);

        assertThat(idle.perWindow()).isCloseTo(20, within(1e-9));
        assertThat(idle.perSecond()).isCloseTo(2.5, within(1e-9));
        assertThat(idle.net(100, 10 * SECOND)).isCloseTo(55, within(1e-9));
    }

    @Test
    void aQuieterLongWindowIsNotANegativeRate() {
        BareEngine.Idle idle = BareEngine.Idle.of(30, 2 * SECOND, 28, 8 * SECOND);

        assertThat(idle.perSecond()).isZero();
        assertThat(idle.perWindow()).isEqualTo(30);
    }
}
