package org.regionalcoop.settlement;

import org.regionalcoop.kernel.Money;

import java.util.UUID;

/** One transfer as the settlement events announce it. */
public record TransferLine(UUID transferId, String payer, String payee, Money amount) {
}
