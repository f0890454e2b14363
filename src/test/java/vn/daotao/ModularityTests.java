package vn.daotao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Feature packages keep their boundaries: no cycles, nobody reaches into another's internal/, the shared
 * kernel imports no feature, and organisation stays a foundation. Also writes the module documentation
 * (PlantUML diagrams and canvases) to target/spring-modulith-docs.
 */
class ModularityTests {

    private static final String[] FEATURES = {
        "vn.daotao.admin..",
        "vn.daotao.audit..",
        "vn.daotao.certificate..",
        "vn.daotao.course..",
        "vn.daotao.demo..",
        "vn.daotao.home..",
        "vn.daotao.organisation..",
        "vn.daotao.progress..",
        "vn.daotao.quiz..",
        "vn.daotao.report..",
        "vn.daotao.security.."
    };

    private final ApplicationModules modules = ApplicationModules.of(Application.class);
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.daotao");

    @Test
    void modulesAreWellFormed() {
        modules.verify();
    }

    @Test
    void theSharedKernelImportsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("vn.daotao.base..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .check(classes);
    }

    @Test
    void organisationIsAFoundation() {
        noClasses()
                .that()
                .resideInAPackage("vn.daotao.organisation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.daotao.course..",
                        "vn.daotao.quiz..",
                        "vn.daotao.progress..",
                        "vn.daotao.certificate..",
                        "vn.daotao.report..",
                        "vn.daotao.home..",
                        "vn.daotao.admin..")
                .check(classes);
    }

    @Test
    void writesTheModuleDocumentation() throws Exception {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Organisation", "Progress");
    }
}
