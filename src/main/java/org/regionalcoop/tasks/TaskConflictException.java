package org.regionalcoop.tasks;

import org.regionalcoop.kernel.AgreementId;

import java.util.Optional;
import java.util.UUID;

/**
 * The task cannot be worked as asked: already completed, withdrawn, or claimed by someone else. It names the
 * agreement the task was about, if it was about one, so that the caller can see where that agreement went.
 */
public class TaskConflictException extends RuntimeException {

    private final transient AgreementId agreement;

    public TaskConflictException(String message, String businessKey) {
        super(message);
        this.agreement = agreementOf(businessKey);
    }

    public Optional<AgreementId> agreement() {
        return Optional.ofNullable(agreement);
    }

    /** An agreement's processes are keyed by its id, alone or first ({@code <id>:<round>:<participant>}). */
    private static AgreementId agreementOf(String businessKey) {
        if (businessKey == null) {
            return null;
        }
        try {
            return new AgreementId(UUID.fromString(businessKey.split(":")[0]));
        } catch (IllegalArgumentException notAnAgreement) {
            return null;
        }
    }
}
