package org.regionalcoop;

import org.junit.jupiter.api.extension.ExtendWith;
import org.regionalcoop.coverage.ProcessCoverageExtension;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of BPMN processes on the shared platform. A run that includes process tests ends with the process
 * coverage check: every deployed process must have at least 90 % of its flow nodes and sequence flows run
 * by the tests, or the build fails; the report is written to {@code target/process-test-coverage/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformTest
@ExtendWith(ProcessCoverageExtension.class)
public @interface ProcessTest {
}
