package org.regionalcoop.workbench;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposal as typed into the page, every value still text, so a bad one comes back as it was typed.
 * Spring binds the request's parameters to it ({@code shares[SH]}, {@code support[0].amount}).
 */
public class ProposalForm {

    /** Benefits follow the cost shares. */
    static final String SAME_AS_COSTS = "cost-shares";
    /** Benefits follow shares of their own: a fixed ratio of the benefits the participants report (e.g. a tax base). */
    static final String RATIO = "ratio";
    /** Support items a proposal page offers; empty rows are left out. */
    static final int SUPPORT_ROWS = 3;

    private String title;
    private String type;
    private String mode;
    private List<String> fields = new ArrayList<>();
    private List<String> participants = new ArrayList<>();
    private String secretariat;
    private String termStart;
    private String termEnd;
    private Map<String, String> shares = new LinkedHashMap<>();
    private String benefitSharingRule;
    private String compensationRule;
    private String penalty;
    /** The settlement currency's ISO 4217 code; yuan unless the proposer chooses another. */
    private String currency = CurrencyCode.CNY.code();
    private List<SupportItem> support = new ArrayList<>();
    /** Why a revision changes the agreement; a proposal has none. */
    private String reason;
    /** The ticket the page that opened this form gave it, so that it is proposed or revised once (Submissions). */
    private String submission;
    /** {@code cost-shares} (benefits follow the cost shares) or {@code ratio} (the benefit shares below). */
    private String benefitBasis = SAME_AS_COSTS;
    private Map<String, String> benefitShares = new LinkedHashMap<>();
    private List<BodyForm> bodies = new ArrayList<>();
    /** The index of the row in {@link #bodies} that allocates the fund; blank for no fund. */
    private String fundBody;
    private Map<String, String> fundContributions = new LinkedHashMap<>();

    public ProposalForm() {
        for (int i = 0; i < SUPPORT_ROWS; i++) {
            support.add(new SupportItem());
        }
    }

    /** The form filled with a version's content, to revise it. */
    static ProposalForm of(AgreementContent content) {
        ProposalForm form = new ProposalForm();
        form.title = content.title();
        form.type = content.type() == null ? null : content.type().name();
        form.mode = content.mode() == null ? null : content.mode().name();
        form.fields = new ArrayList<>(content.fields().stream().map(Enum::name).toList());
        form.participants = new ArrayList<>(content.participants().stream().map(GovernmentCode::value).toList());
        form.secretariat = content.secretariat() == null ? null : content.secretariat().value();
        if (content.term() != null) {
            form.termStart = content.term().start() == null ? null : content.term().start().toString();
            form.termEnd = content.term().end() == null ? null : content.term().end().toString();
        }
        content.costShares().forEach(share -> form.shares.put(share.participant().value(), share.percent().toPlainString()));
        form.benefitSharingRule = content.benefitSharingRule();
        form.currency = content.settlementCurrency().code();
        form.compensationRule = content.compensationRule();
        form.penalty = content.defectionPenalty() == null ? null : content.defectionPenalty().toString();
        List<SupportItem> items = new ArrayList<>();
        for (SupportRequest request : content.supportRequests()) {
            SupportItem item = new SupportItem();
            item.type = request.type() == null ? null : request.type().name();
            item.amount = request.amount() == null ? null : request.amount().toString();
            item.description = request.description();
            items.add(item);
        }
        while (items.size() < SUPPORT_ROWS) {
            items.add(new SupportItem());
        }
        form.support = items;
        if (content.benefitBasis() != null) {
            form.benefitBasis = content.benefitBasis().key();
        } else if (!content.benefitShares().isEmpty()) {
            form.benefitBasis = RATIO;
            content.benefitShares().forEach(share -> form.benefitShares.put(share.participant().value(),
                    share.percent().toPlainString()));
        }
        form.bodies = new ArrayList<>(content.bodies().stream().map(BodyForm::of).toList());
        if (content.fund() != null) {
            for (int i = 0; i < content.bodies().size(); i++) {
                if (content.bodies().get(i).key().equals(content.fund().allocatingBody())) {
                    form.fundBody = String.valueOf(i);
                }
            }
            content.fund().contributions().forEach(contribution -> form.fundContributions.put(
                    contribution.participant().value(), contribution.amount() == null ? null : contribution.amount().toString()));
        }
        return form;
    }

    /** The governing bodies as typed, without the rows left empty, the fund's allocating row following its row. */
    void dropEmptyBodies() {
        List<BodyForm> kept = new ArrayList<>();
        String allocating = null;
        for (int i = 0; i < bodies.size(); i++) {
            if (!bodies.get(i).isEmpty()) {
                if (String.valueOf(i).equals(fundBody)) {
                    allocating = String.valueOf(kept.size());
                }
                kept.add(bodies.get(i));
            }
        }
        bodies = kept;
        fundBody = allocating;
    }

    /** The page offers one empty body row after those filled in. */
    void offerBodyRow() {
        if (bodies.isEmpty() || !bodies.get(bodies.size() - 1).isEmpty()) {
            bodies.add(new BodyForm());
        }
    }

    /** One support item as typed. */
    public static class SupportItem {
        private String type;
        private String amount;
        private String description;

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }

        boolean isEmpty() {
            return blank(type) && blank(amount) && blank(description);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public List<String> getFields() { return fields; }
    public void setFields(List<String> fields) { this.fields = fields; }
    public List<String> getParticipants() { return participants; }
    public void setParticipants(List<String> participants) { this.participants = participants; }
    public String getSecretariat() { return secretariat; }
    public void setSecretariat(String secretariat) { this.secretariat = secretariat; }
    public String getTermStart() { return termStart; }
    public void setTermStart(String termStart) { this.termStart = termStart; }
    public String getTermEnd() { return termEnd; }
    public void setTermEnd(String termEnd) { this.termEnd = termEnd; }
    public Map<String, String> getShares() { return shares; }
    public void setShares(Map<String, String> shares) { this.shares = shares; }
    public String getBenefitSharingRule() { return benefitSharingRule; }
    public void setBenefitSharingRule(String benefitSharingRule) { this.benefitSharingRule = benefitSharingRule; }
    public String getCompensationRule() { return compensationRule; }
    public void setCompensationRule(String compensationRule) { this.compensationRule = compensationRule; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getPenalty() { return penalty; }
    public void setPenalty(String penalty) { this.penalty = penalty; }
    public List<SupportItem> getSupport() { return support; }
    public void setSupport(List<SupportItem> support) { this.support = support; }
    public String getSubmission() { return submission; }
    public void setSubmission(String submission) { this.submission = submission; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getBenefitBasis() { return benefitBasis; }
    public void setBenefitBasis(String benefitBasis) { this.benefitBasis = benefitBasis; }
    public Map<String, String> getBenefitShares() { return benefitShares; }
    public void setBenefitShares(Map<String, String> benefitShares) { this.benefitShares = benefitShares; }
    public List<BodyForm> getBodies() { return bodies; }
    public void setBodies(List<BodyForm> bodies) { this.bodies = bodies; }
    public String getFundBody() { return fundBody; }
    public void setFundBody(String fundBody) { this.fundBody = fundBody; }
    public Map<String, String> getFundContributions() { return fundContributions; }
    public void setFundContributions(Map<String, String> fundContributions) { this.fundContributions = fundContributions; }
}
