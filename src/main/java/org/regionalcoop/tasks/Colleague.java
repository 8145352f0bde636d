package org.regionalcoop.tasks;

import org.camunda.bpm.engine.identity.User;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A member of staff of the caller's government, as a delegation offers them: the login the task is handed to, and
 * the name their identity gives (first and last name as the Tasklist shows them), or the login when it gives none.
 */
public record Colleague(String userId, String name) {

    static Colleague of(User user) {
        String name = Stream.of(user.getFirstName(), user.getLastName()).filter(Objects::nonNull).map(String::strip)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
        return new Colleague(user.getId(), name.isEmpty() ? user.getId() : name);
    }
}
