package org.regionalcoop.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an unreachable server as one sentence instead of a stack trace. */
class InfrastructureUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<InfrastructureUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InfrastructureUnreachableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start the server or correct " + cause.setting() + " (see docs/configuration.md).",
                cause);
    }
}
