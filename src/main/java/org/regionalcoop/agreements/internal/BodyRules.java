package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.BodyChair;
import org.regionalcoop.agreements.ChairRotation;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.agreements.MeetingSchedule;
import org.regionalcoop.agreements.Term;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules an agreement's governing bodies meet: each has a unique kebab-case key, a kind and a name; its members
 * and chair order are participants listed once; a rotating chair has a meeting schedule to rotate by; meetings
 * recur by a positive period from a first date within the term; at most one body arbitrates.
 */
final class BodyRules {

    private static final Pattern KEY_FORMAT = Pattern.compile(GoverningBody.KEY_PATTERN);

    private BodyRules() {
    }

    static void check(AgreementContent content, List<Violation> violations) {
        Map<String, Integer> keys = new HashMap<>();
        int arbiters = 0;
        for (int i = 0; i < content.bodies().size(); i++) {
            GoverningBody body = content.bodies().get(i);
            String field = "content.bodies[" + i + "]";
            if (body == null) {
                violations.add(new Violation(field, "is required"));
                continue;
            }
            checkKey(field, body.key(), i, keys, violations);
            if (body.kind() == null) {
                violations.add(new Violation(field + ".kind", "is required"));
            }
            checkName(field + ".name", body.name(), true, violations);
            checkName(field + ".nameZh", body.nameZh(), false, violations);
            checkMembers(field, body.members(), content.participants(), violations);
            checkChair(field, body, violations);
            checkMeetings(field + ".meetings", body.meetings(), content.term(), violations);
            if (body.arbitrates() && ++arbiters == 2) {
                violations.add(new Violation(field + ".arbitrates", "another body already arbitrates; at most one does"));
            }
        }
    }

    private static void checkKey(String field, String key, int index, Map<String, Integer> keys,
                                 List<Violation> violations) {
        if (key == null || key.isBlank()) {
            violations.add(new Violation(field + ".key", "is required"));
        } else if (key.length() > GoverningBody.KEY_LENGTH || !KEY_FORMAT.matcher(key).matches()) {
            violations.add(new Violation(field + ".key", "'" + key + "' is not a key: lower-case letters and digits, "
                    + "hyphen-separated, at most " + GoverningBody.KEY_LENGTH + " characters, e.g. working-group"));
        } else {
            Integer earlier = keys.putIfAbsent(key, index);
            if (earlier != null) {
                violations.add(new Violation(field + ".key", "'" + key + "' is already the key of content.bodies["
                        + earlier + "]"));
            }
        }
    }

    private static void checkName(String field, String name, boolean required, List<Violation> violations) {
        if (name == null || name.isBlank()) {
            if (required || name != null) {
                violations.add(new Violation(field, required ? "is required" : "must not be blank; leave it out instead"));
            }
        } else if (name.length() > TextRules.NAME) {
            violations.add(new Violation(field, "is longer than " + TextRules.NAME + " characters"));
        }
    }

    private static void checkMembers(String field, List<GovernmentCode> members, List<GovernmentCode> participants,
                                     List<Violation> violations) {
        if (members.isEmpty()) {
            violations.add(new Violation(field + ".members", "a body needs at least one member"));
        }
        checkDrawnFrom(field + ".members", members, participants, "is not a participant of the agreement", violations);
    }

    private static void checkChair(String field, GoverningBody body, List<Violation> violations) {
        BodyChair chair = body.chair();
        if (chair == null) {
            return;
        }
        if (chair.rotation() == null) {
            violations.add(new Violation(field + ".chair.rotation", "is required"));
        } else if (chair.rotation() != ChairRotation.FIXED && body.meetings() == null) {
            violations.add(new Violation(field + ".chair.rotation", "a chair that rotates "
                    + chair.rotation().key() + " needs the body's meeting schedule to rotate by"));
        }
        checkDrawnFrom(field + ".chair.order", chair.order(), body.members(), "is not a member of the body", violations);
    }

    private static void checkDrawnFrom(String field, List<GovernmentCode> codes, List<GovernmentCode> pool,
                                       String outside, List<Violation> violations) {
        Set<GovernmentCode> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            GovernmentCode code = codes.get(i);
            String element = field + "[" + i + "]";
            if (code == null) {
                violations.add(new Violation(element, "is required"));
            } else if (!seen.add(code)) {
                violations.add(new Violation(element, code + " is listed twice"));
            } else if (!pool.contains(code)) {
                violations.add(new Violation(element, code + " " + outside));
            }
        }
    }

    private static void checkMeetings(String field, MeetingSchedule meetings, Term term, List<Violation> violations) {
        if (meetings == null) {
            return;
        }
        Period every = meetings.every();
        if (every == null) {
            violations.add(new Violation(field + ".every", "is required"));
        } else if (every.isNegative() || every.isZero()) {
            violations.add(new Violation(field + ".every", "must be a positive period such as P1Y or P6M"));
        }
        LocalDate first = meetings.first();
        if (first == null) {
            violations.add(new Violation(field + ".first", "is required"));
        } else if (term != null && term.start() != null && term.end() != null
                && (first.isBefore(term.start()) || first.isAfter(term.end()))) {
            violations.add(new Violation(field + ".first", "the first meeting falls within the term, "
                    + term.start() + " to " + term.end()));
        }
    }
}
