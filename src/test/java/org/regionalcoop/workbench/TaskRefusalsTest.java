package org.regionalcoop.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule refusal the domain modules raise as a task completes ({@code InvalidRequestException} from a module's
 * check, {@code FieldRefusedException} from a delegate or task listener) has its words in both languages
 * ({@code task.rule.<step>.<field>}) and names a field of the step's form, where the page shows it: a Chinese page
 * never shows a module's English. The list is what the completion path can surface: the services each user task's
 * following delegate or completion listener calls (Approvals.decide, Ballots.sign, Grants.decide,
 * Projects.decideAllocation / resolveRepeatedConstruction / answerPenalty / arbitrate / reportMilestone /
 * verifyMilestone, Settlements.answer / arbitrate, Agreements.decideRunningProject).
 */
class TaskRefusalsTest {

    /** step, field (the module's violation field, the form's key). */
    static final List<String[]> REFUSALS = List.of(
            new String[]{"user_review_agreement", "reason"},
            new String[]{"user_sign_agreement", "signedContentHash"},
            new String[]{"user_decide_grant", "awardedAmount"},
            new String[]{"user_decide_grant", "reason"},
            new String[]{"user_decide_grant", "validTo"},
            new String[]{"user_allocate_fund", "allocation"},
            new String[]{"user_allocate_fund", "allocationReason"},
            new String[]{"user_resolve_repeated_construction", "resolution"},
            new String[]{"user_resolve_repeated_construction", "resolutionReason"},
            new String[]{"user_resolve_repeated_construction", "mergeInto"},
            new String[]{"user_answer_penalty", "penaltyReason"},
            new String[]{"user_arbitrate_default", "arbitrationReason"},
            new String[]{"user_report_milestone", "summary"},
            new String[]{"user_report_milestone", "actualCost"},
            new String[]{"user_verify_milestone", "verification"},
            new String[]{"user_verify_milestone", "verificationReason"},
            new String[]{"user_decide_running_project", "projectDecision"},
            new String[]{"user_decide_running_project", "projectDecisionReason"},
            new String[]{"user_confirm_settlement", "answer"},
            new String[]{"user_confirm_settlement", "objectionReason"},
            new String[]{"user_arbitrate_settlement", "decision"},
            new String[]{"user_arbitrate_settlement", "payer"},
            new String[]{"user_arbitrate_settlement", "payee"},
            new String[]{"user_arbitrate_settlement", "amount"},
            new String[]{"user_arbitrate_settlement", "arbitrationReason"});

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyRefusalAtTaskCompletionHasItsWordsInBothLanguagesNextToAFieldOfItsForm() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");
        List<String> missing = new ArrayList<>();
        for (String[] refusal : REFUSALS) {
            String key = "task.rule." + refusal[0] + "." + refusal[1];
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            if (en == null || HAN.matcher(en).find()) {
                missing.add(key + " (English)");
            }
            if (zh == null || !HAN.matcher(zh).find()) {
                missing.add(key + " (Chinese)");
            }
            assertThat(formFields(refusal[0])).as("%s names a field of %s's form", refusal[1], refusal[0])
                    .contains(refusal[1]);
        }
        assertThat(missing).as("refusals without their words").isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TaskRefusalsTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The keys of the form the step's user task references ({@code camunda:formRef}) in bpmn/. */
    private static List<String> formFields(String step) throws IOException {
        Pattern task = Pattern.compile("<bpmn:userTask id=\"" + step + "\"[^>]*?camunda:formRef=\"([^\"]+)\"", Pattern.DOTALL);
        try (Stream<Path> diagrams = Files.list(Path.of("bpmn"))) {
            for (Path diagram : diagrams.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                Matcher found = task.matcher(Files.readString(diagram));
                if (found.find()) {
                    JsonNode form = new ObjectMapper().readTree(Path.of("bpmn/forms", found.group(1) + ".form").toFile());
                    List<String> keys = new ArrayList<>();
                    form.findValues("key").forEach(value -> keys.add(value.asText()));
                    return keys;
                }
            }
        }
        throw new AssertionError("no user task " + step + " with a form");
    }
}
