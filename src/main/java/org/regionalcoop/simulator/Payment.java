package org.regionalcoop.simulator;

/** How a simulated government's finance system answers a call for its contribution to a joint project. */
enum Payment {
    /** Pays the called amount in full. */
    PAY,
    /** Never pays: the contribution runs into its deadline and the government is in default. */
    DEFAULT
}
