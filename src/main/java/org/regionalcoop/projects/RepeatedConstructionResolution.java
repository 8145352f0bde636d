package org.regionalcoop.projects;

import org.regionalcoop.kernel.Keyed;

/** The secretariat's answer to a project that repeats one already running in its field and area. */
public enum RepeatedConstructionResolution implements Keyed {
    CONFIRM, MERGE, CANCEL
}
