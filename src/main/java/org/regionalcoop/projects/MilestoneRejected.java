package org.regionalcoop.projects;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** The grant officer did not accept a milestone report; the lead reports it again. No money moves. */
@Published(type = "project.milestone-rejected", topic = "coop.projects.v1")
public record MilestoneRejected(UUID agreementId, ProjectId projectId, String milestone, String reason,
                                String rejectedBy, Instant rejectedAt) implements AgreementEvent {
}
