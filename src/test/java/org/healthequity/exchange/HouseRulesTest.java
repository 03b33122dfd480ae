package org.healthequity.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
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

    /**
     * The stylesheet's blocks close where they should: a rule left open swallows every rule after it, silently (a
     * merge once dropped one brace and the grid's phone cards lost their wrapping). Only an at-rule holds rules.
     */
    @Test
    void theStylesheetOpensARuleOnlyAtTheTopOrInsideAnAtRule() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        Deque<String> open = new ArrayDeque<>();
        int start = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                String selector = css.substring(start, i).strip();
                assertThat(open.isEmpty() || open.peek().startsWith("@"))
                        .as("\"%s\" opened inside \"%s\"", selector, open.peek()).isTrue();
                open.push(selector);
                start = i + 1;
            } else if (c == '}') {
                assertThat(open).as("a closing brace without its rule at " + i).isNotEmpty();
                open.pop();
                start = i + 1;
            } else if (c == ';') {
                start = i + 1;
            }
        }
        assertThat(open).as("rules left open").isEmpty();
    }

    /**
     * A grid column's width is in rem: the grid gives the width to the header cell and to the body cells alike, and the
     * header is drawn in a smaller font, so a width in em drew each header narrower than its column and put the frozen
     * actions' header hundreds of pixels away from its buttons.
     */
    @Test
    void gridColumnWidthsAreInRemSoThatHeadersLineUpWithTheirCells() throws IOException {
        Pattern emWidth = Pattern.compile("\\.setWidth\\(\"[0-9.]+em\"\\)");
        Pattern column = Pattern.compile("addColumn\\(|[cC]olumns\\.\\w+\\(");
        List<Path> grids = javaFiles().filter(file -> read(file).contains("ResponsiveGrid")).toList();
        assertThat(grids).hasSizeGreaterThan(15);
        assertThat(grids).allSatisfy(file -> assertThat(Stream.of(read(file).split(";"))
                .filter(statement -> column.matcher(statement).find() && emWidth.matcher(statement).find()))
                .as(MAIN.relativize(file).toString()).isEmpty());
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
    void staffOnlyServiceMethodsSayStaffOnlyInsteadOfSpellingTheRolePair() throws IOException {
        String role = "Role\\.(SECRETARIAT|ADMIN)_NAME";
        String name = "'(ROLE_)?(SECRETARIAT|ADMIN)'";
        Pattern pair = Pattern.compile("@RolesAllowed\\(\\{\\s*" + role + ",\\s*" + role + "\\s*}\\)"
                + "|hasAnyRole\\(\\s*" + name + ",\\s*" + name + "\\s*\\)");
        List<Path> services = javaFiles().filter(file -> read(file).contains("\n@Service")).toList();
        assertThat(services).hasSizeGreaterThan(20);
        assertThat(services).allSatisfy(file ->
                assertThat(pair.matcher(read(file)).find()).as(MAIN.relativize(file).toString()).isFalse());
    }

    @Test
    void settingsAreBoundAsConfigurationPropertiesRecordsNotInjectedOneByOne() throws IOException {
        List<Path> files = javaFiles().toList();
        assertThat(files).allSatisfy(file ->
                assertThat(Files.readString(file)).as(MAIN.relativize(file).toString()).doesNotContain("@Value(\"${"));
    }

    @Test
    void everyPageIsTitledByTheOneConventionAndNoViewWritesItsOwnTitle() throws IOException {
        List<Path> pages = javaFiles().filter(file -> read(file).contains("\n@Route(")).toList();
        assertThat(pages).hasSizeGreaterThan(40);
        assertThat(pages).allSatisfy(file ->
                assertThat(read(file)).as(MAIN.relativize(file).toString()).contains("TitledPage"));
        assertThat(javaFiles().filter(file -> !file.endsWith("TitledPage.java")).toList()).allSatisfy(file ->
                assertThat(read(file)).as(MAIN.relativize(file).toString()).doesNotContain("String getPageTitle()"));
    }

    @Test
    void noViewOrFormComponentIsLongerThanTwoHundredLines() throws IOException {
        List<Path> uiFiles = javaFiles().filter(file -> file.getParent().endsWith("ui")).toList();
        assertThat(uiFiles).hasSizeGreaterThan(100);
        assertThat(uiFiles).allSatisfy(file ->
                assertThat(read(file).lines().count()).as(MAIN.relativize(file).toString()).isLessThanOrEqualTo(200));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList().stream();
        }
    }
}
