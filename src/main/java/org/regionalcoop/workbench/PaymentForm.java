package org.regionalcoop.workbench;

/**
 * A contribution paid, as a finance officer types it: who paid, how much in which currency, on which day, and for a
 * payment in another currency than the agreement's the rate the parties agreed and the day they agreed it.
 */
public class PaymentForm {

    private String participant;
    private String currency;
    private String amount;
    private String paidOn;
    private String rate;
    private String rateDate;
    /** The ticket the page that opened this form gave it, so that the payment is reported once (Submissions). */
    private String submission;

    public String getSubmission() { return submission; }
    public void setSubmission(String submission) { this.submission = submission; }
    public String getParticipant() { return participant; }
    public void setParticipant(String participant) { this.participant = participant; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getPaidOn() { return paidOn; }
    public void setPaidOn(String paidOn) { this.paidOn = paidOn; }
    public String getRate() { return rate; }
    public void setRate(String rate) { this.rate = rate; }
    public String getRateDate() { return rateDate; }
    public void setRateDate(String rateDate) { this.rateDate = rateDate; }
}
