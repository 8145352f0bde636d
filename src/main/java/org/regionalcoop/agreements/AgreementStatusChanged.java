package org.regionalcoop.agreements;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** The agreement moved to another stage of its lifecycle, e.g. from in-approval to approved or closed. */
@Published(type = "agreement.status-changed", topic = "coop.agreements.v1")
public record AgreementStatusChanged(UUID agreementId, AgreementStatus from, AgreementStatus to, Instant changedAt)
        implements AgreementEvent {
}
