package org.regionalcoop.projects.internal;

import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.Projects;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Role;
import org.regionalcoop.organizations.RoleAssignment;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

/**
 * Who works on a project's tasks, and when things are due, for the joint project process's expressions
 * as {@code projectPolicy} (hence public).
 */
@Component("projectPolicy")
public class ProjectPolicy {

    private final Projects projects;
    private final ProjectSettings settings;
    private final Clock clock;

    ProjectPolicy(Projects projects, ProjectSettings settings, Clock clock) {
        this.projects = projects;
        this.settings = settings;
        this.clock = clock;
    }

    public String secretariatGroup(String agreementId) {
        return projects.secretariatGroup(AgreementId.of(agreementId));
    }

    /** The lead government's coordinators, or those of a lead body's member governments. */
    public List<String> leadGroups(String projectId) {
        return projects.leadGroups(ProjectId.of(projectId));
    }

    /** The coordinators of the member governments of the body that allocates the agreement's fund. */
    public List<String> allocatorGroups(String agreementId) {
        return projects.allocatorGroups(AgreementId.of(agreementId));
    }

    public Date allocationDue() {
        return dueIn(settings.allocation());
    }

    public String arbitratorGroup(String agreementId) {
        return agencyGroup(agreementId, Role.ARBITRATOR);
    }

    public String grantOfficerGroup(String agreementId) {
        return agencyGroup(agreementId, Role.GRANT_OFFICER);
    }

    public List<String> contributors(String projectId) {
        return projects.contributors(ProjectId.of(projectId));
    }

    public List<String> milestones(String projectId) {
        return projects.milestones(ProjectId.of(projectId));
    }

    public Date contributionDeadline(String projectId, String participant) {
        return Date.from(projects.contributionDeadline(ProjectId.of(projectId), new GovernmentCode(participant)));
    }

    /** The grace period after the reminder, as an ISO-8601 duration for the timer. */
    public String gracePeriod() {
        return settings.gracePeriod().toString();
    }

    public Date milestoneDue(String projectId, String milestone) {
        return Date.from(projects.milestoneDue(ProjectId.of(projectId), milestone));
    }

    public Date resolutionDue() {
        return dueIn(settings.resolution());
    }

    public Date penaltyAnswerDue() {
        return dueIn(settings.penaltyAnswer());
    }

    public Date arbitrationDue() {
        return dueIn(settings.arbitration());
    }

    public Date verificationDue() {
        return dueIn(settings.verification());
    }

    private String agencyGroup(String agreementId, Role role) {
        return new RoleAssignment(projects.approvingAgency(AgreementId.of(agreementId)), role).candidateGroup();
    }

    private Date dueIn(Duration duration) {
        return Date.from(clock.instant().plus(duration));
    }
}
