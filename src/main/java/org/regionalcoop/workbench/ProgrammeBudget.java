package org.regionalcoop.workbench;

import org.regionalcoop.grants.Balances;
import org.regionalcoop.grants.Grant;
import org.regionalcoop.grants.GrantId;
import org.regionalcoop.grants.Grants;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.security.Caller;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The budget of the programme a grant is decided from, for its grant officers: what is left is what an
 * award can take. Anyone else sees no budget, as at the API.
 */
@Component
class ProgrammeBudget {

    private final Grants grants;

    ProgrammeBudget(Grants grants) {
        this.grants = grants;
    }

    Optional<Balances> of(GrantId id, Caller caller) {
        Grant grant = grants.grant(id);
        if (grant.programmeId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(grants.balances(grant.programmeId(), caller));
        } catch (NotFoundException notTheirProgramme) {
            return Optional.empty();
        }
    }
}
