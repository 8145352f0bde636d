package org.regionalcoop.workbench;

/** A contribution paid, as a finance officer types it: who paid, how much, on which day. */
public class PaymentForm {

    private String participant;
    private String amount;
    private String paidOn;

    public String getParticipant() { return participant; }
    public void setParticipant(String participant) { this.participant = participant; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getPaidOn() { return paidOn; }
    public void setPaidOn(String paidOn) { this.paidOn = paidOn; }
}
