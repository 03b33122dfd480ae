package org.healthequity.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The house rules of the project's style that a reader would otherwise have to check by eye, over the main sources. */
class HouseRulesTest {

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void everyPackageSaysWhatItIsForAndIsNullMarked() throws IOException {
        List<Path> packages = javaFiles().map(Path::getParent).distinct().toList();
        assertThat(packages).hasSizeGreaterThan(20);
        assertThat(packages).allSatisfy(dir -> {
            Path info = dir.resolve("package-info.java");
            assertThat(info).as("package-info of " + MAIN.relativize(dir)).exists();
            assertThat(Files.readString(info)).startsWith("/**").contains("@NullMarked");
        });
    }

    @Test
    void staffIsOneRuleNotACopiedPairOfRoleChecks() throws IOException {
        Pattern copied = Pattern.compile("hasRole\\(Role\\.SECRETARIAT\\)\\s*\\|\\|\\s*\\w*\\.?hasRole\\(Role\\.ADMIN\\)");
        List<Path> files = javaFiles().toList();
        assertThat(files).isNotEmpty();
        assertThat(files).allSatisfy(file ->
                assertThat(copied.matcher(Files.readString(file)).find()).as(MAIN.relativize(file).toString()).isFalse());
    }

    @Test
    void settingsAreBoundAsConfigurationPropertiesRecordsNotInjectedOneByOne() throws IOException {
        List<Path> files = javaFiles().toList();
        assertThat(files).allSatisfy(file ->
                assertThat(Files.readString(file)).as(MAIN.relativize(file).toString()).doesNotContain("@Value(\"${"));
    }

    private static Stream<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList().stream();
        }
    }
}
