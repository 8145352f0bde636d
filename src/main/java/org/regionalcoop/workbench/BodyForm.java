package org.regionalcoop.workbench;

import org.regionalcoop.agreements.ChairRotation;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One governing body of a proposal as typed into the page ({@code bodies[0].members}, {@code bodies[0].turns[SH]}),
 * every value still text so a bad one comes back as it was typed.
 */
public class BodyForm {

    /** The meeting periods the page offers, as ISO-8601; a revised body keeps any other it had. */
    static final List<String> PERIODS = List.of("P1Y", "P6M", "P3M", "P1M");

    /** Kept from the version revised, or made from the kind when the body is new: other modules name the body by it. */
    private String key;
    private String kind;
    private String name;
    private String nameZh;
    private List<String> members = new ArrayList<>();
    /** Each member's turn to chair and host (1, 2, …); all empty for the members' order. */
    private Map<String, String> turns = new LinkedHashMap<>();
    private String rotation = ChairRotation.FIXED.name();
    private String every;
    private String first;
    private boolean sharesMeetingCosts;
    private boolean arbitrates;

    static BodyForm of(GoverningBody body) {
        BodyForm form = new BodyForm();
        form.key = body.key();
        form.kind = body.kind() == null ? null : body.kind().name();
        form.name = body.name();
        form.nameZh = body.nameZh();
        form.members = new ArrayList<>(body.members().stream().map(GovernmentCode::value).toList());
        if (body.chair() != null) {
            form.rotation = body.rotation().name();
            for (int i = 0; i < body.chair().order().size(); i++) {
                form.turns.put(body.chair().order().get(i).value(), String.valueOf(i + 1));
            }
        }
        if (body.meetings() != null) {
            form.every = body.meetings().every() == null ? null : body.meetings().every().toString();
            form.first = body.meetings().first() == null ? null : body.meetings().first().toString();
        }
        form.sharesMeetingCosts = body.sharesMeetingCosts();
        form.arbitrates = body.arbitrates();
        return form;
    }

    /** Nothing typed: the row is left out. */
    boolean isEmpty() {
        return ProposalForm.blank(kind) && ProposalForm.blank(name) && ProposalForm.blank(nameZh) && members.isEmpty()
                && ProposalForm.blank(every) && ProposalForm.blank(first);
    }

    /** The periods to offer: the page's, and the one this body has if it is another. */
    public List<String> periods() {
        if (ProposalForm.blank(every) || PERIODS.contains(every)) {
            return PERIODS;
        }
        List<String> periods = new ArrayList<>(PERIODS);
        periods.add(every);
        return periods;
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public List<String> getMembers() { return members; }
    public void setMembers(List<String> members) { this.members = members; }
    public Map<String, String> getTurns() { return turns; }
    public void setTurns(Map<String, String> turns) { this.turns = turns; }
    public String getRotation() { return rotation; }
    public void setRotation(String rotation) { this.rotation = rotation; }
    public String getEvery() { return every; }
    public void setEvery(String every) { this.every = every; }
    public String getFirst() { return first; }
    public void setFirst(String first) { this.first = first; }
    public boolean isSharesMeetingCosts() { return sharesMeetingCosts; }
    public void setSharesMeetingCosts(boolean sharesMeetingCosts) { this.sharesMeetingCosts = sharesMeetingCosts; }
    public boolean isArbitrates() { return arbitrates; }
    public void setArbitrates(boolean arbitrates) { this.arbitrates = arbitrates; }
}
