package org.regionalcoop.tasks;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishes a user task's creation, assignment, completion and withdrawal as events of its agreement, in
 * the engine's transaction, so they commit with the task. Tasks of processes whose business key names
 * no agreement ({@code <agreement id>[:…]}) are not announced: nobody downstream could place them.
 */
class TaskLifecycleAnnouncer implements TaskListener {

    private final String processKey;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TaskLifecycleAnnouncer(String processKey, ApplicationEventPublisher publisher, Clock clock) {
        this.processKey = processKey;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Optional<UUID> agreement = agreementOf(task.getExecution());
        if (agreement.isEmpty()) {
            return;
        }
        UUID agreementId = agreement.get();
        List<String> groups = candidateGroups(task);
        Instant due = instant(task.getDueDate());
        String by = actor();
        Instant at = clock.instant();
        Object event = switch (task.getEventName()) {
            case EVENTNAME_CREATE -> new TaskCreated(agreementId, task.getId(), task.getTaskDefinitionKey(), task.getName(),
                    groups, task.getAssignee(), due, processKey, task.getProcessInstanceId(), by, at);
            case EVENTNAME_ASSIGNMENT -> new TaskAssigned(agreementId, task.getId(), task.getTaskDefinitionKey(),
                    task.getName(), groups, task.getAssignee(), due, processKey, task.getProcessInstanceId(), by, at);
            case EVENTNAME_COMPLETE -> new TaskCompleted(agreementId, task.getId(), task.getTaskDefinitionKey(),
                    task.getName(), groups, task.getAssignee(), due, processKey, task.getProcessInstanceId(), by, at);
            case EVENTNAME_DELETE -> new TaskWithdrawn(agreementId, task.getId(), task.getTaskDefinitionKey(),
                    task.getName(), groups, task.getAssignee(), due, processKey, task.getProcessInstanceId(),
                    task.getDeleteReason(), by, at);
            default -> null;
        };
        if (event != null) {
            publisher.publishEvent(event);
        }
    }

    /**
     * The member of staff the engine runs the command for, or else the one whose request runs it: the platform
     * claims tasks as itself once it checked the caller may, and that caller is still the one who acted.
     */
    private static String actor() {
        String engineUser = Context.getCommandContext().getAuthenticatedUserId();
        if (engineUser != null) {
            return engineUser;
        }
        Authentication request = SecurityContextHolder.getContext().getAuthentication();
        return request == null || !request.isAuthenticated() ? null : request.getName();
    }

    static Optional<UUID> agreementOf(DelegateExecution execution) {
        String businessKey = execution == null ? null : execution.getProcessBusinessKey();
        if (businessKey == null) {
            return Optional.empty();
        }
        int end = businessKey.indexOf(':');
        try {
            return Optional.of(UUID.fromString(end < 0 ? businessKey : businessKey.substring(0, end)));
        } catch (IllegalArgumentException notAnAgreement) {
            return Optional.empty();
        }
    }

    private static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
