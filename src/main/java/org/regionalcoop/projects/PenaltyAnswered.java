package org.regionalcoop.projects;

import org.regionalcoop.kernel.Money;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/** The defaulter accepted the proposed penalty, or disputed it (then the approving agency arbitrates). */
@Published(type = "project.penalty-answered", topic = "coop.projects.v1")
public record PenaltyAnswered(UUID agreementId, ProjectId projectId, GovernmentCode defaulter, Money penalty,
                              Answer answer, String reason, String answeredBy, Instant answeredAt)
        implements AgreementEvent {

    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    public enum Answer implements Keyed {
        ACCEPT, DISPUTE
    }
}
