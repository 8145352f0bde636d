package org.regionalcoop.projects;

import org.regionalcoop.kernel.Keyed;

/** The grant officer's verdict on a milestone report. */
public enum MilestoneVerification implements Keyed {
    VERIFIED, REJECTED
}
