package org.regionalcoop.projects;

import org.regionalcoop.kernel.Keyed;

/** The allocating body's decision on the part of a project's budget it asked of the agreement's fund. */
public enum FundAllocationDecision implements Keyed {
    ALLOCATE, DECLINE
}
