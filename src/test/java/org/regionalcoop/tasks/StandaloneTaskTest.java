package org.regionalcoop.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A task that belongs to no process (created through /engine-rest) still shows in "my tasks", without an agreement. */
@PlatformTest
class StandaloneTaskTest {

    @Autowired
    TaskService tasks;

    @Autowired
    StaffTasks staffTasks;

    @Test
    void aStandaloneTaskIsListedWithoutAnAgreement() {
        Task standalone = tasks.newTask();
        standalone.setName("Prepare the joint meeting room");
        tasks.saveTask(standalone);
        tasks.addCandidateGroup(standalone.getId(), "STANDALONE.coordinator");
        try {
            TaskPage page = staffTasks.mine(new Caller("standalone.coordinator", Set.of("STANDALONE.coordinator")),
                    new StaffTasks.Filter(null, null, null, null), 0, 50);

            assertThat(page.total()).isOne();
            assertThat(page.tasks()).singleElement().satisfies(task -> {
                assertThat(task.id()).isEqualTo(standalone.getId());
                assertThat(task.agreementId()).isNull();
            });
        } finally {
            tasks.deleteTask(standalone.getId(), true);
        }
    }
}
