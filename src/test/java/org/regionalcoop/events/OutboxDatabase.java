package org.regionalcoop.events;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * A fresh database of its own on the shared embedded PostgreSQL, migrated like the platform's, for tests
 * that run relays of their own: the application's relay works on the platform database and would take
 * their events, and advisory locks are per database.
 */
final class OutboxDatabase implements AutoCloseable {

    private final JdbcTemplate server;
    private final String name;
    private final HikariDataSource dataSource;

    private OutboxDatabase(JdbcTemplate server, String name, HikariDataSource dataSource) {
        this.server = server;
        this.name = name;
        this.dataSource = dataSource;
    }

    static OutboxDatabase create(DataSource platform, DataSourceProperties settings) {
        JdbcTemplate server = new JdbcTemplate(platform);
        String name = "outbox_" + UUID.randomUUID().toString().replace("-", "");
        server.execute("create database " + name);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(settings.getUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + name));
        dataSource.setUsername(settings.getUsername());
        dataSource.setPassword(settings.getPassword());
        dataSource.setMaximumPoolSize(6);
        Flyway.configure().dataSource(dataSource).table("platform_schema_history")
                .locations("classpath:db/migration").load().migrate();
        return new OutboxDatabase(server, name, dataSource);
    }

    Outbox outbox() {
        return new Outbox(new JdbcTemplate(dataSource));
    }

    TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public void close() {
        dataSource.close();
        server.execute("drop database " + name + " with (force)");
    }
}
