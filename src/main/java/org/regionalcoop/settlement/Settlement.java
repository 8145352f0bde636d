package org.regionalcoop.settlement;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
public record Settlement(@Schema(description = "the settlement's id") SettlementId id,
                         @Schema(description = "the agreement settled") UUID agreementId,
                         @Schema(description = "periodic (during the term) or final (at the agreement's end)") SettlementKind kind,
                         @Schema(description = "the instant up to which it settles every fact, UTC") Instant periodEnd,
                         @Schema(description = "proposed (awaiting answers), arbitration, finalized (transfers "
                                 + "instructed), completed (every transfer confirmed received), superseded or "
                                 + "nothing-to-settle") SettlementStatus status,
                         @Schema(example = "HN-PCA.arbitrator", description = "the group that decides an objection, "
                                 + "<government code>.<role>") String arbitratorGroup,
                         @Schema(description = "when it was proposed, UTC") Instant proposedAt,
                         @ArraySchema(arraySchema = @Schema(description = "each participant's position; the net "
                                 + "positions add up to exactly zero")) List<ParticipantPosition> positions,
                         @ArraySchema(arraySchema = @Schema(description = "the transfers that net the positions, at most "
                                 + "one fewer than the participants")) List<Transfer> transfers,
                         @ArraySchema(arraySchema = @Schema(description = "the participants' answers so far"))
                         List<Answer> answers,
                         @Schema(description = "the decision on an objection; left out unless one was arbitrated")
                         @JsonInclude(JsonInclude.Include.NON_NULL) Arbitration arbitration,
                         @Schema(description = "when its transfers were instructed, UTC; null before")
                         @Nullable Instant finalizedAt,
                         @Schema(description = "when the last transfer was confirmed received, UTC; null before")
                         @Nullable Instant completedAt,
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
    public record ParticipantPosition(@Schema(example = "SH", description = "the participant's government code")
                                      String participant,
                                      @Schema(description = "yuan it paid: into the projects and the pooled fund, and "
                                              + "meeting costs it hosted that are shared") Money costPaid,
                                      @Schema(description = "yuan of those costs it should bear by the shares")
                                      Money costShare,
                                      @Schema(description = "costPaid − costShare, yuan") Money cost,
                                      @Schema(description = "yuan of shared benefits it reported receiving")
                                      Money benefitReceived,
                                      @Schema(description = "yuan of all reported benefits that is its fair part by the "
                                              + "benefit shares (else the cost shares)") Money benefitFair,
                                      @Schema(description = "benefitFair − benefitReceived, yuan") Money benefit,
                                      @Schema(description = "yuan of final penalties: owed to it (positive) or by it "
                                              + "(negative)") Money penalties,
                                      @Schema(description = "yuan of counterpart support: owed to it as recipient "
                                              + "(positive) or by it as supporter (negative)") Money support,
                                      @Schema(description = "yuan the arbitrator's adjustments move to it (positive) or "
                                              + "from it (negative)") Money adjustments,
                                      @Schema(description = "yuan of transfers of earlier finalized settlements: paid "
                                              + "(positive) or received (negative)") Money settled,
                                      @Schema(description = "the sum of the parts, yuan: positive when the others owe "
                                              + "it, negative when it owes") Money net) {

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
    public record Transfer(@Schema(description = "the transfer's id, which the payee's receipt names") UUID id,
                           @Schema(example = "SH", description = "the paying participant's government code") String payer,
                           @Schema(example = "JS", description = "the receiving participant's government code")
                           String payee,
                           @Schema(description = "yuan to transfer, positive") Money amount,
                           @Schema(description = "when it was marked reminded for want of a receipt, UTC; null if not")
                           @Nullable Instant remindedAt,
                           @Schema(description = "the event source of the payee's treasury system that confirmed "
                                   + "receipt; null until confirmed") @Nullable String confirmedBy,
                           @Schema(description = "when receipt was confirmed, UTC; null until confirmed")
                           @Nullable Instant confirmedAt) {
    }

    /** A participant's answer; {@code silent} when the window closed without one and silence counted as confirmation. */
    @Schema(description = "A participant's answer to the proposed settlement; silent when its window closed without one")
    public record Answer(@Schema(example = "JS", description = "the answering participant's government code")
                         String participant,
                         @Schema(description = "confirm, or object (then the arbiter decides)") SettlementAnswer answer,
                         @Schema(description = "true when the confirmation window closed without an answer and silence "
                                 + "counted as confirmation") boolean silent,
                         @Schema(description = "the objection's reason, or a confirmation's comment; null if none")
                         @Nullable String reason,
                         @Schema(description = "who answered: a finance officer's user id, the event source of the "
                                 + "participant's finance system, or silence when the window closed") String answeredBy,
                         @Schema(description = "when it answered (or the window closed), UTC") Instant answeredAt) {
    }

    @Schema(description = "The arbitrating agency's decision on an objection: upheld, or adjusted with the adjustments")
    public record Arbitration(@Schema(description = "upheld (the settlement stands) or adjusted (with the adjustments, "
                                      + "netted again)") ArbitrationOutcome decision,
                              @Schema(description = "the arbiter's reason") String reason,
                              @Schema(description = "the user id of the arbiter who decided") String arbitratedBy,
                              @Schema(description = "when it was decided, UTC") Instant arbitratedAt,
                              @ArraySchema(arraySchema = @Schema(description = "the amounts moved; empty when upheld"))
                              List<Adjustment> adjustments) {
    }

    @Schema(description = "An amount the arbitration moves from payer to payee, and why")
    public record Adjustment(@Schema(description = "the government code of who pays the amount") String payer,
                             @Schema(description = "the government code of who receives it") String payee,
                             @Schema(description = "yuan moved, positive") Money amount,
                             @Schema(description = "why, in the arbiter's words") String reason) {
    }
}
