package org.regionalcoop.organizations;

import java.util.Objects;

/**
 * A role held at one government. Its candidate group, e.g. {@code SH.coordinator}, is how BPMN user
 * tasks, the engine's authorizations and the logins name it.
 */
public record RoleAssignment(GovernmentCode government, Role role) {

    public RoleAssignment {
        Objects.requireNonNull(government, "government");
        Objects.requireNonNull(role, "role");
    }

    public String candidateGroup() {
        return government.value() + "." + role.key();
    }
}
