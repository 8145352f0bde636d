package org.regionalcoop.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A joint project's registration as typed into the page, every value still text, so a bad one comes back
 * as it was typed. Spring binds {@code shares[HN-CS]} and {@code milestones[0].grantAmount} to it.
 */
public class ProjectForm {

    /** Milestones a registration page offers; empty rows are left out. */
    static final int MILESTONE_ROWS = 4;

    /** The ticket the page that opened this form gave it, so that the project is registered once (Submissions). */
    private String submission;
    private String name;
    private String lead;
    private String field;
    private String location;
    private String budget;
    private String grantPart;
    /** The key of the agreement's body that leads instead of a government; empty when a government leads. */
    private String leadBody;
    private String fundPart;
    private Map<String, String> shares = new LinkedHashMap<>();
    private List<MilestoneRow> milestones = new ArrayList<>();

    public ProjectForm() {
        for (int i = 0; i < MILESTONE_ROWS; i++) {
            milestones.add(new MilestoneRow());
        }
    }

    /** One milestone as typed. */
    public static class MilestoneRow {
        private String name;
        private String dueDate;
        private String grantAmount;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDueDate() { return dueDate; }
        public void setDueDate(String dueDate) { this.dueDate = dueDate; }
        public String getGrantAmount() { return grantAmount; }
        public void setGrantAmount(String grantAmount) { this.grantAmount = grantAmount; }

        boolean isEmpty() {
            return ProposalForm.blank(name) && ProposalForm.blank(dueDate) && ProposalForm.blank(grantAmount);
        }
    }

    public String getSubmission() { return submission; }
    public void setSubmission(String submission) { this.submission = submission; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getBudget() { return budget; }
    public void setBudget(String budget) { this.budget = budget; }
    public String getGrantPart() { return grantPart; }
    public void setGrantPart(String grantPart) { this.grantPart = grantPart; }
    public Map<String, String> getShares() { return shares; }
    public void setShares(Map<String, String> shares) { this.shares = shares; }
    public List<MilestoneRow> getMilestones() { return milestones; }
    public void setMilestones(List<MilestoneRow> milestones) { this.milestones = milestones; }
    public String getLeadBody() { return leadBody; }
    public void setLeadBody(String leadBody) { this.leadBody = leadBody; }
    public String getFundPart() { return fundPart; }
    public void setFundPart(String fundPart) { this.fundPart = fundPart; }
}
