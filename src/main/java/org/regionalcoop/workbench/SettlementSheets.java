package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletResponse;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.security.Caller;
import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.settlement.Settlements;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * An agreement's settlements as money: each settlement's positions as a matrix (participant × item, the net last)
 * and its transfers with their confirmation, on a page and as a spreadsheet, for whoever may see the settlements.
 */
@Controller
class SettlementSheets {

    /** The items of a position, in the order they add up to the net. */
    record Item(String key, Function<Settlement.ParticipantPosition, Money> amount) {

        /** The item over every participant, so that a reader sees it add up: the costs shared as paid, the net to zero. */
        public Money total(Settlement settlement) {
            return new Money(settlement.positions().stream().map(amount).map(Money::yuan)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item("costPaid", Settlement.ParticipantPosition::costPaid),
            new Item("costShare", Settlement.ParticipantPosition::costShare),
            new Item("cost", Settlement.ParticipantPosition::cost),
            new Item("benefitReceived", Settlement.ParticipantPosition::benefitReceived),
            new Item("benefitFair", Settlement.ParticipantPosition::benefitFair),
            new Item("benefit", Settlement.ParticipantPosition::benefit),
            new Item("penalties", Settlement.ParticipantPosition::penalties),
            new Item("support", Settlement.ParticipantPosition::support),
            new Item("adjustments", Settlement.ParticipantPosition::adjustments),
            new Item("settled", Settlement.ParticipantPosition::settled),
            new Item("net", Settlement.ParticipantPosition::net));

    private final Agreements agreements;
    private final Settlements settlements;
    private final GovernmentNames governments;
    private final MessageSource messages;
    private final MeetingCostFacts meetings;
    private final Amounts amounts;
    private final Dates dates;

    SettlementSheets(Agreements agreements, Settlements settlements, GovernmentNames governments, MessageSource messages,
                     MeetingCostFacts meetings, Amounts amounts, Dates dates) {
        this.dates = dates;
        this.meetings = meetings;
        this.amounts = amounts;
        this.agreements = agreements;
        this.settlements = settlements;
        this.governments = governments;
        this.messages = messages;
    }

    @GetMapping("/agreements/{id}/settlements")
    String settlements(@PathVariable String id, Model model) {
        AgreementId agreementId = AgreementPages.parse(id);
        List<Settlement> newestFirst = new ArrayList<>(settlements.ofAgreement(agreementId, Caller.current()));
        Collections.reverse(newestFirst);
        model.addAttribute("agreement", title(agreementId));
        model.addAttribute("agreementId", agreementId.toString());
        model.addAttribute("settlements", newestFirst);
        model.addAttribute("items", ITEMS);
        List<MeetingCostFacts.MeetingRow> meetingRows = meetings.of(agreementId, Caller.current());
        model.addAttribute("sharedMeetingCosts", newestFirst.stream().collect(Collectors.toMap(Settlement::id,
                settlement -> MeetingCostFacts.sharedBy(meetingRows, settlement.periodEnd()))));
        return "money-settlements";
    }

    /** Every settlement's positions, then every transfer, as one spreadsheet in the reader's language. */
    @GetMapping("/agreements/{id}/settlements.csv")
    void settlementsCsv(@PathVariable String id, HttpServletResponse response) throws IOException {
        AgreementId agreementId = AgreementPages.parse(id);
        List<Settlement> all = settlements.ofAgreement(agreementId, Caller.current());
        List<String> headers = new ArrayList<>(List.of(text("settlement.csv.settlement"),
                text("settlement.csv.period-end", dates.columnZone()),
                text("settlement.csv.status"), text("settlement.csv.line"), text("settlement.csv.participant")));
        ITEMS.forEach(item -> headers.add(text("settlement.sheet." + item.key())));
        CurrencyCode currency = all.isEmpty() ? CurrencyCode.CNY : all.get(0).currency();
        headers.addAll(List.of(text("settlement.csv.payee"), text("settlement.csv.amount", amounts.unit(currency)),
                text("settlement.csv.confirmed-at", dates.columnZone())));
        List<List<Object>> rows = new ArrayList<>();
        for (Settlement settlement : all) {
            for (Settlement.ParticipantPosition position : settlement.positions()) {
                List<Object> row = new ArrayList<>(start(settlement, "settlement.csv.position", position.participant()));
                ITEMS.forEach(item -> row.add(item.amount().apply(position).toString()));
                row.addAll(List.of("", "", ""));
                rows.add(row);
            }
            for (Settlement.Transfer transfer : settlement.transfers()) {
                List<Object> row = new ArrayList<>(start(settlement, "settlement.csv.transfer", transfer.payer()));
                ITEMS.forEach(item -> row.add(""));
                row.addAll(List.of(governments.name(transfer.payee()), transfer.amount().toString(),
                        dates.csvTime(transfer.confirmedAt())));
                rows.add(row);
            }
        }
        Csv.write(response, "settlements-" + agreementId + ".csv", headers, rows);
    }

    private List<Object> start(Settlement settlement, String line, String participant) {
        return List.of(settlement.id().toString(), dates.csvTime(settlement.periodEnd()),
                text("settlement-status." + settlement.status().key()), text(line), governments.name(participant));
    }

    private String title(AgreementId id) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> new NotFoundException("No agreement " + id));
        return agreement.current().content().title();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
