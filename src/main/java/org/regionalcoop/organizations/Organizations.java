package org.regionalcoop.organizations;

import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The organizations module's API: who the governments are and who stands above whom. */
@Service
@DependsOn("referenceDataLoader")
public class Organizations {

    private final GovernmentRepository governments;

    Organizations(GovernmentRepository governments) {
        this.governments = governments;
    }

    public List<Government> governments() {
        return governments.findAll();
    }

    public Optional<Government> find(GovernmentCode code) {
        return governments.findByCode(code);
    }

    public Government get(GovernmentCode code) {
        return find(code).orElseThrow(() -> new UnknownGovernmentException(code));
    }

    /** The coordination agency attached to a government, e.g. Hunan's provincial agency for {@code HN}. */
    public Optional<Government> coordinationAgencyOf(GovernmentCode government) {
        return governments.findAll().stream()
                .filter(g -> g.kind() == GovernmentKind.COORDINATION_AGENCY && g.parent().equals(Optional.of(government)))
                .findFirst();
    }

    /** Whether {@code superior} is somewhere above {@code member} in the vertical chain. */
    public boolean standsAbove(GovernmentCode superior, GovernmentCode member) {
        return governments.superiorChains(List.of(member)).getOrDefault(member, List.of()).contains(superior);
    }

    /**
     * The lowest government that stands strictly above every one of the given governments; it decides
     * who approves their cooperation. For Changsha, Zhuzhou and Xiangtan it is Hunan; for Shanghai and
     * Jiangsu it is the central government.
     */
    public Government lowestCommonSuperior(Collection<GovernmentCode> codes) {
        Set<GovernmentCode> members = new LinkedHashSet<>(codes);
        if (members.isEmpty()) {
            throw new NoCommonSuperiorException(members);
        }
        Map<GovernmentCode, List<GovernmentCode>> chains = governments.superiorChains(members);
        members.stream().filter(code -> !chains.containsKey(code)).findFirst().ifPresent(code -> {
            throw new UnknownGovernmentException(code);
        });
        List<GovernmentCode> candidates = chains.get(members.iterator().next());
        return candidates.stream()
                .filter(candidate -> chains.values().stream().allMatch(chain -> chain.contains(candidate)))
                .findFirst()
                .map(this::get)
                .orElseThrow(() -> new NoCommonSuperiorException(members));
    }
}
