package org.regionalcoop.tasks;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementVersion;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.funds.FundStatement;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.projects.ProjectDetail;
import org.regionalcoop.projects.JointProjectVariables;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.settlement.SettlementVariables;
import org.regionalcoop.settlement.Settlements;
import org.springframework.stereotype.Component;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.regionalcoop.kernel.ProcessVariable.stringVariable;

/**
 * The context a task's form shows, read from the modules' tables: the agreement's current version (the one put
 * to the vote, signed or reviewed: a round opens on a version and a revision waits until its ballots, signatures
 * or review are done), the settlement proposed, the project and milestone. What the task's name and the
 * Tasklist's filter columns read ({@link #naming}) is set on the task when it is created; the rest
 * ({@link #of}) is read when its form asks ({@link TaskContextForm}), so the engine writes and deletes no
 * variable for it. A task whose agreement or project the platform does not know (a process started by hand) gets
 * none.
 */
@Component
class TaskContextVariables {

    static final ProcessVariable<String> AGREEMENT_TITLE = stringVariable("agreementTitle");
    static final ProcessVariable<String> AGREEMENT_TYPE = stringVariable("agreementType");
    static final ProcessVariable<String> AGREEMENT_TERM = stringVariable("agreementTerm");
    static final ProcessVariable<String> COST_SHARES = stringVariable("costShares");
    static final ProcessVariable<String> SUPPORT_REQUESTED = stringVariable("supportRequested");
    static final ProcessVariable<String> AGREEMENT_TEXT = stringVariable("agreementText");
    static final ProcessVariable<String> CONTENT_HASH = stringVariable("contentHash");
    static final ProcessVariable<String> SETTLEMENT_POSITION = stringVariable("settlementPosition");
    static final ProcessVariable<String> SETTLEMENT_TRANSFERS = stringVariable("settlementTransfers");
    static final ProcessVariable<String> PROJECT_NAME = stringVariable("projectName");
    static final ProcessVariable<String> MILESTONE_FIGURES = stringVariable("milestoneFigures");
    static final ProcessVariable<String> FUND_FIGURES = stringVariable("fundFigures");

    private final Agreements agreements;
    private final Organizations organizations;
    private final Projects projects;
    private final Settlements settlements;
    private final Funds funds;

    TaskContextVariables(Agreements agreements, Organizations organizations, Projects projects, Settlements settlements,
                         Funds funds) {
        this.funds = funds;
        this.agreements = agreements;
        this.organizations = organizations;
        this.projects = projects;
        this.settlements = settlements;
    }

    /** The agreement's title, and a project's name: what the task's name and the Tasklist's filters show. */
    Map<String, Object> naming(TaskSteps.Context context, VariableScope task) {
        return read(context, task, false);
    }

    /** Everything the task's form shows, its title and project's name included. */
    Map<String, Object> of(TaskSteps.Context context, VariableScope task) {
        return read(context, task, true);
    }

    private Map<String, Object> read(TaskSteps.Context context, VariableScope task, boolean whole) {
        Optional<Agreement> agreement = AgreementId.VARIABLE.from(task).getOptional().flatMap(agreements::find);
        if (agreement.isEmpty()) {
            return Map.of();
        }
        AgreementVersion version = agreement.get().current();
        Map<String, Object> variables = new LinkedHashMap<>();
        AGREEMENT_TITLE.on(variables).set(version.content().title());
        switch (context) {
            case TITLE -> { }
            case PROJECT, MILESTONE, FUND_ALLOCATION -> {
                Optional<ProjectDetail> project = JointProjectVariables.PROJECT_ID.from(task).getOptional().flatMap(projects::find);
                if (project.isEmpty()) {
                    return Map.of();
                }
                PROJECT_NAME.on(variables).set(project.get().project().name());
                if (whole && context == TaskSteps.Context.MILESTONE) {
                    MILESTONE_FIGURES.on(variables).set(milestone(project.get(),
                            JointProjectVariables.MILESTONE.from(task).getOptional().orElse("")));
                }
                if (whole && context == TaskSteps.Context.FUND_ALLOCATION) {
                    FUND_FIGURES.on(variables).set(fund(project.get().project(), funds.statement(agreement.get().id())));
                }
            }
            default -> {
                if (whole) {
                    agreementForm(context, task, agreement.get().id(), version, variables);
                }
            }
        }
        return variables;
    }

    private void agreementForm(TaskSteps.Context context, VariableScope task, AgreementId agreementId, AgreementVersion version,
                               Map<String, Object> variables) {
        AgreementContent content = version.content();
        switch (context) {
            case BALLOT -> {
                AGREEMENT_TYPE.on(variables).set(words(content.type()) + " agreement, " + words(content.mode()) + " mode");
                AGREEMENT_TERM.on(variables).set(content.term().start() + " to " + content.term().end());
                COST_SHARES.on(variables).set(costShares(content.costShares()));
                SUPPORT_REQUESTED.on(variables).set(support(content.supportRequests()));
                AGREEMENT_TEXT.on(variables).set(text(version));
            }
            case SIGNATURE -> {
                AGREEMENT_TEXT.on(variables).set(text(version));
                CONTENT_HASH.on(variables).set(version.contentHash());
            }
            case REVIEW -> {
                AGREEMENT_TEXT.on(variables).set(text(version));
                SUPPORT_REQUESTED.on(variables).set(support(content.supportRequests()));
            }
            case SETTLEMENT -> settlement(task, agreementId, variables);
            default -> { }
        }
    }

    private String fund(ProjectSummary project, FundStatement fund) {
        return String.join("\n",
                "Led by: " + (project.lead() != null ? government(project.lead()) : "the body " + project.leadBody()),
                "Budget: " + yuan(project.budget()) + ", of which asked of the fund: " + yuan(project.fundPart())
                        + ", grant part: " + yuan(project.grantPart()),
                "The fund: paid in " + yuan(fund.paidIn()) + " of " + yuan(fund.agreed()) + " agreed; held for projects "
                        + yuan(fund.reserved()) + " (this one's part included); allocated " + yuan(fund.allocated())
                        + "; available " + yuan(fund.available()),
                "Paid in by: " + fund.members().stream().map(member -> government(member.participant()) + " "
                        + yuan(member.paidIn()) + " of " + yuan(member.agreed())).collect(Collectors.joining(", ")));
    }

    private void settlement(VariableScope task, AgreementId agreementId, Map<String, Object> variables) {
        Optional<String> participant = SettlementVariables.ANSWERING_PARTICIPANT.from(task).getOptional();
        SettlementVariables.SETTLEMENT_ID.from(task).getOptional().flatMap(id -> settlements.ofAgreement(agreementId).stream()
                .filter(settlement -> settlement.id().equals(id)).findFirst()).ifPresent(settlement -> {
            settlement.positions().stream().filter(position -> participant.orElse("").equals(position.participant()))
                    .findFirst().ifPresent(position -> SETTLEMENT_POSITION.on(variables).set(position(position)));
            SETTLEMENT_TRANSFERS.on(variables).set(transfers(settlement.transfers()));
        });
    }

    private String text(AgreementVersion version) {
        AgreementContent content = version.content();
        return String.join("\n",
                content.title() + " (version " + version.number() + ")",
                "Type: " + words(content.type()) + " agreement, " + words(content.mode()) + " mode",
                "Fields: " + content.fields().stream().map(TaskContextVariables::words).collect(Collectors.joining(", ")),
                "Participants: " + content.participants().stream().map(this::government).collect(Collectors.joining(", ")),
                "Secretariat: " + government(content.secretariat()),
                "Term: " + content.term().start() + " to " + content.term().end(),
                "Cost shares: " + costShares(content.costShares()),
                "Benefit sharing: " + orNone(content.benefitSharingRule()),
                "Compensation: " + orNone(content.compensationRule()),
                "Penalty for leaving early: " + (content.defectionPenalty() == null ? "none" : yuan(content.defectionPenalty())),
                "Support requested: " + support(content.supportRequests()));
    }

    private String costShares(List<CostShare> shares) {
        return shares.stream().map(share -> government(share.participant()) + " " + share.percent().stripTrailingZeros()
                .toPlainString() + " %").collect(Collectors.joining(", "));
    }

    private static String support(List<SupportRequest> requests) {
        if (requests.isEmpty()) {
            return "none";
        }
        return requests.stream().map(request -> words(request.type()) + (request.amount() == null ? "" : " " + yuan(request.amount()))
                + (request.description() == null || request.description().isBlank() ? "" : " (" + request.description() + ")"))
                .collect(Collectors.joining("; "));
    }

    private String position(Settlement.ParticipantPosition position) {
        return String.join("\n",
                government(position.participant()) + ": net " + signed(position.net())
                        + (position.net().isNegative() ? " (you owe the others)" : " (the others owe you)"),
                "Costs paid " + yuan(position.costPaid()) + ", cost share " + yuan(position.costShare())
                        + ", cost balance " + signed(position.cost()),
                "Benefit received " + yuan(position.benefitReceived()) + ", fair benefit " + yuan(position.benefitFair())
                        + ", benefit balance " + signed(position.benefit()),
                "Penalties " + signed(position.penalties()) + ", counterpart support " + signed(position.support())
                        + ", adjustments " + signed(position.adjustments()) + ", settled earlier " + signed(position.settled()));
    }

    private String transfers(List<Settlement.Transfer> transfers) {
        if (transfers.isEmpty()) {
            return "none: nobody owes anybody";
        }
        return transfers.stream().map(transfer -> government(transfer.payer()) + " pays " + government(transfer.payee())
                + " " + yuan(transfer.amount())).collect(Collectors.joining("\n"));
    }

    private static String milestone(ProjectDetail project, String name) {
        return project.milestones().stream().filter(milestone -> milestone.name().equals(name)).findFirst()
                .map(milestone -> String.join("\n",
                        "Due " + milestone.dueDate() + "; verifying it releases " + yuan(milestone.grantAmount()) + " of the grant",
                        "Project budget " + yuan(project.project().budget()) + ", of which grant " + yuan(project.project().grantPart()),
                        milestone.actualCost() == null ? "Not reported yet"
                                : "Reported cost so far " + yuan(milestone.actualCost()) + ": " + milestone.summary()))
                .orElse("");
    }

    private String government(GovernmentCode code) {
        return organizations.find(code).map(Government::name).map(name -> name + " (" + code.value() + ")")
                .orElse(code.value());
    }

    private String government(String code) {
        return government(GovernmentCode.of(code));
    }

    /** Yuan grouped as people write them, e.g. {@code 1,250,000.00 yuan}. */
    static String yuan(Money amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount.yuan()) + " yuan";
    }

    private static String signed(Money amount) {
        return (amount.yuan().signum() > 0 ? "+" : "") + yuan(amount);
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "none" : text;
    }
}
