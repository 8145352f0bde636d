package org.regionalcoop.settlement;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.settlement.internal.Fen;
import org.regionalcoop.settlement.internal.Position;

import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A settlement as it stands: every participant's position with its components, the transfers that net
 * them, the participants' answers, and the arbitration if there was an objection, in the agreement's settlement
 * currency.
 */
@Schema(description = "A settlement as it stands: each participant's position, the transfers that net them, the participants' answers and any arbitration")
public record Settlement(SettlementId id, UUID agreementId, String kind, Instant periodEnd, SettlementStatus status,
                         String arbitratorGroup, Instant proposedAt, List<ParticipantPosition> positions,
                         List<Transfer> transfers, List<Answer> answers, Arbitration arbitration,
                         Instant finalizedAt, Instant completedAt,
                         @Schema(description = "the agreement's settlement currency "
                                 + "(ISO 4217): every amount of the settlement is in it") CurrencyCode currency) {

    /**
     * A participant's position: positive when the others owe it, negative when it owes.
     *
     * @param cost    costPaid - costShare
     * @param benefit benefitFair - benefitReceived
     * @param settled transfers of earlier settlements: paid (positive) or received (negative)
     */
    @Schema(description = "A participant's position in the settlement and its parts: positive when the others owe it, negative when it owes")
    public record ParticipantPosition(String participant, Money costPaid, Money costShare, Money cost,
                                      Money benefitReceived, Money benefitFair, Money benefit, Money penalties,
                                      Money support, Money adjustments, Money settled, Money net) {

        static ParticipantPosition of(Position position) {
            return new ParticipantPosition(position.participant(), Fen.money(position.costPaid()),
                    Fen.money(position.costShare()), Fen.money(position.cost()), Fen.money(position.benefitReceived()),
                    Fen.money(position.benefitFair()), Fen.money(position.benefit()), Fen.money(position.penalties()),
                    Fen.money(position.support()), Fen.money(position.adjustments()), Fen.money(position.settled()),
                    Fen.money(position.net()));
        }
    }

    /** A transfer from payer to payee, and whether the payee's treasury confirmed receiving it. */
    @Schema(description = "A transfer from payer to payee, and whether the payee's treasury confirmed receiving it")
    public record Transfer(UUID id, String payer, String payee, Money amount, Instant remindedAt, String confirmedBy,
                           Instant confirmedAt) {
    }

    /** A participant's answer; {@code silent} when the window closed without one and silence counted as confirmation. */
    @Schema(description = "A participant's answer to the proposed settlement; silent when its window closed without one")
    public record Answer(String participant, String answer, boolean silent, String reason, String answeredBy,
                         Instant answeredAt) {
    }

    /** @param decision upheld or adjusted */
    @Schema(description = "The arbitrating agency's decision on an objection: upheld, or adjusted with the adjustments")
    public record Arbitration(String decision, String reason, String arbitratedBy, Instant arbitratedAt,
                              List<Adjustment> adjustments) {
    }

    @Schema(description = "An amount the arbitration moves from payer to payee, and why")
    public record Adjustment(String payer, String payee, Money amount, String reason) {
    }
}
