package org.regionalcoop.security;

/** A local demo login and the candidate group it works in, e.g. {@code sh.coordinator} in {@code SH.coordinator}. */
public record DemoLogin(String userId, String candidateGroup, String governmentName) {
}
