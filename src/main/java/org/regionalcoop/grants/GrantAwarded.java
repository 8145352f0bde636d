package org.regionalcoop.grants;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The grant officer awarded a requested item in full ({@code award}) or in part ({@code partial}, with a reason).
 * Monetary items name the amount; pilot-zone status and land quotas their validity and conditions instead.
 */
@Published(type = "grant.awarded", topic = "coop.grants.v1")
public record GrantAwarded(UUID agreementId, GrantId grantId, SupportType supportType, String agency, String decision,
                           Money requestedAmount, Money awardedAmount, LocalDate validFrom, LocalDate validTo,
                           String conditions, String reason, String decidedBy, Instant decidedAt)
        implements AgreementEvent {
}
