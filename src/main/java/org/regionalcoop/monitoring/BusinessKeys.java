package org.regionalcoop.monitoring;

import org.regionalcoop.kernel.AgreementId;

import java.util.Optional;

/**
 * Every platform process's business key starts with its agreement's id (e.g. {@code <id>:1:SH} for a ballot);
 * a process started by hand, or a participant's record, may carry anything else.
 */
final class BusinessKeys {

    private BusinessKeys() {
    }

    static Optional<AgreementId> agreementOf(String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(AgreementId.of(businessKey.split(":")[0]));
        } catch (IllegalArgumentException notAnAgreement) {
            return Optional.empty();
        }
    }
}
