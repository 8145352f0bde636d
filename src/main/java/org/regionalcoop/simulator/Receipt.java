package org.regionalcoop.simulator;

/** How a simulated government's treasury answers a transfer instructed to it as payee. */
enum Receipt {
    /** Reports the transfer received, for the amount instructed. */
    CONFIRM,
    /** Never reports it: the transfer stays unconfirmed and is reminded as late. */
    SILENT
}
