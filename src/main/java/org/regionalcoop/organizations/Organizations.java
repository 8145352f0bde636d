package org.regionalcoop.organizations;

import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organizations module's API: who the governments are and who stands above whom. The registry changes only
 * when an instance starts with a new version of the reference data, which is loaded before this is created, so
 * it is read once: a lifecycle asks who a government is some thirty times.
 */
@Service
@DependsOn("referenceDataLoader")
public class Organizations {

    private final Map<GovernmentCode, Government> registry = new LinkedHashMap<>();

    Organizations(GovernmentRepository governments) {
        governments.findAll().forEach(government -> registry.put(government.code(), government));
    }

    public List<Government> governments() {
        return List.copyOf(registry.values());
    }

    public Optional<Government> find(GovernmentCode code) {
        return Optional.ofNullable(registry.get(code));
    }

    public Government get(GovernmentCode code) {
        return find(code).orElseThrow(() -> new UnknownGovernmentException(code));
    }

    /** The coordination agency attached to a government, e.g. Hunan's provincial agency for {@code HN}. */
    public Optional<Government> coordinationAgencyOf(GovernmentCode government) {
        return registry.values().stream()
                .filter(g -> g.kind() == GovernmentKind.COORDINATION_AGENCY && g.parent().equals(Optional.of(government)))
                .findFirst();
    }

    /** Whether {@code superior} is somewhere above {@code member} in the vertical chain. */
    public boolean standsAbove(GovernmentCode superior, GovernmentCode member) {
        return superiorChain(member).contains(superior);
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
        members.stream().filter(code -> !registry.containsKey(code)).findFirst().ifPresent(code -> {
            throw new UnknownGovernmentException(code);
        });
        Map<GovernmentCode, List<GovernmentCode>> chains = new LinkedHashMap<>();
        members.forEach(member -> chains.put(member, superiorChain(member)));
        List<GovernmentCode> candidates = chains.get(members.iterator().next());
        return candidates.stream()
                .filter(candidate -> chains.values().stream().allMatch(chain -> chain.contains(candidate)))
                .findFirst()
                .map(this::get)
                .orElseThrow(() -> new NoCommonSuperiorException(members));
    }

    /** The government's strict superiors, nearest first; none for an unknown government. */
    private List<GovernmentCode> superiorChain(GovernmentCode member) {
        List<GovernmentCode> chain = new ArrayList<>();
        Optional<GovernmentCode> parent = find(member).flatMap(Government::parent);
        while (parent.isPresent() && !chain.contains(parent.get())) {
            chain.add(parent.get());
            parent = find(parent.get()).flatMap(Government::parent);
        }
        return chain;
    }
}
