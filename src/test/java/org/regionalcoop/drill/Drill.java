package org.regionalcoop.drill;

/** One fault drill: puts load on a rig, strikes, lets it recover, and reports its figures and the invariants. */
public interface Drill {

    /**
     * Fills the report as it goes, so a drill that fails half-way still shows what it found until then. The rig
     * may have served other drills before (the build runs the quick ones on one rig), so a drill counts its own
     * lifecycles, while the invariants it ends with cover everything the rig ever ran.
     */
    void run(DrillSettings settings, DrillRig rig, ProgressLine progress, DrillReport report) throws Exception;
}
