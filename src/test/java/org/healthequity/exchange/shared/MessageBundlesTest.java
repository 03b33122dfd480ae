package org.healthequity.exchange.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.healthequity.exchange.shared.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language holds every key, with the same placeholders, and views hold no literal text. */
class MessageBundlesTest {

    /** The arguments a message uses; each language may format them its own way (a plural choice, say). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern TRANSLATION_CALL = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Attribute values with spaces that no person reads. */
    private static final Set<String> TECHNICAL_VALUES = Set.of("noopener noreferrer");
    private static final Pattern DEFERRED_KEY = Pattern.compile("new Item\\(\\s*\"([^\"]+)\"");
    private static final Pattern TEXTS_THROUGH_HELPER = Pattern.compile(
            "new (Upload|DatePicker|DateTimePicker|MultiSelectComboBox)\\b[<(]");
    private static final Pattern TEXTS_SET_BY_PAGE = Pattern.compile(
            "new (LoginForm|LoginOverlay|ConfirmDialog|MessageInput|MenuBar|SideNav|AvatarGroup|Avatar|Crud)\\b[<(]");
    private static final Pattern SUBCLASS_NEEDING_TEXTS = Pattern.compile(
            "class \\w+ extends (Upload|DatePicker|DateTimePicker|MultiSelectComboBox|AppLayout)\\b");
    private static final Pattern MAIL_TEMPLATE = Pattern.compile(
            "\\.queue\\([^;]*?,\\s*[^,;]+,\\s*\"([a-z0-9-]+)\"", Pattern.DOTALL);

    static Properties bundle(Language language) throws IOException {
        String name = language == Language.ENGLISH ? "i18n/messages.properties"
                : "i18n/messages_" + language.code() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("bundle %s exists", name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyBundleHoldsTheSameKeysAsEnglish(Language language) throws IOException {
        Set<String> english = new TreeSet<>(bundle(Language.ENGLISH).stringPropertyNames());
        Set<String> other = new TreeSet<>(bundle(language).stringPropertyNames());
        assertThat(other).as("keys of %s", language).containsExactlyInAnyOrderElementsOf(english);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyMessageKeepsThePlaceholdersAndIsValidMessageFormat(Language language) throws IOException {
        Properties english = bundle(Language.ENGLISH);
        Properties other = bundle(language);
        for (String key : english.stringPropertyNames()) {
            String value = other.getProperty(key);
            assertThat(value).as("%s in %s", key, language).isNotBlank();
            assertThat(placeholders(value)).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(value.replace("''", "")).as("lone apostrophe in %s (%s) breaks MessageFormat", key, language)
                    .doesNotContain("'");
            new MessageFormat(value, language.locale());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void translationsAreNotLeftInEnglish(Language language) throws IOException {
        Properties english = bundle(Language.ENGLISH);
        Properties other = bundle(language);
        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(k -> !k.equals("app.name") && !k.equals("home.title"))
                .filter(k -> english.getProperty(k).length() > 12 && english.getProperty(k).equals(other.getProperty(k)))
                .toList();
        assertThat(untranslated).as("values of %s still in English", language).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties english = bundle(Language.ENGLISH);
        List<String> missing = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher calls = TRANSLATION_CALL.matcher(source);
            while (calls.find()) {
                String key = calls.group(1);
                boolean found = key.endsWith(".") ? isPrefixOfKey(english, key.substring(0, key.length() - 1))
                        : english.containsKey(key);
                if (!found) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
            // Keys handed to the dashboard or to mail templates are translated later, by the receiver.
            Matcher items = DEFERRED_KEY.matcher(source);
            while (items.find()) {
                if (!english.containsKey(items.group(1))) {
                    missing.add(file.getFileName() + ": " + items.group(1));
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from the bundle").isEmpty();
    }

    @Test
    void everyMailTemplateHasASubjectAndABody() throws IOException {
        Properties english = bundle(Language.ENGLISH);
        List<String> missing = new ArrayList<>();
        for (Path file : sources()) {
            Matcher queued = MAIL_TEMPLATE.matcher(Files.readString(file));
            while (queued.find()) {
                for (String part : List.of(".subject", ".body")) {
                    if (!english.containsKey("mail." + queued.group(1) + part)) {
                        missing.add(file.getFileName() + ": mail." + queued.group(1) + part);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void viewsHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : sources()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*") || line.contains("log.")
                        || line.startsWith("@") || line.contains("executeJs")) {
                    continue;
                }
                Matcher matcher = STRING_LITERAL.matcher(line);
                while (matcher.find()) {
                    String text = matcher.group(1);
                    if (looksLikeProse(text)) {
                        literals.add(file.getFileName() + ":" + (i + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(literals).as("text a person reads must come from the bundles").isEmpty();
    }

    /**
     * Vaadin's components with English of their own ("Upload Files...", month names, "Today") get their texts from
     * the bundles through {@code ComponentTexts.of(...)}, wherever they are created; the few with texts particular to
     * one page (the sign-in form) set their own. ComponentTextsViewTest opens every page in French to check the result.
     */
    @Test
    void componentsWithTextsOfTheirOwnAreCreatedThroughComponentTexts() throws IOException {
        List<String> bare = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher created = TEXTS_THROUGH_HELPER.matcher(source);
            while (created.find()) {
                if (!source.startsWith("ComponentTexts.of(", created.start() - "ComponentTexts.of(".length())) {
                    bare.add(file.getFileName() + ": " + created.group());
                }
            }
            Matcher own = TEXTS_SET_BY_PAGE.matcher(source);
            if (own.find() && !source.contains(".setI18n(")) {
                bare.add(file.getFileName() + ": " + own.group() + " without setI18n");
            }
            Matcher subclass = SUBCLASS_NEEDING_TEXTS.matcher(source);
            if (subclass.find() && !source.contains("ComponentTexts.of(this)")) {
                bare.add(file.getFileName() + ": " + subclass.group() + " without ComponentTexts.of(this)");
            }
        }
        assertThat(bare).as("components showing Vaadin's built-in English").isEmpty();
    }

    @Test
    void theLiteralTextCheckTellsProseFromKeysAndPaths() {
        assertThat(looksLikeProse("Save")).isTrue();
        assertThat(looksLikeProse("Sign in")).isTrue();
        assertThat(looksLikeProse("le mot de passe")).isTrue();
        assertThat(looksLikeProse("nav.home")).isFalse();
        assertThat(looksLikeProse("audit.outcome.")).isFalse();
        assertThat(looksLikeProse("admin/mail")).isFalse();
        assertThat(looksLikeProse("Etc/")).isFalse();
        assertThat(looksLikeProse("narrow-view")).isFalse();
    }

    /** Words with spaces, or a capitalised word: what a person would read. Keys, paths and CSS names are not. */
    static boolean looksLikeProse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.equals("·") || TECHNICAL_VALUES.contains(trimmed)) {
            return false;
        }
        if (!trimmed.contains(" ") && (trimmed.matches("[\\p{Ll}0-9._/:?=*#-]+") || trimmed.contains("/"))) {
            return false; // message keys and key prefixes, routes, CSS classes, zone-id prefixes
        }
        return trimmed.contains(" ") || trimmed.matches("^\\p{Lu}\\p{Ll}+.*");
    }

    private static boolean isPrefixOfKey(Properties bundle, String prefix) {
        return bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix + "."));
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
