package org.regionalcoop.tasks;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Tasklist filters' date bounds move forward on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TaskScheduling {
}
