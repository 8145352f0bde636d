/**
 * The governing bodies an agreement sets up (a summit or council, committees, working groups, working circles,
 * standing committees) as they meet: each body with a schedule meets in a process of its own while the agreement
 * is in force; its host convenes each meeting and records the minutes and decisions, and records the meeting's
 * costs, which settlement shares by the cost shares where the body says so.
 */
package org.regionalcoop.bodies;
