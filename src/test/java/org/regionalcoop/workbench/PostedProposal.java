package org.regionalcoop.workbench;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The workbench's proposal form as a browser posts it (what {@link ProposalForm} binds), also for a revision, which
 * adds its reason: a framework agreement with its participants' cost shares, term and rules, each test naming the
 * values it is about.
 */
final class PostedProposal {

    private final MultiValueMap<String, String> form = new LinkedMultiValueMap<>();

    private PostedProposal() {
    }

    /** A framework agreement proposed in this mode (e.g. BOTTOM_UP, HORIZONTAL) for one field of cooperation. */
    static PostedProposal framework(String title, String mode, String field) {
        PostedProposal proposal = new PostedProposal();
        proposal.form.add("title", title);
        proposal.form.add("type", "FRAMEWORK");
        proposal.form.add("mode", mode);
        proposal.form.add("fields", field);
        return proposal;
    }

    /** A participant, after those named before, with its cost share in percent as staff type it. */
    PostedProposal share(String participant, String percent) {
        form.add("participants", participant);
        form.add("shares[" + participant + "]", percent);
        return this;
    }

    PostedProposal secretariat(String participant) {
        form.add("secretariat", participant);
        return this;
    }

    /** The term's first and last day, ISO dates. */
    PostedProposal term(String start, String end) {
        form.add("termStart", start);
        form.add("termEnd", end);
        return this;
    }

    /** The rules every proposal states: how benefits are shared, how hosts are compensated, the penalty for defection. */
    PostedProposal rules(String benefitSharing, String compensation, String penalty) {
        form.add("benefitSharingRule", benefitSharing);
        form.add("compensationRule", compensation);
        form.add("penalty", penalty);
        return this;
    }

    /** A request for a fiscal transfer, the form's first support request. */
    PostedProposal fiscalTransfer(String amount, String description) {
        form.add("support[0].type", "FISCAL_TRANSFER");
        form.add("support[0].amount", amount);
        form.add("support[0].description", description);
        return this;
    }

    MultiValueMap<String, String> form() {
        return form;
    }
}
