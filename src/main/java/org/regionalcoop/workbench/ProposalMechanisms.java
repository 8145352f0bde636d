package org.regionalcoop.workbench;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.BodyChair;
import org.regionalcoop.agreements.BenefitBasis;
import org.regionalcoop.agreements.BodyKind;
import org.regionalcoop.agreements.ChairRotation;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.agreements.MeetingSchedule;
import org.regionalcoop.agreements.PooledFund;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proposal page's cooperation mechanisms beyond the participants and their cost shares: benefit shares of
 * their own, governing bodies and a pooled fund. It reads them from what was typed and names, field by field, the
 * rules of the agreements module they break; the rules themselves are the module's ({@code Agreements.check}).
 */
@Component
class ProposalMechanisms {

    /** {@code content.bodies[2].chair.order[1]}: the row and the body's own field. */
    private static final Pattern BODY_FIELD =
            Pattern.compile("^content\\.bodies\\[(\\d+)](?:\\.(chair\\.|meetings\\.)?([A-Za-z]+))?.*$");
    private static final Pattern FUND_FIELD = Pattern.compile("^content\\.fund\\.contributions\\[(\\d+)]\\.([a-z]+)$");

    private final Amounts amounts;
    private final Dates dates;
    private final GovernmentNames governments;
    private final MessageSource messages;

    ProposalMechanisms(Amounts amounts, Dates dates, GovernmentNames governments, MessageSource messages) {
        this.amounts = amounts;
        this.dates = dates;
        this.governments = governments;
        this.messages = messages;
    }

    /** What the page needs to offer the mechanisms. */
    void addTo(Model model) {
        model.addAttribute("bodyKinds", BodyKind.values());
        model.addAttribute("rotations", ChairRotation.values());
        model.addAttribute("benefitBases", BenefitBasis.values());
    }

    /** The participants' figure the proposal divides benefits by (population, GDP); null for the cost shares or a ratio. */
    static BenefitBasis benefitBasis(ProposalForm form) {
        return Arrays.stream(BenefitBasis.values()).filter(basis -> basis.key().equals(form.getBenefitBasis()))
                .findFirst().orElse(null);
    }

    /** The benefit shares when the proposal shares benefits by a ratio of its own; empty when they follow the costs. */
    List<CostShare> benefitShares(ProposalForm form, List<GovernmentCode> participants, Map<String, String> errors) {
        if (!ProposalForm.RATIO.equals(form.getBenefitBasis())) {
            return List.of();
        }
        List<CostShare> shares = new ArrayList<>();
        for (GovernmentCode participant : participants) {
            amounts.percent(form.getBenefitShares().get(participant.value()))
                    .ifPresentOrElse(percent -> shares.add(new CostShare(participant, percent)),
                            () -> errors.putIfAbsent("benefitShares", text("proposal.error.benefit-share",
                                    governments.name(participant))));
        }
        return shares;
    }

    /**
     * The bodies typed, the empty rows left out. A new body gets a key made from its kind, unique in the agreement,
     * which the check page sends back so that the fund and later projects name the same body.
     */
    List<GoverningBody> bodies(ProposalForm form, Map<String, String> errors) {
        form.dropEmptyBodies();
        Set<String> keys = new HashSet<>();
        form.getBodies().stream().map(BodyForm::getKey).filter(key -> !ProposalForm.blank(key)).forEach(keys::add);
        List<GoverningBody> bodies = new ArrayList<>();
        for (int i = 0; i < form.getBodies().size(); i++) {
            BodyForm row = form.getBodies().get(i);
            BodyKind kind = ProposalPages.choice(BodyKind.class, row.getKind());
            if (ProposalForm.blank(row.getKey())) {
                String base = kind == null ? "body" : kind.key();
                String key = base;
                for (int n = 2; keys.contains(key); n++) {
                    key = base + "-" + n;
                }
                keys.add(key);
                row.setKey(key);
            }
            List<GovernmentCode> members = row.getMembers().stream().map(GovernmentCode::new).toList();
            bodies.add(new GoverningBody(row.getKey(), kind, blankToNull(row.getName()), blankToNull(row.getNameZh()),
                    members, chair(row, members, i, errors), meetings(row, i, errors), row.isSharesMeetingCosts(),
                    row.isArbitrates()));
        }
        return bodies;
    }

    /** The fund, when the proposal names an allocating body or any contribution; null otherwise. */
    PooledFund fund(ProposalForm form, List<GovernmentCode> participants, CurrencyCode currency, Map<String, String> errors) {
        List<PooledFund.Contribution> contributions = new ArrayList<>();
        for (GovernmentCode participant : participants) {
            String typed = form.getFundContributions().get(participant.value());
            if (ProposalForm.blank(typed)) {
                continue;
            }
            Optional<Money> amount = amounts.parse(typed).map(Money::of);
            if (amount.isEmpty()) {
                errors.put("fund-" + participant.value(), text("error.amount", text("proposal.fund.contribution-of",
                        governments.name(participant)), amounts.unit(currency), amounts.example(currency)));
            }
            contributions.add(new PooledFund.Contribution(participant, amount.orElse(null)));
        }
        String allocating = allocatingBody(form);
        if (allocating == null && contributions.isEmpty()) {
            return null;
        }
        return new PooledFund(allocating, contributions);
    }

    /**
     * Names the mechanisms' broken rules next to their fields and gives back the other violations: a body's row and
     * field ({@code bodies[1].members}), the fund's body ({@code fundBody}) and a member's contribution
     * ({@code fund-SH}), the benefit shares with the sum they make.
     */
    List<Violation> name(List<Violation> violations, AgreementContent content, Map<String, String> errors) {
        PooledFund fund = content.fund();
        List<Violation> others = new ArrayList<>();
        for (Violation violation : violations) {
            String path = violation.field();
            Matcher body = BODY_FIELD.matcher(path);
            Matcher contribution = FUND_FIELD.matcher(path);
            if (body.matches()) {
                String field = body.group(3) == null ? "name" : body.group(3);
                errors.putIfAbsent("bodies[" + body.group(1) + "]." + field,
                        text("proposal.rule.body." + field, Integer.parseInt(body.group(1)) + 1));
            } else if (path.equals("content.fund.allocatingBody")) {
                errors.putIfAbsent("fundBody", text("proposal.rule.fundBody"));
            } else if (contribution.matches() && fund != null
                    && Integer.parseInt(contribution.group(1)) < fund.contributions().size()) {
                GovernmentCode member = fund.contributions().get(Integer.parseInt(contribution.group(1))).participant();
                errors.putIfAbsent("fund-" + member.value(), text("proposal.rule.fund.contribution", governments.name(member)));
            } else if (path.startsWith("content.fund")) {
                errors.putIfAbsent("fundBody", text("proposal.rule.fund"));
            } else if (path.equals("content.benefitBasis")) {
                errors.putIfAbsent("benefitShares", text("proposal.rule.benefitBasis"));
            } else if (path.startsWith("content.benefitShares")) {
                errors.putIfAbsent("benefitShares", text("proposal.rule.benefitShares", sum(content.benefitShares())));
            } else {
                others.add(violation);
            }
        }
        return others;
    }

    /** What the shares read make together, as the proposer typed it: {@code 90}, {@code 33.3333}. */
    static String sum(List<CostShare> shares) {
        return shares.stream().map(CostShare::percent).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                .stripTrailingZeros().toPlainString();
    }

    /** The body row the fund's select names, by its key; null when none is chosen. */
    private static String allocatingBody(ProposalForm form) {
        if (ProposalForm.blank(form.getFundBody())) {
            return null;
        }
        try {
            int row = Integer.parseInt(form.getFundBody());
            return row >= 0 && row < form.getBodies().size() ? form.getBodies().get(row).getKey() : null;
        } catch (NumberFormatException notARow) {
            return null;
        }
    }

    /** The chair: its rotation and the members by their turns; none for a fixed chair in the members' order. */
    private BodyChair chair(BodyForm row, List<GovernmentCode> members, int index, Map<String, String> errors) {
        ChairRotation rotation = Optional.ofNullable(ProposalPages.choice(ChairRotation.class, row.getRotation()))
                .orElse(ChairRotation.FIXED);
        List<GovernmentCode> order = new ArrayList<>();
        List<Map.Entry<GovernmentCode, Integer>> turns = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        // A turn typed beside a government not ticked as a member, a turn below 1 or one given twice would otherwise
        // be dropped or ordered by chance, and the host of a meeting would not be the one the members agreed.
        row.getTurns().forEach((code, typed) -> {
            if (!ProposalForm.blank(typed) && !row.getMembers().contains(code)) {
                errors.putIfAbsent("bodies[" + index + "].order", text("proposal.rule.body.order", index + 1));
            }
        });
        for (GovernmentCode member : members) {
            String typed = row.getTurns().get(member.value());
            if (ProposalForm.blank(typed)) {
                continue;
            }
            Optional<Integer> turn = turn(typed);
            if (turn.isPresent() && taken.add(turn.get())) {
                turns.add(Map.entry(member, turn.get()));
            } else {
                errors.putIfAbsent("bodies[" + index + "].order", text("proposal.rule.body.order", index + 1));
            }
        }
        if (!turns.isEmpty()) {
            turns.stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).forEach(order::add);
            members.stream().filter(member -> !order.contains(member)).forEach(order::add);
        }
        return rotation == ChairRotation.FIXED && order.isEmpty() ? null : new BodyChair(rotation, order);
    }

    /** A turn to chair as typed: a whole number from 1, in ASCII or full-width digits. */
    private static Optional<Integer> turn(String typed) {
        try {
            return Optional.of(Integer.parseInt(typed.strip())).filter(turn -> turn >= 1);
        } catch (NumberFormatException notATurn) {
            return Optional.empty();
        }
    }

    private MeetingSchedule meetings(BodyForm row, int index, Map<String, String> errors) {
        String field = "bodies[" + index + "]";
        if (ProposalForm.blank(row.getEvery()) && ProposalForm.blank(row.getFirst())) {
            return null;
        }
        Period every = null;
        if (!ProposalForm.blank(row.getEvery())) {
            try {
                every = Period.parse(row.getEvery().strip());
            } catch (DateTimeParseException notAPeriod) {
                errors.put(field + ".every", text("proposal.rule.body.every", index + 1));
            }
        }
        LocalDate first = null;
        if (!ProposalForm.blank(row.getFirst())) {
            first = dates.parse(row.getFirst()).orElse(null);
            if (first == null) {
                errors.put(field + ".first", text("error.date", text("proposal.body.first")));
            }
        }
        return new MeetingSchedule(every, first);
    }

    private static String blankToNull(String text) {
        return ProposalForm.blank(text) ? null : text.strip();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
