package org.regionalcoop.settlement.internal;

import org.regionalcoop.settlement.SettlementId;
import org.regionalcoop.settlement.Settlements;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.List;

/** Participants, windows and due dates for the settlement process's expressions, as {@code settlementPolicy}. */
@Component("settlementPolicy")
public class SettlementPolicy {

    private final Settlements settlements;
    private final SettlementSettings settings;
    private final Clock clock;

    SettlementPolicy(Settlements settlements, SettlementSettings settings, Clock clock) {
        this.settlements = settlements;
        this.settings = settings;
        this.clock = clock;
    }

    /** The participants whose finance officers confirm or object. */
    public List<String> participants(String settlementId) {
        return settlements.participants(SettlementId.of(settlementId));
    }

    /** The ids of the finalized settlement's transfers, each awaited until its payee confirms it. */
    public List<String> transferIds(String settlementId) {
        return settlements.transferIds(SettlementId.of(settlementId));
    }

    public boolean objected(String settlementId) {
        return settlements.objected(SettlementId.of(settlementId));
    }

    /** The confirmation window as an ISO-8601 duration, for its timer. */
    public String confirmationWindow() {
        return settings.confirmationWindow().toString();
    }

    public Date confirmationDue() {
        return Date.from(clock.instant().plus(settings.confirmationWindow()));
    }

    public Date arbitrationDue() {
        return Date.from(clock.instant().plus(settings.arbitration()));
    }

    public String transferReminder() {
        return settings.transferReminder().toString();
    }
}
