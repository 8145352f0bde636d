package org.regionalcoop.workbench;

import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.security.Caller;
import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.settlement.SettlementId;
import org.regionalcoop.settlement.Settlements;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The settlement a finance officer confirms or an arbitrator decides on: every participant's position
 * with its parts and cost share, and the transfers that net them. Whoever may not read it at the API sees
 * none of it here.
 */
@Component
class SettlementFacts {

    private final Settlements settlements;
    private final Agreements agreements;

    SettlementFacts(Settlements settlements, Agreements agreements) {
        this.settlements = settlements;
        this.agreements = agreements;
    }

    /**
     * A settlement as a page shows it.
     *
     * @param shares each participant's cost share in percent, as the agreement's current version sets it
     * @param items  the parts of the positions, a row each, in the order of the positions
     * @param ours   the caller's governments, whose position the page marks
     */
    record View(Settlement settlement, Map<String, BigDecimal> shares, List<Item> items, Set<String> ours) {

        /** The positions together: zero, what one receives the others pay, which the page shows rather than asserts. */
        public Money netTotal() {
            return new Money(settlement.positions().stream().map(position -> position.net().yuan())
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /** One part of every position, e.g. the costs each participant paid. */
    record Item(String key, List<Money> amounts) {

        /** The item over every participant, so that a reader sees it add up: the costs shared as paid, say. */
        public Money total() {
            return new Money(amounts.stream().map(Money::yuan).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /** The parts of a position that add up to it, as the page lists them. */
    private static final Map<String, Function<Settlement.ParticipantPosition, Money>> PARTS = parts();

    Optional<View> of(SettlementId id, Caller caller) {
        try {
            return Optional.of(view(settlements.get(id, caller), caller));
        } catch (NotFoundException notVisible) {
            return Optional.empty();
        }
    }

    /** The agreement's settlements, newest first; none for a caller who may not read them. */
    List<View> ofAgreement(AgreementId id, Caller caller) {
        try {
            List<View> newestFirst = new ArrayList<>(settlements.ofAgreement(id, caller).stream()
                    .map(settlement -> view(settlement, caller)).toList());
            Collections.reverse(newestFirst);
            return newestFirst;
        } catch (NotFoundException notVisible) {
            return List.of();
        }
    }

    private View view(Settlement settlement, Caller caller) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (CostShare share : agreements.current(new AgreementId(settlement.agreementId())).current().content().costShares()) {
            shares.put(share.participant().value(), share.percent());
        }
        List<Item> items = PARTS.entrySet().stream().map(part -> new Item(part.getKey(),
                settlement.positions().stream().map(part.getValue()).toList())).toList();
        return new View(settlement, shares, items, caller.governments());
    }

    private static Map<String, Function<Settlement.ParticipantPosition, Money>> parts() {
        Map<String, Function<Settlement.ParticipantPosition, Money>> parts = new LinkedHashMap<>();
        parts.put("costPaid", Settlement.ParticipantPosition::costPaid);
        parts.put("costShare", Settlement.ParticipantPosition::costShare);
        parts.put("benefitReceived", Settlement.ParticipantPosition::benefitReceived);
        parts.put("benefitFair", Settlement.ParticipantPosition::benefitFair);
        parts.put("penalties", Settlement.ParticipantPosition::penalties);
        parts.put("support", Settlement.ParticipantPosition::support);
        parts.put("adjustments", Settlement.ParticipantPosition::adjustments);
        parts.put("settled", Settlement.ParticipantPosition::settled);
        return Collections.unmodifiableMap(parts);
    }
}
