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

/** The approving agency's arbitrator upheld or waived a disputed penalty, with a reason. */
@Published(type = "project.default-arbitrated", topic = "coop.projects.v1")
public record DefaultArbitrated(UUID agreementId, ProjectId projectId, GovernmentCode defaulter, Money penalty,
                                Decision decision, String reason, String arbitratedBy, Instant arbitratedAt)
        implements AgreementEvent {

    /** The arbitrator upholds the disputed penalty (it is imposed) or waives it. */
    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    public enum Decision implements Keyed {
        UPHOLD, WAIVE
    }
}
