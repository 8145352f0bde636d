package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.AgreementVersion;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.consensus.Ballots;
import org.regionalcoop.consensus.Tally;
import org.regionalcoop.security.Caller;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The agreement context of a task. Whoever may see the task may see this: the task was offered to them to
 * decide on the agreement, even when their government takes no part in it (a reviewing agency).
 */
@Service
public class TaskContexts {

    private final StaffTasks tasks;
    private final Agreements agreements;
    private final Ballots ballots;
    private final ObjectMapper json;

    TaskContexts(StaffTasks tasks, Agreements agreements, Ballots ballots, ObjectMapper json) {
        this.tasks = tasks;
        this.agreements = agreements;
        this.ballots = ballots;
        this.json = json;
    }

    public TaskDetail get(String taskId, Caller caller) {
        StaffTask task = tasks.get(taskId, caller);
        return new TaskDetail(task, task.agreementId() == null ? null : context(AgreementId.of(task.agreementId()), caller));
    }

    private AgreementContext context(AgreementId id, Caller caller) {
        Agreement agreement = agreements.current(id);
        AgreementVersion current = agreement.current();
        List<AgreementContext.Change> changes = agreements.versions(id).stream()
                .filter(version -> version.number() == current.number() - 1).findFirst()
                .map(previous -> ContentDiff.between(json.valueToTree(previous.content()), json.valueToTree(current.content())))
                .orElse(List.of());
        OptionalInt round = ballots.latestRound(id);
        return new AgreementContext(id.toString(), current.number(), current.contentHash(), changes,
                round.isPresent() ? round.getAsInt() : null,
                round.isPresent() ? othersAnswers(ballots.tally(id, round.getAsInt()), caller) : Map.of());
    }

    private static Map<String, String> othersAnswers(Tally tally, Caller caller) {
        Map<String, String> answers = new TreeMap<>();
        tally.consenting().forEach(government -> answers.put(government.value(), "consent"));
        tally.declining().forEach(government -> answers.put(government.value(), "decline"));
        tally.amending().forEach(government -> answers.put(government.value(), "amend"));
        tally.silent().forEach(government -> answers.put(government.value(), null));
        answers.keySet().removeAll(caller.governments());
        return answers;
    }
}
