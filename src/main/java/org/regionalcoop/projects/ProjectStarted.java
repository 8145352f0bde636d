package org.regionalcoop.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A joint project has started. Its cost shares decide what each participant should bear of the
 * project's actual costs when the agreement is settled.
 *
 * @param lead      the lead government; left out when one of the agreement's bodies leads
 * @param grantPart the part of the budget funded by the agreement's grant
 * @param leadBody  the key of the agreement's body that leads, left out when a government does
 * @param fundPart  the part of the budget the agreement's fund allocated; the rest after grant and fund is contributions
 */
@Published(type = "project.started", topic = "coop.projects.v1")
public record ProjectStarted(UUID agreementId, ProjectId projectId, String name,
                             @JsonInclude(JsonInclude.Include.NON_NULL) GovernmentCode lead,
                             CooperationField field, Money budget, Money grantPart, List<CostShare> costShares,
                             Instant startedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String leadBody,
                             Money fundPart) implements AgreementEvent {

    /** A reader of an event published before pooled funds sees a fund part of zero. */
    public ProjectStarted {
        fundPart = fundPart == null ? Money.ZERO : fundPart;
    }

    /** A project led by a government, with no part from a fund. */
    public ProjectStarted(UUID agreementId, ProjectId projectId, String name, GovernmentCode lead, CooperationField field,
                          Money budget, Money grantPart, List<CostShare> costShares, Instant startedAt) {
        this(agreementId, projectId, name, lead, field, budget, grantPart, costShares, startedAt, null, Money.ZERO);
    }
}
