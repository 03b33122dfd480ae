package org.healthequity.exchange.shared.jobs;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import static org.assertj.core.api.Assertions.assertThat;

/** Every scheduled job runs on one node at a time, except those whose work is per node or claimed row by row. */
class ScheduledJobsTest {

    /** The outbox sender claims rows (several nodes may send at once). */
    private static final Set<String> PER_NODE = Set.of("OutboxSender.scheduled");

    /** Each node keeps, feeds and commits its own search index. */
    private static final String PER_NODE_PACKAGE = "org.healthequity.exchange.search";

    @Test
    void everyJobThatMustRunOnceHoldsALock() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> scheduled = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.healthequity.exchange")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    String name = type.getSimpleName() + "." + method.getName();
                    scheduled.add(name);
                    if (!method.isAnnotationPresent(SchedulerLock.class) && !PER_NODE.contains(name)
                            && !type.getPackageName().startsWith(PER_NODE_PACKAGE)) {
                        unlocked.add(name);
                    }
                }
            }
        }
        assertThat(scheduled).contains("WebinarReminders.scheduled", "GroupDigest.scheduled",
                "UnfinishedEvents.resubmit", "OutboxSender.scheduled");
        assertThat(unlocked).isEmpty();
    }
}
