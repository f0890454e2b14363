package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import vn.daotao.certificate.CertificateService;

/**
 * Views are not proxies: no advisor of the application applies to a route class (Vaadin creates a view on every
 * navigation, and proxying one cost 40% of the app's CPU under load; their {@code @RolesAllowed} is Vaadin's route
 * rule), while method security still guards the services ({@code AdminServicesAccessTest} shows them refusing).
 */
@SpringBootTest
class MethodSecurityTest {

    @Autowired
    ApplicationContext app;

    @Autowired
    CertificateService certificates;

    @Test
    void noAdvisorAppliesToAView() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> views = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.daotao")) {
            views.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(views).hasSizeGreaterThan(20);
        Map<String, Advisor> advisors = app.getBeansOfType(Advisor.class);
        assertThat(advisors).isNotEmpty();
        for (Class<?> view : views) {
            for (var advisor : advisors.entrySet()) {
                assertThat(AopUtils.canApply(advisor.getValue(), view))
                        .as("%s applies to the view %s", advisor.getKey(), view.getSimpleName())
                        .isFalse();
            }
        }
    }

    /**
     * JSR-250 annotations are route rules here, read by Vaadin on views and layouts only: on a service they would
     * be silently ignored (method security reads {@code @PreAuthorize}), so none may appear anywhere else.
     */
    @Test
    void jsr250OnlyOnViewsAndLayouts() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        List<String> misplaced = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.daotao")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            boolean routeOrLayout = type.isAnnotationPresent(Route.class)
                    || com.vaadin.flow.router.RouterLayout.class.isAssignableFrom(type);
            boolean jsr250 = java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(type), java.util.Arrays.stream(type.getDeclaredMethods()))
                    .anyMatch(e -> e.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                            || e.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)
                            || e.isAnnotationPresent(jakarta.annotation.security.DenyAll.class));
            if (jsr250 && !routeOrLayout) {
                misplaced.add(type.getName());
            }
        }
        assertThat(misplaced)
                .as("classes with JSR-250 annotations that are no view or layout")
                .isEmpty();
    }

    @Test
    void servicesAreStillAdvised() {
        assertThat(AopUtils.isAopProxy(certificates)).isTrue();
        assertThat(app.getBeansOfType(Advisor.class).values())
                .anySatisfy(advisor -> assertThat(AopUtils.canApply(advisor, AopUtils.getTargetClass(certificates)))
                        .isTrue());
    }
}
