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
import org.regionalcoop.grants.Grant;
import org.regionalcoop.grants.GrantId;
import org.regionalcoop.grants.Grants;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.projects.ProjectDetail;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.JointProjectVariables;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.settlement.SettlementAnswer;
import org.regionalcoop.settlement.SettlementVariables;
import org.regionalcoop.settlement.Settlements;
import org.springframework.context.MessageSource;
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
 * or review are done), the support item to decide, the settlement proposed, the project and milestone. What the
 * task's name and the Tasklist's filter columns read ({@link #naming}) is set on the task when it is created; the rest
 * ({@link #of}) is read when its form asks ({@link TaskContextForm}), so the engine writes and deletes no
 * variable for it. A task whose agreement or project the platform does not know (a process started by hand) gets
 * none. The form's text is in the reader's language ({@link #of}): Chinese for a Chinese reader, English otherwise,
 * in the workbench's words ({@code messages*.properties}); what staff wrote (titles, rules, descriptions) stays as
 * written.
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
    static final ProcessVariable<String> SETTLEMENT_POSITIONS = stringVariable("settlementPositions");
    static final ProcessVariable<String> SETTLEMENT_OBJECTIONS = stringVariable("settlementObjections");
    static final ProcessVariable<List<FormChoice>> SETTLEMENT_PARTIES = FormChoice.variable("settlementParties");
    static final ProcessVariable<List<FormChoice>> REPEATED_PROJECTS = FormChoice.variable("repeatedProjects");
    static final ProcessVariable<String> PROJECT_NAME = stringVariable("projectName");
    static final ProcessVariable<String> MILESTONE_FIGURES = stringVariable("milestoneFigures");
    static final ProcessVariable<String> FUND_FIGURES = stringVariable("fundFigures");
    static final ProcessVariable<String> SUPPORT_TYPE = stringVariable("supportType");
    static final ProcessVariable<String> REQUESTED_AMOUNT = stringVariable("requestedAmount");
    static final ProcessVariable<String> SHARE_AMOUNT = stringVariable("shareAmount");
    static final ProcessVariable<String> RESERVED_AMOUNT = stringVariable("reservedAmount");

    private final Agreements agreements;
    private final Organizations organizations;
    private final Projects projects;
    private final Settlements settlements;
    private final Funds funds;
    private final Grants grants;
    private final MessageSource messages;
    private final StepChoices choices;

    TaskContextVariables(Agreements agreements, Organizations organizations, Projects projects, Settlements settlements,
                         Funds funds, Grants grants, MessageSource messages, StepChoices choices) {
        this.choices = choices;
        this.funds = funds;
        this.grants = grants;
        this.messages = messages;
        this.agreements = agreements;
        this.organizations = organizations;
        this.projects = projects;
        this.settlements = settlements;
    }

    /** The agreement's title, and a project's name: what the task's name and the Tasklist's filters show. */
    Map<String, Object> naming(TaskSteps.Context context, VariableScope task) {
        return read(context, task, null);
    }

    /** Everything the task's form shows, its title and project's name included, in the reader's language. */
    Map<String, Object> of(TaskSteps.Context context, VariableScope task, Locale reader) {
        return read(context, task, new Words(messages, reader));
    }

    /** The form's text in one language: Chinese for a Chinese reader, English (the bundle's default) for anyone else. */
    private record Words(MessageSource messages, Locale locale) {

        Words {
            locale = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }

        String say(String key, Object... arguments) {
            return messages.getMessage("tasklist.context." + key, arguments, locale);
        }

        String word(String prefix, Enum<?> value) {
            return messages.getMessage(prefix + "." + value.name(), null, locale);
        }

        String list() {
            return chinese() ? "、" : ", ";
        }

        String items() {
            return chinese() ? "；" : "; ";
        }

        boolean chinese() {
            return locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        }
    }

    /** The form's context when {@code words} are given, else only what names the task. */
    private Map<String, Object> read(TaskSteps.Context context, VariableScope task, Words words) {
        boolean whole = words != null;
        Optional<Agreement> agreement = AgreementId.VARIABLE.from(task).getOptional().flatMap(agreements::find);
        if (agreement.isEmpty()) {
            return Map.of();
        }
        AgreementVersion version = agreement.get().current();
        Map<String, Object> variables = new LinkedHashMap<>();
        AGREEMENT_TITLE.on(variables).set(version.content().title());
        switch (context) {
            case TITLE -> { }
            case PROJECT, REPEATED_CONSTRUCTION, MILESTONE, FUND_ALLOCATION -> {
                Optional<ProjectDetail> project = JointProjectVariables.PROJECT_ID.from(task).getOptional().flatMap(projects::find);
                if (project.isEmpty()) {
                    return Map.of();
                }
                PROJECT_NAME.on(variables).set(project.get().project().name());
                if (whole && context == TaskSteps.Context.MILESTONE) {
                    MILESTONE_FIGURES.on(variables).set(milestone(project.get(),
                            JointProjectVariables.MILESTONE.from(task).getOptional().orElse(""), words));
                }
                if (whole && context == TaskSteps.Context.FUND_ALLOCATION) {
                    // The fund that holds the money: a handed-over project's is its closed agreement's, which pays it out.
                    FUND_FIGURES.on(variables).set(fund(project.get().project(), funds.statement(funds.holding(
                            agreement.get().id(), project.get().project().id().value())), words));
                }
                if (whole && context == TaskSteps.Context.REPEATED_CONSTRUCTION) {
                    REPEATED_PROJECTS.on(variables).set(choices.repeatedBy(project.get().project().id(), words.locale()));
                }
            }
            default -> {
                if (whole) {
                    agreementForm(context, task, agreement.get().id(), version, variables, words);
                }
            }
        }
        return variables;
    }

    private void agreementForm(TaskSteps.Context context, VariableScope task, AgreementId agreementId, AgreementVersion version,
                               Map<String, Object> variables, Words words) {
        AgreementContent content = version.content();
        switch (context) {
            case BALLOT -> {
                AGREEMENT_TYPE.on(variables).set(type(content, words));
                AGREEMENT_TERM.on(variables).set(words.say("term", content.term().start().toString(), content.term().end().toString()));
                COST_SHARES.on(variables).set(costShares(content.costShares(), words));
                SUPPORT_REQUESTED.on(variables).set(support(content.supportRequests(), words));
                AGREEMENT_TEXT.on(variables).set(text(version, words));
            }
            case SIGNATURE -> {
                AGREEMENT_TEXT.on(variables).set(text(version, words));
                CONTENT_HASH.on(variables).set(version.contentHash());
            }
            case REVIEW -> {
                AGREEMENT_TEXT.on(variables).set(text(version, words));
                SUPPORT_REQUESTED.on(variables).set(support(content.supportRequests(), words));
            }
            case GRANT -> GrantId.VARIABLE.from(task).getOptional()
                    .ifPresent(id -> grant(grants.grant(id), variables, words));
            case SETTLEMENT -> settlement(task, agreementId, variables, words);
            case ARBITRATION -> arbitration(task, agreementId, variables, words);
            default -> { }
        }
    }

    private String fund(ProjectSummary project, FundStatement fund, Words words) {
        return String.join("\n",
                words.say("fund.led-by", project.lead() != null ? government(project.lead(), words)
                        : words.say("fund.led-by-body", project.leadBody())),
                words.say("fund.budget", yuan(project.budget(), words), yuan(project.fundPart(), words), yuan(project.grantPart(), words)),
                words.say("fund.fund", yuan(fund.paidIn(), words), yuan(fund.agreed(), words), yuan(fund.reserved(), words),
                        yuan(fund.allocated(), words), yuan(fund.available(), words)),
                words.say("fund.paid-by", fund.members().stream().map(member -> words.say("fund.member",
                        government(member.participant(), words), yuan(member.paidIn(), words), yuan(member.agreed(), words)))
                        .collect(Collectors.joining(words.list()))));
    }

    /** A monetary item's amounts; support that is granted rather than paid has none. */
    private void grant(Grant grant, Map<String, Object> variables, Words words) {
        SUPPORT_TYPE.on(variables).set(words.word("support", grant.supportType()));
        if (grant.monetary()) {
            REQUESTED_AMOUNT.on(variables).set(yuan(grant.requestedAmount(), words));
            if (grant.shareAmount() != null) {
                SHARE_AMOUNT.on(variables).set(yuan(grant.shareAmount(), words));
            }
            RESERVED_AMOUNT.on(variables).set(yuan(grants.reserved(grant.id()), words));
        }
    }

    private void settlement(VariableScope task, AgreementId agreementId, Map<String, Object> variables, Words words) {
        Optional<String> participant = SettlementVariables.ANSWERING_PARTICIPANT.from(task).getOptional();
        SettlementVariables.SETTLEMENT_ID.from(task).getOptional().flatMap(id -> settlements.ofAgreement(agreementId).stream()
                .filter(settlement -> settlement.id().equals(id)).findFirst()).ifPresent(settlement -> {
            settlement.positions().stream().filter(position -> participant.orElse("").equals(position.participant()))
                    .findFirst().ifPresent(position -> SETTLEMENT_POSITION.on(variables).set(position(position, words)));
            SETTLEMENT_TRANSFERS.on(variables).set(transfers(settlement.transfers(), words));
        });
    }

    /** What the objection is about: every participant's position, who objects and why, and the transfers. */
    private void arbitration(VariableScope task, AgreementId agreementId, Map<String, Object> variables, Words words) {
        SettlementVariables.SETTLEMENT_ID.from(task).getOptional().flatMap(id -> settlements.ofAgreement(agreementId).stream()
                .filter(settlement -> settlement.id().equals(id)).findFirst()).ifPresent(settlement -> {
            SETTLEMENT_POSITIONS.on(variables).set(settlement.positions().stream()
                    .map(position -> words.say("position.net", government(position.participant(), words), signed(position.net(), words)))
                    .collect(Collectors.joining("\n")));
            List<String> objections = settlement.answers().stream().filter(answer -> answer.answer() == SettlementAnswer.OBJECT)
                    .map(answer -> words.say("objection", government(answer.participant(), words), orNone(answer.reason(), words)))
                    .toList();
            SETTLEMENT_OBJECTIONS.on(variables).set(objections.isEmpty() ? words.say("none") : String.join("\n", objections));
            SETTLEMENT_TRANSFERS.on(variables).set(transfers(settlement.transfers(), words));
            SETTLEMENT_PARTIES.on(variables).set(choices.parties(settlement, words.locale()));
        });
    }

    private static String type(AgreementContent content, Words words) {
        return words.say("type", words.word("type", content.type()), words.word("mode", content.mode()));
    }

    private String text(AgreementVersion version, Words words) {
        AgreementContent content = version.content();
        return String.join("\n",
                words.say("text.title", content.title(), String.valueOf(version.number())),
                words.say("text.type", type(content, words)),
                words.say("text.fields", content.fields().stream().map(field -> words.word("cooperation-field", field))
                        .collect(Collectors.joining(words.list()))),
                words.say("text.participants", content.participants().stream().map(code -> government(code, words))
                        .collect(Collectors.joining(words.list()))),
                words.say("text.secretariat", government(content.secretariat(), words)),
                words.say("text.term", words.say("term", content.term().start().toString(), content.term().end().toString())),
                words.say("text.cost-shares", costShares(content.costShares(), words)),
                words.say("text.benefit-sharing", orNone(content.benefitSharingRule(), words)),
                words.say("text.compensation", orNone(content.compensationRule(), words)),
                words.say("text.penalty", content.defectionPenalty() == null ? words.say("none") : yuan(content.defectionPenalty(), words)),
                words.say("text.support", support(content.supportRequests(), words)));
    }

    private String costShares(List<CostShare> shares, Words words) {
        return shares.stream().map(share -> government(share.participant(), words) + " " + share.percent().stripTrailingZeros()
                .toPlainString() + " %").collect(Collectors.joining(words.list()));
    }

    private static String support(List<SupportRequest> requests, Words words) {
        if (requests.isEmpty()) {
            return words.say("none");
        }
        return requests.stream().map(request -> words.word("support", request.type())
                        + (request.amount() == null ? "" : " " + yuan(request.amount(), words))
                        + (request.description() == null || request.description().isBlank() ? ""
                        : words.say("described", request.description())))
                .collect(Collectors.joining(words.items()));
    }

    private String position(Settlement.ParticipantPosition position, Words words) {
        return String.join("\n",
                words.say(position.net().isNegative() ? "position.owes" : "position.owed",
                        government(position.participant(), words), signed(position.net(), words)),
                words.say("position.cost", yuan(position.costPaid(), words), yuan(position.costShare(), words),
                        signed(position.cost(), words)),
                words.say("position.benefit", yuan(position.benefitReceived(), words), yuan(position.benefitFair(), words),
                        signed(position.benefit(), words)),
                words.say("position.other", signed(position.penalties(), words), signed(position.support(), words),
                        signed(position.adjustments(), words), signed(position.settled(), words)));
    }

    private String transfers(List<Settlement.Transfer> transfers, Words words) {
        if (transfers.isEmpty()) {
            return words.say("transfers.none");
        }
        return transfers.stream().map(transfer -> words.say("transfer", government(transfer.payer(), words),
                government(transfer.payee(), words), yuan(transfer.amount(), words))).collect(Collectors.joining("\n"));
    }

    private static String milestone(ProjectDetail project, String name, Words words) {
        return project.milestones().stream().filter(milestone -> milestone.name().equals(name)).findFirst()
                .map(milestone -> String.join("\n",
                        words.say("milestone.due", milestone.dueDate().toString(), yuan(milestone.grantAmount(), words)),
                        words.say("milestone.budget", yuan(project.project().budget(), words), yuan(project.project().grantPart(), words)),
                        milestone.actualCost() == null ? words.say("milestone.not-reported")
                                : words.say("milestone.reported", yuan(milestone.actualCost(), words), milestone.summary())))
                .orElse("");
    }

    private String government(GovernmentCode code, Words words) {
        return organizations.find(code).map(government -> government.nameIn(words.locale()))
                .map(name -> name + " (" + code.value() + ")").orElse(code.value());
    }

    private String government(String code, Words words) {
        return government(GovernmentCode.of(code), words);
    }

    /** Yuan grouped as people write them, e.g. {@code 1,250,000.00 yuan}, {@code 1,250,000.00 元}. */
    private static String yuan(Money amount, Words words) {
        return words.say("yuan", new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount.yuan()));
    }

    private static String signed(Money amount, Words words) {
        return (amount.yuan().signum() > 0 ? "+" : "") + yuan(amount, words);
    }

    private static String orNone(String text, Words words) {
        return text == null || text.isBlank() ? words.say("none") : text;
    }
}
