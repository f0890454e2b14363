package vn.daotao.progress.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on @Scheduled for the yearly renewal (the job itself guards against running on several instances). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RenewalScheduling {}
