package org.healthequity.exchange.shared.jobs;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Jobs annotated with {@code @SchedulerLock} run on one node at a time: a node runs one only after it took the job's
 * row in the {@code shedlock} table, and skips the run when another node holds it. The lock times come from the
 * database's clock, so nodes whose clocks disagree still agree on who holds a lock. A node that dies holds its locks
 * until their {@code lockAtMostFor}, which each job sets well above its usual run time.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
