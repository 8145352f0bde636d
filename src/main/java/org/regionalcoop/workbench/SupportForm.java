package org.regionalcoop.workbench;

/** Counterpart support as the secretariat's coordinator types it: who supports whom, how much, for when. */
public class SupportForm {

    private String supporter;
    private String recipient;
    private String amount;
    private String periodStart;
    private String periodEnd;
    private String description;
    /** The ticket the page that opened this form gave it, so that the support is recorded once (Submissions). */
    private String submission;

    public String getSupporter() { return supporter; }
    public void setSupporter(String supporter) { this.supporter = supporter; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getPeriodStart() { return periodStart; }
    public void setPeriodStart(String periodStart) { this.periodStart = periodStart; }
    public String getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(String periodEnd) { this.periodEnd = periodEnd; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSubmission() { return submission; }
    public void setSubmission(String submission) { this.submission = submission; }
}
