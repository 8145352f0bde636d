package org.regionalcoop.projects.internal;

import org.regionalcoop.projects.ProjectId;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** The lead government reported a milestone reached; the approving agency's grant officer verifies it. */
@Published(type = "project.milestone-reported", topic = "coop.projects.v1")
public record MilestoneReported(UUID agreementId, ProjectId projectId, String milestone, String summary,
                                Money actualCost, String reportedBy, Instant reportedAt) implements AgreementEvent {
}
