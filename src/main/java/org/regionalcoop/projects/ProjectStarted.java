package org.regionalcoop.projects;

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
 * @param grantPart the part of the budget funded by the agreement's grant; the rest is contributions
 */
@Published(type = "project.started", topic = "coop.projects.v1")
public record ProjectStarted(UUID agreementId, ProjectId projectId, String name, GovernmentCode lead,
                             CooperationField field, Money budget, Money grantPart, List<CostShare> costShares,
                             Instant startedAt) implements AgreementEvent {
}
