package org.regionalcoop.organizations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a bad reference-data file by its row, without a stack trace. */
class InvalidReferenceDataFailureAnalyzer extends AbstractFailureAnalyzer<InvalidReferenceDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidReferenceDataException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the file named above, or point platform.organizations.reference-data at a valid one.", cause);
    }
}
