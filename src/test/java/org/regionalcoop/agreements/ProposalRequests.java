package org.regionalcoop.agreements;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposal request bodies as staff send them, built from the cooperation cases of the domain guide or read from the
 * example proposals of {@code docs/examples/proposeAgreement/}.
 */
final class ProposalRequests {

    static final Path EXAMPLES = Path.of("docs", "examples", "proposeAgreement");

    private ProposalRequests() {
    }

    /** The example proposal of this form or mechanism, {@code docs/examples/proposeAgreement/<form>.json}. */
    static Map<String, Object> example(String form) {
        return read(EXAMPLES.resolve(form + ".json"));
    }

    static Map<String, Object> read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** A copy of the proposal whose content has this field changed. */
    static Map<String, Object> withContent(Map<String, Object> proposal, String field, Object value) {
        Map<String, Object> content = new LinkedHashMap<>(contentOf(proposal));
        content.put(field, value);
        Map<String, Object> changed = new LinkedHashMap<>(proposal);
        changed.put("content", content);
        return changed;
    }

    /** The Yangtze River Delta: Shanghai, Jiangsu, Zhejiang and Anhui, bottom-up, with Shanghai's office as secretariat. */
    static Map<String, Object> yangtzeRiverDelta() {
        return proposal("SH", content("Yangtze River Delta integrated transport framework", "bottom-up", "framework",
                List.of("SH", "JS", "ZJ", "AH"), "SH",
                List.of(share("SH", "40"), share("JS", "25"), share("ZJ", "20"), share("AH", "15")),
                List.of(support("fiscal-transfer", "800000000.00"), support("pilot-zone-status", null))));
    }

    /** Changsha-Zhuzhou-Xiangtan, one province (Hunan), a specialized environmental agreement. */
    static Map<String, Object> changshaZhuzhouXiangtan() {
        return proposal("HN-CS", content("Xiang River joint environmental protection", "bottom-up", "specialized",
                List.of("HN-CS", "HN-ZZ", "HN-XT"), "HN-CS",
                List.of(share("HN-CS", "33.3334"), share("HN-ZZ", "33.3333"), share("HN-XT", "33.3333")),
                List.of(support("infrastructure-investment", "120000000.50"))));
    }

    static Map<String, Object> proposal(String initiator, Map<String, Object> content) {
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("initiator", initiator);
        proposal.put("content", content);
        return proposal;
    }

    static Map<String, Object> content(String title, String mode, String type, List<String> participants, String secretariat,
                                       List<Map<String, Object>> costShares, List<Map<String, Object>> supportRequests) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("fields", List.of("transport", "environment"));
        content.put("participants", new ArrayList<>(participants));
        content.put("secretariat", secretariat);
        content.put("mode", mode);
        content.put("type", type);
        content.put("term", Map.of("start", "2027-01-01", "end", "2031-12-31"));
        content.put("costShares", new ArrayList<>(costShares));
        content.put("benefitSharingRule", "Tax revenue from joint projects is shared by cost share");
        content.put("compensationRule", "Participants hosting environmental burdens are compensated yearly");
        content.put("defectionPenalty", "5000000.00");
        content.put("supportRequests", new ArrayList<>(supportRequests));
        return content;
    }

    static Map<String, Object> share(String participant, String percent) {
        return Map.of("participant", participant, "percent", percent);
    }

    static Map<String, Object> support(String type, String amount) {
        Map<String, Object> support = new LinkedHashMap<>();
        support.put("type", type);
        if (amount != null) {
            support.put("amount", amount);
        }
        support.put("description", "requested " + type);
        return support;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> contentOf(Map<String, Object> proposal) {
        return (Map<String, Object>) proposal.get("content");
    }
}
