package radar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout the README describes, kept: the pipeline stages are a pure core (no persistence, no
 * HTTP), the store sits around it, services around the store, the API outside; dependencies point
 * one way and no two packages depend on each other.
 */
class ArchitectureTest {

    static final String[] PIPELINE = {"radar.sentence..", "radar.actor..", "radar.statement..", "radar.topic..", "radar.event..", "radar.pairing..",
            "radar.nli..", "radar.contradiction..", "radar.analysis..", "radar.report.."};

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("radar");

    @Test
    void packagesHaveNoImportCycles() {
        assertFalse(CLASSES.isEmpty());
        slices().matching("radar.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void pipelineKnowsNothingOfStorageHttpOrItsCallers() {
        noClasses().that().resideInAnyPackage(PIPELINE)
                .should().dependOnClassesThat().resideInAnyPackage("radar.store..", "radar.service..", "radar.api..", "radar.evaluate..",
                        "jakarta.persistence..", "jakarta.transaction..", "jakarta.ws.rs..", "io.quarkus.hibernate..", "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void storeServicesAndApiDependOneWay() {
        noClasses().that().resideInAPackage("radar.store..").should().dependOnClassesThat()
                .resideInAnyPackage("radar.service..", "radar.api..", "radar.evaluate..").check(CLASSES);
        noClasses().that().resideInAPackage("radar.service..").should().dependOnClassesThat()
                .resideInAnyPackage("radar.api..", "radar.evaluate..").check(CLASSES);
        noClasses().that().resideInAPackage("radar.evaluate..").should().dependOnClassesThat()
                .resideInAnyPackage("radar.store..", "radar.service..", "radar.api..").check(CLASSES);
    }

    @Test
    void noSourceFileIsOverThreeHundredLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 300)
                    .map(f -> f + " (" + lines(f) + " lines)").toList();
        }
        assertTrue(tooLong.isEmpty(), "split these: " + tooLong);
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
