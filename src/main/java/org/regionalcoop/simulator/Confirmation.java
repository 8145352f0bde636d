package org.regionalcoop.simulator;

/** How a simulated government's finance system answers a settlement proposed to it. */
enum Confirmation {
    /** Confirms its position and the transfers. */
    CONFIRM,
    /** Objects with a reason: the settlement goes to the approving agency's arbitrator. */
    OBJECT,
    /** Never answers: its finance officers' task stays open until they answer or the window closes. */
    SILENT
}
