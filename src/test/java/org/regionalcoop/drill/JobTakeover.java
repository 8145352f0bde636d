package org.regionalcoop.drill;

import org.regionalcoop.local.EmbeddedPostgresServer;
import org.regionalcoop.local.PlatformInstance;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * How long the jobs a killed instance held stay held. The engine locks a job for its instance
 * ({@code ACT_RU_JOB.LOCK_OWNER_}: the instance's name, see {@code operations.JobLockOwner}) until the lock time
 * has run; no other instance may run it before, and another instance's executor, which looks for due jobs at
 * least every max-wait, runs it after. So a job held at the kill runs again after its lock expired and, with
 * some slack for an executor busy with other jobs, within lock time + max-wait of the kill: both taken from the
 * instance's settings, the shipped ones unless the drill overrides them.
 * <p>
 * An instance holds a job for the milliseconds it runs, so a kill at a random moment rarely finds one. The drill
 * therefore kills the instance in the middle of a timer job: it holds the row of the timer's execution in a
 * transaction of its own from shortly before the timer is due, so the instance that took the job cannot finish
 * it; if the instance to be killed took it, the drill kills it then and lets go of the row, otherwise it lets go
 * and waits for the next timer. The kill so hits the case a crash leaves behind: a job locked, its run cut off.
 * <p>
 * What the killed instance held is read once PostgreSQL has no session of it left (each instance names its
 * connections, {@code ApplicationName}), not at the kill: a backend that had received a COMMIT before the JVM died
 * completes it, and one waiting for a row lock goes on until it finds its client gone. A job such a commit gave
 * back (a failed job's retry, for one) was not held; read earlier, it would count as a lock broken early.
 */
final class JobTakeover {

    /** What an executor busy with other due jobs may add to lock time + max-wait. */
    static final Duration SLACK = Duration.ofSeconds(30);
    /** How long PostgreSQL may take to end a killed instance's sessions: each finishes what it had received. */
    static final Duration SESSIONS_GONE = Duration.ofSeconds(60);

    private static final String LOCK_TIME = "camunda.bpm.job-execution.lock-time-in-millis";
    private static final String MAX_WAIT = "camunda.bpm.job-execution.max-wait";

    /** A job the killed instance held, and its first run after the kill (empty while it has not run). */
    record HeldJob(String id, Instant lockExpiry, Optional<Instant> ranAt, Optional<String> ranBy) {
    }

    /** The jobs held at one kill, and what the bound for taking them over is. */
    record Takeover(Instant killedAt, Duration lockTime, Duration maxWait, List<HeldJob> jobs) {

        Duration bound() {
            return lockTime.plus(maxWait).plus(SLACK);
        }

        /** From the kill to the last held job's run, empty unless every held job ran. */
        Optional<Duration> killedToResumed() {
            if (jobs.isEmpty() || jobs.stream().anyMatch(job -> job.ranAt().isEmpty())) {
                return Optional.empty();
            }
            return jobs.stream().map(job -> Duration.between(killedAt, job.ranAt().orElseThrow())).max(Duration::compareTo);
        }

        /** Held jobs whose lock outlived the kill by more than the lock time: the engine's lock is not what was set. */
        List<HeldJob> lockedLongerThanLockTime() {
            return jobs.stream().filter(job -> job.lockExpiry().isAfter(killedAt.plus(lockTime))).toList();
        }

        /** Held jobs run again before their lock expired: another instance took a job still held. */
        List<HeldJob> runBeforeLockExpired() {
            return jobs.stream().filter(job -> job.ranAt().filter(at -> at.isBefore(job.lockExpiry())).isPresent()).toList();
        }

        /** Held jobs not run within the bound after the kill (or not at all). */
        List<HeldJob> notTakenOverWithinBound() {
            Instant deadline = killedAt.plus(bound());
            return jobs.stream().filter(job -> job.ranAt().filter(at -> !at.isAfter(deadline)).isEmpty()).toList();
        }

        /** For the drill's JSON, in plain values. */
        Map<String, Object> document() {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("killedAt", killedAt.toString());
            document.put("lockTime", lockTime.toString());
            document.put("maxWait", maxWait.toString());
            document.put("bound", bound().toString());
            document.put("killedToResumed", killedToResumed().map(Duration::toString).orElse(null));
            document.put("holds", holds());
            document.put("jobs", jobs.stream().map(job -> Map.of("id", job.id(), "lockExpiry", job.lockExpiry().toString(),
                    "ranAt", job.ranAt().map(Instant::toString).orElse("never"), "ranBy", job.ranBy().orElse(""))).toList());
            return document;
        }

        /**
         * Every job the killed instance held was taken over after its lock expired and within the bound. A run in
         * which the instance held none (on a quiet machine the lifecycles may all be done before a timer falls to
         * it) measures no takeover and is reported as such; it is no evidence against the bound.
         */
        boolean holds() {
            return lockedLongerThanLockTime().isEmpty() && runBeforeLockExpired().isEmpty()
                    && notTakenOverWithinBound().isEmpty();
        }

        boolean measured() {
            return !jobs.isEmpty();
        }
    }

    private final String jdbcUrl;
    private final Duration lockTime;
    private final Duration maxWait;

    JobTakeover(String jdbcUrl, List<String> instanceSettings) {
        this.jdbcUrl = jdbcUrl;
        Properties shipped = shippedSettings();
        this.lockTime = Duration.ofMillis(Long.parseLong(setting(instanceSettings, LOCK_TIME, shipped)));
        this.maxWait = Duration.ofMillis(Long.parseLong(setting(instanceSettings, MAX_WAIT, shipped)));
    }

    Duration lockTime() {
        return lockTime;
    }

    Duration maxWait() {
        return maxWait;
    }

    /**
     * Kills the instance while it runs a timer job, as the class comment says; if no timer fell to it before
     * {@code giveUp} says so, kills it anyway. Returns the moment it was dead and the jobs it held then.
     */
    Takeover killWhileRunningAJob(PlatformInstance instance, BooleanSupplier giveUp, ProgressLine progress)
            throws SQLException, InterruptedException {
        Set<String> tried = new HashSet<>();
        try (Connection holder = connect()) {
            holder.setAutoCommit(false);
            while (!giveUp.getAsBoolean()) {
                Optional<String[]> timer = nextTimer(tried);
                if (timer.isEmpty()) {
                    Thread.sleep(200);
                    continue;
                }
                String jobId = timer.get()[0];
                tried.add(jobId);
                try (PreparedStatement hold = holder.prepareStatement("select 1 from act_ru_execution where id_ = ? for update")) {
                    hold.setString(1, timer.get()[1]);
                    hold.executeQuery().close();
                }
                try {
                    Optional<String> owner = awaitLockOwner(jobId, giveUp);
                    if (owner.filter(name -> name.startsWith(instance.name() + "/")).isPresent()) {
                        int open = namedSessions(instance);
                        Instant killedAt = kill(instance);
                        progress.say("killed %s while it ran timer job %s with %d sessions open", instance.name(), jobId, open);
                        // The killed instance's backend waiting for the held row ends only once it has the row.
                        holder.rollback();
                        return new Takeover(killedAt, lockTime, maxWait, heldOnceGone(instance, killedAt, progress));
                    }
                } finally {
                    holder.rollback();
                }
            }
        }
        progress.say("no timer job fell to %s before the strike had to happen; killing it anyway", instance.name());
        namedSessions(instance);
        Instant killedAt = kill(instance);
        return new Takeover(killedAt, lockTime, maxWait, heldOnceGone(instance, killedAt, progress));
    }

    /** The jobs the killed instance held, read once PostgreSQL has ended its last session (class comment). */
    private List<HeldJob> heldOnceGone(PlatformInstance instance, Instant killedAt, ProgressLine progress)
            throws SQLException, InterruptedException {
        Instant deadline = killedAt.plus(SESSIONS_GONE);
        List<HeldJob> seenAtTheKill = held(instance);
        int atTheKill = sessions(instance);
        int left = atTheKill;
        while (left > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(left + " sessions of the killed " + instance.name()
                        + " still in pg_stat_activity " + SESSIONS_GONE + " after the kill");
            }
            Thread.sleep(20);
            left = sessions(instance);
        }
        progress.say("%d sessions of %s open when the drill first looked after the kill, none left %d ms after it",
                atTheKill, instance.name(), Duration.between(killedAt, Instant.now()).toMillis());
        List<HeldJob> held = held(instance);
        if (!held.equals(seenAtTheKill)) {
            progress.say("the killed %s's last commits changed what it held: %s at the kill, %s once its sessions were gone",
                    instance.name(), seenAtTheKill, held);
        }
        return held;
    }

    /** The instance's sessions before the kill: none would mean they are not named, and waiting for none proves nothing. */
    private int namedSessions(PlatformInstance instance) throws SQLException {
        int open = sessions(instance);
        if (open == 0) {
            throw new IllegalStateException("no session of " + instance.name() + " in pg_stat_activity: its connections are not named");
        }
        return open;
    }

    private int sessions(PlatformInstance instance) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from pg_stat_activity where application_name = ?")) {
            query.setString(1, instance.name());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Waits until every held job ran again, or until the bound after the kill has passed, and says when they ran. */
    Takeover awaitTakeover(Takeover takeover) throws SQLException, InterruptedException {
        Instant deadline = takeover.killedAt().plus(takeover.bound()).plusSeconds(1);
        Takeover seen = afterwards(takeover);
        while (seen.killedToResumed().isEmpty() && !seen.jobs().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            seen = afterwards(takeover);
        }
        return seen;
    }

    /** The held jobs' first runs since the kill, from the job log. */
    Takeover afterwards(Takeover takeover) throws SQLException {
        List<HeldJob> jobs = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("""
                     select timestamp_, hostname_ from act_hi_job_log
                     where job_id_ = ? and job_state_ in (1, 2) and timestamp_ > ? order by timestamp_ limit 1""")) {
            for (HeldJob job : takeover.jobs()) {
                query.setString(1, job.id());
                query.setTimestamp(2, Timestamp.from(takeover.killedAt()));
                try (ResultSet rows = query.executeQuery()) {
                    jobs.add(rows.next()
                            ? new HeldJob(job.id(), job.lockExpiry(), Optional.of(rows.getTimestamp(1).toInstant()),
                            Optional.of(rows.getString(2)))
                            : job);
                }
            }
        }
        return new Takeover(takeover.killedAt(), lockTime, maxWait, jobs);
    }

    private static Instant kill(PlatformInstance instance) throws InterruptedException {
        instance.kill();
        return Instant.now();
    }

    /** A timer not yet taken whose due date is far enough ahead to hold its execution before it is due. */
    private Optional<String[]> nextTimer(Set<String> tried) throws SQLException {
        try (Connection connection = connect();
             ResultSet rows = connection.createStatement().executeQuery("""
                     select id_, execution_id_ from act_ru_job
                     where type_ = 'timer' and lock_owner_ is null and execution_id_ is not null and retries_ > 0
                       and duedate_ > localtimestamp + interval '1 second' and duedate_ < localtimestamp + interval '2 minutes'
                     order by duedate_ limit 20""")) {
            while (rows.next()) {
                if (!tried.contains(rows.getString(1))) {
                    return Optional.of(new String[]{rows.getString(1), rows.getString(2)});
                }
            }
            return Optional.empty();
        }
    }

    /** Who locked the job; empty if it is gone (it needed no held row) or the drill must give up first. */
    private Optional<String> awaitLockOwner(String jobId, BooleanSupplier giveUp) throws SQLException, InterruptedException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("select lock_owner_ from act_ru_job where id_ = ?")) {
            query.setString(1, jobId);
            while (!giveUp.getAsBoolean()) {
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    if (rows.getString(1) != null) {
                        return Optional.of(rows.getString(1));
                    }
                }
                Thread.sleep(50);
            }
            return Optional.empty();
        }
    }

    /** Jobs still locked by the (dead) instance: nothing else can lock them for it any more. */
    private List<HeldJob> held(PlatformInstance instance) throws SQLException {
        List<HeldJob> jobs = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "select id_, lock_exp_time_ from act_ru_job where lock_owner_ like ? and lock_exp_time_ is not null")) {
            query.setString(1, instance.name() + "/%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    jobs.add(new HeldJob(rows.getString(1), rows.getTimestamp(2).toInstant(), Optional.empty(), Optional.empty()));
                }
            }
        }
        return jobs;
    }

    private static Properties shippedSettings() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }

    private static String setting(List<String> instanceSettings, String name, Properties shipped) {
        return instanceSettings.stream().filter(setting -> setting.startsWith("--" + name + "="))
                .map(setting -> setting.substring(name.length() + 3)).reduce((first, last) -> last)
                .orElseGet(() -> shipped.getProperty(name));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
    }
}
